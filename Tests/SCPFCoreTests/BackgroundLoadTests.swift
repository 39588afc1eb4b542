import Foundation
import Testing
@testable import SCPFCore

/// The UI reads the newest sessions first and the rest on another thread.
@Suite struct BackgroundLoadStoreTests {
    @Test func queuedFilesCountUntilStartedThenAllArrive() throws {
        let dir = try TempDir("background")
        let store = try Store(root: dir.path)
        let (committee, sessions) = DemoData.make(today: Day(2026, 11, 27))
        try store.save(committee)
        for s in sessions { try store.save(s) }

        let reader = try Store(root: dir.path, readOnly: true)
        let names = reader.sessionFileNamesNewestFirst()
        #expect(names.first == "session-040.json" && names.count == sessions.count)
        let (first, problems) = reader.loadSessions(named: Array(names.prefix(3)))
        #expect(first.map(\.number) == [38, 39, 40] && problems.isEmpty)
        reader.queueBackgroundLoad(Array(names.dropFirst(3)))
        // Before the start (the first frame is not drawn yet) the queued files still count.
        #expect(reader.drainBackgroundLoad().remaining == sessions.count - 3)
        reader.startBackgroundLoad()
        var arrived: [Int] = []
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let (batch, problems, remaining) = reader.drainBackgroundLoad()
            #expect(problems.isEmpty)
            arrived += batch.map(\.number)
            if remaining == 0 { break }
            usleep(2_000)
        }
        #expect(arrived.sorted() == sessions.map(\.number).filter { $0 < 38 })
        // What arrived is known: saving it unchanged elsewhere would be detected as theirs.
        #expect(!reader.changedOnDisk(reader.sessionPath(number: 32)))
    }
}
