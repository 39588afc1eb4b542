import Testing
@testable import SCPFApp
@testable import SCPFRuntime
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

    /// Every view renders across sizes from 1×1 to 300×100 (a grid every 9 columns and 4
    /// rows, plus every size around the minimum) without crashing, and below the minimum
    /// shows the too-small screen.
    @Test func renderSweep() {
        let h = Harness()
        var sizes: [(Int, Int)] = []
        for w in stride(from: 1, through: 300, by: 9) { for hh in stride(from: 1, through: 100, by: 4) { sizes.append((w, hh)) } }
        for w in 55...65 { for hh in 12...18 { sizes.append((w, hh)) } }
        sizes += [(300, 100), (80, 24), (1, 100), (300, 1)]
        for view in ViewID.allCases {
            h.runtime.stateForTesting { $0.view = view }
            for (w, hh) in sizes {
                let frame = h.runtime.render(width: w, height: hh)
                #expect(frame.width == w && frame.height == hh)
                if w < AppState.minimumWidth || hh < AppState.minimumHeight {
                    #expect(w < 12 || hh < 4 || frame.text.contains("small"), "\(view) \(w)x\(hh)")
                } else {
                    #expect(frame.text.contains("SCPF"), "\(view) \(w)x\(hh)")
                }
            }
        }
    }
}
