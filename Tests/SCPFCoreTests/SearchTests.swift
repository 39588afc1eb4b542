import Foundation
import Testing
@testable import SCPFCore

/// The search over the whole record (issue 19): folding, words in any order, phrases,
/// filters, symbols, other scripts, grouping and highlights, against the demo and against
/// data made here.
@Suite struct SearchTests {
    /// The demo as `scpf demo` makes it on 27 November 2026 (session 39 in progress).
    static let demo: (committee: Committee, sessions: [Session]) = DemoData.make(today: Day(2026, 11, 27))
    static let index = SearchIndex(committee: demo.committee, sessions: demo.sessions)

    func search(_ text: String, limit: Int? = nil) throws -> SearchResults {
        try Self.index.search(text, limit: limit)
    }

    /// The matched text of every hit, as the UI marks it.
    func marked(_ results: SearchResults) -> [String] {
        results.groups.flatMap(\.hits).flatMap { hit in hit.ranges.map { String(Array(hit.text)[$0]) } }
    }

    @Test func accentsAndCaseAreIgnored() throws {
        let results = try search("cote d'ivoire")
        #expect(!results.isEmpty)
        #expect(marked(results).allSatisfy { $0 == "Côte" || $0 == "d'Ivoire" })
        #expect(try search("CÔTE").total == results.total)
    }

    @Test func otherScriptsMatch() throws {
        for name in ["中国", "مصر"] {
            let results = try search(name)
            #expect(!results.isEmpty, "\(name) not found")
            #expect(marked(results).allSatisfy { $0 == name })
            #expect(results.groups.flatMap(\.hits).allSatisfy { $0.kind == .delegation })
        }
    }

    @Test func wordsInAnyOrderAndPhrases() throws {
        let forward = try search("development fund kind:item")
        let backward = try search("fund development kind:item")
        #expect(forward.total > 0)
        #expect(forward == backward)
        #expect(try search("\"fund development\" kind:item").isEmpty)
        #expect(try search("\"development fund\" kind:item").total == forward.total)
    }

    @Test func resultsAreGroupedBySessionNewestFirstWithItemNumbers() throws {
        let results = try search("development fund kind:item")
        let sessions = results.groups.compactMap(\.session)
        #expect(sessions == sessions.sorted(by: >))
        #expect(Set(sessions).count == sessions.count)
        for group in results.groups {
            let s = try #require(Self.demo.sessions.first { $0.number == group.session })
            for hit in group.hits {
                #expect(hit.itemNumber == s.agenda.number(of: try #require(hit.itemId)))
                #expect(hit.field == "title")
            }
        }
    }

    @Test func symbolsMatchAsWritten() throws {
        let rev = try search("S/37/1/Rev.1")
        #expect(!rev.isEmpty)
        #expect(marked(rev).allSatisfy { $0 == "S/37/1/Rev.1" })
        let plain = try search("s/37/1")
        #expect(marked(plain).allSatisfy { $0 == "S/37/1" })
        // Both the symbol itself and its revision are found; S/37/10 would not be.
        #expect(plain.groups.flatMap(\.hits).contains { $0.text.hasPrefix("S/37/1/Rev.1") })
        #expect(plain.groups.flatMap(\.hits).allSatisfy { !$0.text.contains("S/37/10") || $0.text.contains("S/37/1 ") || $0.text.contains("S/37/1/") || $0.text.contains("S/37/1.") })
    }

    @Test func aNumberDoesNotMatchInsideALongerOne() {
        let text = FoldedText("S/37/10 and S/37/1/Rev.1 and 138")
        #expect(text.occurrences(of: FoldedText.fold(query: "s/37/1")) == [12])
        #expect(text.occurrences(of: FoldedText.fold(query: "38")).isEmpty)
        #expect(text.occurrences(of: FoldedText.fold(query: "rev.1")) == [19])
    }

    @Test func filtersNarrowTheResults() throws {
        let all = try search("took note")
        let year = try search("took note year:2024")
        #expect(year.total > 0 && year.total < all.total)
        #expect(year.groups.allSatisfy { g in Self.demo.sessions.first { $0.number == g.session }?.year == 2024 })
        let session = try search("took note session:38")
        #expect(session.groups.map(\.session) == [38])
        let tor = try search("kind:item tor:f")
        #expect(tor.total > 0)
        for hit in tor.groups.flatMap(\.hits) {
            let s = try #require(Self.demo.sessions.first { $0.number == hit.session })
            #expect(s.agenda.item(try #require(hit.itemId))?.tor.contains("f") == true)
        }
        let deferred = try search("outcome:deferred")
        #expect(deferred.total >= 1)
        #expect(deferred.groups.flatMap(\.hits).allSatisfy { $0.kind == .item })
        let documents = try search("S/38 kind:document")
        #expect(documents.total > 0)
        #expect(documents.groups.flatMap(\.hits).allSatisfy { $0.kind == .document })
    }

    @Test func badQueriesSayWhatToWrite() {
        func problem(_ text: String) -> String? {
            do { _ = try SearchQuery(parsing: text); return nil } catch { return error.message }
        }
        #expect(problem("colour:red")?.contains("year:, session:, tor:, outcome: or kind:") == true)
        #expect(problem("kind:meeting")?.contains(SearchKind.allCases.map(\.rawValue).joined(separator: ", ")) == true)
        #expect(problem("outcome:won")?.contains("took-note") == true)
        #expect(problem("tor:z")?.contains("a to i") == true)
        #expect(problem("year:twenty")?.contains("year:2024") == true)
        #expect(problem("\"took note")?.contains("not closed") == true)
        #expect(problem("development \"took note\" C/115/RES/1412 budget:") == nil)
    }

    @Test func everyKindOfTextIsFound() throws {
        var c = Self.demo.committee
        c.rulesOfProcedure = Fixture.committee().rulesOfProcedure
        var s = Session(number: 50, startDate: Day(2030, 6, 18), endDate: Day(2030, 6, 19), officers: [Officer(role: "Rapporteur", name: "Ms. Ana Pérez")],
                        attendance: ["egy"])
        var item = AgendaItem(id: "i1", title: "Budget reform", translations: ["fr": "Réforme budgétaire", "es": "Reforma presupuestaria"],
                              tor: ["b"], documents: [DocumentRef(symbol: "S/50/3/Rev.1", title: "Reform paper")])
        item.outcome = Outcome(kind: .recommendedApproval, conclusion: "The Committee recommended the reform zanzibar.")
        item.notes = "Minute: quokka raised."
        item.speakers = SpeakersList(queue: ["chn"])
        s.agenda.items = [item]
        s.report.sections = [ReportSection(key: "intro", heading: "Introduction", body: "The wombat session.")]
        let index = SearchIndex(committee: c, sessions: [s])
        func kinds(_ q: String) throws -> Set<SearchKind> { Set(try index.search(q).groups.flatMap(\.hits).map(\.kind)) }
        #expect(try kinds("reforme budgetaire") == [.item])
        #expect(try kinds("presupuestaria") == [.item])
        #expect(try kinds("S/50/3/Rev.1") == [.document])
        #expect(try kinds("zanzibar") == [.recommendation])
        #expect(try kinds("quokka") == [.notes])
        #expect(try kinds("wombat") == [.report])
        #expect(try kinds("twice each year") == [.rule])
        #expect(try kinds("egypt") == [.delegation])
        #expect(try kinds("中国") == [.delegation])
        #expect(try kinds("ana perez") == [.officer])
        let fr = try index.search("reforme").groups.flatMap(\.hits)
        #expect(fr.map(\.field) == ["title (fr)"])
        #expect(fr.first?.target == .item(session: 50, itemId: "i1"))
    }

    @Test func highlightsPointIntoTheShownText() throws {
        for hit in try search("development fund").groups.flatMap(\.hits) {
            let chars = Array(hit.text)
            for r in hit.ranges { #expect(r.upperBound <= chars.count) }
        }
        let hit = try #require(try search("côte").groups.first?.hits.first)
        let (shown, ranges) = hit.excerpt(width: 30)
        #expect(ranges.allSatisfy { String(Array(shown)[$0]) == "Côte" })
        #expect(shown.count <= 31)
    }

    @Test func theLimitKeepsTheCount() throws {
        let all = try search("took note")
        let few = try search("took note", limit: 3)
        #expect(few.hitCount == 3)
        #expect(few.total == all.total)
    }

    @Test func theIndexFollowsTheRecord() throws {
        var index = SearchIndex(committee: Self.demo.committee, sessions: [])
        #expect(try index.search("development fund").isEmpty)
        index.add(Array(Self.demo.sessions.prefix(2)))
        #expect(try index.search("development fund kind:item").groups.count == 2)
        var changed = Self.demo.sessions
        changed[0].agenda.items[0].title = "Platypus review"
        index.update(committee: Self.demo.committee, sessions: changed)
        #expect(try index.search("platypus").total == 1)
        index.update(committee: Self.demo.committee, sessions: Array(changed.dropFirst()))
        #expect(try index.search("platypus").isEmpty)
    }

    /// Property: a word taken from any indexed text finds that text, in whatever case and
    /// with its accents stripped.
    @Test func anyWordOfAnyTextFindsIt() throws {
        var generator = SystemRandomNumberGenerator()
        let entries = Self.index.sessions.values.flatMap(\.entries)
        for _ in 0..<200 {
            let entry = try #require(entries.randomElement(using: &generator))
            let words = entry.text.split(separator: " ").map(String.init).filter { w in w.count > 2 && !w.contains("\"") && !w.contains(":") }
            guard let word = words.randomElement(using: &generator) else { continue }
            let query = "\"" + (Bool.random(using: &generator) ? word.uppercased() : Fold.text(word)) + "\""
            let results = try Self.index.search(query)
            #expect(results.groups.flatMap(\.hits).contains { $0.text == entry.text && $0.field == entry.field }, "\(query) did not find \(entry.text)")
        }
    }

    /// Property: the prefilter of `scpf search` never skips a session file that holds a match
    /// (words from the record's texts, derived names and labels, phrases over line breaks).
    @Test func thePrefilterNeverSkipsAMatch() throws {
        var generator = SystemRandomNumberGenerator()
        let files = try Self.demo.sessions.map { ($0.number, try JSONCoding.encode($0)) }
        let entries = Self.index.sessions.values.flatMap(\.entries)
        var queries = ["cote", "中国", "مصر", "took note", "S/37/1/Rev.1", "deferred to session", "provisional agenda", "speakers", "recommended to the council"]
        for _ in 0..<100 {
            let words = try #require(entries.randomElement(using: &generator)).text.split(separator: " ").filter { !$0.contains("\"") && !$0.contains(":") }
            guard words.count >= 2 else { continue }
            let start = Int.random(in: 0..<(words.count - 1), using: &generator)
            queries.append("\"" + words[start...(start + 1)].joined(separator: " ") + "\"")
        }
        for text in queries {
            let query = try SearchQuery(parsing: text)
            let filter = SearchPrefilter(query: query, committee: Self.demo.committee)
            let found = Set(Self.index.search(query).groups.compactMap(\.session))
            for (number, bytes) in files where found.contains(number) {
                #expect(filter.mayMatch(session: number, bytes: bytes), "\(text) skipped session \(number)")
            }
        }
        // And it does skip: a word in one session only.
        let filter = SearchPrefilter(query: try SearchQuery(parsing: "S/37/1/Rev.1"), committee: Self.demo.committee)
        #expect(files.filter { filter.mayMatch(session: $0.0, bytes: $0.1) }.map(\.0) == [37])
    }

    @Test func jsonHasStableFields() throws {
        let results = try search("S/37/1/Rev.1")
        let json = try SearchOutput.json(results, query: "S/37/1/Rev.1")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["query", "total", "shown", "results"])
        let first = try #require((object["results"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSubset(of: ["session", "sessionTitle", "date", "item", "itemId", "itemTitle", "kind", "field", "text", "matches"]))
        #expect(first["session"] as? Int == 37)
        #expect((first["matches"] as? [[Int]])?.first == [0, 12])
    }

    @Test func textOutputMarksMatches() throws {
        let text = SearchOutput.text(try search("S/37/1/Rev.1"))
        #expect(text.contains("Session 37 — Thirty-seventh Session"))
        #expect(text.contains("[S/37/1/Rev.1]"))
        #expect(text.hasSuffix("matches\n") || text.hasSuffix("match\n"))
    }
}

/// Search over generated data of many years: every session found, newest first, and a
/// search fast enough to answer as the user types.
@Suite struct SearchGeneratedDataTests {
    static func generated(years: Int) -> (Committee, [Session]) {
        let (committee, base) = Fixture.dataSet()
        var sessions: [Session] = []
        for k in 0..<(years * 2) {
            var s = base[k % base.count]
            s.number = k + 1
            s.startDate = Day(1980 + k / 2, k % 2 == 0 ? 6 : 10, 20)
            s.endDate = s.startDate.adding(days: 1)
            s.agenda.items[5].title = "IOM Development Fund (\(1980 + k / 2))"
            sessions.append(s)
        }
        return (committee, sessions)
    }

    @Test func everySessionIsSearched() throws {
        let (c, sessions) = Self.generated(years: 40)
        let results = try SearchIndex(committee: c, sessions: sessions).search("development fund kind:item")
        #expect(results.groups.map(\.session) == sessions.map(\.number).reversed())
        let year = try SearchIndex(committee: c, sessions: sessions).search("development fund kind:item year:2001")
        #expect(year.groups.map(\.session) == [43, 44].reversed())
    }
}

/// A recurring item's history (issue 19 part 4).
@Suite struct ItemHistoryTests {
    @Test func seriesKeysDropYearsOrdinalsAndSmallWords() {
        #expect(ItemHistory.seriesKey("Programme and Budget for 2025") == ItemHistory.seriesKey("Programme and Budget for 2026"))
        #expect(ItemHistory.seriesKey("Report on the Thirty-seventh Session") == ItemHistory.seriesKey("Report on the 38th Session"))
        #expect(ItemHistory.seriesKey("Status report on outstanding contributions as at 31 March 2024")
                == ItemHistory.seriesKey("Status report on outstanding contributions as at 30 April 2025"))
        #expect(ItemHistory.seriesKey("Programme et budget pour 2025") == "programme budget")
        #expect(ItemHistory.seriesKey("IOM Development Fund") != ItemHistory.seriesKey("Programme and Budget for 2025"))
    }

    @Test func theSameItemInEverySessionNewestFirst() throws {
        let (_, sessions) = DemoData.make(today: Day(2026, 11, 27))
        let newest = try #require(sessions.last { s in s.agenda.items.contains { $0.title.hasPrefix("Programme and Budget for") } })
        let item = try #require(newest.agenda.items.first { $0.title.hasPrefix("Programme and Budget for") })
        let entries = ItemHistory.entries(of: item.id, in: newest.number, sessions: sessions)
        #expect(entries.count >= 3)
        #expect(entries.map(\.session) == entries.map(\.session).sorted(by: >))
        #expect(entries.allSatisfy { $0.title.hasPrefix("Programme and Budget for") })
        for e in entries {
            let s = try #require(sessions.first { $0.number == e.session })
            #expect(e.itemNumber == s.agenda.number(of: e.itemId))
        }
        // The Council's action on the recommendation, where it acted.
        #expect(entries.contains { $0.council?.hasPrefix("approved (") == true })
    }

    @Test func matchedAcrossLanguagesAndByDocumentSeries() {
        let a = Session(number: 1, startDate: Day(2020, 6, 1), endDate: Day(2020, 6, 2),
                        agenda: Agenda(items: [AgendaItem(id: "i1", title: "Programme et budget pour 2021"),
                                               AgendaItem(id: "i2", title: "Contributions",
                                                          documents: [DocumentRef(symbol: "S/1/2", title: "Status report on outstanding contributions as at 31 March 2020")])]))
        let b = Session(number: 2, startDate: Day(2021, 6, 1), endDate: Day(2021, 6, 2),
                        agenda: Agenda(items: [AgendaItem(id: "i5", title: "Programme and Budget for 2022", translations: ["fr": "Programme et budget pour 2022"]),
                                               AgendaItem(id: "i6", title: "Arrears",
                                                          documents: [DocumentRef(symbol: "S/2/2", title: "Status report on outstanding contributions as at 31 March 2021")])]))
        #expect(ItemHistory.entries(of: "i5", in: 2, sessions: [a, b]).map(\.itemId) == ["i5", "i1"])
        #expect(ItemHistory.entries(of: "i6", in: 2, sessions: [a, b]).map(\.itemId) == ["i6", "i2"])
    }

    @Test func exportsAsMarkdownAndCSV() throws {
        let (committee, sessions) = Fixture.demo()
        let found = try #require(ItemHistory.find("development fund", in: sessions))
        let entries = ItemHistory.entries(of: found.itemId, in: found.session, sessions: sessions)
        let md = HistoryExport.markdown(entries, committee: committee)
        #expect(md.hasPrefix("# IOM Development Fund\n"))
        #expect(md.contains("| Session | Date | Item | Title | Documents | Outcome | Conclusion | Council |"))
        let csv = HistoryExport.csv(entries)
        #expect(csv.hasPrefix("session,date,item,title,documents,status,outcome,conclusion,council\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == entries.count + 2)
    }
}
