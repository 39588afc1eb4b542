import Foundation
import Testing
@testable import SCPFCore

/// The fuzzing seed corpus (Fuzz/corpus/, the same files scripts/fuzz starts libFuzzer from),
/// and deterministic mutations of every file, through the loader and the agenda importer on
/// every `swift test`: no crash, and every file that does not load is refused with a
/// StoreError that names it. scripts/fuzz runs the same checks under libFuzzer for as long as
/// you like (docs/reliability.md).
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    /// Mutations per corpus file. FUZZ_MUTATIONS=N for a longer run.
    static let mutations = ProcessInfo.processInfo.environment["FUZZ_MUTATIONS"].flatMap(Int.init) ?? 24

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    static func files(_ target: String) throws -> [(name: String, data: Data)] {
        let dir = corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") }.sorted()
        return try names.map { ($0, try Data(contentsOf: dir.appendingPathComponent($0))) }
    }

    /// Loads `data` as each of the three data files. A refusal must be a StoreError naming
    /// `path` with a place inside the input; a file that loads must come back unchanged
    /// through scpf's own save.
    static func load(_ data: Data, path: String, sourceLocation: SourceLocation = #_sourceLocation) -> (loaded: Int, refused: [StoreError]) {
        var loaded = 0, refused: [StoreError] = []
        func attempt<T: Codable & Equatable>(_ type: T.Type) {
            do {
                let value = try Loader.decode(type, from: data, path: path)
                loaded += 1
                do {
                    let again = try Loader.decode(type, from: try JSONCoding.encode(value), path: path)
                    #expect(again == value, "\(T.self) from \(path) changed through save and load", sourceLocation: sourceLocation)
                } catch {
                    Issue.record("\(T.self) from \(path) loads, but its saved form does not: \(error)", sourceLocation: sourceLocation)
                }
            } catch let error as StoreError {
                refused.append(error)
                #expect(error.description.contains(path), "message does not name the file: \(error)", sourceLocation: sourceLocation)
                if case let .unreadable(_, line, column, reason) = error {
                    let lines = data.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                    if let line { #expect((1...lines).contains(line), "line \(line) of \(lines): \(error)", sourceLocation: sourceLocation) }
                    if let column { #expect(line != nil && column >= 0 && column <= data.count + 1, "column \(column): \(error)", sourceLocation: sourceLocation) }
                    #expect(!reason.isEmpty, sourceLocation: sourceLocation)
                }
            } catch {
                Issue.record("\(T.self) from \(path): a failure that is not a StoreError: \(error)", sourceLocation: sourceLocation)
            }
        }
        attempt(Session.self)
        attempt(Committee.self)
        attempt(ChairNotes.self)
        return (loaded, refused)
    }

    /// Parses `text` as a pasted agenda and puts the items on a draft and on an issued agenda.
    static func importAgenda(_ text: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) -> AgendaImport.Result {
        let result = AgendaImport.parse(text)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        for note in result.notes {
            #expect((1...max(lines, 1)).contains(note.line), "\(name): \(note)", sourceLocation: sourceLocation)
        }
        #expect(Set(result.items.map(\.id)).count == result.items.count, "\(name): duplicate ids", sourceLocation: sourceLocation)
        #expect(result.items.first.map { $0.level == 0 } ?? true, "\(name): starts with a sub-item", sourceLocation: sourceLocation)
        #expect(result.items.allSatisfy { !$0.title.isEmpty }, "\(name): an item without a title", sourceLocation: sourceLocation)
        func refusedCleanly(_ error: Error) {
            if !(error is DomainError) {
                Issue.record("\(name): import failed with something other than a DomainError: \(error)", sourceLocation: sourceLocation)
            }
        }
        // Replace on a new draft agenda always takes every item.
        var draft = Session(number: 40, startDate: Day(2027, 6, 22), endDate: Day(2027, 6, 23))
        do { try draft.importItems(result.items, mode: .replace, time: Fixture.time) } catch { refusedCleanly(error) }
        #expect(draft.agenda.items.count == result.items.count, "\(name): replace on a draft lost items", sourceLocation: sourceLocation)
        _ = draft.agenda.numbers
        // Append after the items of an issued agenda (they become supplementary).
        var issued = Fixture.session(number: 38)
        issued.agenda.state = .provisional
        do { try issued.importItems(result.items, mode: .append, time: Fixture.time) } catch { refusedCleanly(error) }
        _ = issued.agenda.numbers
        return result
    }

    // MARK: The corpus as committed

    @Test("Every loader seed loads or is refused with a StoreError naming the file")
    func loaderSeeds() throws {
        let files = try Self.files("loader")
        #expect(files.count >= 20, "the seed corpus is missing: \(Self.corpus.path)")
        var loaded: [String] = []
        for (name, data) in files {
            let path = "/corpus/" + name
            if Self.load(data, path: path).loaded > 0 { loaded.append(name) }
        }
        // The real files from `scpf demo` are in the corpus and load.
        for name in ["committee.json", "chair.json", "session-036.json", "session-037.json", "session-038.json"] {
            #expect(loaded.contains(name), "\(name) no longer loads")
        }
    }

    @Test("Hostile seeds are refused for the right reason", arguments: [
        ("deep-65.json", "nesting deeper than 64 levels"),
        ("deep-20000.json", "nesting deeper than 64 levels"),
        ("deep-objects.json", "nesting deeper than 64 levels"),
        ("deep-after-close.json", "not valid JSON"),
        ("schema-newer.json", "written by a newer scpf"),
        ("schema-huge.json", "is not a whole number scpf can store"),
        ("truncated-half.json", "cut short"),
        ("empty.json", "not valid JSON"),
        ("comments.json", "not valid JSON"),
    ])
    func hostileSeeds(name: String, reason: String) throws {
        let data = try #require(Self.files("loader").first { $0.name == name }?.data, "\(name) is not in the corpus")
        let path = "/corpus/" + name
        let (loaded, refused) = Self.load(data, path: path)
        #expect(loaded == 0)
        #expect(refused.count == 3)
        for error in refused where !reason.isEmpty { #expect(error.description.contains(reason), "\(error)") }
    }

    @Test("Nesting up to 64 levels is parsed, 65 refused at the 65th bracket with its line and column")
    func nestingLimit() throws {
        let ok = try #require(Self.files("loader").first { $0.name == "deep-64.json" }?.data)
        #expect(Loader.tooDeep(ok) == nil)
        let deep = try #require(Self.files("loader").first { $0.name == "deep-65.json" }?.data)
        let error = #expect(throws: StoreError.self) { try Loader.decode(ChairNotes.self, from: deep, path: "/x/chair.json") }
        #expect(error == .unreadable(path: "/x/chair.json", line: 1, column: 90, reason: "nesting deeper than 64 levels"))
    }

    @Test("A file larger than any scpf file is refused with its size, without being parsed")
    func hugeFile() throws {
        var data = Data("{\"schemaVersion\": 1, \"x\": \"".utf8)
        data.append(Data(repeating: 0x61, count: Loader.maxBytes))
        data.append(Data("\"}".utf8))
        let error = #expect(throws: StoreError.self) { try Loader.decode(Session.self, from: data, path: "/x/session-001.json") }
        #expect(error?.description.hasPrefix("/x/session-001.json: the file is 64 MiB, larger than any scpf file should be.") == true)
    }

    @Test("Numbers that do not fit their field (huge, 400 digits, 1e400, fractions) are refused, not crashed on")
    func hugeNumbers() throws {
        for name in ["huge-ints.json", "long-number.json", "schema-exp.json", "schema-huge.json", "schema-negative.json",
                     "negative-ints.json", "number-forms.json"] {
            let data = try #require(Self.files("loader").first { $0.name == name }?.data, "\(name)")
            _ = Self.load(data, path: "/corpus/" + name)
        }
        for text in ["{\"sessions\": {},\n \"schemaVersion\": 1\(String(repeating: "0", count: 400))}",
                     "{\"schemaVersion\": 1e400, \"sessions\": {}}", "{\"schemaVersion\": 1.5, \"sessions\": {}}"] {
            let error = #expect(throws: StoreError.self) { try Loader.decode(ChairNotes.self, from: Data(text.utf8), path: "/n/chair.json") }
            #expect(error?.description.hasPrefix("/n/chair.json") == true)
            // The number that does not fit is named with its line and column.
            guard case let .unreadable(_, line, column, reason)? = error else { Issue.record("\(String(describing: error))"); continue }
            #expect(line != nil && column != nil, "\(reason)")
            #expect(reason.contains("is not a whole number scpf can store"), "\(reason)")
        }
    }

    @Test("Every importer seed parses; the real agenda gives its items")
    func importSeeds() throws {
        let files = try Self.files("import")
        #expect(files.count >= 10)
        for (name, data) in files {
            let result = Self.importAgenda(String(decoding: data, as: UTF8.self), name: name)
            if name == "agenda-37.txt" { #expect(result.items.count == 10) }
        }
    }

    @Test("An agenda saved with Windows line ends (CRLF) reads like the same agenda with LF")
    func crlfAgenda() throws {
        let files = try Self.files("import")
        let lf = try #require(files.first { $0.name == "agenda-37.txt" }?.data)
        let crlf = try #require(files.first { $0.name == "agenda-crlf.txt" }?.data)
        let expected = AgendaImport.parse(String(decoding: lf, as: UTF8.self)).items.map(\.title)
        #expect(expected.count == 10)
        let got = AgendaImport.parse(String(decoding: crlf, as: UTF8.self)).items.map(\.title)
        #expect(got == expected)
    }

    // MARK: Mutations

    @Test("Mutations of every loader seed: no crash, each refusal a StoreError naming the file")
    func loaderMutations() throws {
        var runs = 0, loaded = 0, slowest = (name: "", seconds: 0.0)
        for (name, data) in try Self.files("loader") {
            var rng = SplitMix64(seed: Self.seed(name))
            for k in 0..<Self.mutations {
                let input = Mutator.mutate(data, &rng, tokens: Mutator.jsonTokens)
                let path = "/corpus/\(name)~\(k)"
                let start = ContinuousClock.now
                loaded += Self.load(input, path: path).loaded
                let took = ContinuousClock.now - start
                let seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
                if seconds > slowest.seconds { slowest = (path, seconds) }
                runs += 1
            }
        }
        // Loosely timed: only a pathological input (a hang in all but name) fails this.
        #expect(slowest.seconds < 30, "\(slowest.name) took \(slowest.seconds) s")
        #expect(runs > 0)
        _ = loaded
    }

    @Test("Mutations of every importer seed: no crash, every note on a line of the input")
    func importMutations() throws {
        var slowest = (name: "", seconds: 0.0)
        for (name, data) in try Self.files("import") {
            var rng = SplitMix64(seed: Self.seed(name))
            for k in 0..<Self.mutations {
                let input = Mutator.mutate(data, &rng, tokens: Mutator.agendaTokens)
                let start = ContinuousClock.now
                _ = Self.importAgenda(String(decoding: input, as: UTF8.self), name: "\(name)~\(k)")
                let took = ContinuousClock.now - start
                let seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
                if seconds > slowest.seconds { slowest = ("\(name)~\(k)", seconds) }
            }
        }
        #expect(slowest.seconds < 30, "\(slowest.name) took \(slowest.seconds) s")
    }

    @Test("The mutations are the same on every run")
    func deterministic() {
        let data = Data("{\"schemaVersion\": 1, \"sessions\": {}}".utf8)
        var a = SplitMix64(seed: 7), b = SplitMix64(seed: 7)
        let first = (0..<20).map { _ in Mutator.mutate(data, &a, tokens: Mutator.jsonTokens) }
        let second = (0..<20).map { _ in Mutator.mutate(data, &b, tokens: Mutator.jsonTokens) }
        #expect(first == second)
        #expect(Set(first).count > 10, "the mutator hardly changes anything")
    }

    /// A stable seed per file name (Swift's hashValue is randomised per process).
    static func seed(_ name: String) -> UInt64 {
        name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

/// A small deterministic PRNG (SplitMix64): the same seed gives the same mutations everywhere.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Mutations in the spirit of libFuzzer's, applied one to three at a time: bit flips,
/// truncation, inserted brackets and quotes, duplicated or deleted chunks, and tokens that
/// are known trouble (huge numbers, lone surrogates, deep brackets, bidi controls).
enum Mutator {
    static let jsonTokens: [String] = [
        "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800", "\\u0000", "null", "true", "-0", "1e400",
        "9223372036854775808", "-9223372036854775809", "0.5", "\"2025-02-29\"", "\"9999-12-31T23:59:59Z\"",
        String(repeating: "[", count: 70), String(repeating: "{\"a\":", count: 70), "\u{202E}", "\u{FEFF}", "\u{0}",
        "\"schemaVersion\": 2,", "\"schemaVersion\": 1,", "\"level\": -1,", "\"minutesAllotted\": 9223372036854775807,",
    ]
    static let agendaTokens: [String] = [
        "\n", "\r\n", "\r", "\t", "1. ", "999. ", "IV. ", "MMMM. ", "Item 7: ", "(a) ", "z) ", "(iv) ", "S/37/1", "C/116/7/Corr.1",
        "(see ", " and ", "()", "Page 3", "- 4 -", "Original: English", "28 October 2025", "\u{202E}", "\u{0661}. ", "\u{FF11}. ",
        "e\u{301}", "\u{1F600}", "\u{0}",
    ]

    static func mutate(_ data: Data, _ rng: inout SplitMix64, tokens: [String]) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0 where !bytes.isEmpty:
                for _ in 0..<Int.random(in: 1...8, using: &rng) {
                    let i = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes[i] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
                }
            case 1:
                bytes.removeSubrange(min(at, bytes.count)...)
            case 2:
                let chars: [UInt8] = Array("{}[]\"\\:,".utf8)
                let run = (0..<Int.random(in: 1...6, using: &rng)).map { _ in chars.randomElement(using: &rng)! }
                bytes.insert(contentsOf: run, at: at)
            case 3 where !bytes.isEmpty:
                let from = Int.random(in: 0..<bytes.count, using: &rng)
                let to = min(bytes.count, from + Int.random(in: 1...512, using: &rng))
                bytes.insert(contentsOf: bytes[from..<to], at: at)
            case 4 where !bytes.isEmpty:
                let from = Int.random(in: 0..<bytes.count, using: &rng)
                bytes.removeSubrange(from..<min(bytes.count, from + Int.random(in: 1...64, using: &rng)))
            default:
                bytes.insert(contentsOf: Array(tokens.randomElement(using: &rng)!.utf8), at: at)
            }
        }
        return Data(bytes)
    }
}
