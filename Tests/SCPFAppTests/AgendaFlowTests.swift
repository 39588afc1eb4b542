import Testing
@testable import SCPFApp
@testable import SCPFRuntime
import SCPFCore

@MainActor @Suite struct AgendaFlowTests {
    /// Session 40 (planned, draft agenda) in the Agenda view.
    func draftAgenda() -> Harness {
        let h = Harness()
        h.type(.char("G"), .enter)
        #expect(h.state.view == .agenda && h.state.selectedSession == 40)
        return h
    }

    @Test func addItemWithToRAndDocuments() {
        let h = draftAgenda()
        h.type(.char("a"))
        h.type(text: "Election of officers")
        h.type(.tab)
        h.type(text: "proc")
        h.type(.tab, .tab)
        h.type(text: "15")
        h.type(.tab)
        h.type(text: "S/40/5")
        h.type(.enter)
        let items = h.state.data.session(40)!.agenda.items
        #expect(items[1].title == "Election of officers")
        #expect(items[1].procedural && items[1].minutesAllotted == 15)
        #expect(items[1].documents.map(\.symbol) == ["S/40/5"])
        #expect(items[1].supplementary == false)
        #expect(h.persistence.sessions[40]?.agenda.items.count == items.count)
        assertGolden(h.screen(), "agenda-after-add")
    }

    @Test func badSymbolAndUnknownToRAreRefusedWithExamples() {
        let h = draftAgenda()
        h.type(.char("a"))
        h.type(text: "Item")
        h.type(.tab)
        h.type(text: "z")
        h.type(.enter)
        guard case .form(let f1) = h.state.mode else { Issue.record("form closed"); return }
        #expect(f1.error?.contains("ToR “z” is not a term of reference in force") == true)
        h.type(.ctrl("u"))
        h.type(text: "b")
        h.type(.tab, .tab, .tab)
        h.type(text: "S-40-4")
        h.type(.enter)
        guard case .form(let f2) = h.state.mode else { Issue.record("form closed"); return }
        #expect(f2.error?.contains("write it like S/37/4") == true)
        assertGolden(h.screen(), "agenda-form-error")
    }

    @Test func moveIndentAndNumbering() {
        let h = draftAgenda()
        h.type(.char("j"))               // item 2
        h.type(.char("J"))               // move down
        #expect(h.state.data.session(40)!.agenda.items[2].title == "Statement by the Director General")
        #expect(h.state.agendaCursor == 2)
        h.type(.char(">"))
        #expect(h.state.data.session(40)!.agenda.numbers[2] == "2(a)")
        h.type(.char("g"), .char(">"))
        #expect(h.state.message?.text == "The first item cannot be a sub-item: there is no item above it.")
        h.type(.char("u"), .char("u"))
        #expect(h.state.data.session(40)!.agenda.items[1].title == "Statement by the Director General")
    }

    @Test func issueLateWarnsThenAddsAreSupplementary() {
        let h = draftAgenda()
        h.type(.char("i"))
        h.type(.ctrl("u"))
        h.type(text: "2027-06-15")          // a week before the 22 June opening
        h.type(.enter)
        let agenda = h.state.data.session(40)!.agenda
        #expect(agenda.state == .provisional && agenda.symbol == "S/40/1")
        #expect(h.state.message?.text.contains("the Rules of Procedure ask for at least two weeks") == true)
        h.type(.char("a"))
        h.type(text: "Late item")
        h.type(.tab)
        h.type(text: "g")
        h.type(.enter)
        #expect(h.state.data.session(40)!.agenda.items.contains { $0.title == "Late item" && $0.supplementary })
    }

    @Test func issueRecordsAnAgreedShorterNotice() {
        let h = draftAgenda()
        h.type(.char("i"))
        guard case .form(let form) = h.state.mode else { Issue.record("no form"); return }
        #expect(form.note?.contains("at least two weeks before the opening") == true, "the notice comes from the Rules in force")
        h.type(.ctrl("u"))
        h.type(text: "2027-06-15")          // a week before the 22 June opening
        h.type(.tab)
        h.type(text: "x")
        h.type(.enter)
        #expect(h.state.data.session(40)!.agenda.state == .draft, "a bad number of days is refused")
        guard case .form(let refused) = h.state.mode else { Issue.record("form closed"); return }
        #expect(refused.error?.contains("is not a number of days") == true)
        h.type(.backspace)
        h.type(text: "7")
        h.type(.tab)
        h.type(text: "Agreed at the informal consultations of 1 June 2027")
        h.type(.tab)
        h.type(text: "2027-06-01")       // the agreement has its own date, not the dispatch date
        h.type(.enter)
        let s = h.state.data.session(40)!
        #expect(s.agenda.state == .provisional)
        #expect(s.noticeAgreement == NoticeAgreement(days: 7, agreedOn: Day(2027, 6, 1), record: "Agreed at the informal consultations of 1 June 2027"))
        #expect(h.state.message?.text.contains("ask for at least") != true, "a week's notice was agreed: no warning")
        #expect(h.persistence.sessions[40]?.noticeAgreement?.days == 7)
    }

    @Test func adoptOnlyAfterIssueAndOnceConvened() {
        let h = draftAgenda()
        h.type(.char("A"))
        #expect(h.state.message?.text.contains("still a draft") == true)
        h.type(.char("i"), .enter)
        h.type(.char("A"))
        #expect(h.state.message?.text.contains("only planned") == true)
        h.type(.char("1"), .char("s"), .char("2"), .char("A"))
        #expect(h.state.data.session(40)!.agenda.state == .adopted)
        // After adoption, withdrawing is recorded as a revision.
        h.type(.char("d"), .char("y"))
        let agenda = h.state.data.session(40)!.agenda
        #expect(agenda.state == .revised)
        #expect(agenda.items[0].status == .withdrawn)
        #expect(agenda.revisions.last?.detail == "Withdrew item 1 “Adoption of the agenda”.")
    }

    @Test func deleteDraftItemNeedsConfirmation() {
        let h = draftAgenda()
        let count = h.state.data.session(40)!.agenda.items.count
        h.type(.char("d"))
        assertGolden(h.screen(), "agenda-confirm-delete")
        h.type(.escape)
        #expect(h.state.data.session(40)!.agenda.items.count == count)
        h.type(.char("d"), .char("y"))
        #expect(h.state.data.session(40)!.agenda.items.count == count - 1)
    }
}

@MainActor @Suite struct AgendaBlockMoveTests {
    @Test func mainItemMovesWithItsSubItems() {
        let h = Harness()
        h.type(.char("G"), .enter)
        // Items: 1 … 5, 6 (i6) with 6(a) i7, 6(b) i8, 7 i9, 8 i10. Move 6 down past 7.
        let start = h.state.data.session(40)!.agenda.items.firstIndex { $0.id == "i6" }!
        for _ in 0..<start { h.type(.char("j")) }
        h.type(.char("J"))
        let agenda = h.state.data.session(40)!.agenda
        #expect(agenda.items.map(\.id).suffix(5) == ["i9", "i6", "i7", "i8", "i10"])
        #expect(agenda.numbers.suffix(5) == ["6", "7", "7(a)", "7(b)", "8"])
        #expect(h.state.currentItem?.id == "i6")
        h.type(.char("j"), .char("K"))   // 7(a) cannot leave its item
        #expect(h.state.message?.text.contains("already the first sub-item") == true)
    }
}

@MainActor @Suite struct AgendaExchangeTests {
    @Test func torPickerShowsTheTextAndTogglesLetters() {
        let h = Harness()
        h.type(.char("G"), .enter, .char("j"))          // session 40, item 2 (a)
        h.type(.char("t"))
        assertGolden(h.screen(), "agenda-tor-picker")
        _ = h.runtime.handle(.paste("administrative"))
        h.type(.enter, .enter)                          // toggle the one found, then done
        #expect(h.state.data.session(40)!.agenda.items[1].tor == ["a", "b"])
        h.type(.char("u"))
        #expect(h.state.data.session(40)!.agenda.items[1].tor == ["a"])
    }

    @Test func importFromTheUIShowsWhatWouldBeCreatedThenAppends() {
        let h = Harness()
        h.persistence.files["/tmp/agenda.txt"] = "1. Opening of the session\n2. Programme and Budget (S/41/4)\n   (a) Line 1\n\nStray text.\n"
        h.type(.char("G"), .enter, .char("I"))
        _ = h.runtime.handle(.paste("/tmp/agenda.txt"))
        // auto into an agenda that has items: refused, as on the command line, so nothing is doubled.
        h.type(.enter)
        #expect(h.state.message?.text == "Session 40 already has 10 agenda items; nothing was imported. Import again and choose the mode append (after them) or replace.")
        h.type(.char("I"))
        _ = h.runtime.handle(.paste("/tmp/agenda.txt"))
        h.type(.tab, .tab, .char(" "))          // mode: auto → append
        h.type(.enter)
        guard case .confirm(let c) = h.state.mode else { Issue.record("no preview"); return }
        #expect(c.message.contains("Import 3 items into session 40"))
        #expect(c.message.contains("Programme and Budget [S/41/4]"))
        #expect(c.message.contains("not understood, left out: Stray text."))
        let before = h.state.data.session(40)!.agenda.items.count
        h.type(.char("y"))
        #expect(h.state.data.session(40)!.agenda.items.count == before + 3)
        #expect(h.persistence.sessions[40]?.agenda.items.last?.title == "Line 1")
    }

    @Test func importIntoANewSessionShowsTheHeaderAndTakesItsDates() {
        let h = Harness()
        h.persistence.files["/tmp/s41.txt"] = """
                                                    S/41/1
                                                    Original: English
            STANDING COMMITTEE ON PROGRAMMES AND FINANCE
            Forty-first Session
            Geneva, 26–27 October 2027

            1.  Adoption of the agenda
            2.  IOM Development Fund
                (a)  Line 2
                     (i)  Regional projects
            """
        h.type(.char("G"), .enter, .char("I"))
        _ = h.runtime.handle(.paste("/tmp/s41.txt"))
        h.type(.tab, .ctrl("u"))
        _ = h.runtime.handle(.paste("41"))
        h.type(.enter)
        guard case .confirm(let c) = h.state.mode else { Issue.record("no preview: \(String(describing: h.state.message))"); return }
        #expect(c.message.contains("Import 4 items into session 41 (created for it)?"))
        #expect(c.message.contains("Read: symbol S/41/1; SCPF, session 41; meets 26–27 Oct 2027, Geneva; written in English (Original: English)"))
        #expect(c.message.contains("Session 41: 26–27 Oct 2027, Geneva."))
        #expect(c.message.contains("2(a)(i)  Regional projects"))
        assertGolden(h.screen(), "agenda-import-preview")
        h.type(.char("y"))
        let s41 = h.state.data.session(41)
        #expect(s41?.startDate == Day(2027, 10, 26) && s41?.endDate == Day(2027, 10, 27))
        #expect(s41?.agenda.symbol == "S/41/1" && s41?.agenda.numbers == ["1", "2", "2(a)", "2(a)(i)"])
    }

    @Test func importOnAnEmptyDataDirectoryCreatesTheNextSession() {
        let h = Harness(data: DataSet(committee: .scpf(), sessions: []))
        h.persistence.files["/tmp/s.txt"] = "Geneva, 26–27 October 2027\n\n1. Adoption of the agenda\n"
        h.type(.char("2"), .char("I"))
        guard case .form(let f) = h.state.mode else { Issue.record("no import form: \(String(describing: h.state.message))"); return }
        #expect(f.title.hasPrefix("Import an agenda into session "))
        _ = h.runtime.handle(.paste("/tmp/s.txt"))
        h.type(.tab, .ctrl("u"))
        _ = h.runtime.handle(.paste("41"))
        h.type(.enter, .char("y"))
        #expect(h.state.data.session(41)?.startDate == Day(2027, 10, 26))
    }

    @Test func aDocumentWithoutDatesAsksThemForANewSession() {
        let h = Harness()
        h.persistence.files["/tmp/bare.txt"] = "1. Adoption of the agenda\n2. Other business\n"
        h.type(.char("G"), .enter, .char("I"))
        _ = h.runtime.handle(.paste("/tmp/bare.txt"))
        h.type(.tab, .ctrl("u"))
        _ = h.runtime.handle(.paste("45"))
        h.type(.enter)
        guard case .form(let dates) = h.state.mode else { Issue.record("no dates form: \(String(describing: h.state.message))"); return }
        #expect(dates.title == "Dates of session 45")
        #expect(dates.note?.contains("states no dates, and scpf does not invent them") == true)
        #expect(dates.fields.allSatisfy { $0.value.isEmpty })
        h.type(.ctrl("u"))
        _ = h.runtime.handle(.paste("2029-10-23"))
        h.type(.tab, .ctrl("u"))
        _ = h.runtime.handle(.paste("2029-10-24"))
        h.type(.enter)
        guard case .confirm(let c) = h.state.mode else { Issue.record("no preview: \(String(describing: h.state.message))"); return }
        #expect(c.message.contains("Session 45: 23–24 Oct 2029, Geneva."))
        h.type(.char("y"))
        #expect(h.state.data.session(45)?.startDate == Day(2029, 10, 23))
    }

    @Test func aFrenchVersionAttachesItsTitlesToTheSameItems() {
        let h = Harness()
        h.persistence.files["/tmp/fr.txt"] = "Original : anglais\n\n1. Adoption de l’ordre du jour\n2. Déclaration du Directeur général\n9. Point inconnu\n"
        h.type(.char("G"), .enter, .char("I"))
        _ = h.runtime.handle(.paste("/tmp/fr.txt"))
        h.type(.enter)
        guard case .confirm(let c) = h.state.mode else { Issue.record("no preview: \(String(describing: h.state.message))"); return }
        #expect(c.message.contains("Attach the French titles of /tmp/fr.txt to the items of session 40?"))
        #expect(c.message.contains("Not matched: the document's item 9 “Point inconnu” matches no item of session 40."))
        let before = h.state.data.session(40)!.agenda.items.count
        h.type(.char("y"))
        let s40 = h.state.data.session(40)!
        #expect(s40.agenda.items.count == before)
        #expect(s40.agenda.items[0].translations?["fr"] == "Adoption de l’ordre du jour")
        #expect(s40.agenda.items[1].translations?["fr"] == "Déclaration du Directeur général")
    }

    @Test func missingImportFileIsAClearError() {
        let h = Harness()
        h.type(.char("G"), .enter, .char("I"))
        _ = h.runtime.handle(.paste("/nope.txt"))
        h.type(.enter)
        #expect(h.state.message?.kind == .error)
        #expect(h.state.message?.text.contains("/nope.txt") == true)
    }

    @Test func exportFromTheUIWritesTheChosenFormat() {
        let h = Harness()
        h.type(.char("2"), .char("x"), .tab, .char(" "))      // document: agenda; format md → html
        h.type(.tab, .tab, .ctrl("u"))
        _ = h.runtime.handle(.paste("agenda39"))
        h.type(.enter)
        let html = h.persistence.files["agenda39.html"]
        #expect(html?.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">") == true)
        #expect(html?.contains("Original: English") == true)
        #expect(h.state.message?.text == "Wrote agenda39.html.")
    }

    @Test func theAnnotationIsAParagraphOfTheItemFormAndGoesIntoTheAnnotatedAgenda() {
        let h = Harness()
        h.type(.char("2"), .char("j"), .char("e"))               // edit item 2
        h.type(.tab, .tab, .tab, .tab, .tab, .tab)                // Title … Origin → Annotation
        guard case .form(let form) = h.state.mode else { Issue.record("no item form"); return }
        #expect(form.fields[form.focus].id == .annotation && form.fields[form.focus].isParagraph)
        h.type(.ctrl("u"))
        h.type(text: "The Director General")
        h.type(.enter)                                            // Enter breaks the line in a paragraph
        h.type(text: "reports on the year.")
        h.type(.ctrl("s"))
        let item = h.state.data.session(39)!.agenda.items[1]
        #expect(item.annotation == "The Director General\nreports on the year.")
        let md = try? DocumentExport.render(.annotatedAgenda, session: h.state.data.session(39)!, committee: h.state.data.committee,
                                            format: .md, language: .en)
        #expect(md?.contains("The Director General  \nreports on the year.") == true)
    }

    @Test func exportFormChoosesTheDocumentAndTheLanguage() {
        let h = Harness()
        h.type(.char("2"), .char("x"), .char(" "), .char(" "))   // agenda → annotated agenda → report
        h.type(.tab, .tab, .char(" "))                          // md; language en → fr
        h.type(.tab, .ctrl("u"))
        _ = h.runtime.handle(.paste("rapport39"))
        h.type(.enter)
        let md = h.persistence.files["rapport39.md"]
        #expect(md?.contains("RAPPORT DU") == true, "\(md ?? "nothing written")")
        #expect(md?.contains("TABLE DES MATIERES") == true)
        #expect(md?.contains("[French version missing\\]") == true, "a missing French text is marked")

        // json holds the data as entered: a French one is refused with the reason.
        h.type(.char("x"), .tab, .char(" "), .char(" "), .char(" "), .tab, .char(" "))   // agenda; md → html → pdf → json; fr
        h.type(.enter)
        guard case .form(let form) = h.state.mode else { Issue.record("the form closed"); return }
        #expect(form.error == "json and csv hold the agenda's data as entered; choose md, html or pdf for a document in French.")
    }
}

@MainActor @Suite struct DocumentAndLinkTests {
    @Test func documentTitleAndLanguages() {
        let h = Harness()
        h.type(.char("G"), .enter, .char("j"), .char("j"), .char("D"))   // item 3: C/118/3
        guard case .picker = h.state.mode else { Issue.record("no document picker"); return }
        h.type(.enter, .ctrl("u"))
        _ = h.runtime.handle(.paste("Financial Report 2026"))
        h.type(.tab, .ctrl("u"))
        _ = h.runtime.handle(.paste("en fr xyz"))
        h.type(.enter)
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.error == "“xyz” is not a language code; use two letters such as en, fr, es.")
        h.type(.backspace, .backspace, .backspace, .backspace)
        h.type(.enter)
        let doc = h.state.data.session(40)!.agenda.items[2].documents[0]
        #expect(doc.title == "Financial Report 2026" && doc.languages == ["en", "fr"])
    }

    @Test func documentDistributionAndAsAtDate() {
        let h = Harness()
        h.type(.char("G"), .enter, .char("j"), .char("j"), .char("D"))   // item 3 of session 40
        h.type(.enter)
        h.type(.tab, .tab, .char(" "), .char(" "))                        // distribution: general → limited
        h.type(.tab)
        _ = h.runtime.handle(.paste("31 March"))
        h.type(.enter)
        guard case .form(let form) = h.state.mode else { Issue.record("form closed"); return }
        #expect(form.error == "“31 March” is not a date; write it as \(h.state.today.iso), or leave it blank.")
        h.type(.ctrl("u"))
        _ = h.runtime.handle(.paste("2027-03-31"))
        h.type(.enter)
        let doc = h.state.data.session(40)!.agenda.items[2].documents[0]
        #expect(doc.distribution == .limited && doc.asAt == Day(2027, 3, 31))
    }

    @Test func rulesAmendmentLinkedToTheItemThatDiscussesIt() {
        let h = Harness()
        h.type(.char("6"), .char("j"), .char("L"))
        _ = h.runtime.handle(.paste("governance"))
        h.type(.enter)
        #expect(h.state.data.committee.rulesOfProcedure[1].agendaItem == ItemLink(session: 39, itemId: "i9"))
        #expect(h.screen(width: 120, height: 30).contains("Discussed under item i9 of session 39"))
    }
}

@MainActor @Suite struct PaneTests {
    @Test func tabMovesTheFocusToTheDetailPaneWhichThenScrolls() {
        let h = Harness(width: 80, height: 16)
        h.type(.char("2"), .char("j"), .char("j"))          // item 3: a long detail
        let before = h.screen()
        h.type(.tab, .char("j"), .char("j"))
        #expect(h.state.detailFocus && h.state.agendaCursor == 2)
        #expect(h.screen() != before, "the detail pane scrolled")
        h.type(.tab, .char("j"))
        #expect(h.state.agendaCursor == 3)
        h.type(.char("3"), .tab)
        #expect(h.state.message?.text == "Meeting has one pane.")
    }
}
