import Foundation

/// One entry of a case's history: what happened, when and by whom. The case page shows them as a
/// timeline; reports read the contact attempts from them.
public struct CaseEvent: Sendable, Codable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case opened, status, assignment, note, contact, escalation, update
        /// The follow-up survey after closing was scheduled (or held back, with the reason).
        case followUp = "follow_up"
    }

    public var id: String
    public var caseID: String
    public var at: Date
    /// Nil for cxm itself (a rule, the escalation sweep).
    public var actorID: String?
    public var actorName: String
    public var kind: Kind
    public var fromStatus: CaseStatus?
    public var toStatus: CaseStatus?
    public var fromAssigneeID: String?
    public var toAssigneeID: String?
    public var fromUnitID: String?
    public var toUnitID: String?
    /// A note's text, a reassignment's reason, what an update changed.
    public var text: String?
    public var contact: CaseContact?
    public var escalation: CaseEscalation?
    public var followUp: CaseFollowUpNote?

    public init(
        id: String = Identifier.make(), caseID: String, at: Date, actorID: String?, actorName: String, kind: Kind,
        text: String? = nil
    ) {
        self.id = id
        self.caseID = caseID
        self.at = at
        self.actorID = actorID
        self.actorName = actorName
        self.kind = kind
        self.text = text
    }

    /// The longest note or reason kept.
    public static let maxTextLength = 10_000
}

/// An attempt to reach the customer, for the contact log.
public struct CaseContact: Sendable, Codable, Hashable {
    public var channel: ContactChannel
    public var outcome: ContactOutcome

    public init(channel: ContactChannel, outcome: ContactOutcome) {
        self.channel = channel
        self.outcome = outcome
    }
}

/// How the customer was contacted.
public enum ContactChannel: String, Sendable, Codable, Hashable, CaseIterable {
    case phone, email, sms, visit, chat, letter
}

/// What came of a contact attempt; only `reached` meets the first-contact target.
public enum ContactOutcome: String, Sendable, Codable, Hashable, CaseIterable {
    case reached
    case noAnswer = "no_answer"
    case leftMessage = "left_message"
    case wrongDetails = "wrong_details"
    case declined

    public var reachedCustomer: Bool { self == .reached || self == .declined }
}
