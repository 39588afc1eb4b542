/// What the terminal layer drives: feed it events, ask it for frames. The terminal layer
/// knows nothing else of the UI, and the UI nothing of the terminal.
@MainActor
public protocol TerminalProgram: AnyObject {
    /// Handles one event; returns false when the program wants to quit.
    func handle(_ event: Event) -> Bool
    /// Renders the current state at the given size.
    func render(width: Int, height: Int) -> Frame
    /// How often the terminal layer should send `.tick` (seconds), nil for never.
    var tickInterval: Double? { get }
}
