import Foundation

/// When a response opens a case by itself: a condition on its answers, where it applies (every
/// survey, one survey, or one touchpoint), how urgent the case is and its targets in business
/// hours, and optionally the unit whose queue gets it (else the touchpoint's owner decides).
public struct CaseRule: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var enabled: Bool
    /// Limits the rule to one survey; nil for every survey.
    public var surveyID: String?
    /// Limits the rule to one touchpoint; nil for every touchpoint.
    public var touchpointID: String?
    public var condition: CaseCondition
    public var priority: CasePriority
    /// Business hours to the first contact with the customer, and to the resolution.
    public var firstContactHours: Double
    public var resolutionHours: Double
    /// Whose queue gets the case: the touchpoint's owner or the unit that served the customer.
    public var routeTo: CaseRoute
    /// A unit whose queue gets the case instead.
    public var unitID: String?
    /// Responses older than this when they arrive (an import of last year's answers) open no case.
    public var maxAgeDays: Int
    /// Anonymous answers open no case: there is nobody to call back.
    public var requireCustomer: Bool

    public init(
        id: String = Identifier.make(), name: String, enabled: Bool = true, surveyID: String? = nil,
        touchpointID: String? = nil, condition: CaseCondition, priority: CasePriority = .normal,
        firstContactHours: Double = 8, resolutionHours: Double = 40, routeTo: CaseRoute = .touchpointOwner,
        unitID: String? = nil, maxAgeDays: Int = 14, requireCustomer: Bool = true
    ) {
        self.id = id
        self.name = name
        self.enabled = enabled
        self.surveyID = surveyID
        self.touchpointID = touchpointID
        self.condition = condition
        self.priority = priority
        self.firstContactHours = firstContactHours
        self.resolutionHours = resolutionHours
        self.routeTo = routeTo
        self.unitID = unitID
        self.maxAgeDays = maxAgeDays
        self.requireCustomer = requireCustomer
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, enabled, surveyID, touchpointID, condition, priority, firstContactHours, resolutionHours, routeTo
        case unitID, maxAgeDays, requireCustomer
    }

    /// Decodes with the initialiser's defaults for everything but the name and condition.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent(String.self, forKey: .id) ?? Identifier.make(),
            name: try c.decode(String.self, forKey: .name),
            enabled: try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true,
            surveyID: try c.decodeIfPresent(String.self, forKey: .surveyID),
            touchpointID: try c.decodeIfPresent(String.self, forKey: .touchpointID),
            condition: try c.decode(CaseCondition.self, forKey: .condition),
            priority: try c.decodeIfPresent(CasePriority.self, forKey: .priority) ?? .normal,
            firstContactHours: try c.decodeIfPresent(Double.self, forKey: .firstContactHours) ?? 8,
            resolutionHours: try c.decodeIfPresent(Double.self, forKey: .resolutionHours) ?? 40,
            routeTo: try c.decodeIfPresent(CaseRoute.self, forKey: .routeTo) ?? .touchpointOwner,
            unitID: try c.decodeIfPresent(String.self, forKey: .unitID),
            maxAgeDays: try c.decodeIfPresent(Int.self, forKey: .maxAgeDays) ?? 14,
            requireCustomer: try c.decodeIfPresent(Bool.self, forKey: .requireCustomer) ?? true)
    }

    /// The longest target a rule may set: a year of business hours.
    public static let maxHours = 2_080.0

    /// Checks names and limits; which surveys, touchpoints and units exist is the store's to check.
    public func validated() throws(ValidationFailure) -> CaseRule {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        do { result.condition = try condition.validated() } catch { check.merge(error, prefix: "condition.") }
        for (field, hours) in [("firstContactHours", firstContactHours), ("resolutionHours", resolutionHours)] {
            check.check(
                hours.isFinite && hours > 0 && hours <= Self.maxHours, field,
                "must be a number of business hours above 0 and at most \(Int(Self.maxHours)) (got \(hours))")
        }
        if firstContactHours.isFinite, resolutionHours.isFinite, firstContactHours > resolutionHours {
            check.add("firstContactHours", "must not be later than resolutionHours (\(resolutionHours))")
        }
        check.check(
            (1...3_650).contains(maxAgeDays), "maxAgeDays", "must be a whole number of days from 1 to 3650")
        try check.finish()
        return result
    }

    /// How narrowly the rule applies: a touchpoint's rule wins over a survey's, which wins over a general one.
    public var specificity: Int { (touchpointID == nil ? 0 : 2) + (surveyID == nil ? 0 : 1) }
}

/// What in a response makes a rule open a case.
public enum CaseCondition: Sendable, Hashable {
    /// The survey's question measuring this (its first NPS question, say) scored at most `value`.
    case metricAtMost(ScoreKind, Int)
    /// One question scored at most `value`.
    case questionAtMost(question: String, Int)
    /// One question's chosen options include any of these.
    case choiceAnyOf(question: String, [String])
    /// An open answer (one question's, or any) mentions any of these words or phrases. A trailing
    /// `*` matches the start of a word, for Nordic compounds ("uppsäg*" finds "uppsägningen").
    case textMentions(question: String?, [String])

    /// Checks the values; phrases are trimmed and empty ones dropped.
    public func validated() throws(ValidationFailure) -> CaseCondition {
        switch self {
        case .metricAtMost, .questionAtMost:
            return self
        case .choiceAnyOf(let question, let options):
            let kept = options.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !kept.isEmpty else { throw ValidationFailure(field: "anyOf", "must name at least one option key") }
            return .choiceAnyOf(question: question, kept)
        case .textMentions(let question, let phrases):
            let kept = phrases.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            guard !kept.isEmpty, kept.count <= 200 else {
                throw ValidationFailure(field: "textMentions", "must list 1 to 200 words or phrases")
            }
            return .textMentions(question: question, kept)
        }
    }
}

extension CaseCondition: Codable {
    private enum CodingKeys: String, CodingKey {
        case metric, question, atMost, anyOf, textMentions
    }

    /// `{"metric": "nps", "atMost": 6}`, `{"question": "ces", "atMost": 2}`,
    /// `{"question": "reason", "anyOf": ["complaint"]}`, `{"textMentions": ["uppsäg*"], "question": "comment"}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let question = try c.decodeIfPresent(String.self, forKey: .question)
        if let phrases = try c.decodeIfPresent([String].self, forKey: .textMentions) {
            self = .textMentions(question: question, phrases)
        } else if let options = try c.decodeIfPresent([String].self, forKey: .anyOf) {
            guard let question else {
                throw DecodingError.keyNotFound(
                    CodingKeys.question, .init(codingPath: c.codingPath, debugDescription: "anyOf needs the question"))
            }
            self = .choiceAnyOf(question: question, options)
        } else if let limit = try c.decodeIfPresent(Int.self, forKey: .atMost) {
            if let metric = try c.decodeIfPresent(ScoreKind.self, forKey: .metric) {
                self = .metricAtMost(metric, limit)
            } else if let question {
                self = .questionAtMost(question: question, limit)
            } else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: c.codingPath + [CodingKeys.atMost],
                        debugDescription: "atMost needs a metric (nps, csat, ces, …) or a question key"))
            }
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: c.codingPath,
                    debugDescription:
                        "give atMost with a metric or question, anyOf with a question, or textMentions"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .metricAtMost(let metric, let limit):
            try c.encode(metric, forKey: .metric)
            try c.encode(limit, forKey: .atMost)
        case .questionAtMost(let question, let limit):
            try c.encode(question, forKey: .question)
            try c.encode(limit, forKey: .atMost)
        case .choiceAnyOf(let question, let options):
            try c.encode(question, forKey: .question)
            try c.encode(options, forKey: .anyOf)
        case .textMentions(let question, let phrases):
            try c.encodeIfPresent(question, forKey: .question)
            try c.encode(phrases, forKey: .textMentions)
        }
    }
}
