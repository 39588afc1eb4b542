import Foundation

/// Case- and accent-blind comparison, the one fold of the project: "Genève" and "GENEVE",
/// "Adopción" and "adopcion" fold to the same text. The importer compares documents' words
/// with it, the UI's pickers their options, and search (`Search/Folding.swift`) folds the
/// same way, character by character.
public enum Fold {
    public static func text(_ s: some StringProtocol) -> String {
        let lower = s.lowercased()
        guard lower.unicodeScalars.contains(where: { !$0.isASCII }) else { return lower }
        return lower.folding(options: [.diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    /// The folded words of a line: letters, digits and apostrophes; everything else separates.
    static func words(_ s: some StringProtocol) -> [String] {
        text(s).split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
    }
}
