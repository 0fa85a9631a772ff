import Foundation

/// One thing on a customer's time line: what they answered, were sent, complained about, ordered,
/// were hit by, or left over.
public enum TimelineItem: Sendable, Hashable {
    case response(SurveyResponse)
    case invitation(Invitation)
    case serviceCase(Case)
    case ticket(Ticket)
    case incident(Incident)
    case churn(ChurnEvent)
    case order(BusinessEvent)
    /// A page, screen or step on the company's site or app.
    case activity(SiteActivity)

    /// The kinds, as the API names them.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case response, invitation, `case`, ticket, incident, churn, order, activity
    }

    public var kind: Kind {
        switch self {
        case .response: .response
        case .invitation: .invitation
        case .serviceCase: .case
        case .ticket: .ticket
        case .incident: .incident
        case .churn: .churn
        case .order: .order
        case .activity: .activity
        }
    }

    public var id: String {
        switch self {
        case .response(let item): item.id
        case .invitation(let item): item.id
        case .serviceCase(let item): item.id
        case .ticket(let item): item.id
        case .incident(let item): item.id
        case .churn(let item): item.id
        case .order(let item): item.id
        case .activity(let item): item.id
        }
    }

    /// Where the item sits on the time line.
    public var at: Date {
        switch self {
        case .response(let item): item.submittedAt
        case .invitation(let item): item.sendAt
        case .serviceCase(let item): item.createdAt
        case .ticket(let item): item.openedAt
        case .incident(let item): item.startedAt
        case .churn(let item): item.at
        case .order(let item): item.at
        case .activity(let item): item.at
        }
    }

    /// Newest first; the id breaks ties so that paging never skips or repeats an item.
    public static func newestFirst(_ a: TimelineItem, _ b: TimelineItem) -> Bool {
        a.at != b.at ? a.at > b.at : a.id > b.id
    }
}

/// Where the next page of a time line starts: after the item at this time with this id.
public struct TimelineCursor: Sendable, Hashable, LosslessStringConvertible {
    public var millis: Int64
    public var id: String

    public init(millis: Int64, id: String) {
        self.millis = millis
        self.id = id
    }

    /// Reads `1780000000000_<id>`, as `description` writes it.
    public init?(_ text: String) {
        guard let separator = text.firstIndex(of: "_"), let millis = Int64(text[..<separator]) else { return nil }
        let id = String(text[text.index(after: separator)...])
        guard !id.isEmpty, id.count <= 64 else { return nil }
        self.init(millis: millis, id: id)
    }

    public var description: String { "\(millis)_\(id)" }
}
