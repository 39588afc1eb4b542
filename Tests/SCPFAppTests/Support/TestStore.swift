import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime

/// The pure core under test, one event at a time, in the spirit of TCA's TestStore: each
/// `send` states exactly how the whole state changes and exactly which effects come out;
/// anything else that changed, or any other effect, fails the test.
struct TestStore {
    private(set) var state: AppState

    init(_ state: AppState) { self.state = state }

    /// Sends `event`; `change` turns the state before into the state expected after.
    mutating func send(_ event: Event, effects expected: [Effect] = [],
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ change: (inout AppState) -> Void = { _ in }) {
        var after = state
        change(&after)
        let effects = state.update(event)
        #expect(effects == expected, "effects differ", sourceLocation: sourceLocation)
        #expect(state == after, "state differs:\n\(Self.difference(after, state))", sourceLocation: sourceLocation)
    }

    /// The top-level fields that differ, expected then actual, to read a failure quickly.
    static func difference(_ expected: AppState, _ actual: AppState) -> String {
        let a = Mirror(reflecting: expected).children, b = Mirror(reflecting: actual).children
        return zip(a, b).compactMap { x, y in
            let ex = String(describing: x.value), ac = String(describing: y.value)
            return ex == ac ? nil : "\(x.label ?? "?"): expected \(ex.prefix(300))\n  actual \(ac.prefix(300))"
        }.joined(separator: "\n")
    }
}
