import Foundation

/// The answers of one period of a trend series, reduced to the counts and sums its measure needs.
///
/// A period without answers (n = 0) is a gap: it is plotted without a value and skipped by the detectors.
public struct PeriodSample: Sendable, Hashable, Codable {
    /// The number of answers.
    public var n: Int
    /// Promoters for NPS, the counted answers for a share; unused for a mean.
    public var successes: Int
    /// Detractors for NPS, the other answers (n − successes) for a share; unused for a mean.
    public var failures: Int
    /// The sum of the answers, for a mean.
    public var sum: Double
    /// The sum of the answers' squares, for a mean.
    public var sumOfSquares: Double

    /// Creates a sample from its parts; prefer the named constructors.
    public init(n: Int, successes: Int = 0, failures: Int = 0, sum: Double = 0, sumOfSquares: Double = 0) {
        self.n = n
        self.successes = successes
        self.failures = failures
        self.sum = sum
        self.sumOfSquares = sumOfSquares
    }

    /// A period of NPS answers: promoters (9–10) and detractors (0–6) of n; the rest are passives.
    public static func nps(promoters: Int, detractors: Int, n: Int) -> PeriodSample {
        PeriodSample(n: n, successes: promoters, failures: detractors)
    }

    /// A period of yes/no answers, such as detractors or answers mentioning a theme negatively, of n.
    public static func share(successes: Int, n: Int) -> PeriodSample {
        PeriodSample(n: n, successes: successes, failures: n - successes)
    }

    /// A period of numeric answers (CES 1–7, CSAT 1–5) by their count, sum and sum of squares.
    public static func mean(sum: Double, sumOfSquares: Double, n: Int) -> PeriodSample {
        PeriodSample(n: n, sum: sum, sumOfSquares: sumOfSquares)
    }

    /// A period without answers.
    public static let empty = PeriodSample(n: 0)

    /// Two periods' answers together (of the same measure): counts and sums add up.
    public static func += (lhs: inout PeriodSample, rhs: PeriodSample) {
        lhs.n += rhs.n
        lhs.successes += rhs.successes
        lhs.failures += rhs.failures
        lhs.sum += rhs.sum
        lhs.sumOfSquares += rhs.sumOfSquares
    }

    /// The most answers a period may hold (about 10¹²), so that sums over any series stay far from overflow.
    public static let maximumN = 1 << 40

    /// Whether the counts or sums are possible for the measure.
    ///
    /// A mean's sums must be finite, and n · Σx² ≥ (Σx)² (Cauchy–Schwarz) up to rounding: a violation means
    /// the sums were swapped or belong to different answers.
    func isConsistent(for measure: TrendMeasure) -> Bool {
        guard (0...Self.maximumN).contains(n) else { return false }
        switch measure {
        case .nps:
            return successes >= 0 && failures >= 0 && successes <= n - failures
        case .share:
            return (0...n).contains(successes)
        case .mean:
            guard sum.isFinite, sumOfSquares.isFinite, sumOfSquares >= 0 else { return false }
            if n == 0 { return sum == 0 && sumOfSquares == 0 }
            let spread = Double(n) * sumOfSquares
            return spread - sum * sum >= -1e-9 * Swift.max(1, spread)
        }
    }
}
