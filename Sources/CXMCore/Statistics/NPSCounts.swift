import Foundation

/// The promoter, passive and detractor counts of one NPS question (0–10 scale: 9–10, 7–8, 0–6).
public struct NPSCounts: Sendable, Hashable, Codable {
    /// Answers of 9 or 10.
    public var promoters: Int
    /// Answers of 7 or 8.
    public var passives: Int
    /// Answers of 0 to 6.
    public var detractors: Int

    /// Creates counts.
    public init(promoters: Int, passives: Int, detractors: Int) {
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
    }

    /// Counts of a list of 0–10 answers; answers outside the scale are ignored.
    public init(answers: some Sequence<Int>) {
        var counts = NPSCounts(promoters: 0, passives: 0, detractors: 0)
        for answer in answers { counts.add(answer) }
        self = counts
    }

    /// Adds `count` answers of one score; a score outside 0–10 is ignored.
    public mutating func add(_ score: Int, count: Int = 1) {
        switch score {
        case 9...10: promoters += count
        case 7...8: passives += count
        case 0...6: detractors += count
        default: break
        }
    }

    /// The number of answers.
    public var n: Int { promoters + passives + detractors }

    /// The Net Promoter Score in points, −100 to 100; nil without answers or with a negative count.
    public var score: Double? {
        guard let shares else { return nil }
        return 100 * (shares.promoters - shares.detractors)
    }

    /// The promoter and detractor shares, nil when there are no answers or a count is negative.
    var shares: (promoters: Double, detractors: Double)? {
        guard promoters >= 0, passives >= 0, detractors >= 0, n > 0 else { return nil }
        return (Double(promoters) / Double(n), Double(detractors) / Double(n))
    }
}
