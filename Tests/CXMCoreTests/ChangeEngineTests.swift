import CXMCore
import Foundation
import Testing

@Suite("What changed")
struct ChangeEngineTests {
    let world = MeasurementWorld()
    let today = LocalDay(year: 2026, month: 3, day: 31)

    /// Days 1–10 of March against days 11–20: Store A falls from NPS +50 to −20, Store B holds at +20 but
    /// answers twice as often, Store C has three answers in each period (too few to show alone).
    var responses: [SurveyResponse] {
        world.npsResponses(promoters: 24, passives: 12, detractors: 4, unit: "store-a", day: 5)
            + world.npsResponses(promoters: 8, passives: 16, detractors: 16, unit: "store-a", day: 15)
            + world.npsResponses(promoters: 6, passives: 12, detractors: 2, unit: "store-b", day: 5)
            + world.npsResponses(promoters: 12, passives: 24, detractors: 4, unit: "store-b", day: 15)
            + world.npsResponses(promoters: 1, passives: 1, detractors: 1, unit: "store-c", day: 5)
            + world.npsResponses(promoters: 1, passives: 1, detractors: 1, unit: "store-c", day: 15)
    }

    func evaluate(_ parameters: [String: String], visibleFrom unit: String? = nil) async throws -> ChangeResult {
        let query = try ChangeQuery.parse(parameters, today: today)
        return try await ChangeEngine(context: world.context(visibleFrom: unit))
            .evaluate(query, source: InMemoryTallies(responses: responses, surveys: [world.survey]))
    }

    @Test("the parts of each dimension add up to the change, and the falling store is the largest contributor")
    func partsAddUp() async throws {
        let result = try await evaluate([
            "baseFrom": "2026-03-01", "baseTo": "2026-03-10", "from": "2026-03-11", "to": "2026-03-20", "by": "unit,touchpoint",
        ])
        let total = try #require(result.total)
        #expect(abs(total.before - 100.0 * (31 - 7) / 63) < 1e-9)
        #expect(abs(total.after - 100.0 * (21 - 21) / 83) < 1e-9)
        #expect(result.decompositions.map(\.dimension) == ["unit", "touchpoint"])
        for decomposition in result.decompositions {
            #expect(abs(decomposition.performance + decomposition.mix - total.change) < 1e-9)
        }
        let units = result.decompositions[0]
        #expect(units.largestContributors().first?.id == "store-a")
        // Store C alone is too small: it is pooled with the next smallest store, so that neither the pool nor
        // the difference to the total singles it out.
        #expect(units.segments.map(\.id).sorted() == [ChangeEngine.pooledID, "store-a"])
    }

    @Test("left out, the later period is the last 28 days and the earlier one the 28 days before")
    func defaultPeriods() throws {
        let query = try ChangeQuery.parse([:], today: today)
        #expect(query.metric == .nps)
        #expect(query.from == LocalDay(year: 2026, month: 3, day: 4) && query.to == today)
        #expect(query.baseTo == LocalDay(year: 2026, month: 3, day: 3))
        #expect(query.baseFrom == LocalDay(year: 2026, month: 2, day: 4))
        #expect(query.dimensions == [.touchpoint, .unit, .channel])
        #expect(try ChangeQuery.parse(Dictionary(uniqueKeysWithValues: query.parameters), today: today) == query)
    }

    @Test(
        "bad parameters are refused with the parameter named",
        arguments: [
            (["metric": "nki"], "metric"), (["metric": "rating"], "question"), (["by": "weather"], "by"),
            (["from": "soon"], "from"), (["baseTo": "2026-03-20", "from": "2026-03-11"], "baseTo"),
            (["colour": "red"], "colour"),
        ])
    func refused(parameters: [String: String], field: String) {
        #expect(throws: ValidationFailure.self) { try ChangeQuery.parse(parameters, today: today) }
        do {
            _ = try ChangeQuery.parse(parameters, today: today)
        } catch {
            #expect(error.errors.contains { $0.field == field })
        }
    }

    @Test("names are checked against the workspace and what the asker may see")
    func namesChecked() async throws {
        for (parameters, field) in [
            (["unit": "store-z"], "unit"), (["journey": "nowhere"], "journey"), (["touchpoint": "tp9"], "touchpoint"),
            (["metric": "rating", "question": "nps"], "question"),
        ] {
            await #expect(throws: ValidationFailure.self, "\(field)") { try await evaluate(parameters) }
        }
        await #expect(throws: ValidationFailure.self) { try await evaluate(["unit": "store-c"], visibleFrom: "region") }
        let region = try await evaluate(
            ["baseFrom": "2026-03-01", "baseTo": "2026-03-10", "from": "2026-03-11", "to": "2026-03-20", "by": "unit"],
            visibleFrom: "region")
        #expect(region.total?.answersBefore == 60)
    }
}
