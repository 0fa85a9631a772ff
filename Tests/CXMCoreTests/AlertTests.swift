import CXMCore
import Foundation
import Testing

@Suite("Alert")
struct AlertTests {
    /// An alert raised from a series that drops six weeks before the end of 40 weeks.
    private static func alert(_ key: AlertSeriesKey) throws -> Alert {
        let periods = AlertEngine.weeks(endingBefore: LocalDay(year: 2026, month: 6, day: 1), count: 40)
        let samples = (0..<40).map { week in
            key.metric == .theme
                ? PeriodSample.share(successes: week < 34 ? 10 : 40, n: 200)
                : PeriodSample.mean(
                    sum: Double(week < 34 ? 60 * 6 : 60 * 4), sumOfSquares: Double(week < 34 ? 60 * 37 : 60 * 17), n: 60)
        }
        let check = AlertEngine().check([AlertSeries(key: key, samples: samples)], periods: periods)
        let finding = try #require(check.findings.first)
        return Alert(
            id: "a1", key: key, status: .open,
            snapshot: AlertSnapshot(
                periods: periods, assessment: finding.assessment, qValue: finding.qValue, isWorse: finding.isWorse,
                falseDiscoveryRate: check.falseDiscoveryRate),
            raisedAt: Date(), updatedAt: Date())
    }

    @Test("an alert says since which week, and filters its answers from then and its metric over every week")
    func sinceAndFilters() throws {
        let alert = try Self.alert(AlertSeriesKey(metric: .ces, question: "ces", touchpointID: "tp-1", unitID: "u-1"))
        let since = try #require(alert.snapshot.changePeriod)
        #expect(alert.since == since.start)
        #expect(since.start >= alert.snapshot.periods[30].start)
        let answers = try #require(alert.answersFilter)
        #expect(answers.map(\.name) == ["touchpoint", "unit", "from", "to"])
        #expect(answers[2].value == since.start.iso)
        #expect(answers[3].value == LocalDay(year: 2026, month: 5, day: 31).iso)
        let metric = try #require(alert.metricFilter)
        #expect(metric.map(\.name) == ["metric", "touchpoint", "unit", "from", "to"])
        #expect(metric.first?.value == "ces")
        #expect(metric[3].value == alert.snapshot.periods[0].start.iso)
    }

    @Test("a theme alert finds the theme's negative mentions and has no metric to chart")
    func themeFilters() throws {
        let alert = try Self.alert(AlertSeriesKey(metric: .theme, themeID: "waiting"))
        let answers = try #require(alert.answersFilter)
        #expect(answers.map(\.name) == ["from", "to", "theme", "sentiment"])
        #expect(answers.last?.value == "negative")
        #expect(alert.metricFilter == nil)
    }
}

@Suite("Alert series from cells")
struct AlertSeriesCellTests {
    static func key(_ metric: AlertMetric, _ touchpoint: String, _ unit: String?) -> AlertSeriesKey {
        AlertSeriesKey(metric: metric, question: "q", touchpointID: touchpoint, unitID: unit)
    }

    @Test("cells add up per unit and across units; a touchpoint seen in one unit has no across-units series")
    func cellsAddUpPerUnitAndAcrossUnits() {
        let a = PeriodSample.nps(promoters: 5, detractors: 2, n: 10)
        let b = PeriodSample.nps(promoters: 1, detractors: 3, n: 6)
        let series = AlertSeries.fromCells(
            [
                (Self.key(.nps, "t1", "u1"), [a, .empty]),
                // A second survey at the same touchpoint and unit adds to the same series.
                (Self.key(.nps, "t1", "u1"), [b, b]),
                (Self.key(.nps, "t1", "u2"), [.empty, a]),
                (Self.key(.nps, "t2", "u1"), [a, a]),
                // A cell with the wrong number of periods is left out.
                (Self.key(.nps, "t3", "u1"), [a]),
            ], periods: 2)
        let byKey = Dictionary(uniqueKeysWithValues: series.map { ($0.key, $0.samples) })
        #expect(byKey.count == 4)
        #expect(byKey[Self.key(.nps, "t1", "u1")] == [.nps(promoters: 6, detractors: 5, n: 16), b])
        #expect(
            byKey[Self.key(.nps, "t1", nil)] == [
                .nps(promoters: 6, detractors: 5, n: 16), .nps(promoters: 6, detractors: 5, n: 16),
            ])
        #expect(byKey[Self.key(.nps, "t2", nil)] == nil)
        #expect(series.map(\.key) == series.map(\.key).sorted())
    }

    @Test("the sums the store reads give the samples a tally gives", arguments: [AlertMetric.nps, .csat, .ces, .rating])
    func storeSumsMatchTallies(metric: AlertMetric) {
        var tally = ScoreTally.empty
        for score in [0, 3, 4, 5, 6, 7, 9, 10, 10, 2] { tally.add(score: score) }
        tally.addSkip()
        let (first, second) =
            AlertSeries.countedScores(metric).map { (tally.count(in: $0.first), $0.second.map { tally.count(in: $0) } ?? 0) }
            ?? (tally.sum, tally.sumOfSquares)
        #expect(
            AlertSeries.sample(metric, n: tally.answered, first: first, second: second)
                == AlertSeries.sample(tally, metric: metric))
        #expect(AlertSeries.sample(tally, metric: .theme) == .share(successes: 0, n: 10))
    }
}
