import Testing

@testable import CXMCore

@Suite("Proportion intervals and tests")
struct ProportionStatisticsTests {
    @Test("Wilson intervals match the reference", arguments: try StatsFixtures.load().proportionInterval.cases)
    func wilson(_ reference: StatsFixtures.ProportionCase) throws {
        let interval = try #require(ProportionStatistics.wilson(successes: reference.successes, n: reference.n))

        #expect(isClose(interval.low, reference.wilson.low))
        #expect(isClose(interval.high, reference.wilson.high))
    }

    @Test("Impossible counts give no interval", arguments: [(0, 0), (1, 0), (-1, 10), (11, 10)])
    func invalid(successes: Int, n: Int) {
        #expect(ProportionStatistics.wilson(successes: successes, n: n) == nil)
    }

    @Test("A Wilson interval holds the observed share and widens with the confidence level", arguments: [1, 17, 40, 79])
    func coverage(successes: Int) throws {
        let share = Double(successes) / 80

        let standard = try #require(ProportionStatistics.wilson(successes: successes, n: 80))
        let strict = try #require(ProportionStatistics.wilson(successes: successes, n: 80, confidence: Confidence(level: 0.99)))

        #expect(standard.contains(share))
        #expect(strict.low < standard.low && strict.high > standard.high)
        #expect(strict.clamped(to: 0...1) == strict)
    }

    @Test("The two-proportion z test uses the pooled share")
    func twoProportions() throws {
        // 62/80 against 48/80: pooled 0.6875; z and p computed with scipy.
        let result = try #require(ProportionStatistics.twoProportionTest(successesA: 62, nA: 80, successesB: 48, nB: 80))

        #expect(isClose(result.difference, 0.175, tolerance: 1e-12))
        #expect(isClose(result.statistic, 2.3878480231828374))
        #expect(isClose(result.pValue, 0.01694734833756826))
    }

    @Test(
        "Two-proportion tests without variance or data give no result",
        arguments: [(0, 10, 0, 12), (10, 10, 12, 12), (3, 0, 4, 10), (11, 10, 4, 10)])
    func undefinedTest(successesA: Int, nA: Int, successesB: Int, nB: Int) {
        #expect(ProportionStatistics.twoProportionTest(successesA: successesA, nA: nA, successesB: successesB, nB: nB) == nil)
    }
}
