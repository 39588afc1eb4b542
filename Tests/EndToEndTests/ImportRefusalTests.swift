import Foundation
import Testing

/// `scpf import` into a session whose file scpf will not open says why and writes nothing.
struct ImportRefusalTests {
    static let env = ["PATH=/usr/bin:/bin", "SCPF_TODAY=2026-11-27", "LC_ALL=C.UTF-8", "TZ=UTC"]

    @Test func aSessionWithUnknownFieldsIsNotImportedIntoAndSaysWhy() throws {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        let demo = try Spawn.run([try Binary.scpf(), "demo", "--data", dir], environment: Self.env)
        try #require(demo.status == 0, Comment(rawValue: demo.output))
        let path = dir + "/sessions/session-040.json"
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        object["colour"] = "blue"
        let before = try JSONSerialization.data(withJSONObject: object)
        try before.write(to: URL(fileURLWithPath: path))
        try scratch.write("agenda.txt", "1. Adoption of the agenda\n2. Budget\n")
        let result = try Spawn.run([try Binary.scpf(), "import", "agenda", scratch.file("agenda.txt"), "--session", "40",
                                    "--replace", "--data", dir], environment: Self.env)
        #expect(result.status != 0)
        #expect(result.output.contains("fields this scpf does not know (colour)"), Comment(rawValue: result.output))
        #expect(result.output.contains("Nothing was imported"))
        #expect(!result.output.contains("Imported into"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
