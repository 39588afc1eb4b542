import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

/// The language toggle (v: EN → FR → ES) in the Agenda, Reports, ToR and Rules views, and the
/// list of texts still without a French or Spanish version (M), walked with Enter.
@MainActor @Suite struct TranslationFlowTests {
    @Test("v shows the agenda in French, a missing title marked; e then writes the French version, English untouched")
    func agendaInFrench() {
        let h = Harness()
        h.type(.char("2"))                               // session 39's agenda
        let english = h.state.data.session(39)!.agenda.items[0].title
        h.type(.char("v"))
        #expect(h.state.language == .fr)
        #expect(h.screen().contains("✗FR"), "the list marks the missing French titles")
        #expect(h.screen(width: 160).contains("[French version missing]"), "the detail pane says it in full")
        #expect(h.screen().contains("Agenda · session 39 · FR"))
        assertGolden(h.screen(), "translations-agenda-fr")
        h.type(.char("e"))
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.title == "French version · item 1")
        h.type(text: "Adoption de l’ordre du jour")
        h.type(.enter)
        let item = h.state.data.session(39)!.agenda.items[0]
        #expect(item.translations?["fr"] == "Adoption de l’ordre du jour")
        #expect(item.title == english, "English stays the item's own text")
        #expect(h.persistence.sessions[39]?.agenda.items[0].translations?["fr"] == "Adoption de l’ordre du jour")
        #expect(h.screen().contains("Adoption de l’ordre du jour"))
        h.type(.char("v"))                               // Spanish
        #expect(h.screen().contains("✗ES"))
        #expect(h.screen(width: 160).contains("[Spanish version missing]"))
        h.type(.char("v"))                               // back to English
        #expect(h.state.language == .en)
        #expect(h.screen().contains(english))
    }

    @Test("The hint bar offers the language key only where it works")
    func hintWhereItWorks() {
        let h = Harness()
        #expect(!h.screen().contains("EN/FR/ES"), "Sessions view")
        h.type(.char("2"))
        #expect(h.screen(width: 160).contains("EN/FR/ES"))
        h.type(.char("1"), .char("v"))
        #expect(h.state.language == .en)
        #expect(h.state.message?.text == "The language is chosen in the Agenda, ToR, Reports and Rules views.")
    }

    @Test("M lists what session 40 still lacks; Enter writes one, the list opens again one shorter")
    func walkTheMissingList() {
        let h = Harness()
        h.type(.char("2"))
        // Select session 40 (planned, with some French and Spanish titles) from the Sessions view.
        h.type(.char("1"))
        while h.state.selectedSession != 40 { h.type(.char("j")); if h.state.selectedSession == nil { break } }
        guard h.state.selectedSession == 40 else { Issue.record("session 40 not reached"); return }
        h.type(.char("2"), .char("M"))
        guard case .picker(let picker) = h.state.mode else { Issue.record("no list"); return }
        let s = h.state.data.session(40)!
        #expect(picker.options.count == s.missingTranslations().count)
        #expect(!picker.options.contains { $0.label.hasPrefix("FR  item 1 title") }, "item 1 has its French title")
        #expect(picker.options.contains { $0.label.hasPrefix("ES  item 3 title") })
        #expect(picker.options.contains { $0.label.contains("document S/40/1 title") && $0.label.hasPrefix("FR") })
        #expect(!picker.options.contains { $0.label.contains("document S/40/1 title") && $0.label.hasPrefix("ES") })
        assertGolden(h.screen(), "translations-missing-list")
        let before = picker.options.count
        h.type(text: "ES item 3")
        h.type(.enter)
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.title.hasPrefix("Spanish version · item 3"))
        h.type(text: "Programa de Trabajo para la Migración")
        h.type(.enter)
        let itemId = s.agenda.items[2].id
        #expect(h.state.data.session(40)!.agenda.item(itemId)?.translations?["es"] == "Programa de Trabajo para la Migración")
        guard case .picker(let again) = h.state.mode else { Issue.record("the list did not open again"); return }
        #expect(again.options.count == before - 1)
        h.type(.escape)
        #expect(h.state.mode == .normal)
    }

    @Test("A report section in Spanish: e edits its Spanish heading and text; regeneration keeps them")
    func reportSectionInSpanish() {
        let h = Harness()
        h.type(.char("5"))                               // 39, drafting
        h.type(.char("v"), .char("v"))
        #expect(h.state.language == .es)
        #expect(h.screen().contains("[Spanish version missing]"))
        h.type(.char("e"), .enter)                       // the introduction
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.fields.map(\.id) == [.title, .text])
        h.type(text: "Introducción")
        h.type(.tab)
        h.type(text: "Texto en español.")
        h.type(.ctrl("s"))
        var intro = h.state.data.session(39)!.report.sections.first { $0.key == "introduction" }!
        #expect(intro.headingTranslations?["es"] == "Introducción")
        #expect(intro.bodyTranslations?["es"] == "Texto en español.")
        #expect(intro.edited == false, "the English text is not touched")
        h.type(.char("g"))                               // regenerate: the English is unchanged
        intro = h.state.data.session(39)!.report.sections.first { $0.key == "introduction" }!
        #expect(intro.bodyTranslations?["es"] == "Texto en español.")
        assertGolden(h.screen(), "translations-report-es")
    }

    @Test("The ToR view in French shows IOM's official text and its source; in Spanish, every term marked missing")
    func torInFrench() {
        let h = Harness(width: 100, height: 40)
        h.type(.char("4"), .char("v"))
        let screen = h.screen()
        #expect(screen.contains("French text: official, as IOM publishes it"))
        #expect(screen.contains("Examiner et réviser toute question administrative"))
        assertGolden(screen, "translations-tor-fr")
        h.type(.char("v"))
        #expect(h.screen().contains("No Spanish text: every article is marked missing."))
        #expect(h.screen().contains("[Spanish version missing]"))
    }

    @Test("The Rules view in Spanish shows the published articles, the ones not read marked to be completed")
    func rulesInSpanish() {
        let h = Harness(width: 120, height: 50)
        h.type(.char("6"), .char("v"), .char("v"))
        let screen = h.screen()
        #expect(screen.contains("Spanish text: official, as IOM publishes it"))
        #expect(screen.contains("Las reuniones del Comité Permanente se celebrarán en Ginebra."))
        #expect(screen.contains("Rule 7 — III – Credenciales"))
        #expect(screen.contains("texto por completar"))
    }
}

@MainActor @Suite struct TranslationFlowMoreTests {
    @Test("D on a document while the texts are in Spanish writes its title's Spanish version")
    func documentTitleInSpanish() {
        let h = Harness()
        h.type(.char("2"))                               // session 39, item 1 lists S/39/1 "Provisional agenda"
        let item = h.state.data.session(39)!.agenda.items[0]
        guard let doc = item.documents.first(where: { $0.title != nil }) else { Issue.record("no titled document"); return }
        h.type(.char("v"), .char("v"), .char("D"))
        if case .picker = h.state.mode { h.type(text: doc.symbol); h.type(.enter) }
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.title.hasPrefix("Spanish version · \(doc.symbol)"))
        h.type(text: "Programa provisional")
        h.type(.enter)
        let saved = h.state.data.session(39)!.agenda.items[0].documents.first { $0.symbol == doc.symbol }
        #expect(saved?.titleTranslations == ["es": "Programa provisional"])
        #expect(saved?.title == doc.title)
    }

    @Test("Read-only, the list of missing versions still opens; writing one is refused")
    func readOnlyList() {
        let h = Harness(readOnly: "opened with --read-only.")
        h.type(.char("2"), .char("M"))
        guard case .picker = h.state.mode else { Issue.record("no list"); return }
        h.type(.enter)
        if case .form = h.state.mode {
            h.type(text: "x")
            h.type(.enter)
        }
        #expect(h.state.data.session(39)!.missingTranslations().count == h.state.persisted.session(39)!.missingTranslations().count)
        #expect(h.state.data == h.state.persisted, "nothing changed")
    }
}

@MainActor @Suite struct TranslationRulesFormTests {
    @Test("e in the Rules view toggled to French says the English text is what it edits")
    func ruleFormSaysEnglish() {
        let h = Harness()
        h.type(.char("6"), .char("v"), .char("e"))
        if case .picker = h.state.mode { h.type(.enter) }
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.note == "This edits the English text; the French text shown with v is not changed here.")
    }
}
