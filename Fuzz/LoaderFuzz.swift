// libFuzzer entry for scpf's file loader. Built by scripts/fuzz together with every file of
// Sources/SCPFCore into one module (so internal helpers are visible); not part of the package.
//
// Each input is tried as each of the three data files (a session, committee.json, chair.json).
// Any crash, sanitizer report or hang is a finding. Beyond that the entry traps when
//   - a failure is anything but a StoreError, or its message does not name the file;
//   - a reported line or column is outside the input;
//   - a file that loads does not survive scpf's own save: encode, load again, compare;
// and it runs what `scpf check` and the exports run on a loaded file, which must not crash.
import Foundation

private let path = "/fuzz/sessions/session-001.json"

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    if let session = LoaderFuzz.load(Session.self, data) { LoaderFuzz.afterLoading(session) }
    if let committee = LoaderFuzz.load(Committee.self, data) { LoaderFuzz.afterLoading(committee) }
    if let notes = LoaderFuzz.load(ChairNotes.self, data) { LoaderFuzz.afterLoading(notes) }
    return 0
}

enum LoaderFuzz {
    static let fixture: (committee: Committee, sessions: [Session]) = DemoData.make(today: Day(2025, 10, 28))

    static func load<T: Codable & Equatable>(_ type: T.Type, _ data: Data) -> T? {
        let value: T
        do {
            value = try Loader.decode(type, from: data, path: path)
        } catch let error as StoreError {
            check(error, data)
            return nil
        } catch {
            fatalError("\(T.self): a failure that is not a StoreError: \(error)")
        }
        // What scpf loads it must be able to save and load back unchanged.
        let saved: Data
        do { saved = try JSONCoding.encode(value) } catch { fatalError("\(T.self) loaded but does not encode: \(error)") }
        do {
            let again = try Loader.decode(type, from: saved, path: path)
            if again != value { fatalError("\(T.self) changed through save and load:\n\(String(decoding: saved, as: UTF8.self))") }
        } catch {
            fatalError("\(T.self) loaded, saved, and its own file no longer loads: \(error)\n\(String(decoding: saved, as: UTF8.self))")
        }
        return value
    }

    static func check(_ error: StoreError, _ data: Data) {
        let text = error.description
        guard text.contains(path) else { fatalError("message does not name the file: \(text)") }
        if case let .unreadable(_, line, column, _) = error {
            let lines = data.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            if let line, !(1...lines).contains(line) { fatalError("line \(line) outside 1...\(lines): \(text)") }
            if let column, column < 0 || column > data.count + 1 { fatalError("column \(column) outside the input: \(text)") }
            if column != nil && line == nil { fatalError("a column without a line: \(text)") }
        }
    }

    /// What `scpf check`, the UI's first screen and the exports do with a file that loaded.
    static func afterLoading(_ session: Session) {
        var sessions = fixture.sessions.filter { $0.number != session.number }
        sessions.append(session)
        _ = Validator.validate(committee: fixture.committee, sessions: sessions)
        _ = session.agenda.numbers
        for format in ExportFormat.allCases {
            for annotated in [false, true] {
                _ = try? AgendaExport.render(session, committee: fixture.committee, format: format, annotated: annotated)
            }
            _ = try? ReportExport.render(session, committee: fixture.committee, format: format)
            _ = try? BriefingScript.render(session, committee: fixture.committee, notes: ChairNotes(), format: format)
        }
    }

    static func afterLoading(_ committee: Committee) {
        _ = Validator.validate(committee: committee, sessions: fixture.sessions)
        for format in ExportFormat.allCases {
            _ = try? RulesExport.render(committee, format: format)
            if let s = fixture.sessions.last {
                _ = try? AgendaExport.render(s, committee: committee, format: format, annotated: true)
                _ = try? BriefingScript.render(s, committee: committee, notes: ChairNotes(), format: format)
            }
        }
    }

    static func afterLoading(_ notes: ChairNotes) {
        _ = Validator.validate(notes, sessions: fixture.sessions)
        for s in fixture.sessions {
            _ = notes.progress(s)
            _ = try? BriefingScript.render(s, committee: fixture.committee, notes: notes, format: .html)
        }
    }
}
