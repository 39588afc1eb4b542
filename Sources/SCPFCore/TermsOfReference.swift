/// One lettered item of the Committee's terms of reference, e.g. (b).
public struct ToRItem: Codable, Hashable, Sendable {
    public var letter: String
    public var text: String
    /// The text in French and Spanish ("fr", "es"); nil when none. Whether a version is the
    /// official one is said by its version's `translationSources`.
    public var translations: Translations?
    public init(letter: String, text: String, translations: Translations? = nil) {
        self.letter = letter; self.text = text; self.translations = translations
    }
}

/// The terms of reference as established or amended from a given day. Sessions use the
/// version in force on their opening day, so old sessions keep the ToR that applied to them.
public struct ToRVersion: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// Council resolution that established or amended the ToR.
    public var resolution: String
    public var effectiveFrom: Day
    /// The complete list in force from `effectiveFrom` (not just the changed items).
    public var items: [ToRItem]
    public var note: String?
    /// Where the text was taken from: a document symbol or the address of IOM's page.
    public var source: String?
    /// Where each language's official text comes from, by code ("fr" → IOM's French page). A
    /// language with items translated but no source here is an unofficial translation (the
    /// secretariat's); absent: every translation is unofficial.
    public var translationSources: [String: String]?

    public init(id: String, resolution: String, effectiveFrom: Day, items: [ToRItem], note: String? = nil,
                source: String? = nil, translationSources: [String: String]? = nil) {
        self.id = id; self.resolution = resolution; self.effectiveFrom = effectiveFrom
        self.items = items; self.note = note; self.source = source; self.translationSources = translationSources
    }

    public func item(_ letter: String) -> ToRItem? { items.first { $0.letter == letter } }
    public var letters: [String] { items.map(\.letter) }
}

extension ToRVersion {
    /// Part II §3 of the IOM Strategy (MC/INF/287), verbatim. Adopted by the Council at its
    /// 93rd session by Resolution No. 1151 of 7 June 2007, as footnote 4 of IOM's French
    /// terms-of-reference page states (see docs/sources.md).
    public static let original2007 = ToRVersion(
        id: "tor-2007",
        resolution: "Council Resolution No. 1151 of 7 June 2007",
        effectiveFrom: Day(2007, 6, 7),
        items: [
            ToRItem(letter: "a", text: "to examine and review the policies, programmes and activities of the Organization, the annual reports of the Director General and any special reports;"),
            ToRItem(letter: "b", text: "to examine and review any administrative, financial and budgetary questions;"),
            ToRItem(letter: "c", text: "to consider any matter specifically referred to it by the Council, and to take such action as may be deemed necessary thereon;"),
            ToRItem(letter: "d", text: "to advise the Director General on any matters which he or she may refer to it;"),
            ToRItem(letter: "e", text: "to present advice or proposals to the Council or to the Director General on its own initiative;"),
            ToRItem(letter: "f", text: "to review regularly methods of consultation, feedback, and oversight, with a view to enhancing responsiveness, transparency, and inclusiveness;"),
            ToRItem(letter: "g", text: "to consider any other matter falling within its terms of reference;"),
            ToRItem(letter: "h", text: "to transmit reports and/or recommendations to the Council on the matters dealt with."),
        ],
        note: "IOM Strategy (MC/INF/287), Part II, paragraph 3.",
        source: "MC/INF/287, Part II, paragraph 3")

    /// The terms in force since the 2013 amendment (the Executive Committee abolished), verbatim
    /// from IOM's terms-of-reference page: (a) and (c) widened, (i) added. The page lists them
    /// without letters; (a)–(i) follow its order. Amended by Resolution No. 1263, adopted at the
    /// Council's 103rd session on 26 November 2013 (footnote 4 of IOM's French page).
    /// IOM's French text ships as the official translation (PublishedTranslations).
    public static let amendment2013 = PublishedTranslations.translating2013(ToRVersion(
        id: "tor-2013",
        resolution: "Council Resolution No. 1263 of 26 November 2013",
        effectiveFrom: Day(2013, 11, 26),
        items: [
            ToRItem(letter: "a", text: "To examine and review the policies, programmes and activities of the Organization, the annual reports of the Director General, including the Financial Report and the Report of the Director General on the work of the Organization, and any special reports;"),
            ToRItem(letter: "b", text: "To examine and review any administrative, financial and budgetary questions;"),
            ToRItem(letter: "c", text: "To consider any matter specifically referred to it by the Council including the Revision of the Programme and Budget and the scale of assessment for the following year, and to take such action as may be deemed necessary thereon;"),
            ToRItem(letter: "d", text: "To advise the Director General on any matters which he or she may refer to it;"),
            ToRItem(letter: "e", text: "To present advice or proposals to the Council or to the Director General on its own initiative;"),
            ToRItem(letter: "f", text: "To review regularly methods of consultation, feedback and oversight, with a view to enhancing responsiveness, transparency and inclusiveness;"),
            ToRItem(letter: "g", text: "To consider any other matter falling within its terms of reference;"),
            ToRItem(letter: "h", text: "To transmit reports and/or recommendations to the Council on matters dealt with;"),
            ToRItem(letter: "i", text: "To make, between sessions of the Council, any urgent decisions on matters falling within the competence of the Council, which shall be submitted for approval to the Council at its next session."),
        ],
        note: "(a) and (c) widened; (i) added: urgent decisions between sessions of the Council.",
        source: "https://www.iom.int/terms-reference-standing-committee-programmes-and-finance-scpf"))
}

extension Array where Element == ToRVersion {
    /// The version in force on `day`: the latest whose effective date is not after it.
    public func inForce(on day: Day) -> ToRVersion? {
        self.filter { $0.effectiveFrom <= day }.max { $0.effectiveFrom < $1.effectiveFrom }
            ?? self.min { $0.effectiveFrom < $1.effectiveFrom }
    }
}
