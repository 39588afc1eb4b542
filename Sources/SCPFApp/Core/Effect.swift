import SCPFCore

/// Work the runtime does outside `update`. Saving is not listed: the runtime saves whatever
/// differs between the record on disk and the record in the state after every update.
public enum Effect: Equatable, Sendable {
    case quit
    /// Take the version on disk of a file changed by someone else.
    case reload(path: String)
    /// Save over a file changed by someone else.
    case overwrite(path: String)
    /// Read a text file to import as an agenda; the runtime hands it to `receiveImport`.
    case readImport(path: String, session: Int, mode: ImportMode)
    /// Write an export (never over the data files).
    case writeExport(path: String, text: String)
    /// Open the text of the focused paragraph field in the user's editor; the result comes
    /// back as `.editorResult`.
    case editExternally(text: String)
    /// Take the writer's lock: the other scpf has quit. The answer comes back as `.becameWriter`.
    case becomeWriter
}
