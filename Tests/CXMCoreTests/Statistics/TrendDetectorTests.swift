import Foundation
import Testing

@testable import CXMCore

@Suite("Trend detector: signals and changes")
struct TrendDetectorTests {
    @Test("A stable weekly share raises nothing")
    func stable() throws {
        var series = TrendSeries(seed: 3)
        let samples = series.share(weeks: 60, sizes: 100...100) { _ in 0.2 }

        let assessment = TrendDetector().assess(samples, measure: .share)

        let change = try #require(assessment.change)
        #expect(change.detectors.isEmpty)
        #expect(change.start == 52)
        #expect(assessment.points.allSatisfy { $0.lower != nil && $0.z != nil })
        #expect(AlertScreening.screen([assessment])?.first?.alerts == false)
    }

    @Test("Stable series seldom signal, and none of them passes the screening")
    func stableFamily() {
        let detector = TrendDetector()
        var series = TrendSeries(seed: 4)
        let assessments = (0..<200).map { _ in
            detector.assess(series.nps(weeks: 40, sizes: 60...140) { _ in (0.5, 0.2) }, measure: .nps)
        }

        let signalled = assessments.count(where: \.isSignalled)
        let decisions = AlertScreening.screen(assessments) ?? []

        // Three detectors over an eight-week window signal for roughly one stable series in twenty.
        #expect(signalled <= 24)
        #expect(decisions.count == 200)
        #expect(decisions.allSatisfy { !$0.alerts })
        // A valid p-value is at most α with probability α when nothing changed; the Bonferroni step makes
        // the screening p-value conservative (about 2.5 % at 5 %).
        #expect(assessments.count { ($0.screeningPValue ?? 0) <= 0.05 } <= 16)
    }

    @Test("The screening p-value is the smallest p-value of the recent window's suffixes times their number")
    func screening() throws {
        var series = TrendSeries(seed: 7)
        var samples = series.share(weeks: 40, sizes: 90...110) { _ in 0.3 }
        samples[36] = .share(successes: 2, n: 10)

        let assessment = TrendDetector().assess(samples, measure: .share)

        // The window's start and every later week with enough answers (not week 36) start a candidate.
        let candidates = [32, 33, 34, 35, 37, 38, 39]
        let successes = { (periods: Range<Int>) in samples[periods].reduce(0) { $0 + $1.successes } }
        let answers = { (periods: Range<Int>) in samples[periods].reduce(0) { $0 + $1.n } }
        let pValues = try candidates.map { start in
            try #require(
                ProportionStatistics.twoProportionTest(
                    successesA: successes(start..<40), nA: answers(start..<40), successesB: successes(6..<32),
                    nB: answers(6..<32))
            ).pValue
        }
        let screening = try #require(assessment.screeningPValue)
        #expect(isClose(screening, min(1, 7 * (pValues.min() ?? 1)), tolerance: 1e-12))
    }

    @Test(
        "A CES drop from 5.9 to 4.5 at week 40 is found, starting at week 40, about −1.4 points",
        arguments: [44, 48, 60])
    func step(weeks: Int) throws {
        var series = TrendSeries(seed: UInt64(weeks))
        let samples = series.mean(weeks: weeks, sizes: 50...70, standardDeviation: 1.3) { $0 < 40 ? 5.9 : 4.5 }

        let assessment = TrendDetector().assess(samples, measure: .mean)

        let change = try #require(assessment.change)
        #expect(change.detectors.contains(.cusum) && change.detectors.contains(.shewhart))
        #expect(abs(change.start - 40) <= 2)
        #expect(abs(change.difference + 1.4) < 0.25)
        #expect(change.direction == .down)
        #expect(change.interval.high < 0)
        #expect(change.currentN == samples[change.start...].reduce(0) { $0 + $1.n })
        #expect(change.baselinePeriods.upperBound <= change.start)
        #expect(try #require(assessment.screeningPValue) < 1e-10)
        #expect(try #require(AlertScreening.screen([assessment])?.first).alerts)
    }

    @Test("Without refinement the change starts where the CUSUM run started")
    func runStart() throws {
        var series = TrendSeries(seed: 48)
        let samples = series.mean(weeks: 48, sizes: 50...70, standardDeviation: 1.3) { $0 < 40 ? 5.9 : 4.5 }

        let refined = TrendDetector().assess(samples, measure: .mean)
        let literal = TrendDetector(refinesChangeStart: false).assess(samples, measure: .mean)

        let refinedChange = try #require(refined.change)
        let literalChange = try #require(literal.change)
        #expect(literalChange.start == literalChange.cusumRunStart)
        #expect(refinedChange.cusumRunStart == literalChange.cusumRunStart)
        #expect(try #require(refinedChange.cusumRunStart) <= refinedChange.start)
    }

    @Test("An NPS rise over the last five weeks points up, with a p-value from the Wald difference test")
    func npsRise() throws {
        var series = TrendSeries(seed: 21)
        let samples = series.nps(weeks: 40, sizes: 80...120) { $0 >= 35 ? (0.65, 0.1) : (0.45, 0.25) }

        let assessment = TrendDetector().assess(samples, measure: .nps)

        let change = try #require(assessment.change)
        #expect(change.direction == .up)
        #expect(!change.detectors.isEmpty)
        #expect((33...37).contains(change.start))
        let counts = { (periods: Range<Int>) in
            let slice = samples[periods]
            let promoters = slice.reduce(0) { $0 + $1.successes }
            let detractors = slice.reduce(0) { $0 + $1.failures }
            let n = slice.reduce(0) { $0 + $1.n }
            return NPSCounts(promoters: promoters, passives: n - promoters - detractors, detractors: detractors)
        }
        let test = try #require(
            NPSStatistics.differenceTest(counts(change.start..<40), counts(change.baselinePeriods)))
        #expect(isClose(change.difference, test.difference, tolerance: 1e-12))
        #expect(isClose(change.pValue, test.pValue, tolerance: 1e-9))
        #expect(change.interval.contains(change.difference))
    }

    @Test("A quiet series compares its recent window with the baseline: pooled z test, unpooled interval")
    func quietComparison() throws {
        var series = TrendSeries(seed: 5)
        let samples = series.share(weeks: 40, sizes: 90...110) { _ in 0.3 }

        let assessment = TrendDetector().assess(samples, measure: .share)

        let change = try #require(assessment.change)
        try #require(change.detectors.isEmpty)
        #expect(change.start == 32 && change.baselinePeriods == 6..<32)
        let successes = { (periods: Range<Int>) in samples[periods].reduce(0) { $0 + $1.successes } }
        let answers = { (periods: Range<Int>) in samples[periods].reduce(0) { $0 + $1.n } }
        let test = try #require(
            ProportionStatistics.twoProportionTest(
                successesA: successes(32..<40), nA: answers(32..<40), successesB: successes(6..<32),
                nB: answers(6..<32)))
        #expect(isClose(change.difference, 100 * test.difference, tolerance: 1e-12))
        #expect(isClose(change.pValue, test.pValue, tolerance: 1e-12))
        let recent = Double(successes(32..<40)) / Double(answers(32..<40))
        let before = Double(successes(6..<32)) / Double(answers(6..<32))
        let standardError =
            100
            * (recent * (1 - recent) / Double(answers(32..<40)) + before * (1 - before) / Double(answers(6..<32)))
            .squareRoot()
        #expect(isClose(change.interval.margin, 1.959963984540054 * standardError, tolerance: 1e-9))
    }

    @Test("A sudden drop in the last week alone reaches the screening")
    func lastWeekDrop() throws {
        var series = TrendSeries(seed: 8)
        let samples = series.mean(weeks: 40, sizes: 70...90, standardDeviation: 1.3) { $0 == 39 ? 4.9 : 5.9 }

        let assessment = TrendDetector().assess(samples, measure: .mean)

        let change = try #require(assessment.change)
        #expect(change.start == 39)
        #expect(assessment.points[39].signals.contains(.shewhart))
        #expect(try #require(assessment.screeningPValue) < 1e-6)
    }

    @Test("A mean's spread is the pooled within-period standard deviation, not the spread of all answers")
    func pooledWithin() throws {
        // Period 0 holds 1, 2, 3 and period 1 holds 5, 7: within squares 2 + 2 over 2 + 1 degrees of freedom.
        let samples: [PeriodSample] = [
            .mean(sum: 6, sumOfSquares: 14, n: 3), .mean(sum: 12, sumOfSquares: 74, n: 2),
            .mean(sum: 8, sumOfSquares: 34, n: 2),
        ]
        let detector = TrendDetector(
            minimumPeriodN: 2, baselinePeriods: 2, minimumBaselinePeriods: 2, minimumBaselineN: 5, recentPeriods: 1)

        let assessment = detector.assess(samples, measure: .mean)

        let baseline = try #require(assessment.baseline)
        #expect(isClose(baseline.value, 3.6, tolerance: 1e-12))
        #expect(isClose(baseline.standardDeviation, (4.0 / 3).squareRoot(), tolerance: 1e-12))
        #expect(isClose(assessment.points[2].z, (4 - 3.6) / ((4.0 / 3).squareRoot() / 2.0.squareRoot())))
    }

    @Test("The EWMA runs on the standardized values from the first baseline period, with target 0 and σ 1")
    func ewmaOnZ() throws {
        var series = TrendSeries(seed: 6)
        let samples = series.share(weeks: 50, sizes: 40...160) { _ in 0.25 }

        let assessment = TrendDetector().assess(samples, measure: .share)

        let watched = assessment.points[16...]
        let expected = ControlCharts.ewma(watched.compactMap(\.z), target: 0, sigma: 1)
        #expect(assessment.baseline?.periods == 16..<42)
        #expect(assessment.points[..<16].allSatisfy { $0.ewma == nil && $0.cusumUp == nil && $0.z != nil })
        #expect(isClose(watched.compactMap(\.ewma), expected.map(\.value), tolerance: 1e-12))
        #expect(isClose(watched.compactMap(\.ewmaUpper), expected.map(\.upper), tolerance: 1e-12))
        let cusum = ControlCharts.cusum(watched.compactMap(\.z))
        #expect(isClose(watched.compactMap(\.cusumDown), cusum.map(\.down), tolerance: 1e-12))
    }
}
