/// How well predicted sentiment agrees with human labels.
public struct SentimentEvaluation: Sendable, Hashable {
    public let count: Int
    /// Share of texts whose predicted label equals the human one.
    public let accuracy: Double
    /// The unweighted mean of the F1 scores of the classes the humans used.
    public let macroF1: Double
    /// Rank correlation between predicted scores and the human labels' values.
    public let spearman: Double
    /// Share of texts in which the model found any sentiment-bearing word.
    public let coverage: Double

    /// Compares predictions with gold labels. On a binary set (no neutral labels) a prediction is read by the
    /// sign of its score, and a score of exactly 0 counts as neutral, that is wrong.
    public init(
        gold: [SentimentDataset.Item], predicted: [Sentiment], hits: [Int], binary: Bool
    ) {
        precondition(gold.count == predicted.count, "one prediction per labelled text")
        count = gold.count
        let labels = predicted.map { prediction -> Sentiment.Label in
            guard binary else { return prediction.label }
            return prediction.score > 0 ? .positive : prediction.score < 0 ? .negative : .neutral
        }
        var correct = 0
        for (item, label) in zip(gold, labels) where item.label == label { correct += 1 }
        accuracy = count == 0 ? 0 : Double(correct) / Double(count)
        let classes = Sentiment.Label.allCases.filter { label in gold.contains { $0.label == label } }
        var f1Total = 0.0
        for label in classes {
            var truePositive = 0
            var falsePositive = 0
            var falseNegative = 0
            for (item, predicted) in zip(gold, labels) {
                if predicted == label && item.label == label { truePositive += 1 }
                if predicted == label && item.label != label { falsePositive += 1 }
                if predicted != label && item.label == label { falseNegative += 1 }
            }
            let denominator = 2 * truePositive + falsePositive + falseNegative
            f1Total += denominator == 0 ? 0 : 2 * Double(truePositive) / Double(denominator)
        }
        macroF1 = classes.isEmpty ? 0 : f1Total / Double(classes.count)
        spearman = Self.spearman(gold.map(\.value), predicted.map(\.score))
        coverage = count == 0 ? 0 : Double(hits.filter { $0 > 0 }.count) / Double(count)
    }

    /// Spearman's ρ: Pearson's correlation of the ranks, ties given their mean rank.
    public static func spearman(_ first: [Double], _ second: [Double]) -> Double {
        guard first.count == second.count, first.count > 1 else { return 0 }
        let a = ranks(first)
        let b = ranks(second)
        let meanA = a.reduce(0, +) / Double(a.count)
        let meanB = b.reduce(0, +) / Double(b.count)
        var covariance = 0.0
        var varianceA = 0.0
        var varianceB = 0.0
        for index in a.indices {
            covariance += (a[index] - meanA) * (b[index] - meanB)
            varianceA += (a[index] - meanA) * (a[index] - meanA)
            varianceB += (b[index] - meanB) * (b[index] - meanB)
        }
        guard varianceA > 0, varianceB > 0 else { return 0 }
        return covariance / (varianceA * varianceB).squareRoot()
    }

    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = rank }
            start = end + 1
        }
        return ranks
    }
}
