import Foundation
import Testing

/// `--format pdf`: the agenda and the report printed by headless Chromium and read back with
/// pdftotext. Skipped, saying so, where Chromium or pdftotext is not installed (`.ci/run`
/// installs both).
struct PrintPDFTests {
    static let environment = ["PATH=/usr/bin:/bin", "SCPF_TODAY=2026-11-27", "LC_ALL=C.UTF-8", "TZ=UTC"]

    static func installed(_ name: String) -> Bool {
        ["/usr/bin", "/bin", "/usr/local/bin"].contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
    static let canPrint = ["chromium", "chromium-browser", "google-chrome"].contains(where: installed) && installed("pdftotext")

    func scpf(_ arguments: [String], _ extra: [String] = []) throws -> SpawnResult {
        try Spawn.run([try Binary.scpf()] + arguments, environment: Self.environment + extra, timeout: .seconds(120))
    }

    /// The PDF's text page by page (pdftotext separates pages with a form feed).
    func pages(_ pdf: String) throws -> [String] {
        let result = try Spawn.run(["/usr/bin/pdftotext", "-layout", pdf, "-"], environment: Self.environment)
        try #require(result.status == 0, Comment(rawValue: result.output))
        var pages = result.output.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    static func flat(_ text: String) -> String {
        // A word hyphenated at the end of a line ("TRENTE-" / "NEUVIÈME") is one word again.
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").replacingOccurrences(of: "- ", with: "-")
    }

    @Test(.enabled(if: canPrint, "Chromium and pdftotext are not installed (apt-get install chromium poppler-utils); .ci/run installs them"))
    func agendaAndReportPrint() throws {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        try #require(try scpf(["demo", "--data", dir]).status == 0)
        let agendaPDF = scratch.file("agenda.pdf"), reportPDF = scratch.file("report.pdf")
        let agenda = try scpf(["export", "agenda", "--session", "39", "--annotated", "--format", "pdf", "-o", agendaPDF, "--data", dir])
        #expect(agenda.status == 0, Comment(rawValue: agenda.output))
        let report = try scpf(["export", "report", "--session", "39", "--format", "pdf", "--lang", "fr", "-o", reportPDF, "--data", dir])
        #expect(report.status == 0, Comment(rawValue: report.output))

        let agendaPages = try pages(agendaPDF)
        #expect(agendaPages.count >= 2, "the annotated agenda runs over pages: \(agendaPages.count)")
        #expect(agendaPages[0].contains("S/39/1") && agendaPages[0].contains("Original: English"))
        for (index, page) in agendaPages.enumerated().dropFirst() {
            #expect(page.contains("S/39/1") && page.contains("Page \(index + 1)"), "the header on page \(index + 1)")
        }
        let agendaText = Self.flat(agendaPages.joined(separator: " "))
        for title in ["Adoption of the agenda", "Statement by the Director General", "Programme and Budget for 2027", "Line 1 allocations"] {
            #expect(agendaText.contains(title), "\(title) is printed whole")
        }

        let reportPages = try pages(reportPDF)
        #expect(reportPages.count >= 3, "cover, contents, body: \(reportPages.count) pages")
        for (index, page) in reportPages.enumerated().dropFirst() {
            #expect(page.contains("Page \(index + 1)"), "the header on page \(index + 1)")
        }
        let reportText = Self.flat(reportPages.joined(separator: " "))
        #expect(reportText.contains("RAPPORT DU COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES SUR SA TRENTE-NEUVIÈME SESSION"))
        #expect(reportText.contains("TABLE DES MATIERES"))
        for roman in ["I.", "II.", "III.", "IV.", "V.", "VI."] { #expect(reportText.contains("\(roman) [French version missing]"), "section \(roman)") }
        for paragraph in 1...8 { #expect(reportText.contains("\(paragraph). [French version missing]"), "paragraph \(paragraph)") }
        // No line is cut at the margin: the longest sentence of the report is there whole.
        #expect(reportText.contains("The Standing Committee on Programmes and Finance held its Thirty-ninth Session in Geneva"))
        for page in reportPages + agendaPages {
            for line in page.split(separator: "\n") { #expect(line.count <= 120, "a line wider than the page: \(line)") }
        }
    }

    @Test func withoutABrowserOneSentenceSaysWhatToDo() throws {
        let scratch = try ScratchDirectory()
        let dir = scratch.file("data")
        try #require(try scpf(["demo", "--data", dir]).status == 0)
        let pdf = scratch.file("x.pdf")
        let none = try Spawn.run([try Binary.scpf(), "export", "agenda", "--session", "39", "--format", "pdf", "-o", pdf, "--data", dir],
                                 environment: ["PATH=/nonexistent", "LC_ALL=C.UTF-8", "TZ=UTC"])
        #expect(none.status != 0)
        #expect(none.output.contains("No Chromium or Chrome is installed to print the PDF"), Comment(rawValue: none.output))
        let named = try scpf(["export", "report", "--session", "39", "--format", "pdf", "-o", pdf, "--data", dir], ["SCPF_BROWSER=/nonexistent/chrome"])
        #expect(named.status != 0)
        #expect(named.output.contains("SCPF_BROWSER names “/nonexistent/chrome”"), Comment(rawValue: named.output))
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let stdout = try scpf(["export", "rules", "--format", "pdf", "--data", dir])
        #expect(stdout.output.contains("A PDF goes to a file: give --output FILE.pdf."), Comment(rawValue: stdout.output))
    }
}
