import Foundation
import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// SplitMix64: a small seeded generator, so every failing sequence can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Whatever happens — edits, disks filling up, other writers, decisions taken or put off,
/// quitting — the in-memory disk holds the record, or the status bar says it does not.
@MainActor @Suite struct SaveLoopPropertyTests {
    enum Step: CustomStringConvertible {
        case keys([Key]), diskFull(DataFile), diskBack, otherWriter(Int)
        var description: String {
            switch self {
            case .keys(let k): "keys \(k)"
            case .diskFull(let f): "disk full for \(f.fileName)"
            case .diskBack: "disk has room again"
            case .otherWriter(let n): "someone else saves session \(n)"
            }
        }
    }

    static func randomStep(_ g: inout SeededGenerator, sessions: [Int]) -> Step {
        let n = sessions.randomElement(using: &g) ?? 40
        switch Int.random(in: 0..<100, using: &g) {
        case 0..<12: return .keys([.char("j")])
        case 12..<22: return .keys([.char("k")])
        case 22..<34: return .keys([.char("s")])                      // advance the session's status
        case 34..<40: return .keys([.char("n"), .enter])              // a new session (a new file)
        case 40..<44: return .keys([.char("d"), .char("y")])          // delete one
        case 44..<52: return .keys([.char("u")])
        case 52..<56: return .keys([.ctrl("r")])
        case 56..<62: return .diskFull(.session(n))
        case 62..<64: return .diskFull(.committee)
        case 64..<70: return .diskBack
        case 70..<76: return .otherWriter(n)
        case 76..<80: return .keys([.escape])                         // decide later / cancel
        case 80..<84: return .keys([.char("W")])
        case 84..<87: return .keys([.char("o")])
        case 87..<90: return .keys([.char("r")])
        case 90..<92: return .keys([.char("q")])
        case 92..<97: return .keys([.char("s")])                      // in the quit dialog: save and quit
        default: return .keys([.char("d")])                           // in the quit dialog: discard
        }
    }

    /// Files whose content in memory differs from the in-memory disk — leaving out a file
    /// someone else changed that the user has not touched since (nothing of theirs is lost).
    static func differing(_ state: AppState, _ disk: MemoryPersistence, untouchedBefore: [Int: [Session]]) -> [DataFile] {
        var files: [DataFile] = []
        if disk.committee != state.data.committee { files.append(.committee) }
        let numbers = Set(disk.sessions.keys).union(state.data.sessions.map(\.number))
        for n in numbers.sorted() where disk.sessions[n] != state.data.session(n) {
            if let mine = state.data.session(n), untouchedBefore[n]?.contains(mine) == true { continue }
            files.append(.session(n))
        }
        return files
    }

    @Test func theDiskHoldsTheRecordOrTheStatusBarSaysItDoesNot() {
        var sequences = 0, steps = 0, conflictsSeen = 0, failuresSeen = 0, discards = 0, cleanQuits = 0
        for seed in UInt64(1)...200 {
            var g = SeededGenerator(seed: seed)
            let h = Harness()
            let disk = h.persistence
            disk.committee = h.state.data.committee
            for s in h.state.data.sessions { disk.sessions[s.number] = s }
            var log: [String] = []
            /// What was on disk before another writer changed a session.
            var before: [Int: [Session]] = [:]
            var running = true
            for _ in 0..<40 where running {
                let step = Self.randomStep(&g, sessions: h.state.data.sessions.map(\.number) + [41])
                log.append(step.description)
                switch step {
                case .keys(let keys): running = keys.allSatisfy { h.runtime.handle(.key($0)) }
                case .diskFull(let file):
                    disk.failing[file] = .writeFailed(path: disk.displayPath(file), reason: "No space left on device", code: 28)
                case .diskBack:
                    disk.failing = disk.failing.filter { if case .changedOnDisk = $0.value { true } else { false } }
                case .otherWriter(let n):
                    guard var theirs = disk.sessions[n] else { continue }
                    before[n, default: []].append(theirs)
                    theirs.venue = "Changed by someone else \(seed)"
                    disk.sessions[n] = theirs
                    disk.failing[.session(n)] = .changedOnDisk(path: disk.displayPath(.session(n)))
                    running = h.type(.char("j"))                      // the next key tries again
                }
                steps += 1
                if !h.state.conflicts.isEmpty { conflictsSeen += 1 }
                if !h.state.saveFailures.isEmpty { failuresSeen += 1 }
                let differ = Self.differing(h.state, disk, untouchedBefore: before)
                if !running {
                    if h.runtime.discardedUnsavedChanges { discards += 1 } else {
                        cleanQuits += 1
                        #expect(differ.isEmpty, "quit with exit 0 but \(differ.map(\.fileName)) not on disk; seed \(seed): \(log)")
                    }
                    break
                }
                guard !differ.isEmpty else { continue }
                let top = h.screen().components(separatedBy: "\n")[0]
                #expect(top.contains("NOT SAVED"), "\(differ.map(\.fileName)) not on disk but the status bar says “\(top)”; seed \(seed): \(log)")
                #expect(Set(differ).isSubset(of: Set(h.state.unsavedFiles)), "seed \(seed): \(log)")
            }
            sequences += 1
        }
        print("save loop property: \(sequences) sequences, \(steps) steps; steps with a conflict pending \(conflictsSeen), with a failed save \(failuresSeen); quits \(cleanQuits) clean, \(discards) discarding")
        // The generator must reach the interesting states, or the property says little.
        #expect(conflictsSeen > 0 && failuresSeen > 0 && discards > 0 && cleanQuits > 0)
    }
}
