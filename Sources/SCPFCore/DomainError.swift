/// A refused change: one sentence that says why and what to do instead. Thrown by every
/// state machine before anything is modified, so nothing is ever half-applied.
public struct DomainError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
