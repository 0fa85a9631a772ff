import Foundation

/// Opening hours per weekday (ISO weekday 1 = Monday ... 7 = Sunday; a missing or empty day is closed), days off
/// (holidays, closures) and the IANA time zone.
///
/// All times are wall-clock times in `timeZone`, so "08:00" stays 08:00 across daylight-saving changes while the
/// real length of a day's opening follows the clock. Queries walk day by day, so their cost grows with the number
/// of days covered, not with the number of seconds.
public struct BusinessCalendar: Sendable, Hashable {
    /// How far the queries look for an opening before concluding there is none.
    public static let searchHorizonDays = 400

    /// IANA identifier, e.g. "Europe/Stockholm".
    public var timeZone: String
    public var week: [Int: [OpeningInterval]]
    public var daysOff: Set<LocalDay>
    /// Extra opening on specific dates overriding the week (e.g. a Sunday sale): date -> intervals (empty array =
    /// closed). An exception also overrides a day off on the same date, being the more specific statement.
    public var exceptions: [LocalDay: [OpeningInterval]]

    public init(
        timeZone: String,
        week: [Int: [OpeningInterval]],
        daysOff: Set<LocalDay> = [],
        exceptions: [LocalDay: [OpeningInterval]] = [:]
    ) {
        self.timeZone = timeZone
        self.week = week
        self.daysOff = daysOff
        self.exceptions = exceptions
    }

    /// Monday to Friday 08:00–17:00, the usual default for a support desk.
    public static func standard(timeZone: String) -> BusinessCalendar {
        let workday = OpeningInterval(start: ClockTime(trustedMinutes: 8 * 60), end: ClockTime(trustedMinutes: 17 * 60))
        let week = Dictionary(uniqueKeysWithValues: (1...5).map { ($0, [workday]) })
        return BusinessCalendar(timeZone: timeZone, week: week)
    }

    /// Round the clock in UTC, so SLA arithmetic degenerates to plain time addition.
    public static let alwaysOpen: BusinessCalendar = {
        let wholeDay = OpeningInterval(start: ClockTime(trustedMinutes: 0), end: ClockTime(trustedMinutes: 24 * 60))
        let week = Dictionary(uniqueKeysWithValues: (1...7).map { ($0, [wholeDay]) })
        return BusinessCalendar(timeZone: "UTC", week: week)
    }()

    // The queries below are total so that SLA code never has to handle a crash: a calendar with an unknown time
    // zone, or an instant beyond `Date.distantPast...Date.distantFuture`, is simply never open. Use `validated()`
    // to catch such calendars up front.

    public func isOpen(at instant: Date) -> Bool {
        guard var walk = OpenRangeWalk(calendar: self, from: instant, through: instant) else { return false }
        // Ranges are clipped to start at `instant`, so the first one begins exactly there if and only if it is open.
        return walk.next()?.lowerBound == instant.timeIntervalSinceReferenceDate
    }

    /// The instant that lies `seconds` of opening time after `start` (start itself may be inside or outside opening
    /// hours; if outside, counting starts at the next opening). seconds == 0 returns the first open instant at or
    /// after start. Returns nil only if no opening exists within the next 400 days (e.g. everything is a day off).
    ///
    /// A deadline that uses up an interval exactly is its closing instant, not the next opening. Negative durations
    /// count as zero; a non-finite one yields nil as it could never be reached.
    public func adding(openSeconds seconds: TimeInterval, to start: Date) -> Date? {
        guard seconds.isFinite,
            let walk = OpenRangeWalk(calendar: self, from: start, closedDayLimit: Self.searchHorizonDays)
        else { return nil }
        var remaining = Swift.max(seconds, 0)
        for range in walk {
            let available = range.upperBound - range.lowerBound
            if remaining <= available {
                return Date(timeIntervalSinceReferenceDate: range.lowerBound + remaining)
            }
            remaining -= available
        }
        return nil
    }

    /// `adding(openSeconds:to:)` for several durations at once, in one walk through the calendar:
    /// the instants in the order of `durations` (which need not be sorted).
    public func adding(openSeconds durations: [TimeInterval], to start: Date) -> [Date?] {
        var results = [Date?](repeating: nil, count: durations.count)
        let order = durations.indices.filter { durations[$0].isFinite }.sorted { durations[$0] < durations[$1] }
        guard !order.isEmpty,
            let walk = OpenRangeWalk(calendar: self, from: start, closedDayLimit: Self.searchHorizonDays)
        else { return results }
        var next = 0
        var counted: TimeInterval = 0
        for range in walk {
            let available = range.upperBound - range.lowerBound
            while next < order.count, Swift.max(durations[order[next]], 0) - counted <= available {
                let wanted = Swift.max(durations[order[next]], 0) - counted
                results[order[next]] = Date(timeIntervalSinceReferenceDate: range.lowerBound + wanted)
                next += 1
            }
            if next == order.count { break }
            counted += available
        }
        return results
    }

    /// Opening time (seconds) between two instants (0 if end <= start).
    public func openSeconds(from start: Date, to end: Date) -> TimeInterval {
        guard start < end, let walk = OpenRangeWalk(calendar: self, from: start, through: end) else { return 0 }
        let limit = end.timeIntervalSinceReferenceDate
        var total: TimeInterval = 0
        for range in walk {
            guard range.lowerBound < limit else { break }
            total += Swift.min(range.upperBound, limit) - range.lowerBound
        }
        return total
    }

    /// The next instant at or after `instant` when the business is open (nil if none within 400 days).
    public func nextOpening(atOrAfter instant: Date) -> Date? {
        guard var walk = OpenRangeWalk(calendar: self, from: instant, closedDayLimit: Self.searchHorizonDays),
            let range = walk.next()
        else { return nil }
        return Date(timeIntervalSinceReferenceDate: range.lowerBound)
    }
}
