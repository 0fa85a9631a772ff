import Foundation

/// The cost of poor experience month by month: the incidents that started in each calendar month of the
/// workspace (how many, the customer-minutes they cost, and what those are worth at the configured value),
/// and the customers who left that month with the revenue they took, of which the detractors' share. It
/// puts the two ways bad experience costs money side by side over time.
public struct PoorExperienceCost: Sendable, Hashable, Codable {
    /// One calendar month, clipped to the period asked for.
    public struct Month: Sendable, Hashable, Codable {
        /// The first day of the month in the workspace's time zone.
        public var month: LocalDay
        public var from: Date
        public var to: Date
        public var incidents: Int
        public var customerMinutes: Double
        /// Customer-minutes times the value per customer-minute; nil when no value is configured.
        public var estimatedCost: Double?
        public var churned: Int
        public var churnedRevenue: Double
        /// Of the churned: those whose last NPS answer in the year before they left was a detractor's.
        public var churnedDetractors: Int
        public var detractorRevenue: Double

        public init(
            month: LocalDay, from: Date, to: Date, incidents: Int = 0, customerMinutes: Double = 0,
            estimatedCost: Double? = nil, churned: Int = 0, churnedRevenue: Double = 0, churnedDetractors: Int = 0,
            detractorRevenue: Double = 0
        ) {
            self.month = month
            self.from = from
            self.to = to
            self.incidents = incidents
            self.customerMinutes = customerMinutes
            self.estimatedCost = estimatedCost
            self.churned = churned
            self.churnedRevenue = churnedRevenue
            self.churnedDetractors = churnedDetractors
            self.detractorRevenue = detractorRevenue
        }
    }

    /// An incident as the report counts it: when it started and the customer-minutes it cost.
    public struct IncidentCost: Sendable, Hashable {
        public var startedAt: Date
        public var customerMinutes: Double

        public init(startedAt: Date, customerMinutes: Double) {
            self.startedAt = startedAt
            self.customerMinutes = customerMinutes
        }
    }

    /// The churn of one month, already summed by the store.
    public struct ChurnTotals: Sendable, Hashable {
        public var churned: Int
        public var revenue: Double
        public var detractors: Int
        public var detractorRevenue: Double

        public init(churned: Int, revenue: Double, detractors: Int, detractorRevenue: Double) {
            self.churned = churned
            self.revenue = revenue
            self.detractors = detractors
            self.detractorRevenue = detractorRevenue
        }
    }

    public var from: Date
    public var to: Date
    /// The value per customer-minute the costs are estimated with; nil when none is configured.
    public var valuePerCustomerMinute: Double?
    public var months: [Month]

    /// More months than this are refused: the table and chart are meant for a few years at most.
    public static let maximumMonths = 60

    /// The calendar months that [from, to) touches, each clipped to the period, with local midnights on
    /// the first of the month as edges (so a month is 743 or 745 hours when the clocks change in it).
    public static func months(from: Date, to: Date, in zone: TimeZone) -> [(month: LocalDay, range: Range<Date>)] {
        guard from < to else { return [] }
        let (year, month, _) = LocalDay(from, in: zone).civil
        var first = LocalDay(year: year, month: month, day: 1)
        var result: [(month: LocalDay, range: Range<Date>)] = []
        while first.start(in: zone) < to, result.count <= maximumMonths {
            let next = first.adding(months: 1)
            result.append((first, max(from, first.start(in: zone))..<min(to, next.start(in: zone))))
            first = next
        }
        return result
    }

    /// Buckets the incidents by the month they started in (an incident that runs into the next month
    /// counts whole in its first) and sets the churn totals beside them, by month index.
    public static func make(
        from: Date, to: Date, zone: TimeZone, incidents: [IncidentCost], churn: [Int: ChurnTotals],
        valuePerCustomerMinute: Double?
    ) -> PoorExperienceCost {
        let buckets = months(from: from, to: to, in: zone)
        var result = buckets.map { Month(month: $0.month, from: $0.range.lowerBound, to: $0.range.upperBound) }
        for incident in incidents {
            guard let index = buckets.firstIndex(where: { $0.range.contains(incident.startedAt) }) else { continue }
            result[index].incidents += 1
            result[index].customerMinutes += incident.customerMinutes
        }
        for index in result.indices {
            result[index].estimatedCost = valuePerCustomerMinute.map { $0 * result[index].customerMinutes }
            if let totals = churn[index] {
                result[index].churned = totals.churned
                result[index].churnedRevenue = totals.revenue
                result[index].churnedDetractors = totals.detractors
                result[index].detractorRevenue = totals.detractorRevenue
            }
        }
        return PoorExperienceCost(from: from, to: to, valuePerCustomerMinute: valuePerCustomerMinute, months: result)
    }

    public init(from: Date, to: Date, valuePerCustomerMinute: Double?, months: [Month]) {
        self.from = from
        self.to = to
        self.valuePerCustomerMinute = valuePerCustomerMinute
        self.months = months
    }
}
