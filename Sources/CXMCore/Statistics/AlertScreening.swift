import Foundation

/// Decides which of many assessed series raise an alert, keeping the share of false alerts among all alerts
/// near the chosen false-discovery rate.
///
/// Thousands of series are watched at once (touchpoints × units × themes); at 5 % each, dozens would alert
/// by chance every week. A series alerts only when a detector signalled in its recent window and its
/// Benjamini–Hochberg q-value, over the screening p-values of all assessable series, is at most the rate.
public enum AlertScreening {
    /// The verdict on one series.
    public struct Decision: Sendable, Hashable, Codable {
        /// The Benjamini–Hochberg q-value of the series' screening p-value; nil when it is not assessable.
        public var qValue: Double?
        /// Whether the series raises an alert.
        public var alerts: Bool

        /// Creates a decision.
        public init(qValue: Double?, alerts: Bool) {
            self.qValue = qValue
            self.alerts = alerts
        }
    }

    /// One decision per assessment, in input order; nil when the rate is not in (0, 1].
    ///
    /// The family is every assessable series, whether or not it signalled: the quiet ones are evidence too,
    /// and leaving them out would make q depend on the detectors' choices.
    public static func screen(_ assessments: [TrendAssessment], falseDiscoveryRate: Double = 0.05) -> [Decision]? {
        guard falseDiscoveryRate > 0, falseDiscoveryRate <= 1 else { return nil }
        let assessable = assessments.indices.filter { assessments[$0].screeningPValue != nil }
        let qValues = MultipleTesting.benjaminiHochberg(assessable.map { assessments[$0].screeningPValue ?? 1 })
        var decisions = [Decision](repeating: Decision(qValue: nil, alerts: false), count: assessments.count)
        for (index, q) in zip(assessable, qValues) {
            decisions[index] = Decision(qValue: q, alerts: assessments[index].isSignalled && q <= falseDiscoveryRate)
        }
        return decisions
    }
}
