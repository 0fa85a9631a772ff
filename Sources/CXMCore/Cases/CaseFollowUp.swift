import Foundation

/// The short survey a customer gets after their case is closed, to learn whether the company won
/// them back: which survey, and how long after closing it goes out. It is a promise made to this
/// customer about their case, so the quarantine, cooldown and sample of the contact rules do not
/// hold it back; consent, opt-out and an address still do.
public struct CaseFollowUp: Sendable, Codable, Hashable {
    /// The survey to send; nil sends none.
    public var surveyID: String?
    /// Hours from closing to sending (a day by default: the customer has had time to see the fix).
    public var delayHours: Int

    public static let maxDelayHours = 168

    public init(surveyID: String? = nil, delayHours: Int = 24) {
        self.surveyID = surveyID
        self.delayHours = delayHours
    }

    private enum CodingKeys: String, CodingKey { case surveyID, delayHours }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            surveyID: try c.decodeIfPresent(String.self, forKey: .surveyID),
            delayHours: try c.decodeIfPresent(Int.self, forKey: .delayHours) ?? 24)
    }

    public func validated() throws(ValidationFailure) -> CaseFollowUp {
        var check = Validator()
        var result = self
        if let survey = surveyID?.trimmingCharacters(in: .whitespaces) { result.surveyID = survey.isEmpty ? nil : survey }
        check.check(
            (0...Self.maxDelayHours).contains(delayHours), "delayHours",
            "must be a whole number of hours from 0 to \(Self.maxDelayHours) (a week); got \(delayHours)")
        try check.finish()
        return result
    }

    /// Whether closing the case sends the survey: one is chosen, the customer is known, and the
    /// case reached them (a case closed without any contact has nothing to ask about).
    public func applies(to record: Case) -> Bool {
        surveyID != nil && record.customerID != nil && record.firstContactAt != nil
    }
}

/// What became of a case's follow-up survey, kept on the case's timeline.
public struct CaseFollowUpNote: Sendable, Codable, Hashable {
    public var invitationID: String
    public var surveyID: String
    /// When it goes out (or would have).
    public var sendAt: Date
    /// Why it was not sent, if it was not.
    public var suppressed: SuppressionReason?
    /// The case was closed before and its survey already made: no second one.
    public var repeated: Bool

    public init(invitationID: String, surveyID: String, sendAt: Date, suppressed: SuppressionReason?, repeated: Bool) {
        self.invitationID = invitationID
        self.surveyID = surveyID
        self.sendAt = sendAt
        self.suppressed = suppressed
        self.repeated = repeated
    }
}
