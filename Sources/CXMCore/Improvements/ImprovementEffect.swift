import Foundation

/// What a delivered improvement did to the NPS of its touchpoint: the units it was for before and after the
/// delivery, and where other units answered at the same touchpoint in the same weeks, the change beyond
/// theirs (difference-in-differences), each with an interval and a verdict.
public struct ImprovementEffect: Sendable, Hashable, Codable {
    public enum Verdict: String, Sendable, Hashable, Codable {
        case improved
        /// No change the answers can detect; `neededAnswers` says how many would detect the one seen.
        case noDetectableChange = "no_detectable_change"
        case worse
        /// Too few answers in one of the periods compared.
        case tooFewAnswers = "too_few_answers"
    }

    /// A before/after pair of NPS answer counts and the change between them.
    public struct Periods: Sendable, Hashable, Codable {
        public var before: NPSCounts
        public var after: NPSCounts
        /// After minus before, in points, and its interval; nil without answers in both periods.
        public var change: Double?
        public var changeInterval: Interval?

        public init(before: NPSCounts, after: NPSCounts, confidence: Confidence = .standard) {
            self.before = before
            self.after = after
            if let a = after.score, let b = before.score, let error = NPSStatistics.differenceStandardError(after, before) {
                change = a - b
                changeInterval = Interval(low: a - b - confidence.z * error, high: a - b + confidence.z * error)
            }
        }

        /// The per-period variance term of the change, in squared share units; nil without answers.
        var variance: Double? {
            guard let a = after.shares, let b = before.shares else { return nil }
            return NPSStatistics.variance(promoterShare: a.promoters, detractorShare: a.detractors) / Double(after.n)
                + NPSStatistics.variance(promoterShare: b.promoters, detractorShare: b.detractors) / Double(before.n)
        }
    }

    /// The weeks compared on each side of the delivery.
    public var weeks: Int
    public var deliveredAt: Date
    /// The units the improvement was for, with the units below them (empty: the whole company).
    public var treated: Periods
    /// The other units at the same touchpoint in the same weeks; nil for a company-wide improvement.
    public var control: Periods?
    /// The estimate the verdict rests on: the change beyond the other units' when they answered enough,
    /// else the change itself; with its interval and p-value.
    public var estimate: Double?
    public var interval: Interval?
    public var pValue: Double?
    /// Whether the estimate is the difference-in-differences.
    public var againstControl: Bool
    public var verdict: Verdict
    /// For `noDetectableChange`: answers per period (and per group, against a control) that would detect the
    /// change seen at the confidence level with 80 % power.
    public var neededAnswers: Int?
    /// Whether the weeks after the delivery had all passed when it was measured.
    public var complete: Bool
    public var measuredAt: Date

    /// Measures the effect from the answer counts.
    public static func measure(
        treated: Periods, control: Periods?, weeks: Int, deliveredAt: Date, measuredAt: Date, minimumAnswers: Int = 30,
        confidence: Confidence = .standard
    ) -> ImprovementEffect {
        let enough = { (periods: Periods) in
            periods.before.n >= minimumAnswers && periods.after.n >= minimumAnswers
        }
        let useControl = control.map(enough) == true && control?.variance != nil
        var estimate: Double?
        var variance: Double?
        if useControl, let control, let change = treated.change, let controlChange = control.change,
            let own = treated.variance, let other = control.variance
        {
            estimate = change - controlChange
            variance = own + other
        } else {
            estimate = treated.change
            variance = treated.variance
        }
        var interval: Interval?
        var pValue: Double?
        var verdict = Verdict.tooFewAnswers
        var needed: Int?
        if let estimate, let variance {
            let error = 100 * variance.squareRoot()
            interval = Interval(low: estimate - confidence.z * error, high: estimate + confidence.z * error)
            if enough(treated) {
                if error > 0 {
                    let p = Distributions.normalTwoSidedPValue(estimate / error)
                    pValue = p
                    if p < 1 - confidence.level {
                        verdict = estimate > 0 ? .improved : .worse
                    } else {
                        verdict = .noDetectableChange
                    }
                } else {
                    verdict = estimate == 0 ? .noDetectableChange : (estimate > 0 ? .improved : .worse)
                }
                if verdict == .noDetectableChange {
                    // 2 samples for the change alone, 4 for the change beyond the other units'.
                    let samples = [treated.before, treated.after] + (useControl ? [control?.before, control?.after] : [])
                    needed = NPSStatistics.answersToDetect(
                        differencePoints: estimate, samples: samples.compactMap { $0 }, groups: samples.count,
                        confidence: confidence)
                }
            }
        }
        return ImprovementEffect(
            weeks: weeks, deliveredAt: deliveredAt, treated: treated, control: control, estimate: estimate, interval: interval,
            pValue: pValue, againstControl: useControl, verdict: verdict, neededAnswers: needed,
            complete: measuredAt >= deliveredAt.addingTimeInterval(Double(weeks) * 7 * 86_400), measuredAt: measuredAt)
    }
}
