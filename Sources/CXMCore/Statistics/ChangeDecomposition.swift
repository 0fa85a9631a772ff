import Foundation

/// What moved a metric between two periods: its change split into what each segment of one dimension
/// (touchpoints, units, channels…) contributed through its own performance and through the mix of answers.
///
/// A period's KPI is exactly Σ w·v over the segments, w a segment's share of the period's answers and v its
/// value (true for NPS, shares and means alike). The change V₂ − V₁ splits per segment into
/// - *performance* w̄·(v₂ − v₁): the segment itself got better or worse, weighted by its mean share w̄;
/// - *mix* (w₂ − w₁)·(v̄ − V̄): the segment's share of the answers grew or shrank, counted by how far its mean
///   value v̄ lies from the mean KPI V̄ of the two periods.
///
/// This is the midpoint (Bennet) split w̄·Δv + v̄·Δw, which favours neither period, with V̄·Δw taken off each
/// mix term: the Δw sum to zero, so the identity Σ performance + Σ mix = V₂ − V₁ stays exact, and a growing
/// segment then counts as a shift towards a better or worse than average segment rather than as its whole value.
///
/// A segment without answers in one period has weight 0 there, so its value in that period multiplies nothing
/// and the identity holds whatever value is put in; the present value is taken, which makes the performance
/// part 0 (a segment that did not exist cannot have got better or worse) and its whole effect mix:
/// ±w·(v − V̄), answers that appeared in (or left) a better or worse than average segment.
///
/// The segments must partition the answers of each period (give answers without a value a segment of their
/// own); the KPIs before and after are then those of all the answers. NKI is not decomposed: see `Failure`.
public struct ChangeDecomposition: Sendable, Hashable, Codable {
    /// The metric decomposed, in its own unit (NPS points, CSAT percent, CES and rating means).
    public var metric: Metric
    /// The dimension the segments cut, such as "touchpoint".
    public var dimension: String
    /// The thresholds the decomposition was computed with.
    public var options: Options
    /// The KPI of the earlier period.
    public var before: Double
    /// The KPI of the later period.
    public var after: Double
    /// The answers in the earlier period (for NPS those on the 0–10 scale).
    public var answersBefore: Int
    /// The answers in the later period.
    public var answersAfter: Int
    /// The confidence interval of the change, after − before; nil when undefined (NPS or means without any
    /// variance in either period).
    public var interval: Interval?
    /// The test of after against before; its difference is the change in the metric's unit. Nil when undefined.
    public var test: TestResult?
    /// The test used: `nps-z`, `two-proportion-z` or `welch-t`, as in `ComparisonResult.test`.
    public var method: String
    /// The segments, largest absolute contribution first.
    public var segments: [Segment]

    /// The change after − before; Σ performance + Σ mix over the segments.
    public var change: Double { after - before }

    /// The part of the change that comes from segments getting better or worse.
    public var performance: Double { segments.reduce(0) { $0 + $1.performance } }

    /// The part of the change that comes from answers moving between segments.
    public var mix: Double { segments.reduce(0) { $0 + $1.mix } }

    /// The few segments that together explain most of the change: the largest absolute contributions, taken
    /// in order until they cover `share` of Σ|contribution|, at most `limit`; empty when nothing changed.
    ///
    /// Contributions of opposite sign both count, so that a rise in one segment hidden by a fall in another
    /// is still named.
    public func largestContributors(covering share: Double = 0.8, limit: Int = 5) -> [Segment] {
        let total = segments.reduce(0) { $0 + abs($1.contribution) }
        guard total > 0 else { return [] }
        var picked: [Segment] = []
        var covered = 0.0
        for segment in segments where segment.contribution != 0 && picked.count < limit && covered < share * total {
            picked.append(segment)
            covered += abs(segment.contribution)
        }
        return picked
    }
}

extension ChangeDecomposition {
    /// One segment's answers in the two periods: what the caller reads from the store.
    public struct SegmentTallies: Sendable, Hashable, Codable {
        /// The segment's id, unique within the dimension.
        public var id: String
        /// The segment's name as shown.
        public var label: String
        /// The answers of the earlier period; empty when the segment had none.
        public var before: ScoreTally
        /// The answers of the later period; empty when the segment had none.
        public var after: ScoreTally

        /// Creates a segment's tallies.
        public init(id: String, label: String, before: ScoreTally = .empty, after: ScoreTally = .empty) {
            self.id = id
            self.label = label
            self.before = before
            self.after = after
        }
    }

    /// One segment's share of the change and whether its own value changed significantly.
    public struct Segment: Sendable, Hashable, Codable, Identifiable {
        /// The segment's id.
        public var id: String
        /// The segment's name as shown.
        public var label: String
        /// The segment's answers in the earlier period.
        public var answersBefore: Int
        /// The segment's answers in the later period.
        public var answersAfter: Int
        /// The segment's share of the earlier period's answers, 0–1.
        public var weightBefore: Double
        /// The segment's share of the later period's answers, 0–1.
        public var weightAfter: Double
        /// The segment's value in the earlier period; nil when it had no answers then.
        public var valueBefore: Double?
        /// The segment's value in the later period; nil when it had no answers then.
        public var valueAfter: Double?
        /// w̄·(v₂ − v₁): the change the segment's own performance made to the KPI.
        public var performance: Double
        /// (w₂ − w₁)·(v̄ − V̄): the change the shift of answers to or from the segment made to the KPI.
        public var mix: Double
        /// The p-value of the segment's own change before any correction; nil when too few or undefined.
        public var pValue: Double?
        /// The p-value adjusted across the segments that were tested (Holm by default).
        public var adjustedPValue: Double?
        /// Whether the segment's own change is significant after the adjustment; never when `tooFew`.
        public var significant: Bool
        /// Fewer answers than `Options.minimumAnswers` in either period: the segment still counts in the sums
        /// but its own change is not tested.
        public var tooFew: Bool

        /// The segment's whole contribution to the change, performance + mix.
        public var contribution: Double { performance + mix }

        /// The segment's own change v₂ − v₁; nil unless it had answers in both periods.
        public var change: Double? {
            guard let valueBefore, let valueAfter else { return nil }
            return valueAfter - valueBefore
        }
    }

    /// The thresholds of a decomposition.
    public struct Options: Sendable, Hashable, Codable {
        /// The confidence level of the interval and of the significance flags, strictly between 0 and 1.
        public var confidence: Double
        /// Below this many answers in either period a segment's own change is not tested (at least 1 applies).
        public var minimumAnswers: Int
        /// The correction of the segments' p-values for testing them all at once.
        public var correction: Correction

        /// Creates options; the defaults are those of `MetricOptions`.
        public init(confidence: Double = 0.95, minimumAnswers: Int = 30, correction: Correction = .holm) {
            self.confidence = confidence
            self.minimumAnswers = minimumAnswers
            self.correction = correction
        }

        /// The options matching a metric query's: its confidence, low-sample threshold and correction.
        public init(_ options: MetricOptions) {
            self.init(
                confidence: options.confidence, minimumAnswers: options.lowSample, correction: options.correction)
        }
    }

    /// The earlier or the later period.
    public enum Side: String, Sendable, Hashable, Codable {
        /// The earlier period.
        case before
        /// The later period.
        case after
    }

    /// Why a change cannot be decomposed.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The metric is not a share-weighted sum of segment values (NKI).
        case unsupportedMetric(Metric)
        /// The confidence level is not strictly between 0 and 1.
        case invalidConfidence(Double)
        /// Two segments share an id, so the answers would be counted twice.
        case duplicateSegment(String)
        /// A tally's counts contradict one another (negative, more scores than answers, impossible sums).
        case inconsistentTally(segment: String, side: Side)
        /// Nobody answered in the earlier period.
        case noAnswersBefore
        /// Nobody answered in the later period.
        case noAnswersAfter

        public var description: String {
            switch self {
            case .unsupportedMetric(let metric):
                "\(metric.rawValue) cannot be decomposed: the NKI index weights its items per period (estimated "
                    + "weights change with the answers), so it is not a share-weighted sum of the segments' values"
            case .invalidConfidence(let level):
                "the confidence level \(level) is not strictly between 0 and 1"
            case .duplicateSegment(let id):
                "the segment '\(id)' is given twice; each segment must appear once"
            case .inconsistentTally(let segment, let side):
                "segment '\(segment)': the \(side == .before ? "earlier" : "later") period's answers do not add up "
                    + "(negative counts, more scores than answers or impossible sums)"
            case .noAnswersBefore:
                "there are no answers in the earlier period, so there is no change to explain"
            case .noAnswersAfter:
                "there are no answers in the later period, so there is no change to explain"
            }
        }
    }
}
