import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime

/// docs/user-guide.md carries the key reference generated from the keymap; this keeps the
/// two from drifting apart.
@Test func userGuideListsEveryKey() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let guide = try String(contentsOf: root.appendingPathComponent("docs/user-guide.md"), encoding: .utf8)
    let begin = "<!-- keys:begin -->\n", end = "<!-- keys:end -->"
    guard let a = guide.range(of: begin), let b = guide.range(of: end) else {
        Issue.record("docs/user-guide.md lacks the keys:begin/keys:end markers"); return
    }
    let section = String(guide[a.upperBound..<b.lowerBound])
    if ProcessInfo.processInfo.environment["SCPF_UPDATE_GOLDEN"] == "1" {
        let updated = guide.replacingCharacters(in: a.upperBound..<b.lowerBound, with: Keymap.markdownReference())
        try updated.write(to: root.appendingPathComponent("docs/user-guide.md"), atomically: true, encoding: .utf8)
        return
    }
    #expect(section == Keymap.markdownReference(), "regenerate with SCPF_UPDATE_GOLDEN=1 swift test --filter userGuide")
}
