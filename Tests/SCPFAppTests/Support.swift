import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// Keeps what the UI saved in memory, and can be told to fail like a full disk or a file
/// changed by someone else.
@MainActor
final class MemoryPersistence: Persistence {
    var committee: Committee?
    var sessions: [Int: Session] = [:]
    var saves = 0
    var failure: StoreError?
    /// Failures of one file only (checked before `failure`).
    var failing: [DataFile: StoreError] = [:]
    /// Every file written over someone else's change, in order.
    var overwritten: [DataFile] = []

    /// Throws the failure set for the file; a file changed on disk is written when told to
    /// overwrite it, and is then ours again.
    private func check(_ file: DataFile, overwrite: Bool) throws {
        guard let f = failing[file] ?? failure else { return }
        if overwrite, f == .changedOnDisk(path: displayPath(file)) {
            overwritten.append(file)
            if failing[file] != nil { failing[file] = nil } else { failure = nil }
            return
        }
        throw f
    }

    func save(_ committee: Committee, overwrite: Bool) throws {
        try check(.committee, overwrite: overwrite)
        self.committee = committee; saves += 1
    }
    func save(_ session: Session, overwrite: Bool) throws {
        try check(.session(session.number), overwrite: overwrite)
        sessions[session.number] = session; saves += 1
    }
    func deleteSession(number: Int, overwrite: Bool) throws {
        try check(.session(number), overwrite: overwrite)
        sessions[number] = nil; saves += 1
    }
    var chair: ChairNotes?
    /// Sessions "someone else" saved, handed over on the next follow-along tick.
    var external: [Session] = []

    func save(_ notes: ChairNotes, overwrite: Bool) throws {
        try check(.chair, overwrite: overwrite)
        chair = notes; saves += 1
    }
    /// Files the UI may read (import) and what it wrote (exports).
    var files: [String: String] = [:]
    func readText(_ path: String) throws -> String {
        guard let text = files[path] else { throw StoreError.unreadable(path: path, line: nil, column: nil, reason: "does not exist") }
        return text
    }
    func writeExport(_ text: String, to path: String) throws { files[path] = text }
    func writeExport(_ bytes: Data, to path: String) throws { files[path] = String(decoding: bytes, as: UTF8.self) }
    /// Sessions handed over as if read in the background, a batch per call.
    var backgroundBatches: [[Session]] = []
    var backgroundStarted = false
    func startBackgroundLoad() { backgroundStarted = true }
    func drainBackgroundLoad() -> (sessions: [Session], problems: [StoreError], remaining: Int) {
        guard !backgroundBatches.isEmpty else { return ([], [], 0) }
        let batch = backgroundBatches.removeFirst()
        return (batch, [], backgroundBatches.reduce(0) { $0 + $1.count })
    }
    /// Sessions "someone else" deleted, and whether the writer has quit / can be replaced.
    var externallyDeleted: [Int] = []
    var writerGone = false
    var takeoverRefusal: String?
    var becameWriter = false
    func deletedSessionNumbers() -> [Int] {
        defer { externallyDeleted = [] }
        return externallyDeleted
    }
    func writerHasQuit() -> Bool { writerGone && !becameWriter }
    func becomeWriter() throws {
        if let takeoverRefusal { throw StoreError.readOnly(reason: takeoverRefusal) }
        becameWriter = true
    }
    func reloadChangedSessions() -> [Session] {
        defer { external = [] }
        return external
    }
    func reload(_ file: DataFile) throws -> Any? {
        // Reading the file again makes its version on disk the known one.
        if failing[file] == .changedOnDisk(path: displayPath(file)) { failing[file] = nil }
        switch file {
        case .committee: return committee
        case .session(let n): return sessions[n]
        case .chair: return chair
        }
    }
    func displayPath(_ file: DataFile) -> String {
        switch file {
        case .committee: "/data/committee.json"
        case .session(let n): String(format: "/data/sessions/session-%03d.json", n)
        case .chair: "/data/chair.json"
        }
    }
}

/// 27 November 2026, 11:00 UTC: the demo's session 39 is in progress.
let fixedNow = Date(timeIntervalSince1970: Double(Day(2026, 11, 27).ordinal * 86_400 + 11 * 3600))

@MainActor
struct Harness {
    let runtime: AppRuntime
    let persistence: MemoryPersistence

    init(data: DataSet? = nil, width: Int = 80, height: Int = 24, readOnly: String? = nil) {
        let (committee, sessions) = DemoData.make(today: Day(fixedNow))
        var state = AppState(data: data ?? DataSet(committee: committee, sessions: sessions), now: fixedNow, readOnlyReason: readOnly)
        state.width = width; state.height = height
        persistence = MemoryPersistence()
        runtime = AppRuntime(state: state, persistence: persistence, clock: { fixedNow })
    }

    init(runtime: AppRuntime, persistence: MemoryPersistence) {
        self.runtime = runtime; self.persistence = persistence
    }

    var state: AppState { runtime.state }

    /// A harness whose in-memory disk already holds the demo record (as after opening it).
    static func onDisk() -> Harness {
        let h = Harness()
        h.persistence.committee = h.state.data.committee
        for s in h.state.data.sessions { h.persistence.sessions[s.number] = s }
        return h
    }

    /// Types keys: plain characters one by one, or named keys.
    @discardableResult
    func type(_ keys: Key...) -> Bool { keys.allSatisfy { runtime.handle(.key($0)) } }

    func type(text: String) { for ch in text { _ = runtime.handle(.key(.char(ch))) } }

    /// Empties the focused field of an open form, line by line (Ctrl-U stops at line breaks
    /// in a paragraph), as a user would.
    func clearField() {
        for _ in 0..<1000 {
            guard case .form(let form) = state.mode, !form.fields[form.focus].input.text.isEmpty else { return }
            type(.pageDown, .pageDown, .pageDown, .pageDown)     // past the last row: the end
            type(.ctrl("u"), .backspace)
        }
    }

    func screen(width: Int? = nil, height: Int? = nil) -> String {
        runtime.render(width: width ?? state.width, height: height ?? state.height).text
    }
}

/// Compares a frame's text and its style map (a role per cell) to `Golden/<name>.txt`.
func assertStyledGolden(_ frame: Frame, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    assertGolden(frame.text + "\n\nstyles:\n" + frame.styleText, name, sourceLocation: sourceLocation)
}

/// Compares a screen to `Golden/<name>.txt`; with SCPF_UPDATE_GOLDEN=1 writes it instead.
func assertGolden(_ screen: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = dir.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["SCPF_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? (screen + "\n").write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("Missing golden \(name).txt; run with SCPF_UPDATE_GOLDEN=1 to create it.", sourceLocation: sourceLocation)
        return
    }
    #expect(screen + "\n" == expected, "screen differs from Golden/\(name).txt", sourceLocation: sourceLocation)
}
