import Foundation
import Testing

@testable import CXMCore

@Suite("Trend detector: thin, gappy and impossible input")
struct TrendDetectorInputTests {
    @Test("A small store with five answers a week never signals, however noisy", arguments: TrendMeasure.allCases)
    func smallStore(measure: TrendMeasure) throws {
        var series = TrendSeries(seed: 17)
        let samples: [PeriodSample] =
            switch measure {
            case .nps: series.nps(weeks: 60, sizes: 5...5) { $0 % 2 == 0 ? (0.9, 0.05) : (0.05, 0.9) }
            case .share: series.share(weeks: 60, sizes: 5...5) { $0 % 2 == 0 ? 0.95 : 0.05 }
            case .mean: series.mean(weeks: 60, sizes: 5...5, standardDeviation: 3) { $0 % 2 == 0 ? 2 : 6 }
            }

        let assessment = TrendDetector().assess(samples, measure: measure)

        #expect(assessment.problem == .tooFewBaselinePeriods(usable: 0, needed: 8, minimumN: 20))
        #expect(!assessment.isSignalled && assessment.change == nil)
        #expect(assessment.points.count == 60)
        #expect(assessment.points.allSatisfy { $0.isTooFew && $0.value != nil && $0.signals.isEmpty })
        #expect(AlertScreening.screen([assessment])?.first == AlertScreening.Decision(qValue: nil, alerts: false))
    }

    @Test("Recent periods with too few answers are plotted but never signal, even when all answers are detractors")
    func tooFewRecent() throws {
        var series = TrendSeries(seed: 18)
        let history = series.nps(weeks: 34, sizes: 80...120) { _ in (0.5, 0.2) }
        let samples = history + Array(repeating: .nps(promoters: 0, detractors: 5, n: 5), count: 6)

        let assessment = TrendDetector().assess(samples, measure: .nps)

        let lastPoints = assessment.points[34...]
        #expect(lastPoints.allSatisfy { $0.isTooFew && $0.value == -100 && $0.lower != nil })
        #expect(lastPoints.allSatisfy { $0.signals.isEmpty && $0.z == nil && $0.ewma == nil && $0.cusumUp == nil })
        let change = try #require(assessment.change)
        #expect(change.detectors.isEmpty)
        #expect(change.currentN == 6 * 5 + samples[32..<34].reduce(0) { $0 + $1.n })
    }

    @Test("Weeks without answers are gaps: plotted without a value and skipped by the EWMA and CUSUM")
    func gaps() throws {
        var series = TrendSeries(seed: 19)
        var samples = series.share(weeks: 40, sizes: 80...120) { _ in 0.2 }
        for gap in [3, 12, 20, 35] { samples[gap] = .empty }

        let assessment = TrendDetector().assess(samples, measure: .share)

        let baseline = try #require(assessment.baseline)
        #expect(baseline.periods == 6..<32 && baseline.usablePeriods == 24)
        for gap in [3, 12, 20, 35] {
            let point = assessment.points[gap]
            #expect(point.n == 0 && point.isTooFew && point.value == nil)
            #expect(point.lower == nil && point.z == nil && point.ewma == nil && point.cusumUp == nil)
        }
        let watched = assessment.points[6...]
        let expected = ControlCharts.ewma(watched.compactMap(\.z), target: 0, sigma: 1)
        #expect(isClose(watched.compactMap(\.ewma), expected.map(\.value), tolerance: 1e-12))
        #expect(assessment.change != nil)
    }

    /// A series that cannot be assessed and why.
    struct Unassessable: Sendable, CustomTestStringConvertible {
        let label: String
        let measure: TrendMeasure
        let samples: [PeriodSample]
        var detector = TrendDetector()
        let problem: TrendProblem

        var testDescription: String { label }
    }

    static let healthy = Array(repeating: PeriodSample.share(successes: 30, n: 100), count: 40)
    static let healthyMean = Array(repeating: PeriodSample.mean(sum: 500, sumOfSquares: 2_600, n: 100), count: 40)

    static let unassessable: [Unassessable] = [
        Unassessable(
            label: "a negative number of answers", measure: .share,
            samples: healthy + [PeriodSample(n: -1)], problem: .invalidSample(period: 40)),
        Unassessable(
            label: "more mentions than answers", measure: .share,
            samples: [.share(successes: 5, n: 4)] + healthy, problem: .invalidSample(period: 0)),
        Unassessable(
            label: "promoters and detractors above n", measure: .nps,
            samples: [.nps(promoters: 3, detractors: 3, n: 5)], problem: .invalidSample(period: 0)),
        Unassessable(
            label: "a sum that is not finite", measure: .mean,
            samples: healthyMean + [.mean(sum: .nan, sumOfSquares: 10, n: 3)], problem: .invalidSample(period: 40)),
        Unassessable(
            label: "a sum of squares too small for its sum", measure: .mean,
            samples: [.mean(sum: 30, sumOfSquares: 10, n: 3)], problem: .invalidSample(period: 0)),
        Unassessable(
            label: "answers in a period without answers", measure: .mean,
            samples: [.mean(sum: 3, sumOfSquares: 9, n: 0)], problem: .invalidSample(period: 0)),
        Unassessable(
            label: "a series too short for a baseline", measure: .share, samples: Array(healthy.prefix(12)),
            problem: .tooFewBaselinePeriods(usable: 4, needed: 8, minimumN: 20)),
        Unassessable(
            label: "a baseline of small periods", measure: .share,
            samples: Array(repeating: .share(successes: 3, n: 10), count: 30) + Array(healthy.prefix(8)),
            problem: .tooFewBaselinePeriods(usable: 0, needed: 8, minimumN: 20)),
        Unassessable(
            label: "a baseline with too few answers", measure: .share,
            samples: Array(repeating: .share(successes: 5, n: 20), count: 8) + Array(healthy.prefix(8)),
            problem: .tooFewBaselineAnswers(n: 160, needed: 200)),
        Unassessable(
            label: "a baseline of promoters only", measure: .nps,
            samples: Array(repeating: .nps(promoters: 50, detractors: 0, n: 50), count: 40),
            problem: .noVariationInBaseline),
        Unassessable(
            label: "a baseline of one CES score", measure: .mean,
            samples: Array(repeating: .mean(sum: 0.1 * 30, sumOfSquares: 0.01 * 30, n: 30), count: 40),
            problem: .noVariationInBaseline),
        Unassessable(
            label: "no answers in the recent weeks", measure: .share,
            samples: Array(healthy.prefix(32)) + Array(repeating: .empty, count: 8),
            problem: .tooFewRecentAnswers(n: 0, needed: 1)),
        Unassessable(
            label: "an EWMA weight of 0", measure: .share, samples: healthy, detector: TrendDetector(ewmaLambda: 0),
            problem: .invalidOption(name: "ewmaLambda")),
        Unassessable(
            label: "more baseline periods required than taken", measure: .share, samples: healthy,
            detector: TrendDetector(baselinePeriods: 4), problem: .invalidOption(name: "minimumBaselinePeriods")),
        Unassessable(
            label: "a confidence level of 1", measure: .share, samples: healthy,
            detector: TrendDetector(confidence: Confidence(level: 1)), problem: .invalidOption(name: "confidence")),
    ]

    @Test("Series that cannot be assessed say why, and never crash", arguments: unassessable)
    func notAssessable(_ input: Unassessable) {
        let assessment = input.detector.assess(input.samples, measure: input.measure)

        #expect(assessment.problem == input.problem)
        #expect(!assessment.isAssessable && !assessment.isSignalled)
        #expect(assessment.screeningPValue == nil)
        #expect(!(assessment.problem?.description.isEmpty ?? true))
    }

    @Test("An empty series is not assessable")
    func empty() {
        let assessment = TrendDetector().assess([], measure: .nps)

        #expect(assessment.problem == .tooFewBaselinePeriods(usable: 0, needed: 8, minimumN: 20))
        #expect(assessment.points.isEmpty)
    }

    @Test("An assessment survives a JSON round trip with its wire names")
    func json() throws {
        var series = TrendSeries(seed: 20)
        var samples = series.mean(weeks: 44, sizes: 50...70, standardDeviation: 1.3) { $0 < 40 ? 5.9 : 4.5 }
        samples[10] = .empty
        let assessment = TrendDetector().assess(samples, measure: .mean)

        let data = try JSONEncoder().encode(assessment)
        let decoded = try JSONDecoder().decode(TrendAssessment.self, from: data)

        #expect(decoded == assessment)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains(#""measure":"mean""#) && text.contains(#""cusum""#) && text.contains(#""direction":"down""#))
        let problem = try JSONEncoder().encode(TrendProblem.tooFewBaselineAnswers(n: 160, needed: 200))
        #expect(try JSONDecoder().decode(TrendProblem.self, from: problem) == .tooFewBaselineAnswers(n: 160, needed: 200))
    }
}
