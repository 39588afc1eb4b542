import Foundation
import Testing
@testable import SCPFCore

/// The French and Spanish texts IOM publishes ship word for word as the translations of the
/// built-in terms of reference and Rules; the versions a session's texts lack are listed;
/// `scpf check` refuses unknown language codes and empty versions; version 2 files upgrade.
@Suite("Three languages: published translations, missing versions, check, upgrade")
struct TranslationTests {
    @Test("Every stored French and Spanish text names its source")
    func sourcesNamed() throws {
        for name in ["tor-2013.fr.txt", "rules.fr.txt", "rules.es.txt"] {
            let text = try String(contentsOf: PublishedTextTests.directory.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix("# Source: "), "\(name) starts with its source")
        }
    }

    @Test("The 2013 terms in French are IOM's page word for word but for (d)'s typing error, official with its source; no Spanish")
    func tor2013French() throws {
        let published = try PublishedTextTests.torItems("tor-2013.fr.txt")
        let shipped = ToRVersion.amendment2013
        #expect(published.map(\.letter) == shipped.letters)
        for (page, item) in zip(published, shipped.items) {
            let expected = item.letter == "d" ? page.text.replacingOccurrences(of: "Donseiller", with: "Conseiller") : page.text
            #expect(item.translations?["fr"] == expected, "(\(item.letter)) word for word")
            #expect(item.translations?["es"] == nil, "no Spanish text was found")
        }
        #expect(published.first { $0.letter == "d" }?.text.hasPrefix("Donseiller") == true, "the page's own word is kept in the stored copy")
        #expect(shipped.officialSource(.fr) == "https://www.iom.int/fr/mandat-du-comite-permanent-des-programmes-et-des-finances")
        #expect(shipped.officialSource(.es) == nil)
        #expect(ToRVersion.original2007.items.allSatisfy { $0.translations == nil }, "no French or Spanish MC/INF/287 passage was found")
        #expect(ToRVersion.original2007.translationSources == nil)
    }

    @Test("The Rules in French and Spanish are IOM's pages word for word; what was not read is marked to be completed")
    func rulesTranslated() throws {
        let rules = RulesVersion.published.rules
        for (file, language, mark) in [("rules.es.txt", DocumentLanguage.es, "texto por completar"), ("rules.fr.txt", .fr, "texte à compléter")] {
            let published = try PublishedTextTests.publishedRules(file)
            for (number, heading, text) in published {
                let rule = try #require(rules.first { $0.number == number })
                #expect(rule.textTranslations?[language.rawValue] == text, "\(file) rule \(number) word for word")
                #expect(rule.titleTranslations?[language.rawValue]?.uppercased() == heading, "\(file) rule \(number) under its chapter")
            }
            let read = Set(published.map(\.0))
            for rule in rules where !read.contains(rule.number) {
                #expect(rule.textTranslations?[language.rawValue] == mark, "\(file) rule \(rule.number) is not invented")
            }
        }
        #expect(try PublishedTextTests.publishedRules("rules.es.txt").map(\.0) == Array(1...6))
        #expect(try PublishedTextTests.publishedRules("rules.fr.txt").map(\.0) == Array(1...3))
        #expect(RulesVersion.published.officialSource(.es) == "https://www.iom.int/es/reglamento-del-cppf")
        #expect(RulesVersion.published.officialSource(.fr) == "https://iom.int/fr/reglement-du-comite-permanent-des-programmes-et-des-finances")
        #expect(rules.first { $0.number == 7 }?.titleTranslations?["es"] == "III – Credenciales")
        #expect(rules.first { $0.number == 5 }?.titleTranslations?["fr"] == nil, "chapter II's French heading was not read")
        #expect(Validator.validate(committee: Committee.scpf(), sessions: []).isEmpty)
    }

    @Test("A session lists the texts without a French or Spanish version; setting one removes it from the list, empty removes the version")
    func missingAndSet() throws {
        var s = Fixture.session()
        let first = try #require(s.agenda.items.first)
        s.agenda.items[0].translations = ["fr": "Titre"]
        s.agenda.items[0].documents = [DocumentRef(symbol: "S/37/2", title: "Budget")]
        s.report.sections = [ReportSection(key: "introduction", heading: "Introduction", body: "Text.")]
        let missing = s.missingTranslations()
        #expect(!missing.contains { $0.target == .itemTitle(itemId: first.id) && $0.language == .fr })
        #expect(missing.contains { $0.target == .itemTitle(itemId: first.id) && $0.language == .es })
        #expect(missing.contains { $0.target == .documentTitle(itemId: first.id, symbol: "S/37/2") && $0.label == "item 1 document S/37/2 title" })
        #expect(missing.filter { $0.target == .sectionBody(key: "introduction") }.map(\.language) == [.fr, .es])
        try s.setTranslation(.sectionBody(key: "introduction"), language: .es, text: "  Texto.  ")
        #expect(s.report.sections[0].bodyTranslations == ["es": "Texto."])
        try s.setTranslation(.documentTitle(itemId: first.id, symbol: "S/37/2"), language: .fr, text: "Budget")
        #expect(s.agenda.items[0].documents[0].titleTranslations == ["fr": "Budget"])
        try s.setTranslation(.itemTitle(itemId: first.id), language: .fr, text: " ")
        #expect(s.agenda.items[0].translations == nil, "an empty version is removed, not stored")
        #expect(throws: DomainError.self) { try s.setTranslation(.itemTitle(itemId: "gone"), language: .fr, text: "x") }
        #expect(throws: DomainError.self) { try s.setTranslation(.itemTitle(itemId: first.id), language: .en, text: "x") }
        #expect(Localized.shown("Budget", nil, in: .fr) == "[French version missing]")
        #expect(Localized.shown("Budget", nil, in: .es) == "[Spanish version missing]")
    }

    @Test("Regenerating the report keeps a version while the English it translates is unchanged")
    func regenerationKeepsVersions() throws {
        let c = Committee.scpf()
        var s = Fixture.session()
        _ = try s.generateReport(committee: c)
        try s.setTranslation(.sectionHeading(key: "introduction"), language: .fr, text: "Introduction")
        try s.setTranslation(.sectionBody(key: "introduction"), language: .fr, text: "Texte.")
        _ = try s.generateReport(committee: c)
        #expect(s.report.sections.first { $0.key == "introduction" }?.bodyTranslations == ["fr": "Texte."])
        try s.editReportSection(key: "introduction", body: "A new English text.")
        var intro = s.report.sections.first { $0.key == "introduction" }
        #expect(intro?.bodyTranslations == nil, "the English changed: its old French no longer translates it")
        try s.setTranslation(.sectionBody(key: "introduction"), language: .fr, text: "Un nouveau texte.")
        _ = try s.generateReport(committee: c)
        intro = s.report.sections.first { $0.key == "introduction" }
        #expect(intro?.bodyTranslations == ["fr": "Un nouveau texte."], "the edited English is kept, and so its French")
        #expect(intro?.headingTranslations == ["fr": "Introduction"])
    }

    @Test("scpf check names a version under an unknown language code, an empty version and an empty source, one sentence each")
    func checkLanguages() {
        var c = Committee.scpf()
        c.termsOfReference[1].items[0].translations = ["de": "Prüfen"]
        c.termsOfReference[1].translationSources = ["fr": " "]
        var s = Fixture.session()
        s.agenda.items[0].translations = ["es": "  "]
        let problems = Validator.validate(committee: c, sessions: [s]).map(\.message)
        #expect(problems.contains("ToR version tor-2013 item (a): a version is stored under “de”, which is not a language scpf keeps; use fr (French) or es (Spanish) — English is the text itself."))
        #expect(problems.contains("ToR version tor-2013: the source of the French translation is empty; give the document or page, or remove it to mark the translation unofficial."))
        #expect(problems.contains { $0.hasPrefix("Session 37 item 1 (") && $0.hasSuffix(" title: the Spanish version is empty; write it or remove it.") })
    }

    /// The built-in committee as scpf wrote it at schemaVersion 2: no translation anywhere.
    static func version2Committee() -> Committee {
        var c = Committee.scpf()
        c.schemaVersion = 2
        for i in c.termsOfReference.indices {
            c.termsOfReference[i].translationSources = nil
            for j in c.termsOfReference[i].items.indices { c.termsOfReference[i].items[j].translations = nil }
        }
        for i in c.rulesOfProcedure.indices {
            c.rulesOfProcedure[i].translationSources = nil
            for j in c.rulesOfProcedure[i].rules.indices {
                c.rulesOfProcedure[i].rules[j].titleTranslations = nil
                c.rulesOfProcedure[i].rules[j].textTranslations = nil
            }
        }
        return c
    }

    @Test("A version 2 committee loads and gets IOM's French and Spanish texts, only on the shipped English texts")
    func upgradeFrom2() throws {
        let dir = try TempDir("migrate3")
        let json = String(decoding: try JSONCoding.encode(Self.version2Committee()), as: UTF8.self)
        #expect(!json.contains("translations") && !json.contains("Translations"), "a version 2 file has none of the new fields")
        try Disk.write(json, to: dir.sub("committee.json"))
        let store = try Store(root: dir.path)
        let c = try store.loadCommittee()
        #expect(c.termsOfReference == [.original2007, .amendment2013])
        #expect(c.rulesOfProcedure == [.published])
        let path = dir.sub("committee.json")
        #expect(store.upgrades == [
            "\(path): terms of reference tor-2013: IOM's French text added as the official translation (no Spanish text was found).",
            "\(path): Rules of Procedure: IOM's French and Spanish texts added as the official translations (articles not read marked “texte à compléter” / “texto por completar”).",
            "\(path): schemaVersion 2 → 3.",
        ])
        // Edited English, or translations already there: left as they are.
        var edited = Self.version2Committee()
        edited.termsOfReference[1].items[3].text = "To advise, as the secretariat wrote it."
        edited.rulesOfProcedure[0].rules[0].textTranslations = ["fr": "Notre texte."]
        let notes = Migration.upgrade(&edited)
        #expect(notes == ["schemaVersion 2 → 3."])
        #expect(edited.termsOfReference[1].items.allSatisfy { $0.translations == nil })
        #expect(edited.rulesOfProcedure[0].rules[0].textTranslations == ["fr": "Notre texte."])
        #expect(edited.rulesOfProcedure[0].rules[1].textTranslations == nil)
    }
}
