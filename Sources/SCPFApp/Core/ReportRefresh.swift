import SCPFCore

extension DataSet {
    /// Restates the generated, unedited sections of every draft report from the record as it
    /// now is (a Bureau elected, an acting officer, dates or agenda changed), so no draft
    /// contradicts its cover or headings; edited sections are kept (and may be out of date).
    mutating func refreshReportDrafts() {
        let committee = self.committee
        for s in sessions where s.report.state == .drafting && !s.report.sections.isEmpty {
            let fresh = ReportGenerator.refreshed(s.report, for: s, committee: committee)
            guard fresh != s.report else { continue }
            try? update(session: s.number) { $0.report = fresh }
        }
    }
}
