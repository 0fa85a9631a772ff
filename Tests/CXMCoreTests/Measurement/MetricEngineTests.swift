import CXMCore
import Foundation
import Testing

@Suite("Measurement engine")
struct MetricEngineTests {
    let world = MeasurementWorld()

    @Test func npsCountsOnlyAnsweredQuestionsAndReportsSkipsApart() async throws {
        let responses =
            world.npsResponses(promoters: 9, passives: 7, detractors: 4)
            + (0..<3).map { _ in world.response(["csat": 4]) }
        let result = try await world.evaluate(world.query(.nps), responses)
        let total = try #require(result.total)
        #expect(total.figure.n == 20)
        #expect(total.figure.skipped == 3)
        #expect(total.figure.value == 25)
        #expect(total.figure.details.promoters == 9 && total.figure.details.detractors == 4)
        // Adjusted Wald (n+3, +¾ each): the fixture's 9/7/4 case.
        let interval = try #require(total.figure.interval)
        #expect(abs(interval.low - -9.470161896581722) < 1e-9)
        #expect(abs(interval.high - 52.94842276614694) < 1e-9)
        #expect(total.figure.lowSample)
    }

    @Test func groupsBelowTheMinimumAreLeftOutAndCounted() async throws {
        let responses =
            world.npsResponses(promoters: 20, passives: 10, detractors: 10, touchpoint: "tp1")
            + world.npsResponses(promoters: 2, passives: 1, detractors: 1, touchpoint: "tp2")
            + world.npsResponses(promoters: 1, passives: 1, detractors: 1, touchpoint: "tp3")
        let result = try await world.evaluate(world.query(.nps, by: [.touchpoint]), responses)
        #expect(result.groups.map { $0.key[0].id } == ["tp1"])
        #expect(result.suppressedGroups == 2)
        #expect(result.groups[0].figure.lowSample == false)
        #expect(result.groups[0].key[0].label == "Compare")
    }

    /// The total minus the groups shown must not give away a hidden group: while the hidden groups
    /// hold fewer than 5 answers together, the smallest shown groups are hidden too.
    @Test func aHiddenGroupCannotBeWorkedOutFromTheTotal() async throws {
        let responses =
            world.npsResponses(promoters: 20, passives: 10, detractors: 10, touchpoint: "tp1")
            + world.npsResponses(promoters: 5, passives: 2, detractors: 1, touchpoint: "tp2")
            + world.npsResponses(promoters: 0, passives: 1, detractors: 2, touchpoint: "tp3")
        let result = try await world.evaluate(world.query(.nps, by: [.touchpoint]), responses)
        // tp3 (3 answers) is hidden; with it tp2 (8), the smallest shown, so that 11 are hidden together.
        #expect(result.groups.map { $0.key[0].id } == ["tp1"])
        #expect(result.suppressedGroups == 2)
        #expect(result.total?.figure.n == 51)
        // One group of 40 and one of 4: both hidden, the total of 44 stays.
        let two =
            world.npsResponses(promoters: 20, passives: 10, detractors: 10, touchpoint: "tp1")
            + world.npsResponses(promoters: 0, passives: 0, detractors: 4, touchpoint: "tp2")
        let both = try await world.evaluate(world.query(.nps, by: [.touchpoint]), two)
        #expect(both.groups.isEmpty)
        #expect(both.suppressedGroups == 2)
        #expect(both.total?.figure.n == 44)
    }

    /// A baseline of fewer than 5 answers is never shown, for the total as for the groups.
    @Test func theTotalsBaselineRespectsTheThreshold() async throws {
        let responses =
            world.npsResponses(promoters: 20, passives: 10, detractors: 10, day: 20)
            + world.npsResponses(promoters: 0, passives: 0, detractors: 3, day: 10)
        let query = world.query(.nps, compare: .previous, from: LocalDay(year: 2026, month: 3, day: 16))
        let total = try #require(try await world.evaluate(query, responses).total)
        #expect(total.figure.n == 40)
        #expect(total.baselineAnswers == 3)
        #expect(total.baseline == nil)
        #expect(total.comparison == nil)
    }

    @Test func unitsRollUpThroughTheTree() async throws {
        let responses =
            world.npsResponses(promoters: 10, passives: 0, detractors: 0, unit: "store-a")
            + world.npsResponses(promoters: 0, passives: 0, detractors: 10, unit: "store-b")
            + world.npsResponses(promoters: 5, passives: 5, detractors: 0, unit: "store-c")
        let result = try await world.evaluate(world.query(.nps, by: [.unit]), responses)
        let byUnit = Dictionary(uniqueKeysWithValues: result.groups.map { ($0.key[0].id, $0.figure) })
        #expect(byUnit["company"]?.n == 30)
        #expect(byUnit["region"]?.n == 20 && byUnit["region"]?.value == 0)
        #expect(byUnit["store-a"]?.value == 100)
        #expect(result.groups.map { $0.key[0].id } == ["company", "region", "store-a", "store-b", "store-c"])
        #expect(result.groups.first { $0.key[0].id == "store-a" }?.key[0].parentID == "region")
        #expect(result.groups.first { $0.key[0].id == "store-a" }?.key[0].depth == 2)
        #expect(byUnit["store-a"]?.n == 10)
        // The total counts each answer once.
        #expect(result.total?.figure.n == 30)
    }

    @Test func aTeamLeadSeesOnlyTheirSubtree() async throws {
        let responses =
            world.npsResponses(promoters: 10, passives: 0, detractors: 0, unit: "store-a")
            + world.npsResponses(promoters: 0, passives: 0, detractors: 10, unit: "store-c")
        let result = try await world.evaluate(world.query(.nps, by: [.unit]), responses, visibleFrom: "region")
        #expect(result.groups.map { $0.key[0].id } == ["region", "store-a"])
        #expect(result.total?.figure.n == 10)
        await #expect(throws: ValidationFailure.self) {
            try await world.evaluate(
                world.query(.nps, filters: MetricFilters(units: ["store-c"])), responses, visibleFrom: "region")
        }
    }

    @Test(arguments: [
        (MetricFilters(touchpoints: ["nope"]), nil as String?, Metric.nps, "touchpoint"),
        (MetricFilters(units: ["nope"]), nil, .nps, "unit"),
        (MetricFilters(journeys: ["nope"]), nil, .nps, "journey"),
        (MetricFilters(languages: ["de"]), nil, .nps, "language"),
        (MetricFilters(segment: "nope"), nil, .nps, "segment"),
        (MetricFilters(), "comment", .nps, "question"),
        (MetricFilters(), "csat", .nps, "question"),
        (MetricFilters(), nil, .rating, "question"),
        (MetricFilters(), "unknown", .csat, "question"),
    ])
    func badInputIsRefusedNamingTheField(
        filters: MetricFilters, question: String?, metric: Metric, field: String
    )
        async throws
    {
        let responses = world.npsResponses(promoters: 5, passives: 5, detractors: 5)
        do {
            _ = try await world.evaluate(world.query(metric, filters: filters, question: question), responses)
            Issue.record("expected a validation failure naming \(field)")
        } catch let failure as ValidationFailure {
            #expect(failure.errors.map(\.field).contains(field), "\(failure.errors)")
        }
    }

    @Test func aQuestionOfAnotherTypeIsRefusedWithTheReason() async throws {
        do {
            _ = try await world.evaluate(world.query(.nps, question: "csat"), [])
            Issue.record("expected a failure")
        } catch let failure as ValidationFailure {
            let message = failure.errors.first?.message ?? ""
            #expect(message.contains("csat question") && message.contains("metric=csat"), "\(message)")
        }
    }

    @Test func aPeriodWithoutAnswersIsAnExplicitEmptyResult() async throws {
        let responses = world.npsResponses(promoters: 5, passives: 5, detractors: 5, day: 10)
        let result = try await world.evaluate(
            world.query(
                .nps, by: [.week], from: LocalDay(year: 2026, month: 1, day: 1), to: LocalDay(year: 2026, month: 1, day: 31)),
            responses)
        #expect(result.isEmpty)
        #expect(result.total == nil)
        #expect(result.groups.isEmpty)
    }

    @Test func csatIsTheShareOfFoursAndFivesWithAWilsonInterval() async throws {
        let scores = Array(repeating: 5, count: 40) + Array(repeating: 4, count: 22) + Array(repeating: 2, count: 18)
        let result = try await world.evaluate(world.query(.csat), scores.map { world.response(["csat": $0]) })
        let figure = try #require(result.total?.figure)
        #expect(figure.n == 80)
        #expect(abs(figure.value - 77.5) < 1e-12)
        // The fixture's 62 of 80.
        #expect(abs(figure.interval!.low - 67.21321021639265) < 1e-9)
        #expect(abs(figure.interval!.high - 85.26679265915337) < 1e-9)
        #expect(figure.details.distribution.map(\.count) == [0, 18, 0, 22, 40])
    }

    @Test func cesIsAMeanWithATInterval() async throws {
        let scores = [5, 6, 7, 4, 6, 7, 7, 3, 5, 6, 6, 7]
        let result = try await world.evaluate(world.query(.ces), scores.map { world.response(["ces": $0]) })
        let figure = try #require(result.total?.figure)
        #expect(abs(figure.value - 5.75) < 1e-12)
        #expect(abs(figure.interval!.low - 4.931607608433678) < 1e-9)
        #expect(abs(figure.interval!.high - 6.568392391566322) < 1e-9)
        #expect(abs(figure.details.share! - 1000.0 / 12) < 1e-9)
    }

    @Test func nkiIsTheEqualWeightIndexOfTheThreeItems() async throws {
        let items = [
            (8, 7, 6), (9, 8, 8), (7, 7, 6), (10, 9, 9), (6, 5, 4), (8, 8, 7),
        ]
        let responses = items.map { world.response(["overall": $0.0, "expect": $0.1, "ideal": $0.2]) }
        let result = try await world.evaluate(world.query(.nki), responses)
        let figure = try #require(result.total?.figure)
        #expect(abs(figure.value - 70.37037037037037) < 1e-9)
        #expect(
            figure.details.items.map(\.score).enumerated().allSatisfy { index, score in
                abs(score - [77.77777777777779, 70.37037037037037, 62.96296296296297][index]) < 1e-9
            })
        #expect(result.weights?.method == "equal")
    }

    @Test func ratingNeedsItsQuestionAndShowsTopBox() async throws {
        let responses = [10, 10, 8, 6, 9].map { world.response(["speed": $0]) }
        let result = try await world.evaluate(world.query(.rating, question: "speed"), responses)
        let figure = try #require(result.total?.figure)
        #expect(abs(figure.value - 8.6) < 1e-12)
        #expect(abs(figure.details.share! - 40) < 1e-12)
        #expect(figure.details.distribution.count == 10)
    }

    @Test func aSeriesComparesEachPeriodWithTheOneBeforeAndCorrects() async throws {
        // Weeks of 2–8, 9–15 and 16–22 March: steady, steady, then a clear fall.
        let responses =
            world.npsResponses(promoters: 120, passives: 50, detractors: 30, day: 3)
            + world.npsResponses(promoters: 118, passives: 52, detractors: 30, day: 10)
            + world.npsResponses(promoters: 60, passives: 60, detractors: 80, day: 17)
        let result = try await world.evaluate(
            world.query(.nps, by: [.week], compare: .previous, from: LocalDay(year: 2026, month: 3, day: 2)), responses)
        #expect(result.groups.map { $0.key[0].id } == ["2026-W10", "2026-W11", "2026-W12"])
        #expect(result.groups[0].comparison == nil)
        let steady = try #require(result.groups[1].comparison)
        #expect(!steady.significant && steady.direction == .unchanged)
        let fall = try #require(result.groups[2].comparison)
        #expect(fall.significant && fall.direction == .down)
        #expect(fall.adjustedPValue >= fall.pValue)
        #expect(steady.adjustedPValue >= steady.pValue)
        // The headline compares March 2–31 with the 30 days before, which hold no answers.
        #expect(result.total?.comparison == nil)
    }

    @Test func aBaselineWithoutAnswersCountsZeroAnswersAndNoComparisonCountsNone() async throws {
        let responses = world.npsResponses(promoters: 20, passives: 10, detractors: 10, day: 10)
        // March against the 31 days before, which hold no answers.
        let previous = try #require(try await world.evaluate(world.query(.nps, compare: .previous), responses).total)
        #expect(previous.baselineAnswers == 0)
        #expect(previous.baseline == nil && previous.comparison == nil)
        let unCompared = try #require(try await world.evaluate(world.query(.nps), responses).total)
        #expect(unCompared.baselineAnswers == nil, "no comparison, so no baseline to count")
        let rest = try await world.evaluate(world.query(.nps, by: [.touchpoint], compare: .rest), responses)
        #expect(rest.groups.map(\.baselineAnswers) == [0], "one touchpoint leaves no rest to compare with")
        #expect(rest.total?.baselineAnswers == nil, "the total is not compared with the rest")
    }

    @Test func baselineAnswersAreCountedWhateverTheMinimumAndRoundTripThroughJSON() async throws {
        // Weeks of 2–8 (3 answers, under the minimum of 5), 9–15 and 16–22 March.
        let responses =
            world.npsResponses(promoters: 2, passives: 1, detractors: 0, day: 3)
            + world.npsResponses(promoters: 20, passives: 10, detractors: 10, day: 10)
            + world.npsResponses(promoters: 25, passives: 10, detractors: 10, day: 17)
        let result = try await world.evaluate(
            world.query(.nps, by: [.week], compare: .previous, from: LocalDay(year: 2026, month: 3, day: 9)), responses)
        #expect(result.groups.map { $0.key[0].id } == ["2026-W11", "2026-W12"])
        #expect(result.groups.map(\.baselineAnswers) == [3, 40])
        #expect(result.groups[0].baseline == nil, "too few answers for a baseline")
        #expect(result.groups[1].baseline?.n == 40)
        // The headline's baseline (14 February to 8 March) holds the 3: counted, not shown.
        #expect(result.total?.baselineAnswers == 3)
        #expect(result.total?.baseline == nil)

        let json = try JSONEncoder().encode(result)
        #expect(String(decoding: json, as: UTF8.self).contains("\"baselineAnswers\":3"))
        #expect(try JSONDecoder().decode(MetricResult.self, from: json) == result)
    }

    @Test func comparingWithTheRestFindsOnlyRealDifferences() async throws {
        let responses =
            world.npsResponses(promoters: 100, passives: 60, detractors: 40, unit: "store-a")
            + world.npsResponses(promoters: 95, passives: 65, detractors: 40, unit: "store-b")
            + world.npsResponses(promoters: 40, passives: 60, detractors: 100, unit: "store-c")
        let result = try await world.evaluate(
            world.query(.nps, by: [.unit], compare: .rest, filters: MetricFilters(units: ["company"])), responses)
        let c = try #require(result.groups.first { $0.key[0].id == "store-c" }?.comparison)
        #expect(c.significant && c.direction == .down)
        // Within the region, the two similar stores differ only by chance.
        let region = try await world.evaluate(
            world.query(.nps, by: [.unit], compare: .rest, filters: MetricFilters(units: ["region"])), responses)
        for store in ["store-a", "store-b"] {
            let comparison = try #require(region.groups.first { $0.key[0].id == store }?.comparison)
            #expect(!comparison.significant && comparison.direction == .unchanged)
        }
    }

    @Test func yearOverYearComparesTheSameRangeAYearBefore() async throws {
        let lastYear = (0..<200).map { index in
            var response = world.response(["nps": index % 10 < 6 ? 10 : 3])
            response.submittedAt = LocalDay(year: 2025, month: 3, day: 10).start(in: MeasurementWorld.zone)
                .addingTimeInterval(43_200)
            return response
        }
        let thisYear = (0..<200).map { index in world.response(["nps": index % 10 < 3 ? 10 : 3]) }
        let result = try await world.evaluate(world.query(.nps, compare: .year), lastYear + thisYear)
        let total = try #require(result.total)
        #expect(total.baseline?.n == 200)
        #expect(total.comparison?.direction == .down)
    }
}
