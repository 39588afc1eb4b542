import Foundation
import Testing
@testable import SCPFCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What scpf promises about security (docs/reliability.md): private files, exports that
/// cannot clobber the record, no shell, and HTML that cannot carry markup in from the data.
@Suite("Security")
struct SecurityTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    // MARK: Permissions

    /// Every file 0600 and every directory 0700 below `root` (and `root` itself).
    static func modes(below root: String) -> [(path: String, mode: Int, isDirectory: Bool)] {
        var out: [(String, Int, Bool)] = []
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isDir) { out.append((root, Disk.mode(root) ?? -1, isDir.boolValue)) }
        for name in (FileManager.default.subpaths(atPath: root) ?? []).sorted() {
            let path = root + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            out.append((path, Int(st.st_mode) & 0o7777, (Int(st.st_mode) & Int(S_IFMT)) == Int(S_IFDIR)))
        }
        return out
    }

    static func expectPrivate(_ root: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (path, mode, isDirectory) in modes(below: root) {
            #expect(mode == (isDirectory ? 0o700 : 0o600), "\(path) is \(String(mode, radix: 8))", sourceLocation: sourceLocation)
        }
    }

    @Test("Every file a Store writes is 0600, every directory 0700: committee, sessions, chair.json and all their .bak files")
    func storeWritesPrivateFiles() throws {
        let dir = try TempDir("sec")
        let root = dir.sub("new/scpf")
        let store = try Store(root: root)
        var (committee, sessions) = Fixture.dataSet()
        try store.save(committee)
        for s in sessions { try store.save(s) }
        committee.name += " (again)"
        try store.save(committee)
        for i in sessions.indices { sessions[i].venue = "Bangkok"; try store.save(sessions[i]) }
        var notes = ChairNotes()
        notes.update(session: 37, item: "i2") { $0.notes = "first" }
        try store.save(notes)
        notes.update(session: 37, item: "i2") { $0.notes = "second" }
        try store.save(notes)
        try store.deleteSession(number: 38)
        // Everything the saves are known to make, so the walk below cannot pass vacuously.
        for name in ["committee.json", "committee.json.bak", "chair.json", "chair.json.bak", ".lock", "sessions",
                     "sessions/session-036.json", "sessions/session-036.json.bak", "sessions/session-038.json.bak"] {
            #expect(FileManager.default.fileExists(atPath: root + "/" + name), "\(name) was not written")
        }
        Self.expectPrivate(root)
        #expect(Disk.mode(dir.sub("new")) == 0o700, "directories scpf creates on the way are private too")
    }

    @Test("In review mode chair.json and its .bak are 0600")
    func reviewWritesPrivateChairFile() throws {
        let (dir, _, sessions) = try seededDirectory()
        let review = try Store(root: dir.path, review: true)
        var notes = DemoData.chairNotes(for: sessions)
        try review.save(notes)
        notes.update(session: 37, item: "i1") { $0.toRaise = true }
        try review.save(notes)
        #expect(Disk.mode(review.chairPath) == 0o600)
        #expect(Disk.mode(review.chairPath + ".bak") == 0o600)
    }

    /// The umask of this process, read without changing it (changing it would race with the
    /// tests running beside this one).
    static func currentUmask() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }) else { return nil }
        return Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
    }

    @Test("With umask 000, `scpf demo` (twice, so backups exist) still writes only 0600 files and 0700 directories")
    func permissionsDoNotDependOnUmask() throws {
        let scpf = try Self.scpfBinary()
        let dir = try TempDir("sec")
        let data = dir.sub("data")
        for force in [false, true] {
            let stderr = dir.sub("stderr")
            let child = try ChildProcess("/bin/sh", ["-c", "umask 000 && exec \"$0\" demo --data \"$1\" $2", scpf, data, force ? "--force" : ""],
                                         stderrPath: stderr)
            let end = child.wait()
            #expect(end == .exited(0), "scpf demo: \((try? String(contentsOfFile: stderr, encoding: .utf8)) ?? "")")
        }
        #expect(FileManager.default.fileExists(atPath: data + "/committee.json.bak"))
        #expect(FileManager.default.fileExists(atPath: data + "/chair.json"))
        #expect(!(FileManager.default.subpaths(atPath: data + "/sessions") ?? []).filter { $0.hasSuffix(".bak") }.isEmpty)
        Self.expectPrivate(data)
        _ = Self.currentUmask()
    }

    /// The `scpf` executable built beside the tests (SCPF_BIN overrides).
    static func scpfBinary() throws -> String { try builtProduct("scpf", override: "SCPF_BIN") }

    // MARK: Exports never overwrite the data

    @Test("An export aimed at a data file is refused, however the path is spelt, and the file is untouched")
    func exportRefusesDataFiles() throws {
        let (dir, _, _) = try seededDirectory()
        let store = try Store(root: dir.path)
        try store.save(ChairNotes(sessions: ["37": ["i1": ChairItemNote(reviewed: true)]]))
        let root = dir.path
        // A relative spelling from the current directory.
        let cwdDepth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: cwdDepth) + root.dropFirst()
        let targets = [
            "\(root)/committee.json", "\(root)/chair.json", "\(root)/sessions/session-037.json",
            "\(root)/sessions/session-099.json", "\(root)/sessions/agenda.html",
            "\(root)/./committee.json", "\(root)//chair.json", "\(root)/sessions/../committee.json",
            "\(root)/sessions/./session-036.json", "\(relative)/committee.json", "\(relative)/sessions/session-037.json",
        ]
        let before = try Self.snapshot(root)
        for dataDirectory in [root, root + "/", root + "/."] {
            for target in targets {
                let error = #expect(throws: DomainError.self, "\(target) with data \(dataDirectory)") {
                    try Exchange.writeExport("<h1>export</h1>", to: target, dataDirectory: dataDirectory)
                }
                #expect(error?.message == "\(target) is one of scpf's own files; export somewhere else.")
            }
        }
        #expect(try Self.snapshot(root) == before, "a data file changed")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/sessions/session-099.json"))
        #expect(Disk.tempFiles(root).isEmpty && Disk.tempFiles(root + "/sessions").isEmpty)
    }

    @Test("An export next to the data, or anywhere else, is written (0600) and the data files stay byte-identical")
    func exportBesideData() throws {
        let (dir, _, _) = try seededDirectory()
        let before = try Self.snapshot(dir.path)
        try Exchange.writeExport("agenda", to: dir.sub("agenda.html"), dataDirectory: dir.path)
        try Exchange.writeExport("report", to: dir.sub("committee.json.html"), dataDirectory: dir.path)
        #expect(Disk.bytes(dir.sub("agenda.html")) == Data("agenda".utf8))
        #expect(Disk.mode(dir.sub("agenda.html")) == 0o600)
        #expect(try Self.snapshot(dir.path) == before)
    }

    @Test("An export through a symbolic link to the data directory, or onto .lock or a .bak, is refused")
    func exportThroughLinksAndOntoBackupsIsRefused() throws {
        let (dir, _, _) = try seededDirectory()
        let alias = dir.path + "-alias"
        #expect(symlink(dir.path, alias) == 0)
        defer { unlink(alias) }
        let committee = Disk.bytes(dir.sub("committee.json"))
        #expect(throws: DomainError.self) { try Exchange.writeExport("x", to: alias + "/committee.json", dataDirectory: dir.path) }
        #expect(Disk.bytes(dir.sub("committee.json")) == committee)
        // The data directory named through the link, the export through its real path.
        #expect(throws: DomainError.self) { try Exchange.writeExport("x", to: dir.sub("chair.json"), dataDirectory: alias) }
        // A file elsewhere that is a link to a data file.
        let link = dir.path + "-agenda.html"
        #expect(symlink(dir.sub("committee.json"), link) == 0)
        defer { unlink(link) }
        #expect(throws: DomainError.self) { try Exchange.writeExport("x", to: link, dataDirectory: dir.path) }
        #expect(Disk.bytes(dir.sub("committee.json")) == committee)
        // While an instance edits, an export onto .lock would let a second writer in.
        let editor = try Store(root: dir.path)
        #expect(!editor.isReadOnly)
        for name in [DirectoryLock.fileName, "committee.json.bak", "sessions/session-037.json.bak", "sessions"] {
            #expect(throws: DomainError.self) { try Exchange.writeExport("x", to: dir.sub(name), dataDirectory: dir.path) }
        }
        #expect(try Store(root: dir.path).isReadOnly, "the lock still holds")
        withExtendedLifetime(editor) {}
    }

    static func snapshot(_ root: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in FileManager.default.subpaths(atPath: root) ?? [] where name.hasSuffix(".json") || name.hasSuffix(".bak") {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + name))
        }
        return out
    }

    // MARK: No shell

    /// The places that start a program: the user's own editor (Ctrl-O in a paragraph
    /// field), run on a private temporary file as git runs it; and `--format pdf`, which runs
    /// a headless Chromium with a fixed argument vector (no shell) on a private temporary
    /// directory.
    static let mayStartAProgram: Set<String> = ["CNcursesShim/editor.c", "SCPFRuntime/PDFPrinter.swift"]

    @Test("No source file but the editor launcher and the PDF printer runs another program: no Process, system, popen, posix_spawn, exec*, fork or /bin/sh")
    func noShell() throws {
        let sources = Self.package.appendingPathComponent("Sources").path
        let files = (FileManager.default.subpaths(atPath: sources) ?? [])
            .filter { name in [".swift", ".c", ".h", ".m"].contains { name.hasSuffix($0) } }
        #expect(files.count > 30, "Sources/ not found at \(sources)")
        // Word-bounded, so fileSystem( or processInfo do not match.
        let forbidden = try Regex(#"(^|[^A-Za-z0-9_])(Process\s*\(|Process\.run|NSTask|system\s*\(|popen\s*\(|posix_spawn|exec[lv]p?e?\s*\(|fork\s*\(|vfork|/bin/(ba)?sh)"#)
        var hits: [String] = []
        for file in files where !Self.mayStartAProgram.contains(file) {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(forbidden) {
                hits.append("Sources/\(file):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(hits.isEmpty, "a program or shell is started from:\n\(hits.joined(separator: "\n"))")
    }

    @Test("The scan would see a forbidden call")
    func noShellScanWorks() throws {
        let forbidden = try Regex(#"(^|[^A-Za-z0-9_])(Process\s*\(|Process\.run|NSTask|system\s*\(|popen\s*\(|posix_spawn|exec[lv]p?e?\s*\(|fork\s*\(|vfork|/bin/(ba)?sh)"#)
        for bad in ["let p = Process()", "system(cmd)", "popen(\"ls\", \"r\")", "posix_spawnp(&pid", "execvp(argv[0], argv)",
                    "execl(\"/bin/sh\"", "\"/bin/bash\"", "fork()"] {
            #expect(bad.contains(forbidden), "\(bad)")
        }
        for fine in ["FileSystem(path)", "ProcessInfo.processInfo", "ecosystem(x)", "let execution = 1"] {
            #expect(!fine.contains(forbidden), "\(fine)")
        }
    }

    // MARK: HTML escaping of every export

    /// A different hostile value per field, so each can be found again in the page text.
    static func hostile(_ field: String) -> String {
        "<script>alert('\(field)')</script> & \"\(field)\" <img src=x onerror=alert(1)> '</p><h1>"
    }

    static let hostileCommittee: Committee = {
        var c = Fixture.committee()
        c.name = hostile("committee")
        c.shortName = "SCPF<'\"&>"
        for v in c.termsOfReference.indices {
            for i in c.termsOfReference[v].items.indices { c.termsOfReference[v].items[i].text = hostile("tor-\(c.termsOfReference[v].items[i].letter)") }
        }
        c.rulesOfProcedure[0].title = hostile("rules-title")
        c.rulesOfProcedure[0].approvalResolution = hostile("resolution")
        c.rulesOfProcedure[0].rules = [Rule(number: 1, title: hostile("rule-title"), text: hostile("rule-text")),
                                       Rule(number: 2, title: "Quorum", text: "Two lines\n" + hostile("rule-line-2"))]
        c.rulesOfProcedure[0].history[0].detail = hostile("history")
        c.rulesOfProcedure[1].title = hostile("amendment")
        return c
    }()

    static func hostileSession() -> Session {
        var s = Fixture.dataSet().sessions[0]   // 36: closed, report acted on by the Council
        s.venue = hostile("venue")
        s.agenda.items[1].title = hostile("title")
        s.agenda.items[1].outcome?.conclusion = hostile("conclusion")
        s.agenda.items[2].documents[0] = DocumentRef(symbol: hostile("symbol"), title: hostile("doc-title"))
        s.agenda.items[3].notes = hostile("item-notes")
        s.report.transmittal?.councilSession = hostile("council-session")
        s.report.transmittal?.symbol = hostile("transmittal")
        s.report.councilAction?.resolution = hostile("action")
        return s
    }

    /// Only the page's own elements (the tags and attributes HTMLCheck knows), properly
    /// nested, and no `<` or bare `&` in text: whatever the data held, it became text.
    static func onlyOwnMarkup(_ html: String, sourceLocation: SourceLocation) {
        var rest = Substring(html)
        #expect(rest.hasPrefix("<!DOCTYPE html>\n"), sourceLocation: sourceLocation)
        rest = rest.dropFirst("<!DOCTYPE html>\n".count)
        var open: [String] = []
        func text(_ t: Substring) {
            guard open.last != "style" else { return }
            var tail = t
            while let amp = tail.firstIndex(of: "&") {
                #expect(HTMLCheck.entities.contains { tail[amp...].hasPrefix($0) }, "bare & in: \(t)", sourceLocation: sourceLocation)
                tail = tail[tail.index(after: amp)...]
            }
        }
        while let lt = rest.firstIndex(of: "<") {
            text(rest[..<lt])
            guard let gt = rest[lt...].firstIndex(of: ">") else { Issue.record("unclosed tag", sourceLocation: sourceLocation); return }
            let inside = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if inside.hasPrefix("/") {
                let name = String(inside.dropFirst())
                guard open.last == name else { Issue.record("</\(name)> closes \(open.last ?? "nothing")", sourceLocation: sourceLocation); return }
                open.removeLast()
                continue
            }
            let parts = inside.split(separator: " ", maxSplits: 1).map(String.init)
            guard let name = parts.first, HTMLCheck.tags.contains(name) else {
                Issue.record("unexpected tag <\(inside)>", sourceLocation: sourceLocation); return
            }
            if parts.count > 1 { #expect(HTMLCheck.attributes.contains(parts[1]), "unexpected attribute in <\(inside)>", sourceLocation: sourceLocation) }
            if !HTMLCheck.voidTags.contains(name) { open.append(name) }
        }
        text(rest)
        #expect(open.isEmpty, "unclosed elements: \(open)", sourceLocation: sourceLocation)
    }

    static func expectEscaped(_ html: String, _ fields: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        onlyOwnMarkup(html, sourceLocation: sourceLocation)
        for raw in ["<script", "<img", "</p><h1>", "onerror=alert(1)>"] {
            #expect(!html.contains(raw), "raw \(raw) in the page", sourceLocation: sourceLocation)
        }
        let text = HTMLCheck.text(html)
        for field in fields {
            #expect(text.contains(hostile(field)), "\(field): the value is not in the page text intact", sourceLocation: sourceLocation)
        }
    }

    @Test("Report HTML escapes the committee, item titles, generated conclusions and the Council's transmittal and action")
    func reportGenerated() throws {
        var s = Self.hostileSession()
        s.report.sections = []
        let html = try ReportExport.render(s, committee: Self.hostileCommittee, format: .html)
        Self.expectEscaped(html, ["committee", "title", "conclusion", "transmittal", "action"])
        #expect(html.contains("<title>SCPF&lt;&#39;&quot;&amp;&gt; "))
    }

    @Test("Report HTML escapes edited section headings and bodies, paragraph by paragraph")
    func reportEdited() throws {
        var s = Self.hostileSession()
        s.report.sections = [ReportSection(key: "intro", heading: Self.hostile("heading"), body: Self.hostile("body-1") + "\n" + Self.hostile("body-2"), edited: true)]
        let html = try ReportExport.render(s, committee: Self.hostileCommittee, format: .html)
        Self.expectEscaped(html, ["committee", "heading", "body-1", "body-2"])
    }

    @Test("Rules of Procedure HTML escapes titles, rules, resolution and history")
    func rules() throws {
        var committee = Self.hostileCommittee
        let html = try RulesExport.render(committee, format: .html)
        Self.expectEscaped(html, ["committee", "rules-title", "resolution", "rule-title", "rule-text", "rule-line-2", "history", "amendment"])
        committee.rulesOfProcedure = []
        Self.expectEscaped(try RulesExport.render(committee, format: .html), ["committee"])
    }

    @Test("Briefing HTML escapes titles, venue, documents, ToR text, proposed conclusions and the chair's notes")
    func briefing() throws {
        let s = Self.hostileSession()
        var notes = ChairNotes()
        notes.update(session: s.number, item: s.agenda.items[1].id) { $0.notes = Self.hostile("chair-notes"); $0.toRaise = true }
        notes.update(session: s.number, item: s.agenda.items[2].id) { $0.notes = "line one\n" + Self.hostile("chair-line-2") }
        let html = try BriefingScript.render(s, committee: Self.hostileCommittee, notes: notes, format: .html)
        Self.expectEscaped(html, ["committee", "venue", "title", "conclusion", "symbol", "chair-notes", "chair-line-2", "tor-a"])
        #expect(html.contains("<em>— to raise</em>"), "the page's own markup is kept")
    }
}
