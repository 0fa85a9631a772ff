import Testing

@testable import CXMCore

@Suite("NPS intervals")
struct NPSIntervalTests {
    @Test("Score, Wald and adjusted-Wald intervals match the reference", arguments: try StatsFixtures.load().npsInterval.cases)
    func reference(_ reference: StatsFixtures.NPSIntervalCase) throws {
        let counts = NPSCounts(
            promoters: reference.promoters, passives: reference.passives, detractors: reference.detractors)

        let wald = try #require(NPSStatistics.waldInterval(counts))
        let adjusted = try #require(NPSStatistics.adjustedWald(counts))

        #expect(isClose(counts.score, reference.nps, tolerance: 1e-12))
        #expect(isClose(NPSStatistics.waldStandardError(counts), try #require(reference.wald.se)))
        #expect(isClose(wald.low, reference.wald.low))
        #expect(isClose(wald.high, reference.wald.high))
        #expect(isClose(adjusted.center, try #require(reference.adjustedWald.center)))
        #expect(isClose(adjusted.interval.low, reference.adjustedWald.low))
        #expect(isClose(adjusted.interval.high, reference.adjustedWald.high))
    }

    @Test("No answers give no score, no error and no interval")
    func empty() {
        let counts = NPSCounts(promoters: 0, passives: 0, detractors: 0)

        #expect(counts.score == nil)
        #expect(NPSStatistics.waldStandardError(counts) == nil)
        #expect(NPSStatistics.waldInterval(counts) == nil)
        #expect(NPSStatistics.adjustedWald(counts) == nil)
    }

    @Test("Negative counts are rejected rather than scored")
    func negative() {
        let counts = NPSCounts(promoters: 5, passives: 3, detractors: -1)

        #expect(counts.score == nil)
        #expect(NPSStatistics.adjustedWald(counts) == nil)
    }

    @Test("The adjusted interval passes ±100 for tiny samples and clamps for display")
    func clamping() throws {
        let (_, interval) = try #require(NPSStatistics.adjustedWald(NPSCounts(promoters: 5, passives: 0, detractors: 0)))

        let shown = interval.clamped(to: -100...100)

        #expect(interval.high > 100)
        #expect(shown.high == 100)
        #expect(shown.low == interval.low)
    }

    @Test("A higher confidence level widens the interval")
    func level() throws {
        let counts = NPSCounts(promoters: 45, passives: 35, detractors: 20)

        let standard = try #require(NPSStatistics.waldInterval(counts))
        let strict = try #require(NPSStatistics.waldInterval(counts, confidence: Confidence(level: 0.99)))

        #expect(strict.margin > standard.margin)
        #expect(isClose(strict.margin / standard.margin, 2.5758293035489004 / 1.959963984540054, tolerance: 1e-12))
    }

    @Test("Answers on the 0–10 scale are counted into the three groups")
    func answers() {
        let counts = NPSCounts(answers: [10, 9, 8, 7, 6, 0, 11, -1])

        #expect(counts == NPSCounts(promoters: 2, passives: 2, detractors: 2))
    }
}

@Suite("NPS difference test")
struct NPSDifferenceTests {
    @Test("z and p match the reference", arguments: try StatsFixtures.load().npsDifferenceTest.cases)
    func reference(_ reference: StatsFixtures.NPSDifferenceCase) throws {
        let a = NPSCounts(promoters: reference.a[0], passives: reference.a[1], detractors: reference.a[2])
        let b = NPSCounts(promoters: reference.b[0], passives: reference.b[1], detractors: reference.b[2])

        let result = try #require(NPSStatistics.differenceTest(a, b))

        #expect(isClose(result.difference, reference.difference))
        #expect(isClose(result.statistic, reference.z))
        #expect(isClose(result.pValue, reference.pTwoSided))
    }

    @Test("Swapping the samples flips the sign and keeps the p-value")
    func symmetric() throws {
        let a = NPSCounts(promoters: 90, passives: 70, detractors: 40)
        let b = NPSCounts(promoters: 70, passives: 70, detractors: 60)

        let forward = try #require(NPSStatistics.differenceTest(a, b))
        let backward = try #require(NPSStatistics.differenceTest(b, a))

        #expect(backward.difference == -forward.difference)
        #expect(backward.pValue == forward.pValue)
        #expect(forward.isSignificant())
    }

    @Test(
        "Undefined comparisons give no result",
        arguments: [
            (NPSCounts(promoters: 0, passives: 0, detractors: 0), NPSCounts(promoters: 3, passives: 1, detractors: 1)),
            (NPSCounts(promoters: 3, passives: 1, detractors: 1), NPSCounts(promoters: 0, passives: 0, detractors: 0)),
            (NPSCounts(promoters: 5, passives: 0, detractors: 0), NPSCounts(promoters: 0, passives: 0, detractors: 9)),
        ])
    func undefined(a: NPSCounts, b: NPSCounts) {
        #expect(NPSStatistics.differenceTest(a, b) == nil)
    }
}
