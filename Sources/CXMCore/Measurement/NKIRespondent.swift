/// One respondent who answered all three NKI items, with the cell they answered in and, when the
/// same response answered it, the recommendation score that estimated weights are fitted against.
public struct NKIRespondent: Sendable, Hashable {
    public var cell: TallyCell
    /// Overall satisfaction, expectations met, closeness to the ideal (1–10), in that order.
    public var items: [Int]
    public var recommendation: Int?

    public init(cell: TallyCell, items: [Int], recommendation: Int?) {
        self.cell = cell
        self.items = items
        self.recommendation = recommendation
    }

    /// The respondent's index 0–100 with the weights (summing to 1).
    public func index(weights: [Double]) -> Double {
        zip(weights, items).reduce(0) { $0 + $1.0 * NKIStatistics.itemScore(mean: Double($1.1)) }
    }
}

/// How the three NKI items are weighted into the index.
public enum NKIWeighting: String, Sendable, Codable, CaseIterable, Hashable {
    /// A third each: comparable across periods and units.
    case equal
    /// Fitted by a PLS path model (Mode A, centroid scheme) against the recommendation score, when at
    /// least `NKIWeighting.minimumRespondents` respondents answered all three items and the NPS question.
    case estimated

    public static let minimumRespondents = 50
}
