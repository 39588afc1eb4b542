import Foundation
import SCPFCore
import SCPFApp

/// Where the UI's record goes. `Store` is the real one; tests use an in-memory one.
@MainActor
public protocol Persistence: AnyObject {
    func save(_ committee: Committee, overwrite: Bool) throws
    func save(_ session: Session, overwrite: Bool) throws
    func deleteSession(number: Int, overwrite: Bool) throws
    /// The version on disk now (nil: the file is gone).
    func reload(_ file: DataFile) throws -> Any?
    func displayPath(_ file: DataFile) -> String
    /// The chair's notes (chair.json).
    func save(_ notes: ChairNotes, overwrite: Bool) throws
    /// Sessions changed on disk by someone else since last read (follow-along); never writes.
    func reloadChangedSessions() -> [Session]
    /// Starts reading the older sessions (called once the first frame is drawn).
    func startBackgroundLoad()
    /// Older sessions read in the background since the last call, and how many remain.
    func drainBackgroundLoad() -> (sessions: [Session], problems: [StoreError], remaining: Int)
    /// Session files gone from disk since they were read (a follower removes them too).
    func deletedSessionNumbers() -> [Int]
    /// True when this instance is read-only only because of a writer that has since quit.
    func writerHasQuit() -> Bool
    /// Takes the writer's lock (after `writerHasQuit`); throws when another instance was quicker.
    func becomeWriter() throws
    /// Reads a text file to import (UTF-8), with a clear error when it cannot.
    func readText(_ path: String) throws -> String
    /// Writes an export atomically; refuses the data files themselves.
    func writeExport(_ text: String, to path: String) throws
    /// Writes a binary export (a printed PDF) the same way.
    func writeExport(_ bytes: Data, to path: String) throws
}

extension Store: Persistence {
    public func readText(_ path: String) throws -> String { try Exchange.readText(path) }
    public func writeExport(_ text: String, to path: String) throws { try Exchange.writeExport(text, to: path, dataDirectory: root) }
    public func writeExport(_ bytes: Data, to path: String) throws { try Exchange.writeExport(bytes, to: path, dataDirectory: root) }

    public func reload(_ file: DataFile) throws -> Any? {
        switch file {
        case .committee:
            forget(committeePath)
            return try loadCommittee()
        case .chair:
            forget(chairPath)
            return try loadChairNotes()
        case .session(let n):
            let path = sessionPath(number: n)
            forget(path)
            guard let data = try? read(path) else { return nil }
            let session = try Loader.decode(Session.self, from: data, path: path)
            // Their version with fields this scpf does not know would lose them at the next
            // save: it is not taken (the file stays as it is, ours keeps waiting).
            if writes { try Store.refuseUnknownFields(data, Session.self, path: path) }
            remember(path, data)
            return session
        }
    }

    public func displayPath(_ file: DataFile) -> String {
        switch file {
        case .committee: committeePath
        case .session(let n): sessionPath(number: n)
        case .chair: chairPath
        }
    }
}
