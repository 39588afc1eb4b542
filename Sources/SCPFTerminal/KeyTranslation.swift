import CNcursesShim
import SCPFApp

/// What `wget_wch` delivered: a character, or a curses key code (KEY_CODE_YES).
enum RawInput: Equatable {
    case char(UInt32)
    case code(Int32)
}

/// Turns raw curses input into the UI's `Key`. Pure, so it can be tested without a terminal.
enum KeyTranslation {
    static func key(for input: RawInput, keyName: (Int32) -> String? = { _ in nil }) -> Key {
        switch input {
        case .char(let c): key(forChar: c)
        case .code(let c): key(forCode: c, keyName: keyName)
        }
    }

    /// Characters that can go into text: not C0/C1 controls, not DEL.
    static func isPrintable(_ c: UInt32) -> Bool {
        c >= 0x20 && c != 0x7F && !(0x80...0x9F).contains(c) && Unicode.Scalar(c) != nil
    }

    static func key(forChar c: UInt32) -> Key {
        switch c {
        case 13, 10: return .enter  // \r with nonl(), \n from other modes
        case 9: return .tab
        case 8, 127: return .backspace  // Ctrl-H and DEL both mean Backspace in terminals
        case 27: return .escape
        case 0: return .unknown("Ctrl-Space")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(c) + 0x60)))
        case 28...31: return .unknown("Ctrl-" + String(Character(Unicode.Scalar(UInt8(c) + 0x40))))
        default:
            guard isPrintable(c), let scalar = Unicode.Scalar(c) else {
                let hex = String(c, radix: 16, uppercase: true)
                return .unknown("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
            }
            return .char(Character(scalar))
        }
    }

    /// A curses key code. Codes above KEY_MAX are the terminal description's extended keys
    /// (xterm's kLFT5 is Ctrl-←); `keyName` (curses' keyname) names them.
    static func key(forCode c: Int32, keyName: (Int32) -> String? = { _ in nil }) -> Key {
        switch c {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_FIND, KEY_SHOME, KEY_BEG: return .home  // VT220 keyboards send Find/Select for Home/End
        case KEY_END, KEY_SELECT, KEY_LL, KEY_SEND: return .end
        case KEY_PPAGE, KEY_SPREVIOUS: return .pageUp
        case KEY_NPAGE, KEY_SNEXT: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC, KEY_SDC: return .delete
        case KEY_IC, KEY_SIC: return .insert
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(c - KEY_F0))
        default:
            guard let name = keyName(c) else { return .unknown("key code \(c)") }
            return key(forExtendedName: name) ?? .unknown(name)
        }
    }

    /// xterm's modified keys in terminfo: kLFT5 is Ctrl-←, kHOM3 Alt-Home, kDC2 Shift-Del…
    /// (2 Shift, 3 Alt, 4 Shift-Alt, 5 Ctrl, 6 Ctrl-Shift, 7 Ctrl-Alt, 8 all three).
    static func key(forExtendedName name: String) -> Key? {
        guard let digit = name.last?.wholeNumberValue, (2...8).contains(digit) else { return nil }
        let base = String(name.dropLast())
        let word = digit != 2 && digit != 4  // with Ctrl or Alt the arrows move by word
        switch base {
        case "kLFT": return word ? .ctrlLeft : .left
        case "kRIT": return word ? .ctrlRight : .right
        case "kUP": return .up
        case "kDN": return .down
        case "kHOM": return .home
        case "kEND": return .end
        case "kDC": return .delete
        case "kIC": return .insert
        case "kPRV": return .pageUp
        case "kNXT": return .pageDown
        default: return nil
        }
    }
}

/// Splits what the terminal sent in one go into keys and pastes. Every key is a key,
/// however fast they came; a paste is exactly what the terminal marked between
/// `ESC [ 200 ~` and `ESC [ 201 ~` (bracketed paste). Escape sequences curses did not
/// recognise (it hands them over as ESC and the characters that follow) are decoded here
/// or become `.unknown`, so they never reach the UI as Esc plus stray letters.
enum InputParser {
    enum Token: Equatable {
        case key(Key)
        case paste(String)
        case resize
    }

    /// Why the input read so far cannot be parsed yet: the rest is probably still coming.
    enum Pending: Equatable {
        /// A paste has started and not ended.
        case paste
        /// An escape sequence was cut off (ESC [ 1 ; …).
        case sequence
    }

    static func parse(_ raw: [RawInput], keyName: (Int32) -> String? = { _ in nil }) -> (tokens: [Token], pending: Pending?) {
        var tokens: [Token] = []
        var pending: Pending?
        var i = 0
        func char(_ at: Int) -> UInt32? {
            guard at < raw.count, case .char(let c) = raw[at] else { return nil }
            return c
        }
        while i < raw.count {
            switch raw[i] {
            case .code(KEY_RESIZE):
                tokens.append(.resize); i += 1
            case .code(let c):
                tokens.append(.key(KeyTranslation.key(forCode: c, keyName: keyName))); i += 1
            case .char(27):
                guard let next = char(i + 1) else {
                    tokens.append(.key(.escape)); i += 1
                    continue
                }
                if next == 0x5B {  // [
                    guard let (params, final, end) = csi(raw, from: i + 2) else {
                        pending = .sequence
                        tokens.append(.key(.unknown("ESC [" + text(raw, from: i + 2, to: raw.count))))
                        i = raw.count
                        continue
                    }
                    if params == "200" && final == 0x7E {
                        let (pasted, after, closed) = pasteBody(raw, from: end)
                        tokens.append(.paste(pasted))
                        if !closed { pending = .paste }
                        i = after
                    } else {
                        tokens.append(.key(csiKey(params: params, final: final)))
                        i = end
                    }
                } else if next == 0x4F {  // O: SS3, as in ESC O H (Home in application mode)
                    guard let final = char(i + 2) else {
                        pending = .sequence
                        tokens.append(.key(.unknown("ESC O"))); i += 2
                        continue
                    }
                    tokens.append(.key(ss3Key(final))); i += 3
                } else if KeyTranslation.isPrintable(next), let scalar = Unicode.Scalar(next) {
                    tokens.append(.key(.alt(Character(scalar)))); i += 2
                } else {
                    tokens.append(.key(.escape)); i += 1
                }
            case .char(let c):
                tokens.append(.key(KeyTranslation.key(forChar: c))); i += 1
            }
        }
        return (tokens, pending)
    }

    /// Reads `params… final` of a CSI sequence starting at `from`; nil when it is cut off.
    private static func csi(_ raw: [RawInput], from: Int) -> (params: String, final: UInt32, end: Int)? {
        var params = ""
        var i = from
        while i < raw.count, case .char(let c) = raw[i] {
            if (0x20...0x3F).contains(c) {
                params.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
                i += 1
            } else if (0x40...0x7E).contains(c) {
                return (params, c, i + 1)
            } else {
                // Not a sequence after all: take what was there as unknown, keep the rest.
                return (params, 0, i)
            }
        }
        return nil
    }

    private static let pasteEnd: [RawInput] = [27, 0x5B, 0x32, 0x30, 0x31, 0x7E].map { .char($0) }  // ESC [ 2 0 1 ~

    private static func isPasteEnd(_ raw: [RawInput], at i: Int) -> Bool {
        i + pasteEnd.count <= raw.count && raw[i] == pasteEnd[0] && (1..<pasteEnd.count).allSatisfy { raw[i + $0] == pasteEnd[$0] }
    }

    /// Whether the end-of-paste marker starts anywhere at or after `from`.
    static func containsPasteEnd(_ raw: [RawInput], from: Int) -> Bool {
        (max(0, from)..<raw.count).contains { isPasteEnd(raw, at: $0) }
    }

    /// The pasted text from `from` up to the end marker; whether the marker was found.
    private static func pasteBody(_ raw: [RawInput], from: Int) -> (String, Int, Bool) {
        var text = ""
        var i = from
        while i < raw.count {
            if isPasteEnd(raw, at: i) {
                return (text, i + pasteEnd.count, true)
            }
            if case .char(let c) = raw[i] {
                switch c {
                case 13:
                    // CR LF is one line break.
                    if i + 1 < raw.count, raw[i + 1] == .char(10) { i += 1 }
                    text.append("\n")
                case 10: text.append("\n")
                case 9: text.append("\t")
                default:
                    if KeyTranslation.isPrintable(c), let scalar = Unicode.Scalar(c) { text.unicodeScalars.append(scalar) }
                }
            }
            // Key codes inside a paste (curses recognised a sequence in the text) are dropped.
            i += 1
        }
        return (text, i, false)
    }

    private static func text(_ raw: [RawInput], from: Int, to: Int) -> String {
        var s = ""
        for r in raw[min(from, to)..<to] {
            if case .char(let c) = r, KeyTranslation.isPrintable(c), let scalar = Unicode.Scalar(c) { s.unicodeScalars.append(scalar) }
        }
        return s
    }

    /// CSI keys as xterm, tmux, screen, rxvt and the Linux console send them.
    static func csiKey(params: String, final: UInt32) -> Key {
        let parts = params.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        let modifier = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        let word = modifier >= 3 && modifier != 4  // Alt or Ctrl
        switch final {
        case 0x41: return .up  // A
        case 0x42: return .down  // B
        case 0x43: return word ? .ctrlRight : .right  // C
        case 0x44: return word ? .ctrlLeft : .left  // D
        case 0x48: return .home  // H
        case 0x46: return .end  // F
        case 0x5A: return .backTab  // Z
        case 0x50...0x53 where parts.first == "1" || parts.first == "": return .function(Int(final - 0x50) + 1)  // P…S: F1–F4
        case 0x7E:  // ~
            switch parts.first ?? "" {
            case "1", "7": return .home
            case "4", "8": return .end
            case "2": return .insert
            case "3": return .delete
            case "5": return .pageUp
            case "6": return .pageDown
            case "11": return .function(1)
            case "12": return .function(2)
            case "13": return .function(3)
            case "14": return .function(4)
            case "15": return .function(5)
            case "17": return .function(6)
            case "18": return .function(7)
            case "19": return .function(8)
            case "20": return .function(9)
            case "21": return .function(10)
            case "23": return .function(11)
            case "24": return .function(12)
            default: break
            }
        default: break
        }
        let finalText = (0x20...0x7E).contains(final) ? String(Character(Unicode.Scalar(UInt8(final)))) : ""
        return .unknown("ESC [" + params + finalText)
    }

    static func ss3Key(_ final: UInt32) -> Key {
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x4D: return .enter
        case 0x50...0x53: return .function(Int(final - 0x50) + 1)
        default:
            let s = KeyTranslation.isPrintable(final) ? String(Character(Unicode.Scalar(final)!)) : ""
            return .unknown("ESC O" + s)
        }
    }
}
