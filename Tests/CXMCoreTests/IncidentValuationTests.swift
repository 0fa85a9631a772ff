import Foundation
import Testing

@testable import CXMCore

@Suite("What an incident cost")
struct IncidentValuationTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)
    static let outage = Incident(
        id: "inc-1", sourceID: "noc", externalID: "INC-1", title: "Mobile data down", severity: .major, startedAt: start,
        endedAt: start.addingTimeInterval(2 * 3600))

    @Test func affectedCustomersScoringLowerIsADipWithItsIntervalAndCost() {
        let valuation = IncidentValuation.value(
            Self.outage, affectedCustomers: 500, affectedIsEstimate: false,
            affected: NPSCounts(promoters: 10, passives: 10, detractors: 20),
            unaffected: NPSCounts(promoters: 200, passives: 100, detractors: 100),
            settings: IncidentValuationSettings(valuePerCustomerMinute: 0.5), now: Self.start.addingTimeInterval(86_400))

        #expect(valuation.minutes == 120)
        #expect(valuation.customerMinutes == 60_000)
        #expect(valuation.estimatedCost == 30_000)
        #expect(valuation.difference.map { abs($0.difference + 50) < 1e-9 } == true)
        // SE = 100·√(0.6875/40 + 0.6875/400) = 13.75 points.
        #expect(
            valuation.differenceInterval.map { abs($0.low + 76.949_504_787) < 1e-6 && abs($0.high + 23.050_495_213) < 1e-6 }
                == true)
        #expect(valuation.verdict == .dip)
        #expect(valuation.neededAnswers == nil)
    }

    @Test func aDifferenceTheAnswersCannotDetectSaysHowManyWould() {
        let valuation = IncidentValuation.value(
            Self.outage, affectedCustomers: 40, affectedIsEstimate: true,
            affected: NPSCounts(promoters: 12, passives: 10, detractors: 8),
            unaffected: NPSCounts(promoters: 15, passives: 10, detractors: 5), settings: IncidentValuationSettings(),
            now: Self.start)

        #expect(valuation.estimatedCost == nil)
        #expect(valuation.verdict == .noDetectableDifference)
        // Pooled shares 27/60 and 13/60, a 20-point difference, 95 % and 80 % power.
        #expect(valuation.neededAnswers == 241)
    }

    @Test func tooFewAnswersGiveNoVerdictAnOngoingIncidentCountsToNow() {
        var ongoing = Self.outage
        ongoing.endedAt = nil
        let valuation = IncidentValuation.value(
            ongoing, affectedCustomers: 10, affectedIsEstimate: false,
            affected: NPSCounts(promoters: 0, passives: 1, detractors: 4),
            unaffected: NPSCounts(promoters: 50, passives: 20, detractors: 10), settings: IncidentValuationSettings(),
            now: Self.start.addingTimeInterval(1800))

        #expect(valuation.minutes == 30)
        #expect(valuation.verdict == .tooFewAnswers)
        #expect(valuation.difference != nil)
    }

    @Test func settingsAreChecked() {
        let error = #expect(throws: ValidationFailure.self) {
            try IncidentValuationSettings(valuePerCustomerMinute: -1, weeksAfter: 0, minimumAnswers: 1).validated()
        }
        #expect(error?.errors.map(\.field) == ["valuePerCustomerMinute", "weeksAfter", "minimumAnswers"])
    }
}

@Suite("An incident with no difference still shows its interval")
struct IncidentValuationZeroTests {
    @Test func equalScoresGiveAnIntervalAroundZero() {
        let counts = NPSCounts(promoters: 30, passives: 10, detractors: 10)
        let valuation = IncidentValuation.value(
            IncidentValuationTests.outage, affectedCustomers: 5, affectedIsEstimate: false, affected: counts,
            unaffected: counts, settings: IncidentValuationSettings(), now: IncidentValuationTests.start)

        #expect(valuation.differenceInterval.map { $0.low < 0 && $0.high > 0 && abs($0.low + $0.high) < 1e-9 } == true)
        #expect(valuation.verdict == .tooFewAnswers || valuation.verdict == .noDetectableDifference)
    }
}
