import CXMCore
import CXMViews
import Foundation
import Testing

/// The digest gives every figure as the dashboards do: with its interval and n, a goal's too; and a change is
/// called up or down only when the comparison says it is significant.
@Suite("The monthly results digest mail")
struct ResultsDigestMailTests {
    static let month = LocalDay(year: 2026, month: 10, day: 1)

    func figure(_ value: Double, _ low: Double, _ high: Double, n: Int) -> MetricFigure {
        MetricFigure(
            value: value, n: n, skipped: 0, interval: Interval(low: low, high: high), lowSample: false,
            details: MetricDetails())
    }

    @Test func everyFigureCarriesItsIntervalAndN() {
        let goal = Goal(
            title: "NPS för hela Norrsken", metric: .nps, target: 20, startDay: Self.month.adding(days: -30),
            deadline: Self.month.adding(days: 200), createdBy: "u", createdAt: Date(timeIntervalSince1970: 0))
        let progress = GoalProgress.assess(
            goal: goal, today: Self.month.adding(days: 40), current: figure(15.7, 14.7, 16.7, n: 24_077), baseline: nil)
        let digest = ResultsDigest(
            month: Self.month,
            sections: [
                ResultsDigest.Section(
                    unitName: nil,
                    figures: [
                        ResultsDigest.Figure(
                            metric: .nps, figure: figure(16.5, 14.7, 18.1, n: 8_430), previous: 15.6, direction: .unchanged),
                        ResultsDigest.Figure(
                            metric: .ces, figure: figure(5.5, 5.44, 5.51, n: 5_514), previous: 5.4, direction: .up),
                    ])
            ], goals: [GoalRow(goal: goal, progress: progress, scope: "The whole company")], improvements: [], plans: [],
            unitNames: [:])
        let mail = ResultsDigestMail(
            digest: digest, language: .en, recipientName: "Karin", workspaceName: "Norrsken", linkBase: "https://cx.example",
            today: Self.month.adding(days: 40))
        let lines = mail.text.split(separator: "\n").map(String.init)
        #expect(mail.subject.contains("Norrsken") && mail.subject.contains("2026"))
        let nps = lines.first { $0.hasPrefix("- NPS") } ?? ""
        #expect(nps.contains("8,430 answers") && nps.contains("95 % interval") && nps.contains("no significant change"))
        let ces = lines.first { $0.hasPrefix("- CES") } ?? ""
        #expect(ces.contains("up from 5.4"))
        let goalLine = lines.first { $0.contains("NPS för hela Norrsken") } ?? ""
        #expect(goalLine.contains("24,077 answers") && goalLine.contains("95 % interval") && goalLine.contains("target +20"))
        #expect(mail.html.contains("NPS för hela Norrsken") && mail.text.contains("https://cx.example/goals"))
    }
}
