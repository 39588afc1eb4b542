import Foundation

/// draft → provisional (issued) → adopted (at the session) → revised (changed in session).
public enum AgendaState: String, Codable, CaseIterable, Sendable {
    case draft, provisional, adopted, revised

    public var label: String { rawValue }
}

/// What changed on an adopted agenda, kept so the report can say how it was revised.
public struct AgendaRevision: Codable, Hashable, Sendable {
    public enum Change: String, Codable, Sendable { case added, withdrawn, moved, retitled, deferred }
    public var at: Date
    public var change: Change
    public var itemId: String
    /// A sentence: "Added item 8 “Election of officers”."
    public var detail: String
    public init(at: Date, change: Change, itemId: String, detail: String) {
        self.at = at; self.change = change; self.itemId = itemId; self.detail = detail
    }
}

public struct Agenda: Codable, Hashable, Sendable {
    public var state: AgendaState
    /// `S/<session>/1` once issued.
    public var symbol: String?
    /// Dispatch date of the provisional agenda.
    public var issuedOn: Day?
    public var adoptedOn: Day?
    public var items: [AgendaItem]
    public var revisions: [AgendaRevision]
    /// Read from an imported document's symbol block: the language of the original and the
    /// distribution mark.
    public var originalLanguage: DocumentLanguage?
    public var distribution: Distribution?
    /// Revisions of the provisional agenda issued before adoption (`S/37/1/Rev.1`), as documents.
    public var provisionalRevisions: [DocumentRef]?

    public init(state: AgendaState = .draft, symbol: String? = nil, issuedOn: Day? = nil,
                adoptedOn: Day? = nil, items: [AgendaItem] = [], revisions: [AgendaRevision] = []) {
        self.state = state; self.symbol = symbol; self.issuedOn = issuedOn
        self.adoptedOn = adoptedOn; self.items = items; self.revisions = revisions
    }

    /// Display numbers derived from order and level: "1", "2", "3(a)", "3(b)", "3(b)(i)", "4".
    /// An item with a `sourceNumber` takes that number at its level and the items after it
    /// count on from there, so an imported agenda keeps the numbers its document gave.
    public var numbers: [String] {
        var result: [String] = []
        var top = 0, sub = 0, third = 0
        var level = 0
        for item in items {
            // A level deeper than the item above allows is shown one step below it.
            level = min(max(item.level, 0), top == 0 ? 0 : (sub == 0 ? 1 : 2), level + 1)
            switch level {
            case 0:
                top = item.sourceNumber ?? top + 1; sub = 0; third = 0
                result.append("\(top)")
            case 1:
                sub = item.sourceNumber ?? sub + 1; third = 0
                result.append("\(top)(\(item.romanNumbered == true ? AgendaItem.romanLower(sub) : AgendaItem.subLetter(sub)))")
            default:
                third = item.sourceNumber ?? third + 1
                result.append("\(top)(\(AgendaItem.subLetter(sub)))(\(AgendaItem.romanLower(third)))")
            }
        }
        return result
    }

    /// The level each item is shown at (`numbers` uses the same rule): never deeper than
    /// one below the item above it.
    public var displayLevels: [Int] {
        var out: [Int] = []
        var top = false, sub = false, level = 0
        for item in items {
            level = min(max(item.level, 0), !top ? 0 : (!sub ? 1 : 2), level + 1)
            if level == 0 { top = true; sub = false } else if level == 1 { sub = true }
            out.append(level)
        }
        return out
    }

    /// Stores the level each item is shown at, so a file never holds a sub-item deeper than
    /// one below the item above it (after a delete, a move or an import).
    public mutating func normalizeLevels() {
        for (index, level) in displayLevels.enumerated() where items[index].level != level { items[index].level = level }
    }

    public func number(of itemId: String) -> String? {
        guard let index = items.firstIndex(where: { $0.id == itemId }) else { return nil }
        return numbers[index]
    }

    public func item(_ id: String) -> AgendaItem? { items.first { $0.id == id } }

    /// A fresh id never used in this agenda: "i1", "i2", …
    /// Ids mentioned in revisions and in `avoiding` (the chair's notes) are never handed out
    /// again, so a note or a recorded change can never attach to a different item.
    public func nextItemId(avoiding others: Set<String> = []) -> String {
        let ids = items.map(\.id) + revisions.map(\.itemId) + others
        let used = ids.compactMap { $0.hasPrefix("i") ? Int($0.dropFirst()) : nil }
        return "i\((used.max() ?? 0) + 1)"
    }

    public var totalMinutes: Int { items.compactMap(\.minutesAllotted).reduce(0) { $0.saturatingAdd($1) } }
}

public enum ItemOrigin: String, Codable, CaseIterable, Sendable {
    case council
    case previousSession = "previous-session"
    case memberState = "member-state"
    case directorGeneral = "director-general"

    public var label: String {
        switch self {
        case .council: "Council"
        case .previousSession: "Committee at a previous session"
        case .memberState: "member state"
        case .directorGeneral: "Director General"
        }
    }
}

public enum ItemPurpose: String, Codable, CaseIterable, Sendable {
    case information, decision
    case recommendation = "recommendation-to-council"

    public var label: String {
        switch self {
        case .information: "information"
        case .decision: "decision"
        case .recommendation: "recommendation to Council"
        }
    }
}

public enum ItemStatus: String, Codable, CaseIterable, Sendable {
    case pending
    case underConsideration = "under-consideration"
    case concluded, deferred, withdrawn

    public var label: String {
        switch self {
        case .pending: "pending"
        case .underConsideration: "under consideration"
        case .concluded: "concluded"
        case .deferred: "deferred"
        case .withdrawn: "withdrawn"
        }
    }
}

/// A link to an item of another session (deferrals, carried-over items).
public struct ItemLink: Codable, Hashable, Sendable {
    public var session: Int
    public var itemId: String
    public init(session: Int, itemId: String) { self.session = session; self.itemId = itemId }
}

public struct AgendaItem: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// 0 for an item, 1 for a sub-item ("6(b)"), 2 for a sub-item of a sub-item ("6(b)(i)").
    public var level: Int
    /// The number the source document gave this item at its level, kept when it breaks the
    /// sequence (an agenda that starts at 2, or skips one); nil means "the next one".
    public var sourceNumber: Int?
    /// A sub-item numbered "(i)", "(ii)" right under its item, as some documents do ("4(i)").
    public var romanNumbered: Bool?
    public var title: String
    /// The title in the Organization's other languages, by code ("fr", "es"); nil when none.
    public var translations: [String: String]?
    /// ToR letters the item falls under ("a"…"h", "i" after 2013). Empty for procedural items.
    public var tor: [String]
    /// Procedural items (adoption of the agenda, election of officers) need no ToR heading.
    public var procedural: Bool
    public var origin: ItemOrigin?
    /// Who proposed it when the origin is a member state (its id), free text otherwise.
    public var originDetail: String?
    public var purpose: ItemPurpose
    public var documents: [DocumentRef]
    public var minutesAllotted: Int?
    public var status: ItemStatus
    public var outcome: Outcome?
    /// Minute notes taken in the room.
    public var notes: String
    public var speakers: SpeakersList
    /// Added after the provisional agenda was issued.
    public var supplementary: Bool
    public var carriedOverFrom: ItemLink?
    /// The annotated agenda's paragraph on the item; nil when none has been written.
    public var annotation: String?
    /// The annotation in the other languages, by code ("fr", "es"); nil when none.
    public var annotationTranslations: Translations?

    public init(id: String, level: Int = 0, sourceNumber: Int? = nil, title: String, translations: [String: String]? = nil, tor: [String] = [], procedural: Bool = false,
                origin: ItemOrigin? = nil, originDetail: String? = nil, purpose: ItemPurpose = .information,
                documents: [DocumentRef] = [], minutesAllotted: Int? = nil, status: ItemStatus = .pending,
                outcome: Outcome? = nil, notes: String = "", speakers: SpeakersList = SpeakersList(),
                supplementary: Bool = false, carriedOverFrom: ItemLink? = nil) {
        self.id = id; self.level = level; self.sourceNumber = sourceNumber; self.title = title
        self.romanNumbered = nil
        self.translations = translations; self.tor = tor; self.procedural = procedural
        self.origin = origin; self.originDetail = originDetail; self.purpose = purpose
        self.documents = documents; self.minutesAllotted = minutesAllotted; self.status = status
        self.outcome = outcome; self.notes = notes; self.speakers = speakers
        self.supplementary = supplementary; self.carriedOverFrom = carriedOverFrom
    }

    /// "(b)(h)", "proc", or "" when untagged.
    public var torLabel: String {
        if procedural { return "proc" }
        return tor.map { "(\($0))" }.joined()
    }

    /// "i", "ii", "iii", "iv" … the third level of numbering.
    public static func romanLower(_ n: Int) -> String {
        guard n > 0 else { return "\(n)" }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = n, out = ""
        for (value, letters) in table { while rest >= value { out += letters; rest -= value } }
        return out
    }

    public static func subLetter(_ n: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = n, out = ""
        while n > 0 { n -= 1; out = String(letters[n % 26]) + out; n /= 26 }
        return out
    }
}
