import Foundation

/// The rules that keep customers from being asked too often: a cooldown between any two
/// invitations to one person, a longer recontact time per survey, a quarantine after a person
/// answered, and a sample of each touchpoint's interactions. Consent and opt-out come first.
public struct ContactRules: Sendable, Codable, Hashable {
    /// Days between any two invitations to the same person.
    public var cooldownDays: Int
    /// Days after a response during which the person is not invited at all.
    public var quarantineDays: Int
    /// Per survey id: days between two invitations of that survey to the same person (a
    /// relationship survey once a quarter, say), on top of the cooldown.
    public var recontactDays: [String: Int]
    /// Per touchpoint id: the share of interactions to survey, in percent (0–100, two decimals);
    /// absent means every one.
    public var samplingPercent: [String: Double]

    public static let maxDays = 3_650

    public init(
        cooldownDays: Int = 30, quarantineDays: Int = 14, recontactDays: [String: Int] = [:],
        samplingPercent: [String: Double] = [:]
    ) {
        self.cooldownDays = cooldownDays
        self.quarantineDays = quarantineDays
        self.recontactDays = recontactDays
        self.samplingPercent = samplingPercent
    }

    /// Days from 0 to ten years; percentages from 0 to 100.
    public func validated() throws(ValidationFailure) -> ContactRules {
        var check = Validator()
        let days = "must be a whole number of days from 0 to \(Self.maxDays)"
        check.check((0...Self.maxDays).contains(cooldownDays), "cooldownDays", "\(days); got \(cooldownDays)")
        check.check((0...Self.maxDays).contains(quarantineDays), "quarantineDays", "\(days); got \(quarantineDays)")
        for (survey, value) in recontactDays.sorted(by: { $0.key < $1.key }) {
            check.check((0...Self.maxDays).contains(value), "recontactDays.\(survey)", "\(days); got \(value)")
        }
        for (touchpoint, value) in samplingPercent.sorted(by: { $0.key < $1.key }) {
            check.check(
                (0...100).contains(value), "samplingPercent.\(touchpoint)",
                "must be a percentage from 0 to 100 (such as 25 or 12.5); got \(value)")
        }
        try check.finish()
        return self
    }
}

/// What cxm knows of one person's contacts when it decides: their last invitation (of any survey
/// and per survey) and their last response.
public struct ContactHistory: Sendable, Hashable {
    public var lastInvitation: Date?
    public var lastInvitationBySurvey: [String: Date]
    public var lastResponse: Date?

    public init(lastInvitation: Date? = nil, lastInvitationBySurvey: [String: Date] = [:], lastResponse: Date? = nil) {
        self.lastInvitation = lastInvitation
        self.lastInvitationBySurvey = lastInvitationBySurvey
        self.lastResponse = lastResponse
    }
}

/// A request to invite a person to a survey after an interaction at a touchpoint.
public struct InvitationRequest: Sendable, Hashable {
    /// A key that stays the same when the request is repeated (the trigger's idempotency key, say):
    /// it decides the sample, so a repeated request is sampled alike.
    public var key: String
    public var customerID: String
    public var surveyID: String
    public var touchpointID: String
    /// When the invitation would go out.
    public var at: Date
    public var consent: Consent
    /// The person unsubscribed from survey invitations.
    public var optedOut: Bool
    /// The person has an address on the invitation's channel.
    public var reachable: Bool
    /// A case's follow-up: the time rules and the sample do not apply.
    public var followUp: Bool

    public init(
        key: String, customerID: String, surveyID: String, touchpointID: String, at: Date, consent: Consent,
        optedOut: Bool = false, reachable: Bool = true, followUp: Bool = false
    ) {
        self.key = key
        self.customerID = customerID
        self.surveyID = surveyID
        self.touchpointID = touchpointID
        self.at = at
        self.consent = consent
        self.optedOut = optedOut
        self.reachable = reachable
        self.followUp = followUp
    }
}

/// Why an invitation was not sent, stored with it so that anyone can see why.
public enum SuppressionReason: Sendable, Hashable, Codable {
    case noConsent
    case optedOut
    /// The customer has no e-mail address to send to.
    case noAddress
    case quarantine(until: Date)
    case cooldown(until: Date)
    case recontact(surveyID: String, until: Date)
    case notSampled(percent: Double)
    /// A case's follow-up whose case was reopened before it went out.
    case caseReopened

    /// A stable code for storage, filters and translations.
    public var code: String {
        switch self {
        case .noConsent: "no_consent"
        case .optedOut: "opted_out"
        case .noAddress: "no_address"
        case .quarantine: "quarantine"
        case .cooldown: "cooldown"
        case .recontact: "recontact"
        case .notSampled: "not_sampled"
        case .caseReopened: "case_reopened"
        }
    }

    /// The reason in a sentence (English, for the API and logs).
    public var explanation: String {
        let day = { (date: Date) in ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate]) }
        return switch self {
        case .noConsent: "the customer has not agreed to survey invitations"
        case .optedOut: "the customer unsubscribed from survey invitations"
        case .noAddress: "the customer has no e-mail address"
        case .quarantine(let until): "the customer answered a survey recently; no invitations until \(day(until))"
        case .cooldown(let until): "the customer was invited recently; the next invitation may go out on \(day(until))"
        case .recontact(let survey, let until):
            "the customer was invited to survey \(survey) recently; it may be sent again on \(day(until))"
        case .notSampled(let percent):
            "the interaction fell outside the touchpoint's sample of \(percent.formatted(.number.precision(.fractionLength(0...2)))) %"
        case .caseReopened: "the case was reopened before the follow-up survey went out"
        }
    }
}

public enum ContactDecision: Sendable, Hashable {
    case send
    case suppress(SuppressionReason)
}

/// Decides which invitation requests are sent under the rules, in time order: every invitation it
/// lets through counts against the later ones, and every decision it makes is final and explained.
public struct ContactGovernor: Sendable {
    public var rules: ContactRules

    public init(rules: ContactRules) { self.rules = rules }

    /// The decisions for `requests` (in their order), updating `history` with the invitations sent.
    /// Requests are taken in time order (stable for equal times), whatever order they come in.
    public func decide(_ requests: [InvitationRequest], history: inout [String: ContactHistory]) -> [ContactDecision] {
        var decisions = [ContactDecision](repeating: .send, count: requests.count)
        let order = requests.indices.sorted { (requests[$0].at, $0) < (requests[$1].at, $1) }
        for index in order {
            let request = requests[index]
            let decision = decide(request, history: history[request.customerID] ?? ContactHistory())
            decisions[index] = decision
            if decision == .send {
                history[request.customerID, default: ContactHistory()].lastInvitation = request.at
                history[request.customerID, default: ContactHistory()].lastInvitationBySurvey[request.surveyID] = request.at
            }
        }
        return decisions
    }

    /// One decision against one person's history. Consent and opt-out first, then the time rules
    /// (the latest date they allow is given), and the sample last.
    public func decide(_ request: InvitationRequest, history: ContactHistory) -> ContactDecision {
        if !request.consent.maySurvey { return .suppress(.noConsent) }
        if request.optedOut { return .suppress(.optedOut) }
        if !request.reachable { return .suppress(.noAddress) }
        // Promised to the customer about their case: asked even if they answered or were invited lately.
        if request.followUp { return .send }
        if let answered = history.lastResponse {
            let until = answered.addingTimeInterval(Self.days(rules.quarantineDays))
            if request.at < until { return .suppress(.quarantine(until: until)) }
        }
        if let invited = history.lastInvitation {
            let until = invited.addingTimeInterval(Self.days(rules.cooldownDays))
            if request.at < until { return .suppress(.cooldown(until: until)) }
        }
        if let days = rules.recontactDays[request.surveyID], let invited = history.lastInvitationBySurvey[request.surveyID] {
            let until = invited.addingTimeInterval(Self.days(days))
            if request.at < until { return .suppress(.recontact(surveyID: request.surveyID, until: until)) }
        }
        if let percent = rules.samplingPercent[request.touchpointID], !Self.sampled(request.key, percent: percent) {
            return .suppress(.notSampled(percent: percent))
        }
        return .send
    }

    private static func days(_ count: Int) -> TimeInterval { TimeInterval(count) * 86_400 }

    /// Whether a request falls in a sample of `percent`: its key hashed into one of 10,000 buckets, so
    /// the same key is always sampled alike, keys spread evenly (also keys that differ in their last
    /// character only), and a larger share keeps every key a smaller one keeps.
    public static func sampled(_ key: String, percent: Double) -> Bool {
        // FNV-1a over the bytes, then MurmurHash3's finaliser, so that every input bit reaches every output bit.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash &*= 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return Int(hash % 10_000) < Int((percent * 100).rounded())
    }
}
