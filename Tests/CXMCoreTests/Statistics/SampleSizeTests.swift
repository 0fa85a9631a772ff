import Testing

@testable import CXMCore

@Suite("Sample size for a margin")
struct SampleSizeTests {
    @Test("NPS sample sizes match the reference", arguments: try StatsFixtures.load().sampleSizeForMargin.cases)
    func reference(_ reference: StatsFixtures.SampleSizeCase) {
        let n = NPSStatistics.sampleSize(
            promoterShare: reference.promoterShare, detractorShare: reference.detractorShare,
            marginPoints: reference.marginPoints)

        #expect(n == reference.n)
    }

    @Test("A proportion needs 385 answers for ±5 % at 50 %, and more for a stricter level")
    func proportion() {
        #expect(ProportionStatistics.sampleSize(expectedShare: 0.5, margin: 0.05) == 385)
        #expect(ProportionStatistics.sampleSize(expectedShare: 0.5, margin: 0.05, confidence: Confidence(level: 0.99)) == 664)
    }

    @Test("A mean needs (z·σ/E)² answers, rounded up")
    func mean() {
        // (1.959963984540054 × 1.5 / 0.2)² = 216.08…
        #expect(MeanStatistics.sampleSize(standardDeviation: 1.5, margin: 0.2) == 217)
    }

    @Test("An exact integer requirement is not bumped up by rounding")
    func exactInteger() {
        // z² · 0.25 / margin² is exactly 2401 at margin z/98.
        let z = Confidence.standard.z

        #expect(ProportionStatistics.sampleSize(expectedShare: 0.5, margin: z / 98) == 2401)
    }

    @Test(
        "Nonsense input asks for no sample rather than crashing",
        arguments: [
            NPSStatistics.sampleSize(promoterShare: 0.7, detractorShare: 0.5, marginPoints: 5),
            NPSStatistics.sampleSize(promoterShare: 0.4, detractorShare: 0.2, marginPoints: 0),
            NPSStatistics.sampleSize(promoterShare: -0.1, detractorShare: 0.2, marginPoints: 5),
            ProportionStatistics.sampleSize(expectedShare: 1.5, margin: 0.05),
            ProportionStatistics.sampleSize(expectedShare: 0.5, margin: .nan),
            MeanStatistics.sampleSize(standardDeviation: -1, margin: 0.1),
            MeanStatistics.sampleSize(standardDeviation: 1, margin: 0.1, confidence: Confidence(level: 1)),
        ])
    func invalid(n: Int) {
        #expect(n == 0)
    }
}
