import Foundation
import Testing
import SCPFCore

/// The file contract (docs/file-format.md): every file scpf writes matches
/// docs/schema/committee.schema.json or docs/schema/session.schema.json, as judged by an
/// independent validator (Python's `jsonschema`, draft 2020-12), and the schemas list exactly
/// the model's properties and enum values.
///
/// Needs `python3` with `jsonschema` 4 or later (`pip install jsonschema`; CI installs it).
@Suite("File contract: JSON Schemas") struct SchemaTests {
    // MARK: Tests

    @Test("Every file scpf writes validates against docs/schema")
    func writtenFilesValidate() throws {
        let scratch = try SchemaScratch()
        let files = try SchemaSamples.write(in: scratch.path)
        // demo: committee + 9 sessions; fresh: committee; edited: committee + 2 sessions.
        let committees = files.filter { $0.kind == .committee }
        let sessions = files.filter { $0.kind == .session }
        #expect(committees.count == 3)
        #expect(sessions.count == 11)

        // What is validated is what was written: a load and save gives the same bytes.
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file.path))
            #expect(data.last == 0x0A, "\(file.path) does not end with a newline")
            let again: Data
            switch file.kind {
            case .committee: again = try JSONCoding.encode(JSONCoding.decode(Committee.self, from: data))
            case .session: again = try JSONCoding.encode(JSONCoding.decode(Session.self, from: data))
            }
            #expect(again == data, "\(file.path): decoding and encoding again changed the bytes")
        }

        let manifest: [[String: Any]] = files.map {
            ["file": $0.path, "schema": SchemaLocation.path(for: $0.kind), "expect": "valid"]
        }
        let result = try JSONSchemaValidator.run(manifest, in: scratch.path)
        #expect(result.status == 0, Comment(rawValue: result.output))
    }

    @Test("Broken copies of valid files are rejected, each for its own reason")
    func brokenCopiesAreRejected() throws {
        let scratch = try SchemaScratch()
        let files = try SchemaSamples.write(in: scratch.path)
        // The edited session is in session and has every optional part filled in; the
        // closed one has a report with transmittal and Council action.
        let live = try #require(files.first { $0.path.hasSuffix("edited/sessions/session-041.json") })
        let closed = try #require(files.first { $0.path.hasSuffix("edited/sessions/session-042.json") })
        let committee = try #require(files.first { $0.path.hasSuffix("edited/committee.json") })
        let sessionSchema = SchemaLocation.path(for: .session)
        let committeeSchema = SchemaLocation.path(for: .committee)

        /// An in-memory copy of `file` with the value at `path` replaced (or deleted when
        /// `value` is nil), which the validator must reject with a message containing `mention`.
        func broken(_ file: SchemaSamples.File, _ schema: String, _ why: String, mention: String,
                    at path: [Any], _ value: Any?) -> [String: Any] {
            let patch: [String: Any] = value.map { ["path": path, "value": $0] } ?? ["path": path, "delete": true]
            return ["file": file.path, "schema": schema, "expect": "invalid", "why": why, "mention": mention,
                    "patch": [patch]]
        }
        var manifest: [[String: Any]] = [
            // The originals are valid, so each rejection below is the patch's doing.
            ["file": live.path, "schema": sessionSchema, "expect": "valid"],
            ["file": closed.path, "schema": sessionSchema, "expect": "valid"],
            ["file": committee.path, "schema": committeeSchema, "expect": "valid"],
        ]
        manifest += [
            broken(live, sessionSchema, "unknown item status", mention: "'done' is not one of",
                   at: ["agenda", "items", 0, "status"], "done"),
            broken(live, sessionSchema, "unknown session status", mention: "'in_session' is not one of",
                   at: ["status"], "in_session"),
            broken(live, sessionSchema, "extra top-level field", mention: "Additional properties are not allowed",
                   at: ["chair"], "H.E. Ms. A"),
            broken(live, sessionSchema, "extra field in a speech", mention: "Additional properties are not allowed",
                   at: ["agenda", "items", 1, "speakers", "speeches", 0, "seconds"], 120),
            broken(live, sessionSchema, "required field missing", mention: "'venue' is a required property",
                   at: ["venue"], nil),
            broken(live, sessionSchema, "sub-second timestamp", mention: "does not match",
                   at: ["live", "sessionStartedAt"], "2027-01-12T10:00:00.500Z"),
            broken(live, sessionSchema, "timestamp with an offset", mention: "does not match",
                   at: ["agenda", "revisions", 0, "at"], "2027-01-12T11:00:00+01:00"),
            broken(live, sessionSchema, "day not zero-padded", mention: "does not match",
                   at: ["startDate"], "2027-1-12"),
            broken(live, sessionSchema, "level beyond the third", mention: "greater than the maximum of 2",
                   at: ["agenda", "items", 0, "level"], 3),
            broken(live, sessionSchema, "null instead of an omitted optional", mention: "None is not of type 'object'",
                   at: ["live"], NSNull()),
            broken(live, sessionSchema, "newer schemaVersion", mention: "3 was expected",
                   at: ["schemaVersion"], 4),
            broken(live, sessionSchema, "session number 0", mention: "less than the minimum of 1",
                   at: ["number"], 0),
            broken(live, sessionSchema, "attendance lists a state twice", mention: "non-unique elements",
                   at: ["attendance", 1], "civ"),
            broken(closed, sessionSchema, "unknown Council action", mention: "'noted' is not one of",
                   at: ["report", "councilAction", "kind"], "noted"),
            broken(committee, committeeSchema, "extra field in a member state", mention: "Additional properties are not allowed",
                   at: ["memberStates", 0, "flag"], "🇦🇫"),
            broken(committee, committeeSchema, "unknown Rules state", mention: "'withdrawn' is not one of",
                   at: ["rulesOfProcedure", 0, "state"], "withdrawn"),
            broken(committee, committeeSchema, "month 13", mention: "greater than the maximum of 12",
                   at: ["meetingPattern", "oddSessionMonths", 0], 13),
            broken(live, sessionSchema, "session number 2³²+1", mention: "greater than the maximum of 9999",
                   at: ["number"], 4_294_967_297),
            broken(live, sessionSchema, "sitting minutes Int.max", mention: "greater than the maximum of 1440",
                   at: ["sittingMinutesPerDay"], Int.max),
            broken(live, sessionSchema, "minutes allotted 2³¹", mention: "greater than the maximum of 1440",
                   at: ["agenda", "items", 0, "minutesAllotted"], 2_147_483_648),
            broken(committee, committeeSchema, "empty month list", mention: "should be non-empty",
                   at: ["meetingPattern", "evenSessionMonths"], [Int]()),
            broken(committee, committeeSchema, "article4 as text", mention: "is not of type 'boolean'",
                   at: ["memberStates", 0, "article4"], "no"),
        ]
        let result = try JSONSchemaValidator.run(manifest, in: scratch.path)
        #expect(result.status == 0, Comment(rawValue: result.output))
    }

    @Test("The schemas list exactly the model's properties, required fields and enum values")
    func schemasMatchTheModel() throws {
        let committee = try SchemaLocation.load(.committee)
        let session = try SchemaLocation.load(.session)
        let day = Day(2027, 1, 12), now = Date(timeIntervalSince1970: 1_800_000_000)

        // Synthesized coding: the stored properties are the JSON keys, and the optional ones
        // are the ones that may be left out.
        let objects: [(String, [String: Any], String, Any)] = [
            ("committee", committee, "", Committee.scpf()),
            ("committee", committee, "meetingPattern", MeetingPattern()),
            ("committee", committee, "memberState", MemberState(id: "civ", name: "Côte d'Ivoire")),
            ("committee", committee, "torVersion", ToRVersion.original2007),
            ("committee", committee, "torItem", ToRItem(letter: "a", text: "…")),
            ("committee", committee, "rulesVersion", RulesVersion(id: "r", title: "t")),
            ("committee", committee, "rule", Rule(number: 1, title: "t", text: "…")),
            ("committee", committee, "rulesEvent", RulesEvent(on: day, state: .drafting, detail: "…")),
            ("committee", committee, "itemLink", ItemLink(session: 1, itemId: "i1")),
            ("session", session, "", Session(number: 1, startDate: day, endDate: day)),
            ("session", session, "itemLink", ItemLink(session: 1, itemId: "i1")),
            ("session", session, "officer", Officer(role: "Chairperson", name: "…")),
            ("session", session, "liveState", LiveState()),
            ("session", session, "agenda", Agenda()),
            ("session", session, "agendaRevision", AgendaRevision(at: now, change: .added, itemId: "i1", detail: "…")),
            ("session", session, "agendaItem", AgendaItem(id: "i1", title: "…")),
            ("session", session, "documentRef", DocumentRef(symbol: "S/1/1")),
            ("session", session, "outcome", Outcome(kind: .tookNote)),
            ("session", session, "speakersList", SpeakersList()),
            ("session", session, "speech", Speech(delegation: "civ", startedAt: now)),
            ("session", session, "report", Report()),
            ("session", session, "reportSection", ReportSection(key: "k", heading: "h", body: "…")),
            ("session", session, "transmittal", Transmittal(councilSession: "…", symbol: "C/1/1", date: day)),
            ("session", session, "councilAction", CouncilAction(kind: .approved, date: day)),
        ]
        for (file, schema, def, sample) in objects {
            let place = "\(file).schema.json \(def.isEmpty ? "(top level)" : "$defs/\(def)") for \(type(of: sample))"
            let node = try #require(SchemaLocation.node(schema, def), "\(place): missing")
            let model = Self.storedProperties(of: sample)
            let properties = Set((node["properties"] as? [String: Any] ?? [:]).keys)
            let required = Set(node["required"] as? [String] ?? [])
            #expect(properties == model.all,
                    "\(place): properties differ; only in the model: \(model.all.subtracting(properties).sorted()), only in the schema: \(properties.subtracting(model.all).sorted())")
            #expect(required == model.required,
                    "\(place): required differs; the model requires \(model.required.sorted()), the schema \(required.sorted())")
            #expect(node["additionalProperties"] as? Bool == false, "\(place): additionalProperties must be false")
        }

        // AgendaRevision.Change is not CaseIterable: this exhaustive switch turns a new case
        // into a compile error here, so the list below cannot silently fall behind.
        let changes: [AgendaRevision.Change] = [.added, .withdrawn, .moved, .retitled, .deferred]
        for change in changes {
            switch change { case .added, .withdrawn, .moved, .retitled, .deferred: break }
        }
        let enums: [(String, [String: Any], String, [String])] = [
            ("committee", committee, "rulesState", RulesState.allCases.map(\.rawValue)),
            ("session", session, "sessionKind", SessionKind.allCases.map(\.rawValue)),
            ("session", session, "sessionStatus", SessionStatus.allCases.map(\.rawValue)),
            ("session", session, "agendaState", AgendaState.allCases.map(\.rawValue)),
            ("session", session, "revisionChange", changes.map(\.rawValue)),
            ("session", session, "itemOrigin", ItemOrigin.allCases.map(\.rawValue)),
            ("session", session, "itemPurpose", ItemPurpose.allCases.map(\.rawValue)),
            ("session", session, "itemStatus", ItemStatus.allCases.map(\.rawValue)),
            ("session", session, "outcomeKind", OutcomeKind.allCases.map(\.rawValue)),
            ("session", session, "reportState", ReportState.allCases.map(\.rawValue)),
            ("session", session, "councilActionKind", CouncilActionKind.allCases.map(\.rawValue)),
        ]
        for (file, schema, def, values) in enums {
            let node = try #require(SchemaLocation.node(schema, def), "\(file).schema.json $defs/\(def): missing")
            #expect(node["enum"] as? [String] == values,
                    "\(file).schema.json $defs/\(def): enum should be \(values) (the raw values, in declaration order)")
        }
        for schema in [committee, session] {
            let version = (schema["properties"] as? [String: Any])?["schemaVersion"] as? [String: Any]
            #expect((version?["const"] as? Int) == SchemaVersion.current, "schemaVersion const should be \(SchemaVersion.current)")
        }
    }

    static func storedProperties(of value: Any) -> (all: Set<String>, required: Set<String>) {
        var all = Set<String>(), required = Set<String>()
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            all.insert(label)
            if Mirror(reflecting: child.value).displayStyle != .optional { required.insert(label) }
        }
        return (all, required)
    }
}

// MARK: - Sample data, written through SCPFCore

enum SchemaSamples {
    enum Kind { case committee, session }
    struct File { var path: String; var kind: Kind }

    /// Writes three data directories under `root` — the demo set, a freshly initialised
    /// committee, and a committee with sessions edited through the Core API — and returns
    /// every `.json` file in them.
    static func write(in root: String) throws -> [File] {
        do {
            let store = try Store(root: root + "/demo")
            let (committee, sessions) = DemoData.make(today: Day(2026, 11, 27))
            try store.save(committee)
            for session in sessions { try store.save(session) }
        }
        do {
            let store = try Store(root: root + "/fresh")
            try store.save(Committee.scpf())
        }
        do {
            let store = try Store(root: root + "/edited")
            let (committee, sessions) = try edited()
            try store.save(committee)
            for session in sessions { try store.save(session) }
        }
        var files: [File] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".json") else { continue }
            let kind: Kind = name.hasSuffix("/committee.json") ? .committee : .session
            files.append(File(path: root + "/" + name, kind: kind))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// A committee with a Rules amendment linked to an agenda item, a special session in
    /// progress edited through the agenda workflow (with every optional field set somewhere),
    /// and a resumed session, closed, that carries an item over.
    static func edited() throws -> (Committee, [Session]) {
        let opening = Day(2027, 1, 12).startDate.addingTimeInterval(10 * 3600 + 0.75)  // sub-second on purpose
        let later = opening.addingTimeInterval(3600.4)

        var committee = Committee.scpf()
        committee.rulesOfProcedure = [
            RulesVersion(id: "rop-test", title: "Rules of Procedure (test)", state: .adopted,
                         rules: [Rule(number: 1, title: "Sessions", text: "The Committee shall meet twice a year.")],
                         history: [RulesEvent(on: Day(2026, 12, 1), state: .drafting, detail: "Drafted."),
                                   RulesEvent(on: Day(2027, 1, 12), state: .adopted, detail: "Adopted at the 41st session.")],
                         adoptedAtSession: 41, approvalResolution: "Resolution No. 9999 (test)",
                         agendaItem: ItemLink(session: 41, itemId: "i3")),
        ]

        var s = Session(number: 41, kind: .special, startDate: Day(2027, 1, 12), endDate: Day(2027, 1, 13),
                        venue: "Geneva",
                        officers: [Officer(role: "Chairperson", name: "H.E. Ms. A. Example", memberStateId: "mex"),
                                   Officer(role: "Rapporteur", name: "Mr. B. Example")],
                        attendance: ["civ", "mex", "phl"], sittingMinutesPerDay: 180)
        try s.insertItem(AgendaItem(id: "i1", title: "Adoption of the agenda", procedural: true, purpose: .decision,
                                    documents: [DocumentRef(symbol: "S/41/1", title: "Provisional agenda")],
                                    minutesAllotted: 10), at: 0, time: opening)
        try s.insertItem(AgendaItem(id: "i2", title: "Proposal by a member state", tor: ["c"], origin: .memberState,
                                    originDetail: "mex", purpose: .recommendation,
                                    documents: [DocumentRef(symbol: "S/41/2", languages: ["en"])], minutesAllotted: 45),
                         at: 1, time: opening)
        try s.insertItem(AgendaItem(id: "i3", title: "Rules of Procedure", tor: ["g"], origin: .council,
                                    purpose: .decision, minutesAllotted: 30), at: 2, time: opening)
        try s.insertItem(AgendaItem(id: "i4", level: 1, title: "Draft amendment", tor: ["g"]), at: 3, time: opening)
        try s.issueAgenda(on: Day(2026, 12, 22))
        try s.advanceStatus(to: .convened)
        try s.adoptAgenda(on: Day(2027, 1, 12))
        try s.advanceStatus(to: .inSession)
        // Changes after adoption: recorded as revisions, the new item is supplementary.
        try s.insertItem(AgendaItem(id: s.agenda.nextItemId(), title: "Other business", tor: ["g"],
                                    origin: .directorGeneral, originDetail: "Raised by the Administration."),
                         at: 4, time: later)
        try s.moveItem(id: "i5", by: -1, time: later)
        var retitled = try #require(s.agenda.item("i5"))
        retitled.title = "Any other business"
        try s.replaceItem(retitled, time: later)
        try s.removeItem(id: "i5", time: later)

        let i1 = try #require(s.agenda.items.firstIndex { $0.id == "i1" })
        s.agenda.items[i1].status = .concluded
        s.agenda.items[i1].outcome = Outcome(kind: .endorsed, conclusion: "The Committee adopted its agenda.")
        let i2 = try #require(s.agenda.items.firstIndex { $0.id == "i2" })
        s.agenda.items[i2].status = .deferred
        s.agenda.items[i2].outcome = Outcome(kind: .deferred, deferredTo: 42, conclusion: "Deferred to the 42nd session.")
        s.agenda.items[i2].notes = "Two delegations asked for more time."
        s.agenda.items[i2].speakers = SpeakersList(
            queue: ["phl"],
            speeches: [Speech(delegation: "mex", startedAt: opening.addingTimeInterval(600),
                              endedAt: opening.addingTimeInterval(790.9)),
                       Speech(delegation: "civ", startedAt: opening.addingTimeInterval(800))],
            limitSeconds: 180)
        let i3 = try #require(s.agenda.items.firstIndex { $0.id == "i3" })
        s.agenda.items[i3].status = .underConsideration
        s.live = LiveState(currentItemId: "i3", sessionStartedAt: opening, itemStartedAt: later)
        s.report = Report(sections: [ReportSection(key: "opening", heading: "Opening of the session",
                                                   body: "The Chairperson opened the session.", edited: true)])

        var resumed = Session(number: 42, kind: .resumed, startDate: Day(2027, 3, 2), endDate: Day(2027, 3, 2),
                              attendance: ["civ", "mex"])
        try resumed.insertItem(AgendaItem(id: "i1", title: "Proposal by a member state", tor: ["c"],
                                          origin: .previousSession, purpose: .recommendation,
                                          carriedOverFrom: ItemLink(session: 41, itemId: "i2")),
                               at: 0, time: later)
        try resumed.issueAgenda(on: Day(2027, 2, 10))
        try resumed.advanceStatus(to: .convened)
        try resumed.adoptAgenda(on: Day(2027, 3, 2))
        try resumed.advanceStatus(to: .inSession)
        resumed.agenda.items[0].status = .concluded
        resumed.agenda.items[0].outcome = Outcome(kind: .recommendedApproval, conclusion: "Recommended to the Council.")
        try resumed.advanceStatus(to: .closed)
        resumed.report = Report(state: .councilAction, adoptedOn: Day(2027, 3, 2),
                                transmittal: Transmittal(councilSession: "116th session", symbol: "C/116/5",
                                                         date: Day(2027, 3, 16)),
                                councilAction: CouncilAction(kind: .approvedWithChanges,
                                                             resolution: "Resolution No. 9998 (test)",
                                                             date: Day(2027, 6, 30)))
        return (committee, [s, resumed])
    }
}

// MARK: - Schemas and the validator

enum SchemaLocation {
    /// The repository root, from this file's place in Tests/SCPFCoreTests/.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(for kind: SchemaSamples.Kind) -> String {
        let name = kind == .committee ? "committee" : "session"
        return root.appendingPathComponent("docs/schema/\(name).schema.json").path
    }

    static func load(_ kind: SchemaSamples.Kind) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(for: kind)))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The top level for "", else `$defs/<name>`.
    static func node(_ schema: [String: Any], _ def: String) -> [String: Any]? {
        if def.isEmpty { return schema }
        return (schema["$defs"] as? [String: Any])?[def] as? [String: Any]
    }
}

/// Runs Python's `jsonschema` (Draft 2020-12) over a manifest of files: each entry names a
/// file, its schema, and whether it must be valid or — after an optional patch applied to
/// an in-memory copy — invalid, with a phrase the validator's message must contain.
enum JSONSchemaValidator {
    struct Result { var status: Int32; var output: String }

    static func run(_ manifest: [[String: Any]], in dir: String) throws -> Result {
        let script = dir + "/validate.py", list = dir + "/manifest.json"
        try Data(source.utf8).write(to: URL(fileURLWithPath: script))
        try JSONSerialization.data(withJSONObject: manifest).write(to: URL(fileURLWithPath: list))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, list]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            return Result(status: -1, output: "Could not start python3 (\(error)). The schema tests need Python 3 with jsonschema: pip install jsonschema")
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let status = process.terminationStatus
        if status == 127 {
            return Result(status: status, output: "python3 was not found (\(output.trimmingCharacters(in: .whitespacesAndNewlines))). The schema tests need Python 3 with jsonschema: pip install jsonschema")
        }
        return Result(status: status, output: output)
    }

    static let source = #"""
    import json, sys

    try:
        from jsonschema import Draft202012Validator
    except ImportError as error:
        print("The schema tests need Python's jsonschema 4 or later (draft 2020-12): "
              "pip install jsonschema  [" + str(error) + "]")
        sys.exit(3)

    def where(error):
        return "/" + "/".join(str(part) for part in error.absolute_path)

    def apply(instance, patch):
        *parents, last = patch["path"]
        node = instance
        for key in parents:
            node = node[key]
        if patch.get("delete"):
            del node[last]
        elif isinstance(node, list) and last == len(node):
            node.append(patch["value"])
        else:
            node[last] = patch["value"]

    with open(sys.argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    validators, failures = {}, []
    for entry in manifest:
        schema_path = entry["schema"]
        if schema_path not in validators:
            with open(schema_path, encoding="utf-8") as f:
                schema = json.load(f)
            try:
                Draft202012Validator.check_schema(schema)
            except Exception as error:
                print(f"{schema_path} is not a valid draft 2020-12 schema: {getattr(error, 'message', error)}")
                sys.exit(1)
            validators[schema_path] = Draft202012Validator(schema)
        with open(entry["file"], encoding="utf-8") as f:
            instance = json.load(f)
        for patch in entry.get("patch", []):
            apply(instance, patch)
        errors = sorted(validators[schema_path].iter_errors(instance), key=where)
        messages = [f"{where(e)}: {e.message}" for e in errors]
        name = entry["file"] + (f" [{entry['why']}]" if "why" in entry else "")
        if entry["expect"] == "valid":
            if errors:
                failures.append(f"{name} does not match {schema_path}:\n  " + "\n  ".join(messages[:20]))
        else:
            mention = entry.get("mention", "")
            if not errors:
                failures.append(f"{name}: the broken copy was accepted; the schema must reject it")
            elif not any(mention in m for m in messages):
                failures.append(f"{name}: rejected, but not with “{mention}”:\n  " + "\n  ".join(messages[:20]))
    for failure in failures:
        print(failure)
    print(f"{len(manifest)} checked, {len(failures)} failed")
    sys.exit(1 if failures else 0)
    """#
}

/// A private temporary directory, removed with its contents when the instance goes away.
final class SchemaScratch {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("scpf-schema.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "mkdtemp failed"])
        }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
