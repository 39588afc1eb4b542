import Foundation
import Testing
@testable import SCPFCore

/// The same data always gives the same bytes, and loading then saving changes nothing.
@Suite("Round trip and byte-for-byte determinism")
struct RoundTripTests {
    /// A session that sets every optional field, so the round trip covers all of them.
    static func fullSession() -> Session {
        let t = Timestamp.whole(Fixture.time)
        var s = Fixture.session(status: .closed)
        s.kind = .special
        s.venue = "Genève — Palais des Nations"
        s.officers = [Officer(role: "Chairperson", name: "H.E. Ms. Laura Méndez", memberStateId: "mex"),
                      Officer(role: "Rapporteur", name: "王芳")]
        s.attendance = ["chn", "deu", "mex"]
        s.agenda.state = .revised
        s.agenda.symbol = "S/37/1"
        s.agenda.issuedOn = Day(2025, 10, 7)
        s.agenda.adoptedOn = Day(2025, 10, 28)
        s.agenda.revisions = [AgendaRevision(at: t, change: .added, itemId: "i4", detail: "Added item 4 “Other business”.")]
        s.agenda.items[1].documents = [DocumentRef(symbol: "S/37/4/Rev.1", title: "Report, “revised”", languages: ["en"]),
                                       DocumentRef(symbol: "S/37/CRP/2")]
        s.agenda.items[1].minutesAllotted = 45
        s.agenda.items[1].origin = .memberState
        s.agenda.items[1].originDetail = "chn"
        s.agenda.items[1].status = .concluded
        s.agenda.items[1].outcome = Outcome(kind: .tookNote, conclusion: "The Committee took note of document S/37/4/Rev.1.")
        s.agenda.items[1].notes = "Line one.\nLine two \"quoted\" \\ backslash\ttab."
        s.agenda.items[1].speakers = SpeakersList(queue: ["egy"], speeches: [
            Speech(delegation: "mex", startedAt: t, endedAt: t.addingTimeInterval(190)),
            Speech(delegation: "phl", startedAt: t.addingTimeInterval(200)),
        ], limitSeconds: 180)
        s.agenda.items[2].status = .deferred
        s.agenda.items[2].outcome = Outcome(kind: .deferred, deferredTo: 38, conclusion: "Deferred.")
        s.agenda.items[2].carriedOverFrom = ItemLink(session: 36, itemId: "i9")
        s.agenda.items.append(AgendaItem(id: "i4", level: 1, title: "Other business", supplementary: true))
        s.report = Report(state: .councilAction,
                          sections: [ReportSection(key: "intro", heading: "Introduction", body: "Text", edited: true)],
                          adoptedOn: Day(2025, 10, 29),
                          transmittal: Transmittal(councilSession: "116th session", symbol: "C/116/9", date: Day(2025, 11, 12)),
                          councilAction: CouncilAction(kind: .approved, resolution: "Resolution No. 1500", date: Day(2025, 11, 26)))
        s.live = LiveState(currentItemId: "i2", sessionStartedAt: t, itemStartedAt: t.addingTimeInterval(60))
        return s
    }

    @Test("Decoding the encoded demo data gives equal values and identical bytes")
    func demoRoundTrip() throws {
        let (committee, sessions) = Fixture.demo()
        let data = try JSONCoding.encode(committee)
        let back = try Loader.decode(Committee.self, from: data, path: "committee.json")
        #expect(back == committee)
        #expect(try JSONCoding.encode(back) == data)
        #expect(sessions.count >= 8)
        for session in sessions {
            let data = try JSONCoding.encode(session)
            let back = try Loader.decode(Session.self, from: data, path: session.fileName)
            #expect(back == session, "session \(session.number) changed in the round trip")
            #expect(try JSONCoding.encode(back) == data, "session \(session.number) gave other bytes")
        }
    }

    @Test("The test data set round-trips exactly")
    func dataSetRoundTrip() throws {
        let (committee, sessions) = Fixture.dataSet()
        let data = try JSONCoding.encode(committee)
        #expect(try JSONCoding.encode(Loader.decode(Committee.self, from: data, path: "c")) == data)
        for s in sessions {
            let data = try JSONCoding.encode(s)
            let back = try Loader.decode(Session.self, from: data, path: s.fileName)
            #expect(back == s)
            #expect(try JSONCoding.encode(back) == data)
        }
    }

    @Test("A session with every optional field set round-trips exactly")
    func fullRoundTrip() throws {
        let s = Self.fullSession()
        let data = try JSONCoding.encode(s)
        let back = try Loader.decode(Session.self, from: data, path: s.fileName)
        #expect(back == s)
        #expect(try JSONCoding.encode(back) == data)
    }

    @Test("Encoding the same data twice, or an equal copy, gives the same bytes")
    func sameDataSameBytes() throws {
        let first = try JSONCoding.encode(Self.fullSession())
        for _ in 0..<20 { #expect(try JSONCoding.encode(Self.fullSession()) == first) }
        let (c1, s1) = Fixture.demo()
        let (c2, s2) = Fixture.demo()
        #expect(try JSONCoding.encode(c1) == JSONCoding.encode(c2))
        #expect(try JSONCoding.encode(s1) == JSONCoding.encode(s2))
    }

    @Test("Files are pretty-printed UTF-8 with sorted keys, plain slashes, whole-second UTC times and one trailing newline")
    func fileForm() throws {
        let data = try JSONCoding.encode(Self.fullSession())
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(text.hasPrefix("{\n  \"agenda\" : {"))
        #expect(text.contains("\"symbol\" : \"S/37/4/Rev.1\""))
        #expect(!text.contains("\\/"))
        #expect(text.contains("H.E. Ms. Laura Méndez"))
        #expect(text.contains("\"name\" : \"王芳\""))
        #expect(text.contains("\"startedAt\" : \"2025-10-28T10:42:00Z\""))
        #expect(text.contains("\"issuedOn\" : \"2025-10-07\""))
        #expect(text.contains("\"schemaVersion\" : 3"))
        // Top-level keys in sorted order.
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(topKeys == topKeys.sorted())
        #expect(topKeys.first == "agenda" && topKeys.last == "venue")
        #expect(topKeys.count == 13)
    }

    @Test("A time with a fraction of a second is stored as whole seconds and stays stable")
    func wholeSeconds() throws {
        var s = Fixture.session()
        s.live = LiveState(currentItemId: "i1", sessionStartedAt: Fixture.time)
        let data = try JSONCoding.encode(s)
        #expect(String(decoding: data, as: UTF8.self).contains("\"sessionStartedAt\" : \"2025-10-28T10:42:00Z\""))
        let back = try Loader.decode(Session.self, from: data, path: "s")
        #expect(back.live?.sessionStartedAt == Timestamp.whole(Fixture.time))
        #expect(try JSONCoding.encode(back) == data)
    }

    @Test("Through the Store: load and save without changes leaves every file byte-identical")
    func storeLoadSaveUnchanged() throws {
        let dir = try TempDir()
        let (committee, sessions) = Fixture.demo()
        do {
            let store = try Store(root: dir.path)
            try store.save(committee)
            for s in sessions { try store.save(s) }
        }
        let names = Disk.names(dir.sub("sessions"))
        #expect(names.count == sessions.count)
        let before = Dictionary(uniqueKeysWithValues: names.map { ($0, Disk.bytes(dir.sub("sessions/\($0)"))) })
        let committeeBefore = Disk.bytes(dir.sub("committee.json"))
        let inodeBefore = Disk.inode(dir.sub("committee.json"))

        let store = try Store(root: dir.path)
        let loaded = try store.loadCommittee()
        let (loadedSessions, problems) = store.loadSessions()
        #expect(problems.isEmpty)
        #expect(loaded == committee)
        #expect(loadedSessions == sessions.sorted { $0.number < $1.number })
        try store.save(loaded)
        for s in loadedSessions { try store.save(s) }

        #expect(Disk.bytes(dir.sub("committee.json")) == committeeBefore)
        #expect(Disk.inode(dir.sub("committee.json")) == inodeBefore, "an unchanged file should not even be rewritten")
        for name in names { #expect(Disk.bytes(dir.sub("sessions/\(name)")) == before[name]!, "\(name) changed") }
        #expect(!Disk.names(dir.path).contains("committee.json.bak"), "nothing was written, so no backup")
    }

    @Test("Through the Store: data loaded from one directory and saved into another gives the same bytes")
    func storeCopyIdentical() throws {
        let a = try TempDir(), b = try TempDir()
        let (committee, sessions) = Fixture.demo()
        do {
            let store = try Store(root: a.path)
            try store.save(committee)
            for s in sessions { try store.save(s) }
        }
        let source = try Store(root: a.path)
        let target = try Store(root: b.path)
        try target.save(source.loadCommittee())
        for s in source.loadSessions().sessions { try target.save(s) }
        #expect(Disk.bytes(a.sub("committee.json")) == Disk.bytes(b.sub("committee.json")))
        let names = Disk.names(a.sub("sessions"))
        #expect(names == Disk.names(b.sub("sessions")))
        for name in names {
            #expect(Disk.bytes(a.sub("sessions/\(name)")) == Disk.bytes(b.sub("sessions/\(name)")), "\(name) differs")
        }
    }
}
