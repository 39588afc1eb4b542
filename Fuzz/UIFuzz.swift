// libFuzzer entry for the UI over a loaded file. Built by scripts/fuzz with every file of
// Sources/SCPFCore and Sources/SCPFApp in one module (their `import SCPFCore` lines
// removed); not part of the package.
//
// Each input is tried as a session file. One that loads joins the sample record and the UI
// is driven over it, purely (no file is written): every view is drawn at several sizes, and
// keys that open and leave forms, move, switch panes, search and open the palette are typed.
// Any crash, sanitizer report or hang is a finding; a frame of the wrong size traps too.
import Foundation

private let path = "/fuzz/sessions/session-001.json"

@_cdecl("LLVMFuzzerTestOneInput")
public func uiFuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let session = try? Loader.decode(Session.self, from: data, path: path) else { return 0 }
    UIFuzz.drive(session)
    return 0
}

enum UIFuzz {
    static let fixture: (committee: Committee, sessions: [Session]) = DemoData.make(today: Day(2026, 11, 27))
    static let now = Date(timeIntervalSince1970: Double(Day(2026, 11, 27).ordinal * 86_400 + 11 * 3600))
    static let sizes = [(80, 24), (60, 15), (132, 43), (20, 5), (1, 1)]
    static let keys: [Key] = [
        .char("j"), .char("k"), .tab, .down, .pageDown, .end, .home, .enter, .escape,
        .char("e"), .end, .char("x"), .escape, .char("y"),
        .char("/"), .char("a"), .enter, .char("N"),
        .char(":"), .char("q"), .escape, .char("?"), .escape,
    ]

    static func drive(_ session: Session) {
        var data = DataSet(committee: fixture.committee, sessions: fixture.sessions)
        data.upsert(session)
        var state = AppState(data: data, now: now)
        state.selectedSession = session.number
        for view in ViewID.allCases {
            _ = state.update(.key(.char(Character("\(view.rawValue)"))))
            for (w, h) in sizes {
                _ = state.update(.resize(width: w, height: h))
                let frame = state.render()
                guard frame.width == w, frame.height == h else { fatalError("frame \(frame.width)×\(frame.height) for \(w)×\(h)") }
            }
            _ = state.update(.resize(width: 80, height: 24))
            for key in keys {
                _ = state.update(.key(key))
                _ = state.render()
            }
            state.mode = .normal
        }
        // The room display (scpf display) over the same session, at every size.
        state.roomDisplay = true
        for (w, h) in sizes + [(300, 100)] {
            _ = state.update(.resize(width: w, height: h))
            let frame = state.render()
            guard frame.width == w, frame.height == h else { fatalError("room frame \(frame.width)×\(frame.height) for \(w)×\(h)") }
        }
    }
}
