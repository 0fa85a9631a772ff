import Foundation

/// What a trend series measures, which fixes its units, the variance of one answer and the test of a change.
public enum TrendMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    /// The Net Promoter Score in points (−100…100), with the trinomial variance of an answer.
    case nps
    /// A share in percent (0…100), such as the detractor share or a theme's negative mentions, with the
    /// binomial variance (the p-chart).
    case share
    /// A mean on the answers' own scale, such as CES 1–7, with the baseline's pooled within-period variance.
    case mean

    /// The range values live in, so that control limits can be clamped to it; nil for an open scale.
    var bounds: ClosedRange<Double>? {
        switch self {
        case .nps: -100...100
        case .share: 0...100
        case .mean: nil
        }
    }

    /// The fewest answers each side of a comparison needs for its test.
    var minimumComparisonN: Int { self == .mean ? 2 : 1 }

    /// The period's value in the measure's units; nil without answers.
    func value(of sample: PeriodSample) -> Double? {
        guard sample.n > 0 else { return nil }
        let n = Double(sample.n)
        return switch self {
        case .nps: 100 * Double(sample.successes - sample.failures) / n
        case .share: 100 * Double(sample.successes) / n
        case .mean: sample.sum / n
        }
    }
}
