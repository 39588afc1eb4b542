import Foundation

/// One session file decoded (or not) away from the Store.
struct DecodedSession: Sendable {
    var path: String
    var result: Result<(Session, Fingerprint), StoreError>
    var upgrades: [String] = []
}

/// Decodes session files on a background thread in small batches; the main thread drains them.
final class BackgroundLoad: @unchecked Sendable {
    private let lock = NSLock()
    private let paths: [String]
    private let names: [String]
    private var done: [DecodedSession] = []
    private var doneNames: [String] = []
    private var remaining: Int

    private let keepingFields: Bool

    init(paths: [String], names: [String], keepingFields: Bool) {
        self.paths = paths; self.names = names; remaining = paths.count; self.keepingFields = keepingFields
    }

    func start() {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let batch = 8
            for start in stride(from: 0, to: paths.count, by: batch) {
                let range = start..<min(start + batch, paths.count)
                let decoded = Store.decodeSessions(Array(paths[range]), keepingFields: keepingFields)
                lock.lock()
                done += decoded
                doneNames += names[range]
                remaining -= range.count
                lock.unlock()
            }
        }
    }

    func drain() -> ([DecodedSession], [String], Int) {
        lock.lock(); defer { lock.unlock() }
        let out = (done, doneNames, remaining)
        done = []; doneNames = []
        return out
    }
}

/// One slot per file, each written by exactly one worker of `concurrentPerform`.
final class ResultSlots: @unchecked Sendable {
    private var slots: [DecodedSession?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: DecodedSession) { lock.lock(); slots[i] = value; lock.unlock() }
    var values: [DecodedSession] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
}
