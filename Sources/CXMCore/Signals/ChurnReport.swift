import Foundation

/// Do detractors leave more? Customers grouped by the NPS category of their last answer before the
/// period, with the share of each group that churned in the period, its Wilson interval, the test of
/// detractors against the rest, and the revenue that left and that is at risk.
public struct ChurnReport: Sendable, Hashable, Codable {
    /// One NPS category's customers.
    public struct Group: Sendable, Hashable, Codable {
        public var category: NPSCategory
        public var customers: Int
        public var churned: Int
        /// Churned share, 0–1; nil without customers.
        public var rate: Double?
        public var interval: Interval?
        /// Yearly revenue that left with the churned customers.
        public var revenueLost: Double

        public init(category: NPSCategory, customers: Int, churned: Int, revenueLost: Double, confidence: Confidence = .standard)
        {
            self.category = category
            self.customers = customers
            self.churned = churned
            self.revenueLost = revenueLost
            rate = customers > 0 ? Double(churned) / Double(customers) : nil
            interval = ProportionStatistics.wilson(successes: churned, n: customers, confidence: confidence)
        }
    }

    /// The reasons churned customers gave, most common first, with the categories they came from.
    public struct Reason: Sendable, Hashable, Codable {
        public var reason: String
        public var count: Int
        public var byCategory: [NPSCategory: Int]

        public init(reason: String, count: Int, byCategory: [NPSCategory: Int]) {
            self.reason = reason
            self.count = count
            self.byCategory = byCategory
        }
    }

    public var groups: [Group]
    /// Detractors' churn rate minus everyone else's (promoters and passives), in share units, tested.
    public var detractorsAgainstRest: TestResult?
    /// How many times as likely detractors are to leave as the rest; nil when the rest did not leave.
    public var relativeRisk: Double?
    /// Whether detractors leave significantly more, at 95 %.
    public var detractorsLeaveMore: Bool
    /// Customers who churned without any answer before the period (they have no category).
    public var churnedWithoutAnswer: Int
    public var reasons: [Reason]
    /// Yearly revenue of the detractors who have not left (their own revenue attribute), at risk.
    public var revenueAtRisk: Double?

    /// One customer as the report sees them: the category of their last answer (nil without one), whether
    /// they churned in the period, with what revenue and reason.
    public struct Customer: Sendable, Hashable {
        public var category: NPSCategory?
        public var churned: Bool
        public var revenueLost: Double?
        public var reason: String?
        /// Their yearly revenue while still a customer, when known.
        public var revenue: Double?

        public init(
            category: NPSCategory?, churned: Bool, revenueLost: Double? = nil, reason: String? = nil, revenue: Double? = nil
        ) {
            self.category = category
            self.churned = churned
            self.revenueLost = revenueLost
            self.reason = reason
            self.revenue = revenue
        }
    }

    public static func make(_ customers: [Customer], confidence: Confidence = .standard) -> ChurnReport {
        var groups: [Group] = []
        for category in NPSCategory.allCases {
            let members = customers.filter { $0.category == category }
            groups.append(
                Group(
                    category: category, customers: members.count, churned: members.filter(\.churned).count,
                    revenueLost: members.compactMap(\.revenueLost).reduce(0, +), confidence: confidence))
        }
        let detractors = groups.first { $0.category == .detractor }!
        let rest = groups.filter { $0.category != .detractor }
        let restCustomers = rest.map(\.customers).reduce(0, +)
        let restChurned = rest.map(\.churned).reduce(0, +)
        let test = ProportionStatistics.twoProportionTest(
            successesA: detractors.churned, nA: detractors.customers, successesB: restChurned, nB: restCustomers)
        var relativeRisk: Double?
        if let rate = detractors.rate, restCustomers > 0, restChurned > 0 {
            relativeRisk = rate / (Double(restChurned) / Double(restCustomers))
        }
        var reasons: [String: (count: Int, byCategory: [NPSCategory: Int])] = [:]
        for customer in customers where customer.churned {
            let reason = customer.reason ?? "unknown"
            reasons[reason, default: (0, [:])].count += 1
            if let category = customer.category { reasons[reason]?.byCategory[category, default: 0] += 1 }
        }
        let atRisk = customers.filter { $0.category == .detractor && !$0.churned }.compactMap(\.revenue)
        return ChurnReport(
            groups: groups, detractorsAgainstRest: test, relativeRisk: relativeRisk,
            detractorsLeaveMore: test.map { $0.difference > 0 && $0.pValue < 1 - confidence.level } ?? false,
            churnedWithoutAnswer: customers.filter { $0.category == nil && $0.churned }.count,
            reasons: reasons.map { Reason(reason: $0.key, count: $0.value.count, byCategory: $0.value.byCategory) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason },
            revenueAtRisk: atRisk.isEmpty ? nil : atRisk.reduce(0, +))
    }
}

/// Where an NPS answer puts a customer.
public enum NPSCategory: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
    case promoter, passive, detractor

    public init(score: Int) {
        self = score >= 9 ? .promoter : score >= 7 ? .passive : .detractor
    }
}
