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
    /// A program the user works in on the whole terminal (their editor), asked for by the
    /// last event; the terminal layer runs it and reports with `editorFinished`.
    func takeEditorRequest() -> EditorRequest?
    /// The editor asked for ended with `status` (its exit status; -1: it could not start).
    func editorFinished(_ request: EditorRequest, status: Int32) -> Bool
}

/// The user's editor (`$VISUAL`, else `$EDITOR`) to run on a file.
public struct EditorRequest: Equatable, Sendable {
    public var editor: String
    public var path: String
    public init(editor: String, path: String) { self.editor = editor; self.path = path }
}
