/// Upgrades what an older scpf wrote to this schemaVersion, in memory, and says what changed.
/// The file itself is rewritten at the next save of that file (and `scpf check` lists the
/// upgrades, so nothing changes unseen).
///
/// schemaVersion 1 → 2 (issue 14):
/// - the 2007 terms of reference as scpf 1 shipped them get the right resolution (No. 1151,
///   not No. 1150, the resolution on the Strategy) and their source;
/// - the 2013 terms as scpf 1 shipped them (its (a)–(h) unchanged and a summary of (i)) are
///   replaced by IOM's published text;
/// - a Committee without Rules of Procedure gets IOM's published Rules;
/// - the undated `article4` flags of member states are dropped: Article 4 status is now a dated
///   record citing the document it comes from (`article4Records`), and none is built in;
/// - sessions: an officer whose role reads "Rapporteur (acting)" becomes the session's acting
///   Rapporteur (`acting: true`, role "Rapporteur"); otherwise only the version number changes.
///
/// schemaVersion 2 → 3 (issue 13, three languages):
/// - the 2013 terms of reference get IOM's French text as their official translation, and the
///   published Rules IOM's French and Spanish texts — each only when its English is the text
///   scpf ships and it carries no translation yet (what the secretariat changed is kept);
/// - every other new field (the French and Spanish versions of titles, sections, documents)
///   is optional and absent in a version 2 file: nothing else changes, sessions included.
public enum Migration {
    /// The (i) scpf 1 shipped, a summary rather than the text.
    static let version1Summary2013 = "to take decisions on urgent matters arising between sessions of the Council, as delegated by the Council (summary; see Resolution No. 1263 for the authoritative text)."
    static let version1Resolution2007 = "Council Resolution No. 1150 (XCIII)"

    /// Upgrades `committee` and returns one sentence per change (empty when it was current).
    public static func upgrade(_ committee: inout Committee) -> [String] {
        guard committee.schemaVersion < SchemaVersion.current else { return [] }
        var notes: [String] = []
        let from = committee.schemaVersion
        if from < 2 {
            for i in committee.termsOfReference.indices {
                let t = committee.termsOfReference[i]
                if t.id == ToRVersion.original2007.id, t.resolution == version1Resolution2007, t.items == ToRVersion.original2007.items {
                    committee.termsOfReference[i] = .original2007
                    notes.append("terms of reference tor-2007: resolution corrected to “\(ToRVersion.original2007.resolution)” (No. 1150 is the resolution on the IOM Strategy); the text is unchanged.")
                }
                let version1Items2013 = ToRVersion.original2007.items + [ToRItem(letter: "i", text: version1Summary2013)]
                if t.id == ToRVersion.amendment2013.id, t.items == version1Items2013 {
                    committee.termsOfReference[i] = .amendment2013
                    notes.append("terms of reference tor-2013: replaced by IOM's published text ((a) and (c) widened, (i) verbatim instead of a summary).")
                }
            }
            if committee.rulesOfProcedure.isEmpty {
                committee.rulesOfProcedure = [.published]
                notes.append("Rules of Procedure: IOM's published Rules added (Rules 1–8 verbatim, Rule 9 to be completed).")
            }
            let flagged = committee.memberStates.filter { $0.article4 == true }.map(\.name)
            for i in committee.memberStates.indices { committee.memberStates[i].article4 = nil }
            if !flagged.isEmpty {
                notes.append("member states: the undated Article 4 flag of \(flagged.joined(separator: ", ")) was dropped; enter Article 4 status as a dated record citing its document (the status report on outstanding contributions).")
            }
        }
        if from < 3 { notes += addPublishedTranslations(&committee) }
        committee.schemaVersion = SchemaVersion.current
        notes.append("schemaVersion \(from) → \(SchemaVersion.current).")
        return notes
    }

    /// Upgrades a session; returns the sentences. From 1 to 2, an officer whose free-text
    /// role says it is acting ("Rapporteur (acting)", "Acting Rapporteur") becomes the acting
    /// officer of that role, the session's override of the Bureau's.
    public static func upgrade(_ session: inout Session) -> [String] {
        guard session.schemaVersion < SchemaVersion.current else { return [] }
        let from = session.schemaVersion
        var notes: [String] = []
        if from < 2 {
            for i in session.officers.indices {
                let o = session.officers[i]
                guard let role = actingRole(o.role) else { continue }
                session.officers[i].role = role
                session.officers[i].acting = true
                notes.append("officer \(o.name) with the role “\(o.role)” is now the acting \(role) of session \(session.number) (acting: true), in place of the Bureau's \(role).")
            }
        }
        session.schemaVersion = SchemaVersion.current
        notes.append("schemaVersion \(from) → \(SchemaVersion.current).")
        return notes
    }

    /// "Rapporteur" for "Rapporteur (acting)", "Rapporteur (Acting)" or "Acting Rapporteur";
    /// nil for a role that does not say it is acting.
    static func actingRole(_ role: String) -> String? {
        let t = role.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        var base: Substring?
        if lower.hasSuffix("(acting)") { base = t.dropLast("(acting)".count) }
        else if lower.hasPrefix("acting ") { base = t.dropFirst("acting ".count) }
        guard let b = base?.trimmingCharacters(in: .whitespaces), !b.isEmpty else { return nil }
        return Bureau.roles.first { $0.lowercased() == b.lowercased() } ?? b.prefix(1).uppercased() + b.dropFirst()
    }

    /// The 2 → 3 step: IOM's French and Spanish texts on the built-in versions whose English
    /// is the shipped text and which carry no translation.
    static func addPublishedTranslations(_ committee: inout Committee) -> [String] {
        var notes: [String] = []
        func english(_ items: [ToRItem]) -> [[String]] { items.map { [$0.letter, $0.text] } }
        for i in committee.termsOfReference.indices {
            let t = committee.termsOfReference[i]
            let shipped = ToRVersion.amendment2013
            guard t.id == shipped.id, english(t.items) == english(shipped.items),
                  t.translationSources == nil, t.items.allSatisfy({ $0.translations == nil }) else { continue }
            committee.termsOfReference[i].items = shipped.items
            committee.termsOfReference[i].translationSources = shipped.translationSources
            notes.append("terms of reference tor-2013: IOM's French text added as the official translation (no Spanish text was found).")
        }
        func english(_ rules: [Rule]) -> [[String]] { rules.map { ["\($0.number)", $0.title, $0.text] } }
        for i in committee.rulesOfProcedure.indices {
            let r = committee.rulesOfProcedure[i]
            let shipped = RulesVersion.published
            guard r.id == shipped.id, english(r.rules) == english(shipped.rules), r.translationSources == nil,
                  r.rules.allSatisfy({ $0.titleTranslations == nil && $0.textTranslations == nil }) else { continue }
            for j in committee.rulesOfProcedure[i].rules.indices {
                committee.rulesOfProcedure[i].rules[j].titleTranslations = shipped.rules[j].titleTranslations
                committee.rulesOfProcedure[i].rules[j].textTranslations = shipped.rules[j].textTranslations
            }
            committee.rulesOfProcedure[i].translationSources = shipped.translationSources
            notes.append("Rules of Procedure: IOM's French and Spanish texts added as the official translations (articles not read marked “texte à compléter” / “texto por completar”).")
        }
        return notes
    }
}
