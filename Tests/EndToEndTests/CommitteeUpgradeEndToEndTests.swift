import Foundation
import Testing

/// The real binary: `scpf init` ships IOM's published Rules, and `scpf check` on a data
/// directory of schemaVersion 1 lists what the upgrade changes, exits 0 and writes nothing.
struct CommitteeUpgradeEndToEndTests {
    static let environment = ["PATH=/usr/bin:/bin", "SCPF_TODAY=2026-11-27", "LC_ALL=C.UTF-8", "TZ=UTC"]

    func scpf(_ arguments: [String]) throws -> SpawnResult {
        try Spawn.run([try Binary.scpf()] + arguments, environment: Self.environment)
    }

    @Test func initShipsThePublishedRulesAndCheckListsTheUpgradeOfAVersion1Directory() throws {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        #expect(try scpf(["init", "--data", dir]).status == 0)
        let rules = try scpf(["export", "rules", "--plain", "--data", dir])
        #expect(rules.status == 0)
        #expect(rules.output.contains("**Rule 4 — I – Sessions.** The Administration shall notify the members of the date of the first meeting of each session. Such notification shall be sent at least two weeks prior to the opening date of the session, unless the members agree to a shorter period."))
        #expect(rules.output.contains("**Rule 9 — V – Officers.** text to be completed"))

        // The same directory as scpf 1 wrote it.
        let path = dir + "/committee.json"
        var committee = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        committee["schemaVersion"] = 1
        committee["rulesOfProcedure"] = [Any]()
        var tor = try #require(committee["termsOfReference"] as? [[String: Any]])
        tor[0]["resolution"] = "Council Resolution No. 1150 (XCIII)"
        tor[0]["source"] = nil
        tor[0]["note"] = "IOM Strategy (MC/INF/287), Part II, paragraph 3."
        var items = try #require(tor[0]["items"] as? [[String: Any]])
        items.append(["letter": "i", "text": "to take decisions on urgent matters arising between sessions of the Council, as delegated by the Council (summary; see Resolution No. 1263 for the authoritative text)."])
        tor[1] = ["id": "tor-2013", "resolution": "Council Resolution No. 1263", "effectiveFrom": "2013-11-26", "items": items,
                  "note": "Adds item (i); (a)–(h) unchanged."]
        committee["termsOfReference"] = tor
        var states = try #require(committee["memberStates"] as? [[String: Any]])
        for i in states.indices { states[i]["article4"] = states[i]["id"] as? String == "com" }
        committee["memberStates"] = states
        let version1 = try JSONSerialization.data(withJSONObject: committee, options: [.prettyPrinted, .sortedKeys])
        try version1.write(to: URL(fileURLWithPath: path))

        let check = try scpf(["check", "--data", dir])
        #expect(check.status == 0, Comment(rawValue: check.output))
        #expect(check.output.contains("upgraded: \(path): terms of reference tor-2007: resolution corrected to “Council Resolution No. 1151 of 7 June 2007”"))
        #expect(check.output.contains("upgraded: \(path): terms of reference tor-2013: replaced by IOM's published text"))
        #expect(check.output.contains("upgraded: \(path): Rules of Procedure: IOM's published Rules added"))
        #expect(check.output.contains("upgraded: \(path): member states: the undated Article 4 flag of Comoros was dropped"))
        #expect(check.output.contains("upgraded: \(path): schemaVersion 1 → 3."))
        #expect(check.output.contains("committee and 0 sessions, no problems."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == version1, "check writes nothing")
    }
}
