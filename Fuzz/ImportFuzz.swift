// libFuzzer entry for the agenda importer (`scpf import`, and the UI's import): built by
// scripts/fuzz together with every file of Sources/SCPFCore into one module.
//
// Input bytes are read as scpf reads a text file (UTF-8; bytes that are not UTF-8 are turned
// into U+FFFD here so the parser still sees them). Any crash or hang is a finding, and the
// entry traps when the result breaks what the importer promises:
//   - every note points at a line of the input;
//   - item ids are unique and sub-items never come first;
//   - the items go onto a draft agenda (replace) and after existing ones (append) without
//     a crash; a refusal must be a DomainError.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func importFuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    ImportFuzz.run(text)
    return 0
}

enum ImportFuzz {
    static let time = Date(timeIntervalSince1970: 1_761_648_120)
    /// The demo's last session, whose agenda is already issued: imports append to it.
    static let issued: Session = DemoData.make(today: Day(2025, 10, 28)).1.last!

    static func run(_ text: String) {
        let result = AgendaImport.parse(text)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        for note in result.notes where !(1...max(lines, 1)).contains(note.line) {
            fatalError("note for line \(note.line) of \(lines): \(note)")
        }
        let ids = result.items.map(\.id)
        if Set(ids).count != ids.count { fatalError("duplicate item ids: \(ids)") }
        if let first = result.items.first, first.level != 0 { fatalError("the first item is a sub-item: \(first)") }
        for item in result.items where item.title.isEmpty { fatalError("an item without a title: \(item)") }
        _ = result.unclear.map(\.description)

        // Putting items on an agenda is quadratic in their number (each insert renumbers);
        // real agendas hold a few dozen, so the first 100 keep the fuzzer fast.
        let items = Array(result.items.prefix(100))
        var draft = Session(number: 40, startDate: Day(2027, 6, 22), endDate: Day(2027, 6, 23))
        attempt { try draft.importItems(items, mode: .replace, time: time) }
        if draft.agenda.items.count != items.count { fatalError("replace on a new draft agenda lost items") }
        _ = draft.agenda.numbers
        var issued = Self.issued
        attempt { try issued.importItems(items, mode: .append, time: time) }
        _ = issued.agenda.numbers
    }

    static func attempt(_ body: () throws -> Void) {
        do { try body() } catch is DomainError {} catch { fatalError("import failed with something other than a DomainError: \(error)") }
    }
}
