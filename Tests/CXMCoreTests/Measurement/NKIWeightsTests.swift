import CXMCore
import Foundation
import Testing

@Suite("NKI with estimated weights")
struct NKIWeightsTests {
    let world = MeasurementWorld()

    /// Respondents whose recommendation follows overall satisfaction and expectations; the ideal item is noise.
    func respondents(_ count: Int) -> [SurveyResponse] {
        (0..<count).map { index in
            let base = 3 + index % 7
            let noise = [9, 2, 6, 4, 10, 1, 7, 3, 8, 5][index % 10]
            return world.response([
                "overall": base + index % 2, "expect": base + (index / 2) % 2, "ideal": noise,
                "nps": min(10, base + index % 3),
            ])
        }
    }

    func query(compare: ComparisonMode = .none, by: [MetricGrouping] = []) -> MetricQuery {
        var query = world.query(.nki, by: by, compare: compare)
        query.options.nkiWeights = .estimated
        return query
    }

    @Test func fittedWeightsFavourTheItemsThatDriveRecommendationAndAreReported() async throws {
        let responses = respondents(120)
        let result = try await world.evaluate(query(by: [.touchpoint]), responses)
        let weights = try #require(result.weights)
        #expect(weights.method == "pls-centroid")
        #expect(abs(weights.overall + weights.expectations + weights.ideal - 1) < 1e-9)
        #expect(weights.ideal < weights.overall && weights.ideal < weights.expectations)
        let total = try #require(result.total?.figure)
        #expect(total.n == 120)
        let equal = try await world.evaluate(world.query(.nki), responses)
        #expect(abs(total.value - (equal.total?.figure.value ?? 0)) > 0.1)
        // By hand: each respondent's weighted index, averaged.
        let w = [weights.overall, weights.expectations, weights.ideal]
        let expected =
            responses.map { response in
                zip(w, ["overall", "expect", "ideal"]).reduce(0.0) { sum, pair in
                    sum + pair.0 * (Double(response.answer(pair.1)!.score!) - 1) / 9 * 100
                }
            }.reduce(0, +) / 120
        #expect(abs(total.value - expected) < 1e-9)
        #expect(result.groups.first?.figure.n == 120)
    }

    @Test func tooFewRespondentsFallBackToEqualWeightsAndSaySo() async throws {
        let result = try await world.evaluate(query(), respondents(30))
        let weights = try #require(result.weights)
        #expect(weights.method == "equal")
        #expect(weights.note?.contains("30 did") == true)
    }

    @Test func estimatedWeightsAreNotComparedAcrossPeriods() async throws {
        await #expect(throws: ValidationFailure.self) { try await world.evaluate(query(compare: .previous), []) }
        var other = world.query(.nps)
        other.options.nkiWeights = .estimated
        await #expect(throws: ValidationFailure.self) { try await world.evaluate(other, []) }
    }
}
