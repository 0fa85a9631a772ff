import Foundation
import Testing

@testable import CXMCore

@Suite("NPS control chart")
struct NPSChartTests {
    static let promoters = [52, 40, 61, 45, 30, 58, 20, 49, 2]
    static let detractors = [18, 22, 15, 20, 12, 17, 35, 16, 0]
    static let sizes = [110, 95, 120, 100, 70, 115, 90, 105, 2]

    @Test("Centre line, trinomial spread and limits match a numpy computation")
    func reference() throws {
        let chart = try #require(
            ControlCharts.npsChart(
                promoters: Self.promoters, detractors: Self.detractors, sizes: Self.sizes, baseline: 0..<6))

        // numpy: p = ΣP/Σn, d = ΣD/Σn over periods 0–5; limits 100(p − d) ± 3·100·√(p + d − (p − d)²)/√n.
        #expect(isClose(chart.centerLine, 29.836065573770494, tolerance: 1e-12))
        #expect(isClose(chart.standardDeviation, 74.18390535708191, tolerance: 1e-12))
        let lower = [
            8.616592029136509, 7.002741282920514, 9.519966389819448, 7.58089396664592, 3.2360477632887097,
            9.083011041913519, 6.377054908295946, 8.1172419788955, -100,
        ]
        let upper = [
            51.05553911840448, 52.66938986462047, 50.152164757721536, 52.091237180895064, 56.43608338425228,
            50.58912010562747, 53.29507623924504, 51.55488916864549, 100,
        ]
        #expect(isClose(chart.points.map(\.lower), lower, tolerance: 1e-12))
        #expect(isClose(chart.points.map(\.upper), upper, tolerance: 1e-12))
        #expect(isClose(chart.points[6].score, -16.666666666666668, tolerance: 1e-12))
        #expect(chart.points.indices.filter { chart.points[$0].outOfControl } == [6])
    }

    @Test("A tiny period's limits are clamped to ±100 and a score of 100 on the limit stays in control")
    func clamped() throws {
        let chart = try #require(
            ControlCharts.npsChart(
                promoters: Self.promoters, detractors: Self.detractors, sizes: Self.sizes, baseline: 0..<6))

        let tiny = try #require(chart.points.last)

        #expect(tiny.n == 2)
        #expect(tiny.score == 100)
        #expect(tiny.lower == -100 && tiny.upper == 100)
        #expect(!tiny.outOfControl)
    }

    @Test("Without a baseline range every period is the baseline")
    func wholeSeries() throws {
        let chart = try #require(
            ControlCharts.npsChart(promoters: Self.promoters, detractors: Self.detractors, sizes: Self.sizes))

        let answers = Double(Self.sizes.reduce(0, +))
        let score = 100 * Double(Self.promoters.reduce(0, +) - Self.detractors.reduce(0, +)) / answers
        #expect(isClose(chart.centerLine, score, tolerance: 1e-12))
    }

    /// Input an NPS chart must refuse.
    struct Refused: Sendable, CustomTestStringConvertible {
        let label: String
        let promoters: [Int]
        let detractors: [Int]
        let sizes: [Int]
        var baseline: Range<Int>?
        var limitWidth = 3.0

        var testDescription: String { label }
    }

    static let refused: [Refused] = [
        Refused(label: "empty", promoters: [], detractors: [], sizes: []),
        Refused(label: "lengths differ", promoters: [1, 2], detractors: [0], sizes: [5, 5]),
        Refused(label: "a period without answers", promoters: [1, 0], detractors: [1, 0], sizes: [5, 0]),
        Refused(label: "promoters and detractors above n", promoters: [4], detractors: [2], sizes: [5]),
        Refused(label: "a negative count", promoters: [-1], detractors: [2], sizes: [5]),
        Refused(label: "a baseline past the end", promoters: [1], detractors: [1], sizes: [5], baseline: 0..<2),
        Refused(label: "an empty baseline", promoters: [1], detractors: [1], sizes: [5], baseline: 0..<0),
        Refused(label: "a negative limit", promoters: [1], detractors: [1], sizes: [5], limitWidth: -1),
        Refused(label: "an infinite limit", promoters: [1], detractors: [1], sizes: [5], limitWidth: .infinity),
    ]

    @Test("Inconsistent input gives no chart", arguments: refused)
    func invalid(_ input: Refused) {
        let chart = ControlCharts.npsChart(
            promoters: input.promoters, detractors: input.detractors, sizes: input.sizes, baseline: input.baseline,
            limitWidth: input.limitWidth)

        #expect(chart == nil)
    }

    @Test("The trend detector's NPS limits are the NPS chart's over the same baseline")
    func detectorAgrees() throws {
        var series = TrendSeries(seed: 11)
        let samples = series.nps(weeks: 40, sizes: 25...140) { _ in (0.45, 0.25) }

        let assessment = TrendDetector().assess(samples, measure: .nps)
        let baseline = try #require(assessment.baseline)
        let chart = try #require(
            ControlCharts.npsChart(
                promoters: samples.map(\.successes), detractors: samples.map(\.failures), sizes: samples.map(\.n),
                baseline: baseline.periods))

        #expect(isClose(baseline.value, chart.centerLine, tolerance: 1e-12))
        #expect(isClose(baseline.standardDeviation, chart.standardDeviation, tolerance: 1e-12))
        #expect(isClose(assessment.points.map { $0.lower ?? .nan }, chart.points.map(\.lower), tolerance: 1e-12))
        #expect(isClose(assessment.points.map { $0.upper ?? .nan }, chart.points.map(\.upper), tolerance: 1e-12))
        let shewhart = assessment.points.indices.filter { assessment.points[$0].signals.contains(.shewhart) }
        #expect(shewhart == chart.points.indices.filter { chart.points[$0].outOfControl })
    }
}
