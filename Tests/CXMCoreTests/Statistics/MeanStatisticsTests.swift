import Testing

@testable import CXMCore

@Suite("Mean intervals and tests")
struct MeanStatisticsTests {
    @Test("The t interval of the CES answers matches the reference")
    func tInterval() throws {
        let reference = try StatsFixtures.load().meanInterval
        let summary = MeanSummary(values: reference.values)

        let interval = try #require(MeanStatistics.tInterval(summary))

        #expect(isClose(summary.mean, reference.mean, tolerance: 1e-12))
        #expect(isClose(interval.low, reference.low))
        #expect(isClose(interval.high, reference.high))
    }

    @Test("A summary from count, sum and sum of squares equals one from the values")
    func aggregates() throws {
        let values = try StatsFixtures.load().meanInterval.values
        let direct = MeanSummary(values: values)

        let aggregated = MeanSummary(
            n: values.count, sum: values.reduce(0, +), sumOfSquares: values.reduce(0) { $0 + $1 * $1 })

        #expect(aggregated.n == direct.n)
        #expect(isClose(aggregated.mean, direct.mean, tolerance: 1e-14))
        #expect(isClose(aggregated.variance, direct.variance, tolerance: 1e-12))
    }

    @Test("A constant sample far from zero keeps a variance of exactly zero")
    func constant() {
        let values = Array(repeating: 1e8 + 0.1, count: 7)

        #expect(MeanSummary(values: values).variance == 0)
        #expect(MeanSummary(n: 7, sum: values.reduce(0, +), sumOfSquares: values.reduce(0) { $0 + $1 * $1 }).variance >= 0)
    }

    @Test(
        "Fewer than two values give no interval",
        arguments: [MeanSummary(values: []), MeanSummary(values: [4]), MeanSummary(n: 1, sum: 4, sumOfSquares: 16)])
    func tooSmall(summary: MeanSummary) {
        #expect(MeanStatistics.tInterval(summary) == nil)
        #expect(MeanStatistics.welchTest(summary, MeanSummary(values: [1, 2, 3])) == nil)
    }

    @Test("Welch's test matches scipy's ttest_ind(equal_var=False)")
    func welch() throws {
        let a = MeanSummary(values: [7.1, 6.8, 7.5, 8.0, 6.9, 7.3, 7.7, 6.5, 7.2, 7.8])
        let b = MeanSummary(values: [6.2, 6.9, 5.8, 7.1, 6.4, 6.0, 6.6, 5.5])

        let result = try #require(MeanStatistics.welchTest(a, b))

        #expect(isClose(MeanStatistics.welchDegreesOfFreedom(a, b), 14.047103717456073))
        #expect(isClose(result.difference, 0.9674999999999994))
        #expect(isClose(result.statistic, 3.9523942048372422))
        #expect(isClose(result.pValue, 0.0014362146368886342))
    }

    @Test("Two constant samples give no Welch test")
    func noVariance() {
        #expect(MeanStatistics.welchTest(MeanSummary(values: [5, 5, 5]), MeanSummary(values: [6, 6])) == nil)
    }
}
