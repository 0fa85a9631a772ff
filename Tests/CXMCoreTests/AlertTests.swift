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
