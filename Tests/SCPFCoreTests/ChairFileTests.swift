import Foundation
import Testing
@testable import SCPFCore

/// chair.json is the chair's alone: written in review mode without touching the record,
/// refused with --read-only, valid against its schema, and merged back by copying it.
@Suite struct ChairFileTests {
    func demoDirectory() throws -> (TempDir, [Session]) {
        let dir = try TempDir("chair")
        let store = try Store(root: dir.path)
        let (committee, sessions) = DemoData.make(today: Day(2026, 11, 27))
        try store.save(committee)
        for s in sessions { try store.save(s) }
        return (dir, sessions)
    }

    func snapshot(_ root: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in ["committee.json"] + (try FileManager.default.contentsOfDirectory(atPath: root + "/sessions")).map({ "sessions/" + $0 }) {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + name))
        }
        return out
    }

    @Test func reviewWritesOnlyTheChairFileAndLeavesTheRecordByteIdentical() throws {
        let (dir, sessions) = try demoDirectory()
        let before = try snapshot(dir.path)
        let review = try Store(root: dir.path, review: true)
        #expect(review.isReadOnly)
        var notes = DemoData.chairNotes(for: sessions)
        notes.update(session: 39, item: "i4") { $0.toRaise = true }
        try review.save(notes)
        #expect(throws: StoreError.self) { try review.save(sessions[0], overwrite: true) }
        #expect(try snapshot(dir.path) == before)
        #expect(try Store(root: dir.path, review: true).loadChairNotes() == notes)
        var st = stat()
        #expect(stat(review.chairPath, &st) == 0 && st.st_mode & 0o777 == 0o600)
    }

    @Test func readOnlyRefusesTheChairFile() throws {
        let (dir, _) = try demoDirectory()
        let store = try Store(root: dir.path, readOnly: true)
        #expect(throws: StoreError.self) { try store.save(ChairNotes()) }
        #expect(!FileManager.default.fileExists(atPath: store.chairPath))
    }

    @Test func mergingBackIsCopyingOneFile() throws {
        let (office, sessions) = try demoDirectory()
        let laptop = try TempDir("laptop")
        try FileManager.default.removeItem(atPath: laptop.path)
        try FileManager.default.copyItem(atPath: office.path, toPath: laptop.path)
        let notes = DemoData.chairNotes(for: sessions)
        try Store(root: laptop.path, review: true).save(notes)
        // Meanwhile the secretariat keeps working in the office.
        let secretariat = try Store(root: office.path)
        _ = try secretariat.loadCommittee()
        var s39 = secretariat.loadSessions().sessions.first { $0.number == 39 }!
        try s39.takeUp(itemId: "i3", at: Date(timeIntervalSince1970: 1_800_000_000))
        try secretariat.save(s39)
        try FileManager.default.copyItem(atPath: laptop.path + "/chair.json", toPath: office.path + "/chair.json")
        let merged = try Store(root: office.path, readOnly: true)
        #expect(try merged.loadChairNotes() == notes)
        #expect(merged.loadSessions().sessions.first { $0.number == 39 }?.live?.currentItemId == "i3")
        #expect(Validator.validate(notes, sessions: merged.loadSessions().sessions).isEmpty)
    }

    @Test func staleNotesAreReported() {
        var notes = ChairNotes()
        notes.update(session: 39, item: "i99") { $0.notes = "gone" }
        notes.update(session: 7, item: "i1") { $0.reviewed = true }
        let (_, sessions) = DemoData.make(today: Day(2026, 11, 27))
        #expect(Validator.validate(notes, sessions: sessions).map(\.message) == [
            "chair.json: notes for session 7, which does not exist.",
            "chair.json: a note on item i99 of session 39, which is not on its agenda.",
        ])
    }

    @Test func chairFileValidatesAgainstItsSchema() throws {
        let (dir, sessions) = try demoDirectory()
        try Store(root: dir.path, review: true).save(DemoData.chairNotes(for: sessions))
        let schema = SchemaLocation.root.appendingPathComponent("docs/schema/chair.schema.json").path
        var broken = try String(contentsOfFile: dir.path + "/chair.json", encoding: .utf8)
        broken = broken.replacingOccurrences(of: "\"toRaise\"", with: "\"raise\"")
        try broken.write(toFile: dir.path + "/broken.json", atomically: true, encoding: .utf8)
        let result = try JSONSchemaValidator.run([
            ["file": dir.path + "/chair.json", "schema": schema, "expect": "valid"],
        ], in: dir.path)
        #expect(result.status == 0, Comment(rawValue: result.output))
        let rejected = try JSONSchemaValidator.run([
            ["file": dir.path + "/broken.json", "schema": schema, "expect": "valid"],
        ], in: dir.path)
        #expect(rejected.status != 0, "a note with an unknown field must not validate")
    }
}

/// Fields this scpf does not know are found with their path (`scpf check --strict`).
@Test func unknownFieldsAreFoundWithTheirPath() throws {
    let (_, sessions) = DemoData.make(today: Day(2026, 11, 27))
    var object = try #require(try JSONSerialization.jsonObject(with: JSONCoding.encode(sessions[7])) as? [String: Any])
    var agenda = try #require(object["agenda"] as? [String: Any])
    var items = try #require(agenda["items"] as? [[String: Any]])
    items[2]["colour"] = "red"
    agenda["items"] = items
    object["agenda"] = agenda
    object["webcast"] = ["url": "https://example.org"]
    let data = try JSONSerialization.data(withJSONObject: object)
    #expect(UnknownFields.find(in: data, as: Session.self) == ["agenda.items[2].colour", "webcast"])
    #expect(UnknownFields.find(in: try JSONCoding.encode(sessions[7]), as: Session.self).isEmpty)
}

/// A deleted draft item's id is not handed out again while a chair's note or a revision
/// still names it.
@Test func itemIdsAreNotReusedWhileSomethingNamesThem() throws {
    var agenda = Agenda(items: [AgendaItem(id: "i1", title: "A"), AgendaItem(id: "i2", title: "B")])
    agenda.items.removeLast()
    #expect(agenda.nextItemId() == "i2")
    #expect(agenda.nextItemId(avoiding: ["i2"]) == "i3")
    agenda.revisions = [AgendaRevision(at: Date(timeIntervalSince1970: 0), change: .withdrawn, itemId: "i7", detail: "…")]
    #expect(agenda.nextItemId() == "i8")
}
