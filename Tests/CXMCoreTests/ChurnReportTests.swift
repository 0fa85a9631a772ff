import Foundation
import Testing

@testable import CXMCore

@Suite("Do detractors leave more?")
struct ChurnReportTests {
    static func customers(_ category: NPSCategory?, count: Int, churned: Int, reason: String = "price") -> [ChurnReport.Customer]
    {
        (0..<count).map { index in
            ChurnReport.Customer(
                category: category, churned: index < churned, revenueLost: index < churned ? 1_200 : nil,
                reason: index < churned ? reason : nil, revenue: index < churned ? nil : 1_000)
        }
    }

    @Test func detractorsLeavingFourTimesAsOftenIsSignificant() throws {
        let report = ChurnReport.make(
            Self.customers(.detractor, count: 100, churned: 20, reason: "service")
                + Self.customers(.passive, count: 100, churned: 8) + Self.customers(.promoter, count: 200, churned: 6)
                + Self.customers(nil, count: 10, churned: 3, reason: "moved"))

        let detractors = try #require(report.groups.first { $0.category == .detractor })
        #expect(detractors.rate == 0.2)
        #expect(detractors.revenueLost == 24_000)
        #expect(detractors.interval.map { $0.low < 0.2 && $0.high > 0.2 } == true)
        // Pooled share 34/400; z = (0.2 − 14/300) / √(0.085·0.915·(1/100 + 1/300)).
        #expect(report.detractorsAgainstRest.map { abs($0.statistic - 4.761_537_388) < 1e-6 } == true)
        #expect(report.relativeRisk.map { abs($0 - 4.285_714) < 1e-5 } == true)
        #expect(report.detractorsLeaveMore)
        #expect(report.churnedWithoutAnswer == 3)
        #expect(report.reasons.map(\.reason) == ["service", "price", "moved"])
        #expect(report.reasons[0].byCategory == [.detractor: 20])
        #expect(report.revenueAtRisk == 80_000)
    }

    @Test func equalRatesAreNoEvidence() {
        let report = ChurnReport.make(
            Self.customers(.detractor, count: 50, churned: 5) + Self.customers(.promoter, count: 50, churned: 5))

        #expect(!report.detractorsLeaveMore)
        #expect(report.relativeRisk == 1)
        #expect(NPSCategory(score: 6) == .detractor && NPSCategory(score: 7) == .passive && NPSCategory(score: 9) == .promoter)
    }
}
