import Foundation
import Testing

@testable import CXMCore

@Suite("Alert screening")
struct AlertScreeningTests {
    /// An assessed series with the given screening p-value that signalled or not; nil p means not assessable.
    static func assessment(p: Double?, signalled: Bool) -> TrendAssessment {
        let change = p.map { p in
            TrendChange(
                start: 30, cusumRunStart: nil, baselinePeriods: 4..<30, baselineValue: 20, currentValue: 25,
                difference: 5, interval: Interval(low: 1, high: 9), confidenceLevel: 0.95, statistic: 2.5, pValue: p,
                direction: .up, baselineN: 2_000, currentN: 600, detectors: signalled ? [.cusum] : [])
        }
        return TrendAssessment(
            measure: .share, points: [], recentPeriods: 30..<38, baseline: nil, change: change, screeningPValue: p,
            problem: p == nil ? .tooFewBaselineAnswers(n: 100, needed: 200) : nil)
    }

    @Test("The q-values are Benjamini–Hochberg's over the assessable series; the others have none")
    func qValues() throws {
        let pValues: [Double?] = [0.0004, nil, 0.03, 0.2, nil, 0.001, 0.9, 0.012]
        let assessments = pValues.map { Self.assessment(p: $0, signalled: true) }

        let decisions = try #require(AlertScreening.screen(assessments))

        let expected = MultipleTesting.benjaminiHochberg(pValues.compactMap { $0 })
        #expect(decisions.compactMap(\.qValue) == expected)
        #expect(decisions.indices.filter { decisions[$0].qValue == nil } == [1, 4])
        #expect(decisions.map(\.alerts) == [true, false, true, false, false, true, false, true])
    }

    @Test(
        "A series alerts only when a detector signalled and its q-value is within the rate",
        arguments: [(0.001, true, true), (0.001, false, false), (0.2, true, false), (0.05, true, true)])
    func rule(p: Double, signalled: Bool, alerts: Bool) throws {
        let decisions = try #require(AlertScreening.screen([Self.assessment(p: p, signalled: signalled)]))

        #expect(decisions == [AlertScreening.Decision(qValue: p, alerts: alerts)])
    }

    @Test("A stricter rate alerts on fewer series")
    func rate() throws {
        let assessments = [0.0004, 0.03, 0.012].map { Self.assessment(p: $0, signalled: true) }

        let loose = try #require(AlertScreening.screen(assessments, falseDiscoveryRate: 0.05))
        let strict = try #require(AlertScreening.screen(assessments, falseDiscoveryRate: 0.01))

        #expect(loose.map(\.alerts) == [true, true, true])
        #expect(strict.map(\.alerts) == [true, false, false])
    }

    @Test("A false-discovery rate outside (0, 1] is refused", arguments: [0, -0.05, 1.5, .nan])
    func invalidRate(rate: Double) {
        #expect(AlertScreening.screen([Self.assessment(p: 0.01, signalled: true)], falseDiscoveryRate: rate) == nil)
    }

    @Test("No series, no decisions")
    func empty() {
        #expect(AlertScreening.screen([]) == [])
    }

    @Test("Among 1,500 stable series, the three that really shifted alert and hardly any other does")
    func fifteenHundred() throws {
        let weeks = 36
        let recent = weeks - 6
        // One shift per measure in the last six weeks: NPS 30 → −10, a share 20 % → 40 %, CES 5.9 → 5.1.
        let shifted = [1_299, 700, 101]
        var series = TrendSeries(seed: 2_026)
        let samples: [(TrendMeasure, [PeriodSample])] = (0..<1_500).map { index in
            let shifts = { (week: Int) in shifted.contains(index) && week >= recent }
            return switch index % 3 {
            case 0: (.nps, series.nps(weeks: weeks, sizes: 30...70) { shifts($0) ? (0.3, 0.4) : (0.5, 0.2) })
            case 1: (.share, series.share(weeks: weeks, sizes: 30...70) { shifts($0) ? 0.4 : 0.2 })
            default:
                (.mean, series.mean(weeks: weeks, sizes: 30...70, standardDeviation: 1.3) { shifts($0) ? 5.1 : 5.9 })
            }
        }
        let detector = TrendDetector()
        let assessments = samples.map { detector.assess($0.1, measure: $0.0) }

        let decisions = try #require(AlertScreening.screen(assessments))

        let alerting = decisions.indices.filter { decisions[$0].alerts }
        #expect(assessments.allSatisfy { $0.isAssessable })
        #expect(Set(shifted).isSubset(of: alerting))
        #expect(alerting.count - shifted.count <= 2)
        for index in shifted {
            let change = try #require(assessments[index].change)
            #expect(abs(change.start - recent) <= 2)
        }
        #expect(decisions.compactMap(\.qValue) == MultipleTesting.benjaminiHochberg(assessments.compactMap(\.screeningPValue)))
    }
}
