import Foundation
import Testing
@testable import SCPFCore

/// A save never drops a field this scpf does not know: a writing instance does not open
/// such a file (it stays untouched on disk, its number reserved); a read-only one shows it.
@Suite struct UnknownFieldWriterTests {
    func directoryWithUnknownField() throws -> (TempDir, String, Data) {
        let (dir, _, sessions) = try seededDirectory()
        let path = "\(dir.path)/sessions/\(sessions[0].fileName)"
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        object["colour"] = "blue"
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
        return (dir, path, data)
    }

    @Test func theWriterDoesNotOpenAFileWithUnknownFields() throws {
        let (dir, path, data) = try directoryWithUnknownField()
        let store = try Store(root: dir.path)
        let (sessions, problems) = store.loadSessions()
        #expect(!sessions.contains { store.path(of: $0) == path })
        let problem = try #require(problems.first)
        #expect("\(problem)".contains("fields this scpf does not know (colour)"))
        #expect("\(problem)".contains("not opened for editing"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data, "the file is untouched")
    }

    @Test func aReadOnlyInstanceShowsItAsItIs() throws {
        let (dir, path, _) = try directoryWithUnknownField()
        let store = try Store(root: dir.path, readOnly: true)
        let (sessions, problems) = store.loadSessions()
        #expect(problems.isEmpty)
        #expect(sessions.contains { store.path(of: $0) == path })
    }

    @Test func theCommitteeToo() throws {
        let (dir, _, _) = try seededDirectory()
        let path = "\(dir.path)/committee.json"
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        object["secretariatEmail"] = "x@example.org"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        let store = try Store(root: dir.path)
        #expect(throws: StoreError.self) { try store.loadCommittee() }
        #expect(try Store(root: dir.path, readOnly: true).loadCommittee().name.isEmpty == false)
    }
}

/// The message for a file scpf cannot read offers its backup only when there is one.
@Suite struct BackupHintTests {
    @Test func theBackupIsOfferedOnlyWhenItExists() throws {
        let dir = try TempDir("backup-hint")
        let path = dir.sub("session-001.json")
        let error = StoreError.unreadable(path: path, line: 1, column: 2, reason: "broken")
        #expect("\(error)".hasSuffix("fix it in an editor."))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path + ".bak"))
        #expect("\(error)".hasSuffix("fix it in an editor, or restore session-001.json.bak."))
    }
}

/// Unknown fields reaching a writer by other ways than opening (QA, 2 December 2026).
@Suite struct UnknownFieldTakeoverTests {
    @Test func aFollowerDoesNotTakeOverWhileAFileHoldsUnknownFields() throws {
        let (dir, _, sessions) = try seededDirectory()
        var writer: Store? = try Store(root: dir.path)
        let follower = try Store(root: dir.path)
        _ = follower.loadSessions()
        let path = "\(dir.path)/sessions/\(sessions[0].fileName)"
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        var object = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        object["colour"] = "blue"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        _ = writer?.root
        writer = nil
        #expect(follower.writerHasQuit())
        #expect(throws: StoreError.self) { try follower.becomeWriter() }
        #expect(follower.isReadOnly)
        #expect(DirectoryLock.isFree(in: dir.path), "a refused takeover keeps no lock")
        try original.write(to: URL(fileURLWithPath: path))
        try follower.becomeWriter()
        #expect(!follower.isReadOnly)
    }
}
