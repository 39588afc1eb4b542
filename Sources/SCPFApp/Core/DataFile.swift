import SCPFCore

/// A data file the UI writes.
public enum DataFile: Hashable, Sendable {
    case committee
    case session(Int)
    case chair

    /// The file's name inside the data folder, for the status bar and messages.
    public var fileName: String {
        switch self {
        case .committee: "committee.json"
        case .session(let n): Session.fileName(number: n)
        case .chair: "chair.json"
        }
    }
}

/// What one save writes: a file's new content, or a session file's removal.
public enum FileWrite: Equatable, Sendable {
    case committee(Committee)
    case session(Session)
    case deleteSession(Int)
    case chair(ChairNotes)

    public var file: DataFile {
        switch self {
        case .committee: .committee
        case .session(let s): .session(s.number)
        case .deleteSession(let n): .session(n)
        case .chair: .chair
        }
    }
}

/// A data file as read back from disk (`missing`: the file is gone).
public enum FileContent: Equatable, Sendable {
    case committee(Committee)
    case session(Session)
    case chair(ChairNotes)
    case missing
}
