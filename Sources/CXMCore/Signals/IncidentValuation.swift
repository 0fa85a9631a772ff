import Foundation

/// How an incident is valued: a configured value per affected customer-minute, and how long after the
/// incident the answers of affected and unaffected customers are compared.
public struct IncidentValuationSettings: Sendable, Hashable, Codable {
    /// What one customer without service for one minute costs, in the workspace's currency; nil for
    /// no estimated cost (the measured dip is still shown).
    public var valuePerCustomerMinute: Double?
    /// The weeks after the incident's start whose answers are compared.
    public var weeksAfter: Int
    /// Fewer answers than this on either side give no verdict.
    public var minimumAnswers: Int

    public init(valuePerCustomerMinute: Double? = nil, weeksAfter: Int = 4, minimumAnswers: Int = 20) {
        self.valuePerCustomerMinute = valuePerCustomerMinute
        self.weeksAfter = weeksAfter
        self.minimumAnswers = minimumAnswers
    }

    private enum CodingKeys: String, CodingKey { case valuePerCustomerMinute, weeksAfter, minimumAnswers }

    /// Fields left out keep their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        valuePerCustomerMinute = try container.decodeIfPresent(Double.self, forKey: .valuePerCustomerMinute)
        weeksAfter = try container.decodeIfPresent(Int.self, forKey: .weeksAfter) ?? 4
        minimumAnswers = try container.decodeIfPresent(Int.self, forKey: .minimumAnswers) ?? 20
    }

    public func validated() throws(ValidationFailure) -> IncidentValuationSettings {
        var check = Validator()
        if let value = valuePerCustomerMinute {
            check.check(value.isFinite && value >= 0 && value < 1e9, "valuePerCustomerMinute", "must be a number from 0 up")
        }
        check.check((1...26).contains(weeksAfter), "weeksAfter", "must be 1 to 26 weeks")
        check.check((5...10_000).contains(minimumAnswers), "minimumAnswers", "must be 5 to 10,000 answers")
        try check.finish()
        return self
    }
}

/// What an incident cost: how many customers it hit for how long, the cost that implies, and the
/// measured difference in NPS between affected and unaffected customers in the weeks after, with its
/// interval and test. The measured dip is what makes the estimate credible, or shows it is not.
public struct IncidentValuation: Sendable, Hashable, Codable {
    /// What the comparison of affected and unaffected customers shows.
    public enum Verdict: String, Sendable, Hashable, Codable {
        /// Affected customers score significantly lower.
        case dip
        /// Affected customers score significantly higher (a recovery handled well, or chance).
        case higher
        /// No difference the answers can detect; `neededAnswers` says how many would detect the one seen.
        case noDetectableDifference
        /// Too few answers on one side to compare.
        case tooFewAnswers
    }

    public var incidentID: String
    public var affectedCustomers: Int
    /// True when the count comes from the affected share of the units' customers, not from named customers.
    public var affectedIsEstimate: Bool
    public var minutes: Double
    public var customerMinutes: Double
    public var estimatedCost: Double?
    public var affected: NPSCounts
    public var unaffected: NPSCounts
    /// Affected minus unaffected NPS, in points, with its interval and test; nil without answers on both sides.
    public var difference: TestResult?
    public var differenceInterval: Interval?
    public var verdict: Verdict
    /// For `noDetectableDifference`: answers per side that would detect the difference seen at 95 %.
    public var neededAnswers: Int?

    /// Values an incident from its size and the answers after it.
    public static func value(
        _ incident: Incident, affectedCustomers: Int, affectedIsEstimate: Bool, affected: NPSCounts, unaffected: NPSCounts,
        settings: IncidentValuationSettings, now: Date, confidence: Confidence = .standard
    ) -> IncidentValuation {
        let minutes = incident.minutes(now: now)
        let customerMinutes = Double(max(0, affectedCustomers)) * minutes
        let test = NPSStatistics.differenceTest(affected, unaffected)
        var interval: Interval?
        if let a = affected.score, let b = unaffected.score,
            let standardError = NPSStatistics.differenceStandardError(affected, unaffected)
        {
            interval = Interval(low: a - b - confidence.z * standardError, high: a - b + confidence.z * standardError)
        }
        var verdict = Verdict.tooFewAnswers
        var needed: Int?
        if affected.n >= settings.minimumAnswers, unaffected.n >= settings.minimumAnswers, let test {
            if test.pValue < 1 - confidence.level {
                verdict = test.difference < 0 ? .dip : .higher
            } else {
                verdict = .noDetectableDifference
                needed = NPSStatistics.answersToDetect(
                    differencePoints: test.difference, samples: [affected, unaffected], confidence: confidence)
            }
        }
        return IncidentValuation(
            incidentID: incident.id, affectedCustomers: affectedCustomers, affectedIsEstimate: affectedIsEstimate,
            minutes: minutes, customerMinutes: customerMinutes,
            estimatedCost: settings.valuePerCustomerMinute.map { $0 * customerMinutes }, affected: affected,
            unaffected: unaffected, difference: test, differenceInterval: interval, verdict: verdict, neededAnswers: needed)
    }
}
