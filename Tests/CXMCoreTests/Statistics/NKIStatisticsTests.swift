import Testing

@testable import CXMCore

@Suite("NKI equal weights")
struct NKIStatisticsTests {
    static let itemNames = ["overall_satisfaction", "expectations_met", "close_to_ideal"]

    @Test("Item scores and the equal-weight index match the reference")
    func reference() throws {
        let reference = try StatsFixtures.load().nkiEqualWeights
        let means = try Self.itemNames.map { name in
            let answers = try #require(reference.items[name])
            return MeanSummary(values: answers).mean
        }

        let scores = means.map(NKIStatistics.itemScore(mean:))

        #expect(isClose(scores, try Self.itemNames.map { try #require(reference.itemScores[$0]) }, tolerance: 1e-12))
        #expect(isClose(NKIStatistics.equalWeightIndex(itemMeans: means), reference.index, tolerance: 1e-12))
    }

    @Test("The ends of the 1–10 scale map to 0 and 100", arguments: [(1.0, 0.0), (10, 100), (5.5, 50)])
    func scale(mean: Double, score: Double) {
        #expect(isClose(NKIStatistics.itemScore(mean: mean), score, tolerance: 1e-12))
    }

    @Test("Equal PLS weights reproduce the equal-weight index")
    func equalWeights() {
        let means = [8.0, 7.3, 6.6]

        let index = PLSResult(weights: [1.0 / 3, 1.0 / 3, 1.0 / 3], iterations: 1).index(itemMeans: means)

        #expect(isClose(index, NKIStatistics.equalWeightIndex(itemMeans: means), tolerance: 1e-12))
    }

    @Test("No items give no index")
    func empty() {
        #expect(NKIStatistics.equalWeightIndex(itemMeans: []).isNaN)
    }
}
