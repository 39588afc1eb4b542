// scpf-bench: the in-process half of scripts/bench (docs/performance.md).
//
//   scpf-bench generate --years N --out DIR   deterministic synthetic data directory
//   scpf-bench frame --data DIR [--size WxH]   process start → first complete Frame (headless), ms
//   scpf-bench keys --data DIR [--count N]     update+render of one j/k keystroke in every view at 200×60, µs
//   scpf-bench save --data DIR [--runs N]      one session saved through Store.save (fsync), ms, beside
//                                              its floor: dd conv=fsync of the same bytes, interleaved
//   scpf-bench rss --data DIR                  peak RSS after loading and rendering every view
//   scpf-bench screen --data DIR --view N [--size WxH]   print one view as text (to check what is timed)
//   scpf-bench text [--runs N]                 wrap of a one-word title of 100 KB → 1 MB and agenda
//                                              import of 1 → 10 MB (many lines, and one line), ms
//   scpf-bench search --data DIR [--runs N]    the search over every session (issue 19): index, Core
//                                              search and the UI's first frame of results, ms
//
// Results are printed as `name value` lines (one figure per line) for the script to parse.
// `frame` measures from the moment in SCPF_BENCH_T0 (CLOCK_REALTIME, ns, set by the caller
// just before spawning) when it is present; otherwise from entering main.
import Foundation
import SCPFApp
import SCPFRuntime
import SCPFCore
#if canImport(Glibc)
import Glibc
#endif

let mainEntered = Clock.realtimeNs()

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

enum Clock {
    static func monoNs() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
    static func realtimeNs() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

func emit(_ name: String, _ value: Double) { print(name, String(format: "%.3f", value)) }
func emit(_ name: String, _ value: Int) { print(name, value) }
func emit(_ name: String, _ value: String) { print(name, value) }

func peakRSSKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss  // KiB on Linux
}

/// Loads the data directory exactly as `scpf` (UICommand) does before drawing.
func loadLikeUI(_ dir: String, readOnly: Bool = false) throws -> (Store, AppState) {
    let store = try Store(root: dir, readOnly: readOnly)
    var problems: [String] = []
    let committee: Committee
    if store.hasCommittee {
        committee = try store.loadCommittee()
    } else {
        committee = Committee.scpf()
    }
    let (sessions, sessionProblems) = store.loadSessions()
    problems += sessionProblems.map { "\($0)" }
    let chair = try store.loadChairNotes()
    var state = AppState(data: DataSet(committee: committee, sessions: sessions), now: Date(),
                         readOnlyReason: store.readOnlyReason)
    state.chair = chair
    if let first = problems.first { state.message = .error(first) }
    return (store, state)
}

struct Options {
    var values: [String: String] = [:]
    init(_ args: ArraySlice<String>) throws {
        var i = args.startIndex
        while i < args.endIndex {
            let a = args[i]
            guard a.hasPrefix("--"), i + 1 < args.endIndex else { throw BenchError("unexpected argument \(a)") }
            values[String(a.dropFirst(2))] = args[i + 1]
            i += 2
        }
    }
    func string(_ name: String) throws -> String {
        guard let v = values[name] else { throw BenchError("--\(name) is required") }
        return v
    }
    func int(_ name: String, default d: Int) throws -> Int {
        guard let v = values[name] else { return d }
        guard let n = Int(v), n > 0 else { throw BenchError("--\(name) needs a positive number, not \(v)") }
        return n
    }
}

// MARK: Subcommands

@MainActor
func frame(_ o: Options) throws {
    let t0 = ProcessInfo.processInfo.environment["SCPF_BENCH_T0"].flatMap(UInt64.init)
    let dir = try o.string("data")
    let size = (o.values["size"] ?? "80x24").split(separator: "x").compactMap { Int($0) }
    guard size.count == 2 else { throw BenchError("--size is WxH, e.g. 80x24") }
    let a = Clock.monoNs()
    let store = try Store(root: dir)
    let b = Clock.monoNs()
    // Exactly what `scpf` does before its first frame: the committee, the newest sessions
    // (the rest are read in the background), the chair's notes.
    let state = try Startup.open(store, options: .init(), now: Date())
    let c = Clock.monoNs(), d = c
    if case .error = state.message?.kind { throw BenchError("files did not load: \(state.message?.text ?? "")") }
    let sessions = state.data.sessions
    // The runtime gets the Store as its persistence, as in UICommand; nothing is written
    // because nothing is edited.
    let runtime = AppRuntime(state: state, persistence: store, clock: { Date() })
    _ = runtime.handle(.resize(width: size[0], height: size[1]))
    let e = Clock.monoNs()
    let f = runtime.render(width: size[0], height: size[1])
    let end = Clock.monoNs()
    let endReal = Clock.realtimeNs()
    guard f.text.contains("? help") else { throw BenchError("the first frame has no hint bar:\n\(f.text)") }
    func ms(_ x: UInt64, _ y: UInt64) -> Double { Double(y &- x) / 1e6 }
    if let t0 { emit("frame.since_spawn_ms", Double(endReal &- t0) / 1e6) }
    if let t0 { emit("frame.spawn_to_main_ms", Double(mainEntered &- t0) / 1e6) }
    emit("frame.since_main_ms", Double(endReal &- mainEntered) / 1e6)
    emit("frame.store_open_ms", ms(a, b))
    emit("frame.load_committee_ms", 0)
    emit("frame.load_sessions_ms", ms(b, c))
    emit("frame.state_ms", ms(d, e))
    emit("frame.render_ms", ms(e, end))
    emit("frame.sessions", sessions.count)
}

@MainActor
func keys(_ o: Options) throws {
    let dir = try o.string("data")
    let count = try o.int("count", default: 2000)
    // Opened read-only (the Store is the runtime's persistence but j and k never edit), then
    // the state is made writable so the screens are those of a normal session.
    let (store, loaded) = try loadLikeUI(dir, readOnly: true)
    var state = loaded
    state.readOnlyReason = nil
    state.saveStatus = .saved
    // A fixed clock one hour into the live session, so the meeting timers are stable.
    let now = state.data.sessions.last?.live?.sessionStartedAt?.addingTimeInterval(3600) ?? Date()
    state.now = now
    let runtime = AppRuntime(state: state, persistence: store, clock: { now })
    let (w, h) = (200, 60)
    _ = runtime.handle(.resize(width: w, height: h))
    var sink = 0
    for view in ViewID.allCases {
        _ = runtime.handle(.key(.char(Character("\(view.rawValue)"))))
        guard runtime.state.view == view else { throw BenchError("could not switch to \(view.title)") }
        // Warm up, and move off the edge so both j and k move something.
        for _ in 0..<20 { _ = runtime.handle(.key(.char("k"))); sink &+= runtime.render(width: w, height: h).cells.count }
        var total: [Double] = [], update: [Double] = [], render: [Double] = []
        total.reserveCapacity(count); update.reserveCapacity(count); render.reserveCapacity(count)
        for i in 0..<count {
            let key: Character = (i / 20) % 2 == 0 ? "j" : "k"
            let t0 = Clock.monoNs()
            _ = runtime.handle(.key(.char(key)))
            let t1 = Clock.monoNs()
            let frame = runtime.render(width: w, height: h)
            let t2 = Clock.monoNs()
            sink &+= frame.cells.count
            update.append(Double(t1 - t0) / 1e3)
            render.append(Double(t2 - t1) / 1e3)
            total.append(Double(t2 - t0) / 1e3)
        }
        total.sort(); update.sort(); render.sort()
        let name = "keys.\(view)"
        emit("\(name).median_us", percentile(total, 50))
        emit("\(name).p99_us", percentile(total, 99))
        emit("\(name).update_median_us", percentile(update, 50))
        emit("\(name).render_median_us", percentile(render, 50))
    }
    emit("keys.count", count)
    if sink == 42 { print("") }
}

/// Runs `dd if=SRC of=DST bs=… conv=fsync` and returns the copy time dd reports itself
/// (which includes the fsync and excludes starting the process), in ms.
func ddFloor(from source: String, to target: String, bytes: Int) throws -> Double {
    unlink(target)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/dd")
    p.arguments = ["if=\(source)", "of=\(target)", "bs=\(bytes + 4096)", "conv=fsync"]
    p.environment = ["LC_ALL": "C", "PATH": "/usr/bin:/bin"]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    unlink(target)
    guard p.terminationStatus == 0, let range = text.range(of: "copied, "),
          let seconds = Double(text[range.upperBound...].prefix { $0 != " " }) else {
        throw BenchError("dd failed: \(text)")
    }
    return seconds * 1000
}

@MainActor
func save(_ o: Options) throws {
    let dir = try o.string("data")
    let runs = try o.int("runs", default: 200)
    let store = try Store(root: dir)
    guard !store.isReadOnly else { throw BenchError("\(dir) is read-only: \(store.readOnlyReason ?? "")") }
    _ = try store.loadCommittee()
    let (sessions, _) = store.loadSessions()
    guard var session = sessions.last else { throw BenchError("no sessions in \(dir)") }
    let original = session
    let item = session.currentItemIndex ?? 0
    let path = store.path(of: original)
    // The file-system part alone goes to a scratch name beside the session files.
    let scratch = "\(store.sessionsDir)/bench-atomic.tmp"
    let ddTarget = "\(store.sessionsDir)/bench-dd.tmp"
    var saveMs: [Double] = [], encodeMs: [Double] = [], atomicMs: [Double] = [], ddMs: [Double] = []
    // Interleaved, so that a busy moment of a shared machine hits scpf and its floor alike.
    for i in 0..<runs {
        // A change as the meeting console makes one: the current item's notes.
        session.agenda.items[item].notes = "Saved by scpf-bench, run \(i)."
        let t0 = Clock.monoNs()
        try store.save(session)
        let t1 = Clock.monoNs()
        let bytes = try JSONCoding.encode(session)
        let t2 = Clock.monoNs()
        try AtomicFile.write(bytes, to: scratch)
        let t3 = Clock.monoNs()
        saveMs.append(Double(t1 - t0) / 1e6)
        encodeMs.append(Double(t2 - t1) / 1e6)
        atomicMs.append(Double(t3 - t2) / 1e6)
        ddMs.append(try ddFloor(from: path, to: ddTarget, bytes: bytes.count))
        if i == 0 { emit("save.bytes", bytes.count) }
    }
    try store.save(original)
    unlink(scratch); unlink(scratch + ".bak")
    saveMs.sort(); encodeMs.sort(); atomicMs.sort(); ddMs.sort()
    emit("save.median_ms", percentile(saveMs, 50))
    emit("save.p99_ms", percentile(saveMs, 99))
    emit("save.encode_median_ms", percentile(encodeMs, 50))
    emit("save.atomic_median_ms", percentile(atomicMs, 50))
    emit("save.dd_median_ms", percentile(ddMs, 50))
    emit("save.dd_p99_ms", percentile(ddMs, 99))
    emit("save.path", path)
    emit("save.runs", runs)
}

@MainActor
func rss(_ o: Options) throws {
    let dir = try o.string("data")
    let before = peakRSSKiB()
    let (store, state) = try loadLikeUI(dir)
    let loaded = peakRSSKiB()
    let runtime = AppRuntime(state: state, persistence: store, clock: { Date() })
    var sink = 0
    for (w, h) in [(80, 24), (200, 60)] {
        _ = runtime.handle(.resize(width: w, height: h))
        for view in ViewID.allCases {
            _ = runtime.handle(.key(.char(Character("\(view.rawValue)"))))
            for key in ["j", "k", "G", "g"] as [Character] {
                _ = runtime.handle(.key(.char(key)))
                sink &+= runtime.render(width: w, height: h).cells.count
            }
        }
    }
    emit("rss.baseline_mib", Double(before) / 1024)
    emit("rss.after_load_mib", Double(loaded) / 1024)
    emit("rss.peak_mib", Double(peakRSSKiB()) / 1024)
    emit("rss.sessions", runtime.state.data.sessions.count)
    if sink == 42 { print("") }
}

@MainActor
func screen(_ o: Options) throws {
    let dir = try o.string("data")
    let size = (o.values["size"] ?? "200x60").split(separator: "x").compactMap { Int($0) }
    guard size.count == 2 else { throw BenchError("--size is WxH, e.g. 200x60") }
    let view = try o.int("view", default: 1)
    let (store, state) = try loadLikeUI(dir, readOnly: true)
    let runtime = AppRuntime(state: state, persistence: store, clock: { Date() })
    _ = runtime.handle(.resize(width: size[0], height: size[1]))
    _ = runtime.handle(.key(.char(Character("\(view)"))))
    print(runtime.render(width: size[0], height: size[1]).text)
}

/// Best of `runs` timings of `body`, ms.
func bestMs(runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let a = Clock.monoNs()
        body()
        best = min(best, Double(Clock.monoNs() - a) / 1e6)
    }
    return best
}

/// Issue 18 item 5: wrapping and importing must be linear in the length of the text.
func text(_ o: Options) throws {
    let runs = try o.int("runs", default: 3)
    var sink = 0
    for kb in [100, 200, 500, 1000] {
        let word = String(repeating: "w", count: kb * 1000)
        emit("text.wrap_\(kb)kb_ms", bestMs(runs: runs) { sink &+= wrap(word, width: 78).count })
    }
    // A pasted agenda repeated to size, and the same bytes as one line (words, no line break).
    let block = """
        STANDING COMMITTEE ON PROGRAMMES AND FINANCE
        PROVISIONAL AGENDA
        1.\tAdoption of the agenda (S/37/1)
        2.\tProgramme and Budget for 2026 (C/116/7 and C/116/7/Corr.1)
        3.\tStatus report on outstanding contributions to the Administrative Part of the Budget
            S/37/2
        IV.\tIOM Development Fund (S/37/4)
            (a)\tLine 1 allocations
            (b)\tLine 2 allocations
        Page 2
        5.\tReport of the Office of the Inspector General
            and management response (S/37/3, S/37/CRP/2)
        Delegations are kindly requested to bring their copies.

        """
    for mb in [1, 2, 5, 10] {
        let bytes = mb * 1_000_000
        let many = String(repeating: block, count: bytes / block.utf8.count + 1)
        let one = "1. " + String(repeating: "Programme and Budget S/37/4 ", count: bytes / 28 + 1)
        emit("text.import_lines_\(mb)mb_ms", bestMs(runs: runs) { sink &+= AgendaImport.parse(many).items.count })
        emit("text.import_line_\(mb)mb_ms", bestMs(runs: runs) { sink &+= AgendaImport.parse(one).notes.count })
    }
    if sink == 42 { print("") }   // keeps the work from being optimised away
}

func generate(_ o: Options) throws {
    let years = try o.int("years", default: 10)
    let out = try o.string("out")
    let (count, bytes) = try Synthetic.write(years: years, to: out)
    emit("generate.sessions", count)
    emit("generate.bytes", bytes)
}

let usage = """
usage: scpf-bench generate --years N --out DIR
       scpf-bench frame --data DIR [--size 80x24]
       scpf-bench keys --data DIR [--count 2000]
       scpf-bench save --data DIR [--runs 200]
       scpf-bench rss --data DIR
       scpf-bench screen --data DIR --view 1-6 [--size 200x60]
       scpf-bench text [--runs 3]
       scpf-bench search --data DIR [--runs 20]
"""

let args = CommandLine.arguments
do {
    guard args.count >= 2 else { throw BenchError(usage) }
    let options = try Options(args.dropFirst(2))
    try MainActor.assumeIsolated {
        switch args[1] {
        case "generate": try generate(options)
        case "frame": try frame(options)
        case "keys": try keys(options)
        case "save": try save(options)
        case "rss": try rss(options)
        case "screen": try screen(options)
        case "text": try text(options)
        case "search": try searchBench(options)
        default: throw BenchError(usage)
        }
    }
} catch {
    FileHandle.standardError.write(Data("scpf-bench: \(error)\n".utf8))
    exit(2)
}
