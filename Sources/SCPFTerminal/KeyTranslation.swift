import CNcursesShim
import SCPFApp

/// What `wget_wch` delivered: a character, or a curses key code (KEY_CODE_YES).
enum RawInput: Equatable {
    case char(UInt32)
    case code(Int32)
}

/// Turns raw curses input into the UI's `Key`. Pure, so it can be tested without a terminal.
enum KeyTranslation {
    static func key(for input: RawInput) -> Key? {
        switch input {
        case .char(let c): key(forChar: c)
        case .code(let c): key(forCode: c)
        }
    }

    /// Characters that can go into text: not C0/C1 controls, not DEL.
    static func isPrintable(_ c: UInt32) -> Bool {
        c >= 0x20 && c != 0x7F && !(0x80...0x9F).contains(c) && Unicode.Scalar(c) != nil
    }

    static func key(forChar c: UInt32) -> Key? {
        switch c {
        case 13, 10: return .enter  // \r with nonl(), \n from pastes or other modes
        case 9: return .tab
        case 8, 127: return .backspace  // Ctrl-H and DEL both mean Backspace in terminals
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(c) + 0x60)))
        default:
            guard isPrintable(c), let scalar = Unicode.Scalar(c) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func key(forCode c: Int32) -> Key? {
        switch c {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND: return .home  // VT220 keyboards send Find/Select for Home/End
        case KEY_END, KEY_SELECT, KEY_LL: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(c - KEY_F0))
        default: return nil  // unmapped keys (Insert, shifted F-keys, …) are dropped
        }
    }
}
