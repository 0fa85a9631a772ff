import Foundation

/// How far a customer got through a funnel in their latest attempt at it, kept as two customer attributes
/// so that a segment can be made of it ("left the checkout at payment in November") and every dashboard,
/// trend, funnel and driver analysis sliced by that segment, as the `signal_*` attributes are:
///
/// - `funnel_<id>`: the number of steps the attempt reached, 1 (the first step only) to the funnel's step
///   count (finished);
/// - `funnel_<id>_day`: the calendar day the attempt began.
///
/// An attempt begins at a first-step event that is not inside the window of the attempt before it (so a
/// first step seen again during an attempt is part of it), and reaches each later step at that step's first
/// event after the step before, within the window from the beginning: the funnel report's rule.
public struct FunnelProgress: Sendable, Hashable {
    /// When the attempt began, in milliseconds since 1970.
    public var begunAt: Int64
    /// The steps it reached, from 1.
    public var reached: Int

    public init(begunAt: Int64, reached: Int) {
        self.begunAt = begunAt
        self.reached = reached
    }

    /// Every attribute cxm keeps for funnels starts with this.
    public static let keyPrefix = "funnel_"

    /// The attribute of a funnel's reached steps: its id in the characters attribute keys allow (without a
    /// `funnel` the id starts with: `funnel-web-checkout` is `funnel_web_checkout`).
    public static func key(funnel id: String) -> String {
        var safe = id.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "_" }.joined()
        if safe.hasPrefix(keyPrefix), safe.count > keyPrefix.count { safe.removeFirst(keyPrefix.count) }
        return keyPrefix + String(safe.prefix(AttributeDefinition.maxKeyLength - keyPrefix.count - dayKeySuffix.count))
    }

    /// The attribute of the day a funnel's latest attempt began.
    public static func dayKey(funnel id: String) -> String { key(funnel: id) + dayKeySuffix }

    private static let dayKeySuffix = "_day"

    /// The conditions of the two usual segments of a funnel: customers whose latest attempt stopped before
    /// the last step, and those whose latest attempt finished.
    public static func segmentConditions(_ funnel: Funnel) -> (left: [SegmentCondition], finished: [SegmentCondition]) {
        let key = key(funnel: funnel.id)
        let steps = AttributeValue.number(Double(funnel.steps.count))
        return (
            [SegmentCondition(attribute: key, op: .lessThan, value: steps)],
            [SegmentCondition(attribute: key, op: .equals, value: steps)]
        )
    }

    /// Whether a segment slices by the funnel's progress.
    public static func slices(_ segment: Segment, by funnel: String) -> Bool {
        let keys = [key(funnel: funnel), dayKey(funnel: funnel)]
        return segment.conditions.contains { keys.contains($0.attribute) }
    }

    /// The latest attempt in a customer's events, given each step's event times in milliseconds (by step, in
    /// any order); nil when the first step never happened.
    public static func latest(steps: [[Int64]], windowMilliseconds window: Int64) -> FunnelProgress? {
        guard let starts = steps.first, !starts.isEmpty else { return nil }
        var begun = Int64.min
        for start in starts.sorted() where begun == .min || start > begun + window { begun = start }
        var reached = 1
        var at = begun
        for times in steps.dropFirst() {
            guard let next = times.filter({ $0 >= at && $0 <= begun + window }).min() else { break }
            at = next
            reached += 1
        }
        return FunnelProgress(begunAt: begun, reached: reached)
    }

    /// A customer's attributes with the funnel's two keys set from `progress` (or removed, with nil).
    public static func applied(
        _ progress: FunnelProgress?, funnel id: String, to attributes: [String: AttributeValue], timeZone: TimeZone
    ) -> [String: AttributeValue] {
        var result = attributes
        result[key(funnel: id)] = progress.map { .number(Double($0.reached)) }
        result[dayKey(funnel: id)] = progress.map {
            .date(LocalDay(Date(timeIntervalSince1970: Double($0.begunAt) / 1000), in: timeZone).iso)
        }
        return result
    }
}
