import Foundation

/// Why a trend series cannot be assessed, with what it has and what it would need.
public enum TrendProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A detector option is outside its range.
    case invalidOption(name: String)
    /// A period's counts or sums are impossible: negative n, counts above n, sums that are not finite.
    case invalidSample(period: Int)
    /// The baseline has fewer periods with at least `minimumN` answers than needed.
    case tooFewBaselinePeriods(usable: Int, needed: Int, minimumN: Int)
    /// The baseline has fewer answers than needed.
    case tooFewBaselineAnswers(n: Int, needed: Int)
    /// Every baseline answer is alike (all promoters, no mentions, one score), so a change has no scale.
    case noVariationInBaseline
    /// The recent window has too few answers to compare with the baseline.
    case tooFewRecentAnswers(n: Int, needed: Int)

    /// A stable code for storage, filters and translations.
    public var code: String {
        switch self {
        case .invalidOption: "invalid_option"
        case .invalidSample: "invalid_sample"
        case .tooFewBaselinePeriods: "too_few_baseline_periods"
        case .tooFewBaselineAnswers: "too_few_baseline_answers"
        case .noVariationInBaseline: "no_variation_in_baseline"
        case .tooFewRecentAnswers: "too_few_recent_answers"
        }
    }

    /// The problem in a sentence (English, for the API and logs).
    public var description: String {
        switch self {
        case .invalidOption(let name):
            "the trend option '\(name)' is outside its range"
        case .invalidSample(let period):
            "period \(period) has impossible counts or sums (negative, above its answers, or not finite)"
        case .tooFewBaselinePeriods(let usable, let needed, let minimumN):
            "the baseline has \(usable) periods with at least \(minimumN) answers; it needs \(needed)"
        case .tooFewBaselineAnswers(let n, let needed):
            "the baseline has \(n) answers; it needs \(needed)"
        case .noVariationInBaseline:
            "every baseline answer is alike, so there is no variation to judge a change against"
        case .tooFewRecentAnswers(let n, let needed):
            "the recent periods have \(n) answers; a comparison needs \(needed)"
        }
    }
}
