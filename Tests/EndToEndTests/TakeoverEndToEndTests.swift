import Foundation
import Testing

/// Two scpf on one data directory: the second follows read-only; when the writer is killed
/// it says so and W makes it the writer, whose edits reach the disk.
struct TakeoverEndToEndTests {
    let journey = UserJourneyTests()

    @Test func theFollowerTakesOverWhenTheWriterIsKilled() throws {
        let (scratch, dir) = try journey.dataDirectory("demo")
        defer { withExtendedLifetime(scratch) {} }
        let writer = try journey.open(dir)
        let follower = try journey.open(dir)
        try follower.waitFor(text: "READ-ONLY")
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: "\(dir)/sessions"))
        kill(try journey.panePid(writer), SIGKILL)
        // The message is longer than the line: it wraps onto the row above, never cut.
        try follower.waitFor(text: "has quit: press Ctrl-T to become the")
        try follower.waitFor(text: "writer here.")
        try follower.sendKeys("C-t")
        try follower.waitFor(text: "now the writer")
        try follower.sendKeys("n")
        try follower.waitFor(text: "New session")
        try follower.sendKeys("Enter")
        try follower.waitFor("the new session's file") { _ in
            let now = Set((try? FileManager.default.contentsOfDirectory(atPath: "\(dir)/sessions")) ?? [])
            return now.subtracting(before).contains { $0.hasPrefix("session-") && $0.hasSuffix(".json") }
        }
        // A third instance now finds the follower holding the lock.
        let third = try journey.open(dir)
        try third.waitFor(text: "READ-ONLY")
    }
}
