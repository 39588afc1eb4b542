import Foundation
import SCPFApp
import SCPFCore
import SCPFRuntime

/// `scpf-bench search --data DIR [--runs N]` (issue 19): every session read, as after the
/// background load; then
///   search.index_ms          folding the whole record into the index (done as sessions arrive)
///   search.ui_first_ms       Ctrl-F, the query pasted, update and the first frame with results
///   search.ui_key_p50_ms …   one more character typed into the query: update + frame
///   search.core_ms           the Core search alone, for each query
/// Each figure is the median of --runs (default 20).
@MainActor
func searchBench(_ o: Options) throws {
    let dir = try o.string("data")
    let runs = try o.int("runs", default: 20)
    let (store, loaded) = try loadLikeUI(dir, readOnly: true)
    let queries = ["development fund", "cote d'ivoire", "S/300/4/Rev.1", "took note year:2024", "日本", "outcome:deferred", "\"regular updates\" kind:notes"]
    func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

    var indexTimes: [Double] = []
    var index = SearchIndex()
    for _ in 0..<max(3, runs / 4) {
        let t0 = Clock.monoNs()
        index = SearchIndex(committee: loaded.data.committee, sessions: loaded.data.sessions)
        indexTimes.append(Double(Clock.monoNs() - t0) / 1e6)
    }
    emit("search.sessions", loaded.data.sessions.count)
    emit("search.index_ms", median(indexTimes))

    var worstFirst = 0.0
    for query in queries {
        var core: [Double] = []
        var total = 0
        for _ in 0..<runs {
            let t0 = Clock.monoNs()
            total = try index.search(query, limit: 500).total
            core.append(Double(Clock.monoNs() - t0) / 1e6)
        }
        // The UI: the index built as the sessions arrived; Ctrl-F, the query, the first frame.
        var first: [Double] = [], keys: [Double] = []
        for _ in 0..<runs {
            var state = loaded
            state.searchIndex = index
            let runtime = AppRuntime(state: state, persistence: store, clock: { Date() })
            _ = runtime.handle(.resize(width: 120, height: 40))
            let t0 = Clock.monoNs()
            _ = runtime.handle(.key(.ctrl("f")))
            _ = runtime.handle(.paste(query))
            let frame = runtime.render(width: 120, height: 40)
            let t1 = Clock.monoNs()
            guard frame.text.contains("match") else { throw BenchError("no count line for \(query):\n\(frame.text)") }
            first.append(Double(t1 - t0) / 1e6)
            let t2 = Clock.monoNs()
            _ = runtime.handle(.key(.char(" ")))
            _ = runtime.render(width: 120, height: 40)
            keys.append(Double(Clock.monoNs() - t2) / 1e6)
        }
        let name = query.filter { $0.isLetter || $0.isNumber }.prefix(16)
        emit("search.core_ms.\(name)", median(core))
        emit("search.ui_first_ms.\(name)", median(first))
        emit("search.ui_key_ms.\(name)", median(keys))
        emit("search.matches.\(name)", total)
        worstFirst = max(worstFirst, median(first))
    }
    emit("search.ui_first_ms.worst", worstFirst)
}
