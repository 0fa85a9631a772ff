import Foundation

/// An invitation of one customer to one survey after an interaction at a touchpoint: scheduled,
/// or suppressed with the reason; then sent, opened, answered, or bounced or expired.
public struct Invitation: Sendable, Codable, Hashable, Identifiable {
    /// Where an invitation is in its life.
    public enum Status: String, Sendable, Codable, Hashable, CaseIterable {
        /// Waiting for its sending time.
        case scheduled
        /// Not sent: the contact rules or the customer's consent said no (`reason` says which).
        case suppressed
        /// Handed to the mail system.
        case sent
        /// The customer opened the survey.
        case opened
        /// The customer answered.
        case responded
        /// The mail server refused the address for good.
        case bounced
        /// The link's time ran out unanswered.
        case expired
    }

    /// How the invitation reaches the customer.
    public enum Channel: String, Sendable, Codable, Hashable, CaseIterable {
        case email
    }

    public var id: String
    public var surveyID: String
    public var touchpointID: String
    /// The unit answers count for; the touchpoint's owner when nil.
    public var unitID: String?
    public var customerID: String
    public var channel: Channel
    /// The language of the mail and the survey; the customer's preferred one, else the survey's first.
    public var language: Language
    /// The trigger's idempotency key: a trigger sent twice makes one invitation.
    public var triggerKey: String
    /// When the interaction happened.
    public var eventAt: Date
    public var createdAt: Date
    /// When the mail goes out (the event time plus the delay).
    public var sendAt: Date
    /// After this the link shows an "expired" page.
    public var expiresAt: Date
    public var status: Status
    /// Why it was not sent, for suppressed invitations.
    public var reason: SuppressionReason?
    public var sentAt: Date?
    public var openedAt: Date?
    public var respondedAt: Date?
    public var responseID: String?
    public var remindersSent: Int
    public var nextReminderAt: Date?

    public init(
        id: String = Identifier.make(), surveyID: String, touchpointID: String, unitID: String? = nil, customerID: String,
        channel: Channel = .email, language: Language, triggerKey: String, eventAt: Date, createdAt: Date, sendAt: Date,
        expiresAt: Date, status: Status, reason: SuppressionReason? = nil, sentAt: Date? = nil, openedAt: Date? = nil,
        respondedAt: Date? = nil, responseID: String? = nil, remindersSent: Int = 0, nextReminderAt: Date? = nil
    ) {
        self.id = id
        self.surveyID = surveyID
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.customerID = customerID
        self.channel = channel
        self.language = language
        self.triggerKey = triggerKey
        self.eventAt = eventAt
        self.createdAt = createdAt
        self.sendAt = sendAt
        self.expiresAt = expiresAt
        self.status = status
        self.reason = reason
        self.sentAt = sentAt
        self.openedAt = openedAt
        self.respondedAt = respondedAt
        self.responseID = responseID
        self.remindersSent = remindersSent
        self.nextReminderAt = nextReminderAt
    }

    /// Whether the personal link still takes answers at `now`.
    public func isAnswerable(at now: Date) -> Bool {
        [.sent, .opened, .bounced].contains(status) && now < expiresAt
    }
}

/// How a survey is sent by e-mail: the delay after the interaction, how long its link works, and
/// the reminders to those who have not answered.
public struct DistributionSettings: Sendable, Codable, Hashable {
    /// Minutes between the interaction and the invitation, unless the trigger names its own.
    public var delayMinutes: Int
    /// Days the personal link works.
    public var expiryDays: Int
    /// Reminders to those who have not answered (0–3).
    public var reminders: Int
    /// Days between the invitation and each reminder.
    public var reminderSpacingDays: Int

    public init(delayMinutes: Int = 60, expiryDays: Int = 14, reminders: Int = 1, reminderSpacingDays: Int = 3) {
        self.delayMinutes = delayMinutes
        self.expiryDays = expiryDays
        self.reminders = reminders
        self.reminderSpacingDays = reminderSpacingDays
    }

    /// A week of delay at most, links for 1–90 days, 0–3 reminders 1–30 days apart, all within the link's life.
    public func validated() throws(ValidationFailure) -> DistributionSettings {
        var check = Validator()
        check.check((0...10_080).contains(delayMinutes), "delayMinutes", "must be 0–10080 minutes (a week); got \(delayMinutes)")
        check.check((1...90).contains(expiryDays), "expiryDays", "must be 1–90 days; got \(expiryDays)")
        check.check((0...3).contains(reminders), "reminders", "must be 0–3; got \(reminders)")
        check.check(
            (1...30).contains(reminderSpacingDays), "reminderSpacingDays", "must be 1–30 days; got \(reminderSpacingDays)")
        // Only once each is in its range: the product of numbers a client sent must not overflow.
        if check.errors.isEmpty, reminders > 0, reminders * reminderSpacingDays >= expiryDays {
            check.add(
                "reminders",
                "the last reminder would come on day \(reminders * reminderSpacingDays), after the link expires on day \(expiryDays); send fewer reminders, closer together, or keep links longer"
            )
        }
        try check.finish()
        return self
    }
}
