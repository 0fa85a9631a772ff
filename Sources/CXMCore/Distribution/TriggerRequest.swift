import Foundation

/// A request from another system (a CRM, a till, a ticket system) to survey a customer after an
/// interaction at a touchpoint. cxm decides under the contact rules whether and when to invite.
public struct TriggerRequest: Sendable, Codable, Hashable {
    public var touchpointID: String
    /// The survey to send; the one survey measuring the touchpoint when left out.
    public var surveyID: String?
    public var customerID: String?
    /// A customer identifier such as `crm:123`, instead of `customerID`.
    public var customer: String?
    /// When the interaction happened; the time of receipt when left out.
    public var eventAt: Date?
    /// Minutes to wait after the interaction; the survey's setting when left out.
    public var delayMinutes: Int?
    /// The language to ask in, when the customer has no preferred language the survey offers.
    public var language: Language?
    /// A key that makes a repeated trigger (a retry) one invitation.
    public var idempotencyKey: String?
    /// A case's follow-up survey (see `CaseFollowUp`); cxm sets it, never a client.
    public var followUp = false

    private enum CodingKeys: String, CodingKey {
        case touchpointID, surveyID, customerID, customer, eventAt, delayMinutes, language, idempotencyKey
    }

    public init(
        touchpointID: String, surveyID: String? = nil, customerID: String? = nil, customer: String? = nil,
        eventAt: Date? = nil, delayMinutes: Int? = nil, language: Language? = nil, idempotencyKey: String? = nil
    ) {
        self.touchpointID = touchpointID
        self.surveyID = surveyID
        self.customerID = customerID
        self.customer = customer
        self.eventAt = eventAt
        self.delayMinutes = delayMinutes
        self.language = language
        self.idempotencyKey = idempotencyKey
    }

    /// The idempotency keys of cases' follow-up invitations start with this, and no client's may.
    public static let followUpKeyPrefix = "case-follow-up:"

    /// Interactions older than this are not surveyed: the customer would hardly remember them.
    public static let maxAge: TimeInterval = 30 * 86_400

    /// Checks the fields that need no lookup; references are checked by the store.
    public func validated(now: Date) throws(ValidationFailure) -> TriggerRequest {
        var check = Validator()
        check.check(!touchpointID.isEmpty, "touchpointID", "is required: the touchpoint where the interaction happened")
        switch (customerID, customer) {
        case (nil, nil): check.add("customerID", "name the customer with customerID or with an identifier in customer (crm:123)")
        case (.some, .some): check.add("customer", "name the customer once: customerID or customer, not both")
        default: break
        }
        if let identifier = customer, CustomerIdentifier(identifier) == nil {
            check.add(
                "customer", "'\(identifier)' is not an identifier; write system:value, such as crm:123 or email:anna@example.se")
        }
        if let eventAt {
            check.check(eventAt.timeIntervalSince(now) <= 300, "eventAt", "lies in the future")
            check.check(
                now.timeIntervalSince(eventAt) <= Self.maxAge, "eventAt",
                "is more than 30 days ago; interactions that old are not surveyed")
        }
        if let delayMinutes {
            check.check((0...10_080).contains(delayMinutes), "delayMinutes", "must be 0–10080 minutes (a week)")
        }
        if let key = idempotencyKey {
            check.check(!key.isEmpty && key.unicodeScalars.count <= 200, "idempotencyKey", "must be 1–200 characters")
            check.check(
                followUp || !key.hasPrefix(Self.followUpKeyPrefix), "idempotencyKey",
                "keys starting with '\(Self.followUpKeyPrefix)' are cxm's own (a closed case's follow-up); choose another")
        }
        try check.finish()
        return self
    }
}
