/// A refused change: one sentence that says why and what to do instead. Thrown by every
/// state machine before anything is modified, so nothing is ever half-applied.
/// The sentence names the step to take in the Committee's terms; `remedy` names it for the
/// interface, which adds its own hint (a key in the UI): the domain knows no keys or flags.
public struct DomainError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var remedy: Remedy?
    public init(_ message: String, remedy: Remedy? = nil) { self.message = message; self.remedy = remedy }
    public var description: String { message }

    /// A step that would make the refused change possible.
    public enum Remedy: String, Equatable, Sendable {
        case conveneSession, issueAgenda, openMeeting, resumeMeeting, reopenSpeakersList
    }
}
