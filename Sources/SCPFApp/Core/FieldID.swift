/// Which field of a form a value belongs to: forms look fields up by identity, never by
/// the text of their label (labels can change, be translated, repeat across forms).
public enum FieldID: String, CaseIterable, Sendable {
    case title
    case on
    case resolution
    case number
    case file
    case date
    case text
    case venue
    case tor
    case toSession
    case symbol
    case seconds
    case reason
    case purpose
    case outcome
    case origin
    case opens
    case mode
    case minutes
    case languages
    case kind
    case format
    case documents
    case dispatchDate
    case councilSession
    case closes
    case atSession
    case annotated
    case adoptedOn
    case action
    case notes
    case note
    case conclusion
    case sessionSeconds
    case replySeconds
    case meeting
    case agreedNotice
    case agreementRecord
    case chairperson
    case firstVice
    case secondVice
    case rapporteur
    case asAt
    case source
    case states
    case distribution
    case role
    case actingName
    case agreedOn
    case revisionDate
    case document
    case language
    case annotation

    /// The label shown in front of the field.
    public var label: String {
        switch self {
        case .title: "Title"
        case .on: "On"
        case .resolution: "Resolution"
        case .number: "Number"
        case .file: "File"
        case .date: "Date"
        case .text: "Text"
        case .venue: "Venue"
        case .tor: "ToR"
        case .toSession: "To session"
        case .symbol: "Symbol"
        case .seconds: "Seconds"
        case .reason: "Reason"
        case .purpose: "Purpose"
        case .outcome: "Outcome"
        case .origin: "Origin"
        case .opens: "Opens"
        case .mode: "Mode"
        case .minutes: "Minutes"
        case .languages: "Languages"
        case .kind: "Kind"
        case .format: "Format"
        case .document: "Document"
        case .language: "Language"
        case .annotation: "Annotation"
        case .documents: "Documents"
        case .dispatchDate: "Dispatch date"
        case .councilSession: "Council session"
        case .closes: "Closes"
        case .atSession: "At session"
        case .annotated: "Annotated"
        case .adoptedOn: "Adopted on"
        case .action: "Action"
        case .notes: "Notes"
        case .note: "Note"
        case .conclusion: "Conclusion"
        case .sessionSeconds: "Session default"
        case .replySeconds: "Replies, points of order"
        case .meeting: "Meeting"
        case .agreedNotice: "Shorter notice agreed (days)"
        case .agreementRecord: "Agreement recorded in"
        case .chairperson: "Chairperson"
        case .firstVice: "First Vice-Chairperson"
        case .secondVice: "Second Vice-Chairperson"
        case .rapporteur: "Rapporteur"
        case .asAt: "As at"
        case .source: "Source"
        case .states: "Subject to Article 4"
        case .distribution: "Distribution"
        case .role: "Role"
        case .actingName: "Acting officer"
        case .agreedOn: "Agreed on"
        case .revisionDate: "Revision dated"
        }
    }
}
