import CXMCore
import Testing

@testable import CXMViews

@Suite("Dashboard figures")
struct DashboardFormatTests {
    @Test(
        "values show one decimal and intervals enough digits for their ends to differ, in the locale's own way",
        arguments: [
            (Metric.nps, Language.en, 14.83, Interval(low: 14.31, high: 15.36), "+14.8", "+14.3 – +15.4"),
            (.nps, .sv, -2.04, Interval(low: -3.49, high: -0.61), "\u{2212}2,0", "\u{2212}3,5 – \u{2212}0,6"),
            (.csat, .en, 83.2, Interval(low: 82.94, high: 83.46), "83.2%", "82.9% – 83.5%"),
            (.csat, .sv, 83.2, Interval(low: 82.94, high: 83.46), "83,2\u{00A0}%", "82,9\u{00A0}% – 83,5\u{00A0}%"),
            (.nki, .da, 71.46, Interval(low: 70.9, high: 72.04), "71,5", "70,9–72,0"),
            (.ces, .en, 5.52, Interval(low: 5.46, high: 5.58), "5.5", "5.46–5.58"),
            (.ces, .fi, 5.52, Interval(low: 5.46, high: 5.58), "5,5", "5,46–5,58"),
            (.ces, .en, 5.5, Interval(low: 5.2, high: 5.8), "5.5", "5.2–5.8"),
            (.rating, .nb, 4.21, Interval(low: 4.15, high: 4.3), "4,2", "4,15–4,30"),
        ])
    func precision(metric: Metric, language: Language, value: Double, interval: Interval, expected: String, range: String) {
        let format = MetricFormat(metric, t: Localizer(language))
        #expect(format.value(value) == expected)
        #expect(format.interval(interval) == range)
    }

    @Test(
        "changes show one decimal, a mean's two, so a real change never reads as zero",
        arguments: [
            (Metric.nps, 0.84, "+0.8"), (.csat, -1.26, "\u{2212}1.3"), (.nki, 0.04, "0.0"), (.ces, -0.123, "\u{2212}0.12"),
            (.rating, 0.1, "+0.10"),
        ])
    func changes(metric: Metric, difference: Double, expected: String) {
        #expect(MetricFormat(metric, t: Localizer(.en)).change(difference) == expected)
    }

    @Test(
        "cut points and round values carry only the digits they need",
        arguments: [(Metric.nps, 20.0, "+20"), (.nps, 0, "0"), (.csat, 80, "80%"), (.ces, 5, "5"), (.rating, 2.8, "2.8")])
    func levels(metric: Metric, value: Double, expected: String) {
        #expect(MetricFormat(metric, t: Localizer(.en)).level(value) == expected)
    }
}
