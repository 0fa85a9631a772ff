import Foundation

/// A response as a client sends it: references by id, optional where cxm can derive them.
public struct ResponseSubmission: Sendable, Codable, Hashable {
    public var surveyID: String
    /// Defaults to the survey's current version.
    public var surveyVersion: Int?
    /// Defaults to the survey's touchpoint when it has exactly one.
    public var touchpointID: String?
    /// Defaults to the touchpoint's owning unit.
    public var unitID: String?
    /// Defaults to the touchpoint's channel.
    public var channelID: String?
    public var customerID: String?
    /// A customer identifier such as `crm:123`, as an alternative to `customerID`.
    public var customer: String?
    public var language: Language
    /// Defaults to the time of receipt.
    public var submittedAt: Date?
    public var answers: [Answer]
    public var idempotencyKey: String?

    public init(
        surveyID: String, surveyVersion: Int? = nil, touchpointID: String? = nil, unitID: String? = nil,
        channelID: String? = nil, customerID: String? = nil, customer: String? = nil, language: Language,
        submittedAt: Date? = nil, answers: [Answer], idempotencyKey: String? = nil
    ) {
        self.surveyID = surveyID
        self.surveyVersion = surveyVersion
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.channelID = channelID
        self.customerID = customerID
        self.customer = customer
        self.language = language
        self.submittedAt = submittedAt
        self.answers = answers
        self.idempotencyKey = idempotencyKey
    }
}

/// What a submission is checked against: the known surveys, touchpoints, units, channels and customers.
public struct ResponseCatalog: Sendable {
    /// Every stored version of every survey, by survey id then version.
    public var surveys: [String: [Int: Survey]]
    public var currentVersions: [String: Int]
    public var touchpoints: [String: Touchpoint]
    public var unitIDs: Set<String>
    public var channelIDs: Set<String>
    public var customerIDs: Set<String>
    /// Customer ids by identifier text (`crm:123`), for the identifiers the batch names.
    public var customersByIdentifier: [String: String]

    public init(
        surveys: [String: [Int: Survey]], currentVersions: [String: Int], touchpoints: [String: Touchpoint],
        unitIDs: Set<String>, channelIDs: Set<String>, customerIDs: Set<String> = [],
        customersByIdentifier: [String: String] = [:]
    ) {
        self.surveys = surveys
        self.currentVersions = currentVersions
        self.touchpoints = touchpoints
        self.unitIDs = unitIDs
        self.channelIDs = channelIDs
        self.customerIDs = customerIDs
        self.customersByIdentifier = customersByIdentifier
    }
}

extension ResponseSubmission {
    /// The latest acceptable submission time: a little clock skew is allowed, the future is not.
    static let allowedSkew: TimeInterval = 300

    /// Resolves references and checks every answer against the survey version; collects all problems.
    public func resolve(in catalog: ResponseCatalog, receivedAt now: Date) throws(ValidationFailure) -> SurveyResponse {
        var check = Validator()
        guard let versions = catalog.surveys[surveyID], let current = catalog.currentVersions[surveyID] else {
            throw ValidationFailure(field: "surveyID", "unknown survey '\(surveyID)'")
        }
        let version = surveyVersion ?? current
        guard let survey = versions[version] else {
            throw ValidationFailure(
                field: "surveyVersion", "survey '\(surveyID)' has no version \(version) (current is \(current))")
        }
        var touchpoint: Touchpoint?
        if let touchpointID {
            touchpoint = catalog.touchpoints[touchpointID]
            if touchpoint == nil {
                check.add("touchpointID", "unknown touchpoint '\(touchpointID)'")
            } else if !survey.touchpointIDs.contains(touchpointID) {
                check.add("touchpointID", "survey '\(survey.name)' is not attached to touchpoint '\(touchpointID)'")
            }
        } else if survey.touchpointIDs.count == 1 {
            touchpoint = catalog.touchpoints[survey.touchpointIDs[0]]
            if touchpoint == nil {
                check.add("touchpointID", "the survey's touchpoint '\(survey.touchpointIDs[0])' no longer exists")
            }
        } else {
            check.add("touchpointID", "is required: survey '\(survey.name)' measures several touchpoints")
        }
        let unitID = unitID ?? touchpoint?.ownerUnitID ?? ""
        if self.unitID != nil, !catalog.unitIDs.contains(unitID) { check.add("unitID", "unknown unit '\(unitID)'") }
        let channelID = channelID ?? touchpoint?.channelID ?? ""
        if self.channelID != nil, !catalog.channelIDs.contains(channelID) {
            check.add("channelID", "unknown channel '\(channelID)'")
        }
        var customerID = customerID
        if let id = customerID, !catalog.customerIDs.contains(id) { check.add("customerID", "unknown customer '\(id)'") }
        if let identifier = customer {
            if let id = catalog.customersByIdentifier[identifier] {
                if customerID != nil, customerID != id {
                    check.add("customer", "'\(identifier)' is another customer than customerID '\(customerID!)'")
                }
                customerID = id
            } else {
                check.add("customer", "no customer has the identifier '\(identifier)'")
            }
        }
        if !survey.languages.contains(language) {
            check.add("language", "survey '\(survey.name)' is not offered in '\(language.rawValue)'")
        }
        let submittedAt = submittedAt ?? now
        if submittedAt.timeIntervalSince(now) > Self.allowedSkew { check.add("submittedAt", "lies in the future") }
        if let key = idempotencyKey, key.isEmpty || key.count > 200 {
            check.add("idempotencyKey", "must be 1–200 characters")
        }
        let answers = AnswerCheck.check(answers, against: survey, into: &check)
        try check.finish()
        return SurveyResponse(
            surveyID: survey.id, surveyVersion: version, touchpointID: touchpoint?.id ?? "", unitID: unitID,
            channelID: channelID, customerID: customerID, language: language, submittedAt: submittedAt,
            answers: answers, idempotencyKey: idempotencyKey)
    }
}
