import Testing
@testable import SCPFApp
import SCPFCore

@MainActor @Suite struct FrameTests {
    @Test func wideCharacterTakesTwoCellsAndNeverStraddlesTheEdge() {
        var f = Frame(width: 5, height: 1)
        f.put("a中国", x: 0, y: 0)
        #expect(f[1, 0].text == "中" && f[2, 0].continuation)
        #expect(f[3, 0].text == "国" && f[4, 0].continuation)
        var g = Frame(width: 4, height: 1)
        g.put("ab中国", x: 0, y: 0, maxWidth: 3)
        #expect(g.text == "ab")
    }

    @Test func combiningMarkJoinsThePreviousCell() {
        var f = Frame(width: 4, height: 1)
        f.put("e\u{301}x", x: 0, y: 0)
        #expect(f[0, 0].text == "e\u{301}")
        #expect(f[1, 0].text == "x")
    }

    /// Every view renders at every size from 1×1 to 300×100 without crashing, and below the
    /// minimum shows the too-small screen.
    @Test func renderSweep() {
        let h = Harness()
        for view in ViewID.allCases {
            h.runtime.stateForTesting { $0.view = view }
            for (w, hh) in [(1, 1), (2, 3), (10, 5), (59, 24), (60, 15), (61, 16), (80, 24), (133, 41), (300, 100)] {
                let frame = h.runtime.render(width: w, height: hh)
                #expect(frame.width == w && frame.height == hh)
                if w < AppState.minimumWidth || hh < AppState.minimumHeight {
                    #expect(w < 12 || frame.text.contains("small"), "\(view) \(w)x\(hh)")
                } else {
                    #expect(frame.text.contains("SCPF"), "\(view) \(w)x\(hh)")
                }
            }
        }
    }
}
