import SCPFCore

/// Work the runtime does outside `update`: every read and write of a file. The runtime runs
/// each one and hands its outcome back to `update` as an `Event` (see `Event.saved` and
/// the cases after it); it never changes the state itself.
public enum Effect: Equatable, Sendable {
    case quit
    /// Write these files (in order, each on its own: one failing does not stop the others).
    /// `overwrite`: write even over a file someone else changed since it was read.
    case save([FileWrite], overwrite: Bool)
    /// Read the version on disk of a file changed by someone else (→ `reloaded`).
    case reload(DataFile)
    /// Read a text file to import as an agenda (→ `importRead` / `importFailed`).
    case readImport(path: String, session: Int, request: ImportRequest)
    /// Write an export, never over the data files (→ `exportWritten` / `exportFailed`).
    case writeExport(path: String, text: String)
    /// Print a document's HTML to PDF with a headless browser and write it (→ `exportWritten` /
    /// `exportFailed`, with the sentence saying when no browser is installed).
    case printExport(path: String, html: String)
    /// Open the text of the focused paragraph field in the user's editor; the result comes
    /// back as `.editorResult`.
    case editExternally(text: String)
    /// Take the writer's lock: the other scpf has quit. The answer comes back as `.becameWriter`.
    case becomeWriter
    /// The draft offered at start-up is settled (restored and then saved or discarded, or
    /// discarded outright): its file goes, so it is never offered — and saved — twice.
    case settleDraft
    /// Read the sessions another writer saved meanwhile (→ `changedOutside`).
    case followOutside
    /// Take the older sessions read in the background so far (→ `backgroundLoaded`).
    case collectBackground
}
