import Foundation

/// The satisfaction index (NKI / CSI): three 1–10 items — overall satisfaction, expectations met and
/// closeness to the ideal — combined into one score from 0 to 100.
public enum NKIStatistics {
    /// The item score 0–100 from a mean on the 1–10 scale: (mean − 1) / 9 × 100.
    public static func itemScore(mean: Double) -> Double {
        (mean - 1) / 9 * 100
    }

    /// The index with equal weights: the average of the item scores; NaN without items.
    public static func equalWeightIndex(itemMeans: [Double]) -> Double {
        guard !itemMeans.isEmpty else { return .nan }
        return itemMeans.map(itemScore(mean:)).reduce(0, +) / Double(itemMeans.count)
    }

    /// PLS path-model outer weights (Mode A) of the satisfaction latent variable, with the outcome (for
    /// example the recommendation score) as a second latent variable it predicts.
    ///
    /// Each row of `items` is one respondent's answers to the items, paired with `outcome` by position; only
    /// complete rows (same length as the first, every value finite) count. Indicators are standardised and
    /// the inner and outer estimates iterated as in Wold and Lohmöller until no weight moves by 1e-7; the
    /// final weights are rescaled to the unstandardised items and normalised to sum 1, the CSI practice
    /// (Fornell 1996). Returns nil with fewer than `minimumRespondents` complete rows, mismatched lengths,
    /// a constant indicator, weights that do not sum to a positive number, or no convergence in 300 rounds.
    public static func plsWeights(
        items: [[Double]], outcome: [Double], scheme: PLSScheme = .centroid, minimumRespondents: Int = 50
    ) -> PLSResult? {
        guard items.count == outcome.count, let itemCount = items.first?.count, itemCount > 0 else { return nil }
        let complete = zip(items, outcome).filter { row, y in
            row.count == itemCount && row.allSatisfy(\.isFinite) && y.isFinite
        }
        guard complete.count >= Swift.max(minimumRespondents, 3) else { return nil }
        let itemColumns = (0..<itemCount).map { column in complete.map { $0.0[column] } }
        let model = PLSPathModel(blocks: [itemColumns, [complete.map(\.1)]], predecessors: [[], [0]])
        guard let estimate = model?.estimate(scheme: scheme, tolerance: 1e-7, maximumIterations: 300) else {
            return nil
        }
        // Back to the raw 1–10 items: a standardised weight per standard deviation of its item.
        let raw = zip(estimate.weights[0], itemColumns).map { weight, column in
            weight / MeanSummary(values: column).standardDeviation
        }
        let total = raw.reduce(0, +)
        guard total > 0, total.isFinite else { return nil }
        return PLSResult(weights: raw.map { $0 / total }, iterations: estimate.iterations)
    }
}

/// The inner weighting scheme of a PLS path model.
public enum PLSScheme: String, Sendable, Codable {
    /// Neighbouring latent variables weighted by the sign of their correlation.
    case centroid
    /// Predecessors weighted by regression coefficients, successors by correlations.
    case path
}

/// Item weights estimated by PLS for the satisfaction index.
public struct PLSResult: Sendable, Hashable, Codable {
    /// One weight per item, in item order, summing to 1.
    public var weights: [Double]
    /// The number of outer iterations the algorithm needed to converge.
    public var iterations: Int

    /// Creates a result.
    public init(weights: [Double], iterations: Int) {
        self.weights = weights
        self.iterations = iterations
    }

    /// The weighted index 0–100 from the item means on the 1–10 scale; items beyond the shorter list are ignored.
    public func index(itemMeans: [Double]) -> Double {
        zip(weights, itemMeans).reduce(0) { $0 + $1.0 * NKIStatistics.itemScore(mean: $1.1) }
    }
}
