import Foundation
import SCPFCore

/// Prints an HTML document to PDF with a headless Chromium or Chrome: the one found first on
/// PATH (chromium, chromium-browser, google-chrome, google-chrome-stable), or the program
/// `SCPF_BROWSER` names. The page header (symbol, page number) comes from the document's own
/// print CSS, so the browser's header and footer are turned off.
public enum PDFPrinter {
    public static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser to print with, or nil when none is installed.
    public static func browser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let named = environment["SCPF_BROWSER"], !named.isEmpty {
            if named.contains("/") { return FileManager.default.isExecutableFile(atPath: named) ? named : nil }
            return find(named, in: environment["PATH"] ?? "")
        }
        for name in candidates { if let path = find(name, in: environment["PATH"] ?? "") { return path } }
        return nil
    }

    static func find(_ name: String, in path: String) -> String? {
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The PDF of `html`, or a DomainError sentence saying what is missing or what went wrong.
    public static func print(html: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                             timeoutSeconds: Double = 90) throws -> Data {
        guard let browser = browser(environment: environment) else {
            if let named = environment["SCPF_BROWSER"], !named.isEmpty {
                throw DomainError("SCPF_BROWSER names “\(named)”, which is not an executable program; point it at Chromium or Chrome, or export --format html and print that.")
            }
            throw DomainError("No Chromium or Chrome is installed to print the PDF (looked for \(candidates.joined(separator: ", ")) on PATH); install one (apt-get install chromium), set SCPF_BROWSER to its path, or export --format html and print that.")
        }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("scpf-print-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? fm.removeItem(at: work) }
        let page = work.appendingPathComponent("document.html"), pdf = work.appendingPathComponent("document.pdf")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(work.appendingPathComponent("profile").path)",
                             "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]
        var env = environment
        env["HOME"] = work.path
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw DomainError("Could not start \(browser) to print the PDF: \(error.localizedDescription).")
        }
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            throw DomainError("\(browser) did not finish printing within \(Int(timeoutSeconds)) seconds; export --format html and print that.")
        }
        guard let data = try? Data(contentsOf: pdf), data.starts(with: Array("%PDF".utf8)) else {
            throw DomainError("\(browser) printed no PDF (exit status \(process.terminationStatus)); export --format html and print that.")
        }
        return data
    }
}
