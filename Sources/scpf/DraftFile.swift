import Foundation
import SCPFApp
import SCPFCore

/// `.draft.json` in the data directory (`.draft-review.json` for the chair's review): the
/// text of a form that was open when a signal ended scpf. Written after the UI has left
/// the terminal, by the main thread, never from a signal handler.
struct DraftFile {
    let path: String

    init(directory: String, review: Bool) {
        path = (directory as NSString).appendingPathComponent(review ? ".draft-review.json" : ".draft.json")
    }

    /// The draft left by an earlier run, nil when there is none; throws a sentence when the
    /// file is there but cannot be used.
    func read() throws -> FormDraft? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DraftError("\(path) cannot be read (check its permissions); it was left as it is.")
        }
        do { return try FormDraft.decode(data) } catch {
            throw DraftError("\(path) is not a draft this scpf can restore; it was left as it is (delete it if you do not need it).")
        }
    }

    func write(_ draft: FormDraft) throws { try AtomicFile.write(try draft.encoded(), to: path) }

    func remove() {
        unlink(path)
        unlink(path + ".bak")
    }
}

struct DraftError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
