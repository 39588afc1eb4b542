import Foundation
import Testing

/// The real binary: `scpf check` on the demo says plainly what is incoherent, each problem
/// once, and lists the upgrade of a version 1 session's free-text acting Rapporteur.
struct Issue14CheckEndToEndTests {
    let journey = UserJourneyTests()

    func scpf(_ arguments: [String]) throws -> SpawnResult {
        try Spawn.run([try Binary.scpf()] + arguments, environment: CommitteeUpgradeEndToEndTests.environment)
    }

    func rewrite(_ path: String, _ change: (inout [String: Any]) throws -> Void) throws {
        var object = try journey.json(path)
        try change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    @Test func checkNamesAnIncoherentBureauOnceAndTheActingRapporteursUpgrade() throws {
        let (scratch, dir) = try journey.dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let clean = try scpf(["check", "--data", dir])
        #expect(clean.status == 0, Comment(rawValue: clean.output))

        // Session 37 as scpf 1 wrote it: the acting Rapporteur as a free-text role.
        let path37 = dir + "/sessions/session-037.json"
        try rewrite(path37) { s in
            s["schemaVersion"] = 1
            var officers = try #require(s["officers"] as? [[String: Any]])
            officers[0]["role"] = "Rapporteur (acting)"
            officers[0]["acting"] = nil
            s["officers"] = officers
        }
        let upgraded = try scpf(["check", "--data", dir])
        #expect(upgraded.status == 0, Comment(rawValue: upgraded.output))
        #expect(upgraded.output.contains("upgraded: \(path37): officer Mr. Tomás Novák (sample) with the role “Rapporteur (acting)” is now the acting Rapporteur of session 37 (acting: true), in place of the Bureau's Rapporteur."),
                Comment(rawValue: upgraded.output))

        // A Bureau recorded as elected on session 37's opening day.
        let path37Start = try #require(try journey.json(path37)["startDate"] as? String)
        try rewrite(dir + "/committee.json") { c in
            var bureaus = try #require(c["bureaus"] as? [[String: Any]])
            bureaus.append(["electedOn": path37Start, "officers": [["role": "Chairperson", "name": "Ms. Test"]]])
            c["bureaus"] = bureaus
        }
        let problem = try scpf(["check", "--data", dir])
        #expect(problem.status == 1)
        let lines = problem.output.split(separator: "\n").filter { $0.hasPrefix("Bureau elected on \(path37Start)") }
        #expect(lines == ["Bureau elected on \(path37Start): that day falls within session 37 (\(path37Start) to \(Self.nextDay(path37Start))), a session it would serve; the Council elects the Bureau at its own session — correct electedOn."],
                Comment(rawValue: problem.output))
        #expect(Set(problem.output.split(separator: "\n")).count == problem.output.split(separator: "\n").count, "no line twice")
    }

    static func nextDay(_ iso: String) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"; f.timeZone = TimeZone(identifier: "UTC"); f.locale = Locale(identifier: "en_US_POSIX")
        return f.string(from: f.date(from: iso)!.addingTimeInterval(86_400))
    }
}
