import SCPFCore

extension AppState {
    static let kindChoices = SessionKind.allCases.map(\.rawValue)

    mutating func openNewSessionForm() {
        let proposal = Session.proposeNext(after: data.sessions, pattern: data.committee.meetingPattern, today: today)
        let anchor = data.sessions.isEmpty ? " The series is where the Committee is (the 35th session was held in autumn 2024); type another number if yours differs." : ""
        var form = FormState(title: "New session", fields: sessionFields(proposal), purpose: .newSession,
                             note: newSessionNote(proposal.number) + anchor)
        form.proposedDates = [proposal.startDate.iso, proposal.endDate.iso]
        mode = .form(form)
    }

    func newSessionNote(_ number: Int) -> String {
        let months = data.committee.meetingPattern.months(forSession: number).filter(Limits.month.contains).map { Day.monthNames[$0 - 1] }
        let window = months.first.flatMap { first in months.last.map { " Session \(number) normally falls in \(first)–\($0)." } } ?? ""
        return "Number and dates are proposed from the meeting pattern.\(window)"
    }

    /// The number of a new session was changed: dates still as proposed follow the new
    /// number (its parity decides the window), and so does the hint.
    mutating func newSessionNumberChanged(_ form: inout FormState, from old: String) {
        guard form.purpose == .newSession, case let .success(number) = Limits.sessionNumber(form.value(.number)),
              let opens = form.fields.firstIndex(where: { $0.id == .opens }), let closes = form.fields.firstIndex(where: { $0.id == .closes }) else { return }
        let pattern = data.committee.meetingPattern
        func proposal(_ n: Int) -> Session {
            Session.proposeNext(after: data.sessions.filter { $0.number < n }, pattern: pattern, today: today, number: n)
        }
        // Dates the user typed stay as they are.
        form.note = newSessionNote(number)
        guard [form.value(.opens), form.value(.closes)] == form.proposedDates else { return }
        let fresh = proposal(number)
        form.fields[opens].input = TextField(fresh.startDate.iso)
        form.fields[closes].input = TextField(fresh.endDate.iso)
        form.proposedDates = [fresh.startDate.iso, fresh.endDate.iso]
    }

    mutating func openEditSessionForm() {
        guard let s = session else { return noSession() }
        mode = .form(FormState(title: "Edit session \(s.number)", fields: sessionFields(s), purpose: .editSession(s.number)))
    }

    func sessionFields(_ s: Session) -> [FormField] {
        [FormField(.number, "\(s.number)"),
         FormField(.kind, s.kind.rawValue, choices: Self.kindChoices, help: "Space or ←/→ to change"),
         FormField(.opens, s.startDate.iso, help: "YYYY-MM-DD"),
         FormField(.closes, s.endDate.iso, help: "YYYY-MM-DD"),
         FormField(.venue, s.venue)]
    }

    /// Reads the session fields into `base`, or returns the sentence that says what is wrong.
    func parseSession(_ form: FormState, into base: Session) -> Result<Session, DomainError> {
        var s = base
        guard case let .success(number) = Limits.sessionNumber(form.value(.number)) else {
            return .failure(DomainError("Number “\(form.value(.number))” is not a session number; write a whole number from \(Limits.sessionNumber.lowerBound) to \(Limits.sessionNumber.upperBound), such as 40."))
        }
        guard let start = Day(iso: form.value(.opens)) else {
            return .failure(DomainError("Opening date “\(form.value(.opens))” is not a date; write it as 2027-06-22."))
        }
        guard let end = Day(iso: form.value(.closes)) else {
            return .failure(DomainError("Closing date “\(form.value(.closes))” is not a date; write it as 2027-06-23."))
        }
        guard end >= start else {
            return .failure(DomainError("The session closes (\(end.iso)) before it opens (\(start.iso)); check the dates."))
        }
        guard !form.value(.venue).isEmpty else { return .failure(DomainError("Venue is empty; write where the session meets, e.g. Geneva.")) }
        s.number = number
        s.kind = SessionKind(rawValue: form.value(.kind)) ?? .regular
        s.startDate = start
        s.endDate = end
        s.venue = form.value(.venue)
        return .success(s)
    }

    /// Runs a submitted form; returns the sentence to show in it when refused.
    mutating func submit(_ form: FormState) -> String? {
        switch form.purpose {
        case .newSession:
            let blank = Session(number: 0, startDate: today, endDate: today)
            switch parseSession(form, into: blank) {
            case .failure(let e): return e.message
            case .success(var s):
                // A number typed over the proposal, dates left as proposed: propose the dates
                // for that number (its parity decides the window).
                let proposal = Session.proposeNext(after: data.sessions, pattern: data.committee.meetingPattern, today: today)
                if s.number != proposal.number, s.startDate == proposal.startDate, s.endDate == proposal.endDate {
                    let earlier = data.sessions.filter { $0.number < s.number }
                    let fitted = Session.proposeNext(after: earlier, pattern: data.committee.meetingPattern, today: today, number: s.number)
                    s.startDate = fitted.startDate
                    s.endDate = fitted.endDate
                }
                if let taken = sessionNumberTaken(s.number) { return taken }
                guard edit("Created the \(s.title)", { $0.upsert(s) }) else { return readOnlyReason.map { "Read-only: \($0)" } }
                selectedSession = s.number
                if let warning = s.dateWindowWarning(pattern: data.committee.meetingPattern) {
                    message = .info("Created the \(s.title). Note: \(warning)")
                }
            }
        case .editSession(let number):
            guard let old = data.session(number) else { return "Session \(number) no longer exists." }
            switch parseSession(form, into: old) {
            case .failure(let e): return e.message
            case .success(let s):
                if s.number != number, let taken = sessionNumberTaken(s.number) { return taken }
                if s.number != number, let problem = data.sessions.renumberingProblem(from: number, to: s.number) { return problem }
                guard edit("Edited session \(s.number)", { data in
                    data.remove(session: number)
                    data.upsert(s)
                    if s.number != number { data.relink(session: number, to: s.number) }
                }) else {
                    return nil
                }
                // The chair's notes follow the session; they stay with the old number only
                // when this instance may not write them (undo restores both together).
                if s.number != number, chairReadOnlyReason == nil { chair.relink(session: number, to: s.number) }
                selectedSession = s.number
                if let warning = s.dateWindowWarning(pattern: data.committee.meetingPattern) {
                    message = .info("Edited session \(s.number). Note: \(warning)")
                }
            }
        case .newItem, .editItem:
            return submitItem(form)
        case .outcome, .notes, .deferral, .speakingLimit, .correction, .resume:
            return submitMeetingForm(form)
        case .reportSection, .adoptReport, .transmitReport, .councilAction, .itemCouncilAction:
            return submitReportForm(form)
        case .newRulesVersion, .rule, .rulesStep:
            return submitRulesForm(form)
        case .importAgenda, .importDates, .exportAgenda:
            return submitExchangeForm(form)
        case .bureau:
            return submitBureauForm(form)
        case let .reviseProvisionalAgenda(number):
            return submitRevisionForm(form, session: number)
        case let .actingOfficer(number):
            return submitActingOfficerForm(form, session: number)
        case .article4:
            return submitArticle4Form(form)
        case let .informalMeeting(number, itemId):
            return submitInformalMeetingForm(form, session: number, itemId: itemId)
        case let .document(number, itemId, symbol):
            return submitDocumentForm(form, session: number, itemId: itemId, symbol: symbol)
        case let .translation(number, targets, language, fromList):
            return submitTranslationForm(form, session: number, targets: targets, language: language, fromList: fromList)
        case let .chairNote(number, itemId):
            guard data.session(number)?.agenda.item(itemId) != nil else {
                return "The item of this note is no longer on the agenda of session \(number) (the secretariat changed it); copy your note before leaving this form."
            }
            let text = form.text(.note)
            editChair("Saved your note") { $0.update(session: number, item: itemId) { $0.notes = text } }
        case .issueAgenda(let number):
            guard let day = Day(iso: form.value(.dispatchDate)) else {
                return "Dispatch date “\(form.value(.dispatchDate))” is not a date; write it as \(today.iso)."
            }
            let agreedText = form.value(.agreedNotice).trimmingCharacters(in: .whitespaces)
            var agreement: NoticeAgreement?
            if !agreedText.isEmpty {
                guard let days = Int(agreedText), Limits.noticeDays.contains(days) else {
                    return "Shorter notice “\(agreedText)” is not a number of days from \(Limits.noticeDays.lowerBound) to \(Limits.noticeDays.upperBound); leave it blank when the members agreed none."
                }
                let agreedText = form.value(.agreedOn).trimmingCharacters(in: .whitespaces)
                var agreedOn: Day?
                if !agreedText.isEmpty {
                    guard let d = Day(iso: agreedText) else {
                        return "Agreed on “\(agreedText)” is not a date; write the day the members agreed as \(today.iso), or leave it blank."
                    }
                    agreedOn = d
                }
                agreement = NoticeAgreement(days: days, agreedOn: agreedOn, record: form.value(.agreementRecord).trimmingCharacters(in: .whitespaces))
            }
            let required = data.session(number).flatMap { data.committee.noticeDays(for: $0) }
            var warning: String?
            guard edit("Issued the provisional agenda S/\(number)/1", { try $0.update(session: number) {
                try $0.recordNoticeAgreement(agreement)
                warning = try $0.issueAgenda(on: day, noticeDays: required)
            } }) else {
                return message?.text
            }
            if let warning { message = .error("Issued S/\(number)/1. \(warning)") }
        }
        return nil
    }

    mutating func askDeleteSession() {
        guard let s = session else { return noSession() }
        let items = s.agenda.items.count
        mode = .confirm(Confirmation(
            message: "Delete the \(s.title) (session \(s.number), \(dayRangeText(s.startDate, s.endDate))) and its \(items) agenda item\(items == 1 ? "" : "s")?",
            action: .deleteSession(s.number)))
    }

    mutating func setStatus(_ target: SessionStatus) {
        guard let s = session else { return noSession() }
        // Closing a session in session always goes through the closing dialog: what is
        // unfinished is listed and can be deferred or concluded first.
        if target == .closed, s.status == .inSession {
            mode = .confirm(Confirmation(message: closingQuestion(s), action: .closeMeeting(session: s.number)))
            return
        }
        _ = edit("Session \(s.number) is now \(target.label)") { try $0.update(session: s.number) { try $0.advanceStatus(to: target) } }
    }
}
