/// The sufficient statistics of the answers to one kind of scale question in one cell (a day, a
/// touchpoint, a unit…): enough to compute every metric cxm reports (means, variances, shares,
/// distributions) and to add cells together. Rollups store exactly these numbers.
public struct ScoreTally: Sendable, Hashable, Codable {
    /// How many answered the question.
    public var answered: Int
    /// How many responses left the question out (reported, never in a denominator).
    public var skipped: Int
    /// The sum and the sum of squares of the scores.
    public var sum: Int
    public var sumOfSquares: Int
    /// How many answers gave each score 0…10 (scores beyond 10 only count in `answered` and the sums).
    public var counts: [Int]

    public static let distributionSlots = 11

    public init(
        answered: Int = 0, skipped: Int = 0, sum: Int = 0, sumOfSquares: Int = 0,
        counts: [Int] = Array(repeating: 0, count: ScoreTally.distributionSlots)
    ) {
        self.answered = answered
        self.skipped = skipped
        self.sum = sum
        self.sumOfSquares = sumOfSquares
        self.counts = counts.count == Self.distributionSlots ? counts : Self.padded(counts)
    }

    /// A tally of plain scores.
    public init(scores: [Int]) {
        self.init()
        for score in scores { add(score: score) }
    }

    public static let empty = ScoreTally()

    public mutating func add(score: Int) {
        answered += 1
        sum += score
        sumOfSquares += score * score
        if (0..<Self.distributionSlots).contains(score) { counts[score] += 1 }
    }

    public mutating func addSkip() { skipped += 1 }

    public static func + (lhs: ScoreTally, rhs: ScoreTally) -> ScoreTally {
        var result = lhs
        result += rhs
        return result
    }

    public static func += (lhs: inout ScoreTally, rhs: ScoreTally) {
        lhs.answered += rhs.answered
        lhs.skipped += rhs.skipped
        lhs.sum += rhs.sum
        lhs.sumOfSquares += rhs.sumOfSquares
        for index in 0..<distributionSlots { lhs.counts[index] += rhs.counts[index] }
    }

    /// How many answers gave a score in the range (within 0…10).
    public func count(in range: ClosedRange<Int>) -> Int {
        range.clamped(to: 0...(Self.distributionSlots - 1)).reduce(0) { $0 + counts[$1] }
    }

    /// The answers as NPS categories (9–10 promoters, 7–8 passives, 0–6 detractors).
    public var npsCounts: NPSCounts {
        NPSCounts(promoters: count(in: 9...10), passives: count(in: 7...8), detractors: count(in: 0...6))
    }

    /// Mean and sample variance of the scores.
    public var meanSummary: MeanSummary {
        MeanSummary(n: answered, sum: Double(sum), sumOfSquares: Double(sumOfSquares))
    }

    private static func padded(_ counts: [Int]) -> [Int] {
        Array((counts + Array(repeating: 0, count: distributionSlots)).prefix(distributionSlots))
    }
}

extension ScoreTally {
    /// What remains of a tally when a part of it is taken away ("all the other groups").
    public static func - (lhs: ScoreTally, rhs: ScoreTally) -> ScoreTally {
        ScoreTally(
            answered: lhs.answered - rhs.answered, skipped: lhs.skipped - rhs.skipped, sum: lhs.sum - rhs.sum,
            sumOfSquares: lhs.sumOfSquares - rhs.sumOfSquares, counts: zip(lhs.counts, rhs.counts).map { $0 - $1 })
    }
}

/// Tallies by kind: what one group of a metric holds.
public typealias KindTallies = [ScoreKind: ScoreTally]

extension Dictionary where Key == ScoreKind, Value == ScoreTally {
    mutating func add(_ kind: ScoreKind, _ tally: ScoreTally) { self[kind, default: .empty] += tally }

    mutating func add(_ other: KindTallies) {
        for (kind, tally) in other { add(kind, tally) }
    }

    func subtracting(_ other: KindTallies) -> KindTallies {
        var result = self
        for (kind, tally) in other { result[kind] = (result[kind] ?? .empty) - tally }
        return result
    }
}
