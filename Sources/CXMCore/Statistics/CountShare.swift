import Foundation

/// A count out of a base, as a share with its 95% Wilson interval: "42 of 120 (35 %, 27–44 %)".
public struct CountShare: Sendable, Hashable, Encodable {
    public var count: Int
    public var n: Int
    public var share: Double
    public var interval: Interval?

    /// Nil when the base is empty: a share of nobody is not zero.
    public init?(_ count: Int, of n: Int) {
        guard n > 0 else { return nil }
        self.count = count
        self.n = n
        share = Double(count) / Double(n)
        interval = ProportionStatistics.wilson(successes: count, n: n)
    }
}
