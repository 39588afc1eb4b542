import Foundation
import Testing
@testable import SCPFCore

/// Files that cannot be used are reported with file, place and reason, left untouched, and
/// never hide the files that can.
@Suite("Malformed input")
struct MalformedInputTests {
    /// Writes `text` as session 37's file in a seeded directory and loads all sessions.
    func loadWithBrokenSession(_ text: String) throws -> (dir: TempDir, store: Store, sessions: [Session], problems: [StoreError], path: String) {
        let (dir, _, _) = try seededDirectory()
        let path = dir.sub("sessions/session-037.json")
        try Disk.write(text, to: path)
        let store = try Store(root: dir.path)
        let (sessions, problems) = store.loadSessions()
        return (dir, store, sessions, problems, path)
    }

    func sessionText(_ edit: (inout String) -> Void = { _ in }) throws -> String {
        let (_, sessions) = Fixture.dataSet()
        var text = String(decoding: try JSONCoding.encode(sessions[Session.index(37, in: sessions)]), as: UTF8.self)
        edit(&text)
        return text
    }

    func replacing(_ old: String, with new: String) -> (inout String) -> Void {
        { text in
            precondition(text.contains(old), "fixture text lacks \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
    }

    /// The one problem reported, checked to be `unreadable` for `path`.
    func unreadable(_ problems: [StoreError], _ path: String, sourceLocation: SourceLocation = #_sourceLocation)
        -> (line: Int?, column: Int?, reason: String)? {
        #expect(problems.count == 1, "\(problems)", sourceLocation: sourceLocation)
        guard case let .unreadable(p, line, column, reason)? = problems.first else {
            Issue.record("expected unreadable, got \(problems)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(p == path, sourceLocation: sourceLocation)
        return (line, column, reason)
    }

    @Test("Truncated JSON: path, line and column; the file is left untouched; other sessions still load")
    func truncated() throws {
        let full = try sessionText()
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix(40).joined(separator: "\n") + "\n    \"stat"
        let r = try loadWithBrokenSession(cut)
        #expect(r.sessions.map(\.number) == [36, 38])
        let found = try #require(unreadable(r.problems, r.path))
        let line = try #require(found.line)
        let column = try #require(found.column)
        #expect(line >= 40 && line <= 41, "reported line \(line)")
        #expect(column >= 1)
        #expect(found.reason.hasPrefix("not valid JSON"))
        let message = r.problems[0].description
        #expect(message.hasPrefix("\(r.path):\(line):\(column): not valid JSON"))
        // No backup of this file exists, so none is offered.
        #expect(message.hasSuffix("scpf left the file untouched: fix it in an editor."))
        #expect(Disk.bytes(r.path) == Data(cut.utf8))
    }

    @Test("A file cut off at any point is reported with a line and column, never loaded", arguments: [1, 2, 10, 100, 1000, 5000])
    func truncatedAnywhere(length: Int) throws {
        let data = Data(try sessionText().utf8.prefix(length))
        let error = #expect(throws: StoreError.self) { try Loader.decode(Session.self, from: data, path: "/d/session-037.json") }
        guard case let .unreadable(_, line, column, _)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(line != nil && column != nil, "\(String(describing: error))")
    }

    @Test("A syntax error points at its line")
    func syntaxError() throws {
        let text = "{\n  \"schemaVersion\" : 1,\n  \"number\" : tru\n}\n"
        let error = #expect(throws: StoreError.self) { try Loader.decode(Session.self, from: Data(text.utf8), path: "/d/s.json") }
        guard case let .unreadable(_, line, _, reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(line == 3)
        #expect(reason.hasPrefix("not valid JSON"))
    }

    @Test("Wrong types name the field and the type expected")
    func wrongTypes() throws {
        let r = try loadWithBrokenSession(try sessionText(replacing("\"number\" : 37", with: "\"number\" : \"thirty-seven\"")))
        #expect(unreadable(r.problems, r.path)?.reason == "number should be a number")
        let r2 = try loadWithBrokenSession(try sessionText(replacing("\"venue\" : \"Geneva\"", with: "\"venue\" : [\"Geneva\"]")))
        #expect(unreadable(r2.problems, r2.path)?.reason == "venue should be text")
        let r3 = try loadWithBrokenSession(try sessionText(replacing("\"sittingMinutesPerDay\" : 360", with: "\"sittingMinutesPerDay\" : null")))
        #expect(unreadable(r3.problems, r3.path)?.reason == "sittingMinutesPerDay is null but should be a number")
        #expect(Disk.bytes(r3.path) == Data(try sessionText(replacing("\"sittingMinutesPerDay\" : 360", with: "\"sittingMinutesPerDay\" : null")).utf8))
    }

    @Test("A missing field is named with its path")
    func missingField() throws {
        let r = try loadWithBrokenSession(try sessionText(replacing("\"kind\" : \"regular\",", with: "")))
        #expect(unreadable(r.problems, r.path)?.reason == "kind is missing")
    }

    @Test("Unknown enum values are named with their path and the values allowed, never a type of the code")
    func unknownEnum() throws {
        let r = try loadWithBrokenSession(try sessionText(replacing("\"status\" : \"in-session\"", with: "\"status\" : \"suspended\"")))
        #expect(unreadable(r.problems, r.path)?.reason == "status: “suspended” is not one of “planned”, “convened”, “in-session”, “closed”")
        let r2 = try loadWithBrokenSession(try sessionText(replacing("\"purpose\" : \"decision\"", with: "\"purpose\" : \"vote\"")))
        let reason = unreadable(r2.problems, r2.path)?.reason ?? ""
        #expect(reason.hasPrefix("agenda.items[0].purpose"), "\(reason)")
        #expect(reason.hasSuffix("“vote” is not one of “information”, “decision”, “recommendation-to-council”"), "\(reason)")
        // Every kind of choice a file holds has its values listed (a tester found type names).
        #expect(Loader.allowedValues["Distribution"] == ["general", "limited", "restricted"])
    }

    @Test("A bad date is named with its path")
    func badDate() throws {
        let r = try loadWithBrokenSession(try sessionText(replacing("\"startDate\" : \"2025-10-28\"", with: "\"startDate\" : \"28/10/2025\"")))
        #expect(unreadable(r.problems, r.path)?.reason == "startDate: “28/10/2025” is not a date of the form YYYY-MM-DD")
    }

    @Test("A file from a newer scpf is refused, left byte-identical, and never overwritten")
    func newerSchema() throws {
        let text = try sessionText(replacing("\"schemaVersion\" : 3", with: "\"schemaVersion\" : 4"))
        let r = try loadWithBrokenSession(text)
        #expect(r.problems == [.newerSchema(path: r.path, found: 4, supported: SchemaVersion.current)])
        #expect(r.problems[0].description ==
                "\(r.path): written by a newer scpf (schemaVersion 4; this one reads up to 3). Update scpf; the file was left untouched.")
        #expect(r.sessions.map(\.number) == [36, 38])
        // Saving a session 37 of our own must not replace the newer file.
        let (_, demo) = Fixture.dataSet()
        #expect(throws: StoreError.changedOnDisk(path: r.path)) { try r.store.save(demo[Session.index(37, in: demo)]) }
        #expect(Disk.bytes(r.path) == Data(text.utf8))

        // The committee file too.
        let committeeText = "{\"schemaVersion\": 7, \"futureField\": {}}\n"
        try Disk.write(committeeText, to: r.store.committeePath)
        #expect(throws: StoreError.newerSchema(path: r.store.committeePath, found: 7, supported: SchemaVersion.current)) { try r.store.loadCommittee() }
        #expect(Disk.bytes(r.store.committeePath) == Data(committeeText.utf8))
    }

    @Test("A file without schemaVersion is not taken for an scpf file")
    func noSchemaVersion() throws {
        let error = #expect(throws: StoreError.self) {
            try Loader.decode(Committee.self, from: Data("{\"name\": \"x\"}".utf8), path: "/d/committee.json")
        }
        #expect(error == .unreadable(path: "/d/committee.json", line: nil, column: nil,
                                     reason: "no schemaVersion field; this is not an scpf file"))
    }

    @Test("An empty file or a non-object is reported, not loaded")
    func emptyOrNotObject() throws {
        for text in ["", "   \n", "[1, 2, 3]\n", "\"text\"\n", "null\n"] {
            let error = #expect(throws: StoreError.self, "\(text.debugDescription)") {
                try Loader.decode(Session.self, from: Data(text.utf8), path: "/d/session-001.json")
            }
            #expect(error?.description.hasPrefix("/d/session-001.json") == true, "\(String(describing: error))")
        }
    }

    @Test("Deeply nested JSON is refused before decoding, with its place")
    func deeplyNested() throws {
        let depth = 100_000
        let text = "{\"schemaVersion\": 1, \"agenda\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let error = #expect(throws: StoreError.self) { try Loader.decode(Session.self, from: Data(text.utf8), path: "/d/session-001.json") }
        #expect(error == .unreadable(path: "/d/session-001.json", line: 1, column: 95, reason: "nesting deeper than 64 levels"))
        #expect(error?.description.hasPrefix("/d/session-001.json:1:95: nesting deeper than 64 levels.") == true)
        // Brackets inside strings do not count.
        let quoted = "{\"schemaVersion\": 1, \"x\": \"" + String(repeating: "[", count: 200) + "\"}"
        #expect(Loader.tooDeep(Data(quoted.utf8)) == nil)
        // Real files are far shallower than the limit.
        let (committee, sessions) = Fixture.demo()
        #expect(Loader.tooDeep(try JSONCoding.encode(committee)) == nil)
        for s in sessions { #expect(Loader.tooDeep(try JSONCoding.encode(s)) == nil) }
    }

    @Test("Two files holding the same session number: one is reported misnamed and validation names the duplicate")
    func duplicateNumbers() throws {
        let (dir, committee, _) = try seededDirectory()
        let copy = dir.sub("sessions/session-039.json")
        try FileManager.default.copyItem(atPath: dir.sub("sessions/session-038.json"), toPath: copy)
        let store = try Store(root: dir.path)
        let (sessions, problems) = store.loadSessions()
        #expect(sessions.map(\.number) == [36, 37, 38, 38])
        #expect(problems == [.misnamed(path: copy, number: 38, expected: "session-038.json")])
        #expect(problems[0].description ==
                "\(copy): holds session 38, so it should be named session-038.json; rename it (and check no other file holds session 38).")
        let messages = Validator.validate(committee: committee, sessions: sessions).map(\.message)
        #expect(messages.contains("Session 38: 2 sessions share this number; each session needs its own number."))
    }

    @Test("Dangling references in files on disk are found after loading")
    func danglingReferences() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        var sessions = store.loadSessions().sessions
        let i37 = Session.index(37, in: sessions)
        sessions[i37].agenda.items[8].carriedOverFrom = ItemLink(session: 36, itemId: "i42")  // missing item
        sessions[i37].agenda.items[9].carriedOverFrom = ItemLink(session: 12, itemId: "i1")  // missing session
        sessions[i37].live?.currentItemId = "i77"
        try store.save(sessions[i37])

        let reader = try Store(root: dir.path, readOnly: true)
        let committee = try reader.loadCommittee()
        let (loaded, problems) = reader.loadSessions()
        #expect(problems.isEmpty)
        let messages = Validator.validate(committee: committee, sessions: loaded).map(\.message)
        #expect(messages == [
            "Session 37 item 7 (i9): carriedOverFrom refers to item i42 of session 36, which does not exist.",
            "Session 37 item 8 (i10): carriedOverFrom refers to session 12, which does not exist.",
            "Session 37: live.currentItemId “i77” is not an item of its agenda.",
        ])
    }

    @Test("An unreadable committee file is reported with its path and left untouched")
    func brokenCommittee() throws {
        let (dir, _, _) = try seededDirectory()
        let path = dir.sub("committee.json")
        let text = "{\n  \"schemaVersion\" : 1,\n  \"name\" : \"SCPF\"\n  \"shortName\" : \"SCPF\"\n}\n"
        try Disk.write(text, to: path)
        let store = try Store(root: dir.path)
        let error = #expect(throws: StoreError.self) { try store.loadCommittee() }
        guard case let .unreadable(p, line, _, _)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(p == path)
        #expect(line == 4)
        #expect(Disk.bytes(path) == Data(text.utf8))
        // The sessions still load.
        #expect(store.loadSessions().sessions.count == 3)
    }

    @Test("A missing committee file is reported as missing")
    func missingCommittee() throws {
        let dir = try TempDir("store")
        let store = try Store(root: dir.path)
        #expect(!store.hasCommittee)
        #expect(store.isEmpty)
        #expect(throws: StoreError.unreadable(path: store.committeePath, line: nil, column: nil, reason: "does not exist")) {
            try store.loadCommittee()
        }
    }
}
