import Foundation
import SCPFCore

public struct PickOption: Equatable, Sendable {
    public var id: String
    public var label: String
    public init(id: String, label: String) { self.id = id; self.label = label }
}

/// What a picker's choice does.
public enum PickPurpose: Equatable, Sendable {
    case jumpToItem(session: Int)
    case addSpeaker(session: Int, itemId: String)
    /// A right of reply or a point of order, ahead of the list.
    case interjection(session: Int, itemId: String, kind: InterventionKind)
    /// Several choices toggled in place: the member states represented.
    case attendance(session: Int)
    case reportSection(session: Int)
    /// The recommendation or urgent decision the Council acted on.
    case itemCouncilAction(session: Int)
    /// Several choices toggled in place: the item's terms of reference.
    case torTags(session: Int, itemId: String)
    case rule(version: String)
    case document(session: Int, itemId: String)
    case rulesItem(version: String, session: Int)
    /// The texts of a session still without a French or Spanish version.
    case missingTranslation(session: Int)
}

/// A list filtered as you type (accents and case ignored), for items, delegations and
/// attendance. With `allowsFreeText`, Enter on no match takes the typed text itself.
public struct PickerState: Equatable, Sendable {
    public var title: String
    public var query = TextField()
    public var options: [PickOption]
    public var selected = 0
    public var purpose: PickPurpose
    public var allowsFreeText = false

    public init(title: String, options: [PickOption], purpose: PickPurpose, allowsFreeText: Bool = false) {
        self.title = title; self.options = options; self.purpose = purpose; self.allowsFreeText = allowsFreeText
    }

    public var matches: [PickOption] {
        let words = Fold.text(query.text).split(separator: " ")
        guard !words.isEmpty else { return options }
        // Names that start with what was typed come first, then a word that starts with it,
        // then any match; each group keeps the list's order.
        func rank(_ option: PickOption) -> Int? {
            let label = Fold.text(option.label + " " + option.id)
            guard words.allSatisfy({ label.contains($0) }) else { return nil }
            if label.hasPrefix(words[0]) { return 0 }
            if label.split(separator: " ").contains(where: { $0.hasPrefix(words[0]) }) { return 1 }
            return 2
        }
        return options.enumerated().compactMap { i, o in rank(o).map { ($0, i, o) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
