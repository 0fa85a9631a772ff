import Foundation

/// Where a goal stands: its figure over the latest window with the interval, the baseline it started from, how
/// much of the way it has come, and whether it is there, honestly: "reached" only when the whole interval is
/// at or above the target.
public struct GoalProgress: Sendable, Codable, Hashable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// The interval lies wholly at or above the target.
        case reached
        /// The figure is at or above the target, but the interval reaches below it.
        case atTarget = "at_target"
        /// Below the target, but the interval still reaches it.
        case withinReach = "within_reach"
        /// The interval lies wholly below the target.
        case below
        /// Too few answers in the window to show a figure.
        case tooFew = "too_few"
    }

    /// Against the straight line from the baseline on the start day to the target on the deadline.
    public enum Pace: String, Sendable, Codable {
        /// The interval lies above the line.
        case ahead
        /// The line lies within the interval.
        case onPace = "on_pace"
        /// The interval lies below the line.
        case behind
    }

    public var goalID: String
    /// The last day of the window read: today, or the deadline once it has passed.
    public var day: LocalDay
    public var from: LocalDay
    public var value: Double?
    public var n: Int
    public var interval: Interval?
    public var lowSample: Bool
    public var baseline: Double?
    public var baselineN: Int
    public var status: Status
    /// How much of the way from the baseline to the target has been come (0…1, may exceed 1 or fall below 0);
    /// nil without a baseline below the target.
    public var share: Double?
    /// Where the straight line from baseline to target stands on `day`.
    public var expected: Double?
    public var pace: Pace?
    public var daysLeft: Int
    /// Whether the deadline has passed: the status is then the final word.
    public var closed: Bool

    public init(
        goalID: String, day: LocalDay, from: LocalDay, value: Double?, n: Int, interval: Interval?, lowSample: Bool,
        baseline: Double?, baselineN: Int, status: Status, share: Double?, expected: Double?, pace: Pace?,
        daysLeft: Int, closed: Bool
    ) {
        self.goalID = goalID
        self.day = day
        self.from = from
        self.value = value
        self.n = n
        self.interval = interval
        self.lowSample = lowSample
        self.baseline = baseline
        self.baselineN = baselineN
        self.status = status
        self.share = share
        self.expected = expected
        self.pace = pace
        self.daysLeft = daysLeft
        self.closed = closed
    }

    /// The day a goal's figure is read on: today, but never past the deadline.
    public static func readingDay(of goal: Goal, today: LocalDay) -> LocalDay { min(today, goal.deadline) }

    /// Progress from the figures over the window ending on `readingDay(of:today:)` and over the baseline
    /// window (either nil when there were too few answers to show).
    public static func assess(goal: Goal, today: LocalDay, current: MetricFigure?, baseline: MetricFigure?) -> GoalProgress {
        let day = readingDay(of: goal, today: today)
        let window = goal.window(endingOn: day)
        let status: Status
        if let current {
            let interval = current.interval ?? Interval(low: current.value, high: current.value)
            if interval.low >= goal.target {
                status = .reached
            } else if current.value >= goal.target {
                status = .atTarget
            } else if interval.high >= goal.target {
                status = .withinReach
            } else {
                status = .below
            }
        } else {
            status = .tooFew
        }
        var share: Double?
        var expected: Double?
        var pace: Pace?
        if let start = baseline?.value, start < goal.target {
            if let value = current?.value { share = (value - start) / (goal.target - start) }
            let span = Double(max(1, goal.deadline.number - goal.startDay.number))
            let elapsed = Double(min(max(0, day.number - goal.startDay.number), goal.deadline.number - goal.startDay.number))
            let line = start + (goal.target - start) * elapsed / span
            expected = line
            if let current {
                let interval = current.interval ?? Interval(low: current.value, high: current.value)
                pace = interval.low > line ? .ahead : interval.high < line ? .behind : .onPace
            }
        }
        return GoalProgress(
            goalID: goal.id, day: day, from: window.lowerBound, value: current?.value, n: current?.n ?? 0,
            interval: current?.interval, lowSample: current?.lowSample ?? false, baseline: baseline?.value,
            baselineN: baseline?.n ?? 0, status: status, share: share, expected: expected, pace: pace,
            daysLeft: max(0, goal.deadline.number - today.number), closed: today > goal.deadline)
    }
}
