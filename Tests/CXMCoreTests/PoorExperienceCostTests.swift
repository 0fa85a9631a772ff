import Foundation
import Testing

@testable import CXMCore

@Suite("The cost of poor experience by month")
struct PoorExperienceCostTests {
    static let oslo = TimeZone(identifier: "Europe/Oslo")!
    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static let march = LocalDay(year: 2026, month: 3, day: 1)

    @Test("months start at local midnight on the first, so March in Oslo is 743 hours and April 720")
    func monthEdgesInTheWorkspaceZone() {
        let months = PoorExperienceCost.months(
            from: Self.march.start(in: Self.oslo), to: Self.march.adding(months: 2).start(in: Self.oslo), in: Self.oslo)

        #expect(months.map(\.month) == [Self.march, Self.march.adding(months: 1)])
        #expect(months.map(\.range.lowerBound) == [Self.utc("2026-02-28T23:00:00Z"), Self.utc("2026-03-31T22:00:00Z")])
        #expect(months.map { $0.range.upperBound.timeIntervalSince($0.range.lowerBound) / 3600 } == [743, 720])
    }

    @Test("a period starting mid-month is clipped to it, and an empty period has no months")
    func clipping() {
        let from = Self.utc("2026-03-15T12:00:00Z")
        let months = PoorExperienceCost.months(from: from, to: Self.utc("2026-04-10T00:00:00Z"), in: Self.oslo)

        #expect(months.first?.range.lowerBound == from)
        #expect(months.last?.range.upperBound == Self.utc("2026-04-10T00:00:00Z"))
        #expect(PoorExperienceCost.months(from: from, to: from, in: Self.oslo).isEmpty)
    }

    @Test(
        "an incident counts whole in the month it started in the workspace's zone",
        arguments: [
            ("2026-03-31T21:30:00Z", [1, 0]),  // 23:30 on 31 March in Oslo
            ("2026-03-31T22:30:00Z", [0, 1]),  // 00:30 on 1 April in Oslo, 22:30 on 31 March in UTC
            ("2026-02-28T22:59:00Z", [0, 0]),  // before the period
        ])
    func bucketing(start: String, expected: [Int]) {
        let cost = PoorExperienceCost.make(
            from: Self.march.start(in: Self.oslo), to: Self.march.adding(months: 2).start(in: Self.oslo), zone: Self.oslo,
            incidents: [PoorExperienceCost.IncidentCost(startedAt: Self.utc(start), customerMinutes: 100)], churn: [:],
            valuePerCustomerMinute: 0.5)

        #expect(cost.months.map(\.incidents) == expected)
        #expect(cost.months.map(\.customerMinutes) == expected.map { Double($0) * 100 })
        #expect(cost.months.map(\.estimatedCost) == expected.map { Double($0) * 50 })
    }

    @Test("an incident running into the next month adds all its customer-minutes to its first; churn sits by index")
    func spanningAndChurn() {
        // Three hours from 23:00 on 31 March (Oslo) into April: 180 minutes for 10 customers.
        let cost = PoorExperienceCost.make(
            from: Self.march.start(in: Self.oslo), to: Self.march.adding(months: 2).start(in: Self.oslo), zone: Self.oslo,
            incidents: [PoorExperienceCost.IncidentCost(startedAt: Self.utc("2026-03-31T21:00:00Z"), customerMinutes: 1_800)],
            churn: [1: PoorExperienceCost.ChurnTotals(churned: 4, revenue: 2_000, detractors: 3, detractorRevenue: 1_600)],
            valuePerCustomerMinute: nil)

        #expect(cost.months.map(\.customerMinutes) == [1_800, 0])
        #expect(cost.months.map(\.estimatedCost) == [nil, nil])
        #expect(cost.months.map(\.churned) == [0, 4])
        #expect(cost.months[1].detractorRevenue == 1_600 && cost.months[1].churnedDetractors == 3)
    }
}
