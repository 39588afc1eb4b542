/// The main views, switched with the number keys.
public enum ViewID: Int, CaseIterable, Sendable {
    case sessions = 1, agenda, meeting, tor, reports, rules, review

    public var title: String {
        switch self {
        case .sessions: "Sessions"
        case .agenda: "Agenda"
        case .meeting: "Meeting"
        case .tor: "Terms of reference"
        case .reports: "Reports"
        case .rules: "Rules of Procedure"
        case .review: "Review"
        }
    }

    var showAction: Action {
        switch self {
        case .sessions: .showSessions
        case .agenda: .showAgenda
        case .meeting: .showMeeting
        case .tor: .showToR
        case .reports: .showReports
        case .rules: .showRules
        case .review: .showReview
        }
    }
}
