import SCPFCore

/// A key press as the UI core sees it; the terminal layer translates raw input into these.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    /// Ctrl plus a lower-case letter: `.ctrl("r")`.
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, tab, backTab, backspace, delete, insert, escape
    case function(Int)
    /// Ctrl-← and Ctrl-→ (Alt-← and Alt-→ too): by word in text.
    case ctrlLeft, ctrlRight
    /// Alt (Meta) plus a character, which terminals send as Esc followed by it.
    case alt(Character)
    /// A key the terminal reported but scpf has no name for (an unknown escape sequence or
    /// key code), described as it arrived. It never acts, and never closes a form.
    case unknown(String)

    /// How the key is written in help and hints: "j", "Ctrl-R", "↑", "Enter".
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-\(String(c).uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .ctrlLeft: "Ctrl-←"
        case .ctrlRight: "Ctrl-→"
        case .alt(let c): "Alt-\(c)"
        case .unknown(let what): "The key \(what)"
        case .escape: "Esc"
        case .function(let n): "F\(n)"
        }
    }
}

/// Everything that can happen to the UI core.
public enum Event: Sendable {
    case key(Key)
    /// Text the terminal marked as pasted (bracketed paste): inserted as a whole into the
    /// focused field; outside a field it never runs commands.
    case paste(String)
    case resize(width: Int, height: Int)
    /// The clock moved on (timers in the status bar).
    case tick

    // Outcomes of effects, fed back by the runtime.
    /// A file was written (what was written: it is now the version on disk).
    case saved(FileWrite)
    /// A write failed (disk full, permissions …); the sentence says why.
    case saveFailed(DataFile, reason: String)
    /// A write was refused because someone else changed the file since it was read.
    case conflict(DataFile, path: String)
    /// The version on disk of a file, read back to replace ours.
    case reloaded(DataFile, FileContent)
    case reloadFailed(DataFile, reason: String)
    /// Sessions another writer saved meanwhile (follow-along in read-only and review mode).
    case changedOutside([Session])
    /// Older sessions read in the background, problems met, and how many remain.
    case backgroundLoaded(sessions: [Session], problems: [String], remaining: Int)
    case importRead(path: String, session: Int, request: ImportRequest, text: String)
    case importFailed(reason: String)
    case exportWritten(path: String)
    case exportFailed(reason: String)
    /// What the user's editor gave back for the focused paragraph field.
    case editorResult(EditorResult)
    /// The scpf that holds the writer's lock has quit or died (seen by a follower).
    case writerQuit
    /// This instance took the writer's lock (nil), or why it could not.
    case becameWriter(failure: String?)
    /// Session files the writer deleted (seen by a follower).
    case sessionsDeleted([Int])
}

public enum EditorResult: Equatable, Sendable {
    /// The text saved in the editor.
    case edited(String)
    /// Why there is nothing to take (no editor set, it failed); the field keeps its text.
    case failed(String)
}
