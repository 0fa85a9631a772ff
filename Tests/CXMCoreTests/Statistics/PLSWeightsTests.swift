import Foundation
import Testing

@testable import CXMCore

@Suite("NKI PLS weights")
struct PLSWeightsTests {
    /// Respondents whose first two items and outcome follow one satisfaction factor and whose third item
    /// is pure noise.
    static func survey(respondents: Int) -> (items: [[Double]], outcome: [Double]) {
        var random = SplitMix64(seed: 2024)
        var items: [[Double]] = []
        var outcome: [Double] = []
        for _ in 0..<respondents {
            let satisfaction = random.normal()
            items.append([
                7 + 1.5 * satisfaction + 0.6 * random.normal(),
                6.5 + 1.2 * satisfaction + 0.8 * random.normal(),
                6 + 1.5 * random.normal(),
            ])
            outcome.append(7 + 2 * satisfaction + random.normal())
        }
        return (items, outcome)
    }

    @Test("The noise item gets the smallest weight and the weights sum to 1", arguments: [PLSScheme.centroid, .path])
    func noise(scheme: PLSScheme) throws {
        let data = Self.survey(respondents: 400)

        let result = try #require(NKIStatistics.plsWeights(items: data.items, outcome: data.outcome, scheme: scheme))

        #expect(result.weights.count == 3)
        #expect(isClose(result.weights.reduce(0, +), 1, tolerance: 1e-12))
        #expect(result.weights[2] < result.weights[0])
        #expect(result.weights[2] < result.weights[1])
        #expect(abs(result.weights[2]) < 0.1)
        #expect((1...300).contains(result.iterations))
    }

    @Test("The PLS index weighs the informative items")
    func index() throws {
        let data = Self.survey(respondents: 400)
        let result = try #require(NKIStatistics.plsWeights(items: data.items, outcome: data.outcome))

        let index = result.index(itemMeans: [9, 9, 1])

        // The noise item at the bottom of the scale barely lowers the index.
        #expect(index > 80)
        #expect(NKIStatistics.equalWeightIndex(itemMeans: [9, 9, 1]) < 60)
    }

    @Test("Fewer complete respondents than the minimum give no weights")
    func minimum() {
        var data = Self.survey(respondents: 50)
        #expect(NKIStatistics.plsWeights(items: data.items, outcome: data.outcome) != nil)

        data.items[0][1] = .nan

        #expect(NKIStatistics.plsWeights(items: data.items, outcome: data.outcome) == nil)
        #expect(NKIStatistics.plsWeights(items: data.items, outcome: data.outcome, minimumRespondents: 40) != nil)
    }

    @Test("Mismatched or degenerate input gives no weights")
    func degenerate() {
        let data = Self.survey(respondents: 80)
        let constant = data.items.map { [$0[0], $0[1], 5.0] }

        #expect(NKIStatistics.plsWeights(items: data.items, outcome: Array(data.outcome.dropLast())) == nil)
        #expect(NKIStatistics.plsWeights(items: constant, outcome: data.outcome) == nil)
        #expect(NKIStatistics.plsWeights(items: [], outcome: []) == nil)
    }
}

/// A small seeded generator so that synthetic surveys are the same on every run and platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal draw by the Box–Muller transform.
    mutating func normal() -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let v = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
