import Foundation

/// Wall-clock arithmetic in one time zone; instants are seconds since the reference date, as `Date` stores them,
/// so that an input instant comes back bit for bit when it is already open.
struct Timeline {
    /// Days from 1970-01-01 to 2001-01-01, the reference date.
    static let referenceDay = 11_323
    static let secondsPerDay: TimeInterval = 86_400
    /// Foundation keeps UTC offsets within ±18 hours, which bounds where a wall-clock time can fall.
    private static let maxOffset: TimeInterval = 18 * 3_600

    private let calendar: Calendar
    // The last offset looked up and the stretch of time it is known to hold for; a walk rarely leaves it.
    private var spanStart = TimeInterval.infinity
    private var spanEnd = -TimeInterval.infinity
    private var spanOffset: TimeInterval = 0

    init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
    }

    /// Far-off or non-finite instants would overflow the day arithmetic; callers treat them as never open.
    static func supports(_ instant: Date) -> Bool {
        (Date.distantPast...Date.distantFuture).contains(instant)
    }

    /// The local day (days since 1970-01-01) on which `instant` falls.
    func day(containing instant: Date) -> Int {
        LocalDay(instant, in: calendar.timeZone).number
    }

    /// Wall-clock seconds at local midnight starting `day`.
    static func localStart(ofDay day: Int) -> TimeInterval {
        TimeInterval(day - referenceDay) * secondsPerDay
    }

    /// The earliest instant whose wall-clock reading is at or after `local`.
    ///
    /// This one rule gives the first occurrence of a repeated time and the first instant after a skipped one, and it
    /// never decreases as `local` grows, so consecutive days and intervals can never overlap.
    mutating func instant(forLocal local: TimeInterval) -> TimeInterval {
        var candidateStart = local - Self.maxOffset
        while true {
            let offset = offset(at: candidateStart)
            // Within one span the wall clock runs in step with real time, so the answer is a single subtraction.
            let candidate = max(candidateStart, local - offset)
            if candidate < spanEnd {
                return candidate
            }
            candidateStart = spanEnd
        }
    }

    private mutating func offset(at instant: TimeInterval) -> TimeInterval {
        if !(spanStart <= instant && instant < spanEnd) {
            let zone = calendar.timeZone
            let date = Date(timeIntervalSinceReferenceDate: instant)
            let next = zone.nextDaylightSavingTimeTransition(after: date)?.timeIntervalSinceReferenceDate
            spanStart = instant
            spanOffset = TimeInterval(zone.secondsFromGMT(for: date))
            // A transition that is not strictly later would stall the search; treat the offset as lasting instead.
            spanEnd = next.map { $0 > instant ? $0 : .infinity } ?? .infinity
        }
        return spanOffset
    }
}

/// The opening hours of a calendar as real-time ranges, produced day by day in order.
///
/// Each local day's wall-clock intervals are resolved through `Timeline`, so daylight-saving days simply yield
/// shorter or longer ranges. Ranges are ordered, non-empty and clipped so that none starts before `floor`.
struct OpenRangeWalk: Sequence, IteratorProtocol {
    private let calendar: BusinessCalendar
    private var timeline: Timeline
    private let floor: TimeInterval
    private let lastDay: Int
    private let closedDayLimit: Int
    private var day: Int
    private var lastOpenDay: Int
    private var dayStart: TimeInterval = 0
    private var intervals: [OpeningInterval] = []
    private var index = 0

    /// Fails for an unknown time zone or an unsupported start, which callers report as "never open".
    ///
    /// - Parameters:
    ///   - end: when given, the walk stops after the day that could still contain this instant.
    ///   - closedDayLimit: how many days may follow the start day, or the last day with an opening, before the walk
    ///     gives up; it keeps a calendar without any opening from walking forever.
    init?(calendar: BusinessCalendar, from start: Date, through end: Date? = nil, closedDayLimit: Int = .max) {
        guard Timeline.supports(start), let timeline = Timeline(identifier: calendar.timeZone) else { return nil }
        let firstDay = timeline.day(containing: start)
        // An instant usually lies on its own local day, but after an exotic backward jump across midnight it can
        // belong to the following day's ranges, hence the extra day.
        lastDay = end.map { timeline.day(containing: Swift.min($0, .distantFuture)) + 1 } ?? .max
        self.calendar = calendar
        self.timeline = timeline
        self.closedDayLimit = closedDayLimit
        floor = start.timeIntervalSinceReferenceDate
        day = firstDay - 1
        lastOpenDay = firstDay - 1
    }

    mutating func next() -> Range<TimeInterval>? {
        while true {
            while index < intervals.count {
                let interval = intervals[index]
                index += 1
                let opening = timeline.instant(forLocal: dayStart + TimeInterval(interval.start.minutes * 60))
                let closing = timeline.instant(forLocal: dayStart + TimeInterval(interval.end.minutes * 60))
                let lower = Swift.max(opening, floor)
                // Empty when the interval lies in a skipped hour or before the start of the walk.
                if lower < closing {
                    lastOpenDay = day
                    return lower..<closing
                }
            }
            guard day < lastDay, day - lastOpenDay <= closedDayLimit else { return nil }
            day += 1
            dayStart = Timeline.localStart(ofDay: day)
            intervals = calendar.openingIntervals(onDay: day)
            index = 0
        }
    }
}

extension BusinessCalendar {
    /// Exceptions win over days off, which win over the week: the most specific statement about a date applies.
    func openingIntervals(onDay dayNumber: Int) -> [OpeningInterval] {
        if !exceptions.isEmpty || !daysOff.isEmpty {
            let date = LocalDay(dayNumber)
            if let special = exceptions[date] {
                return special.tidied()
            }
            if daysOff.contains(date) {
                return []
            }
        }
        return (week[LocalDay(dayNumber).weekday + 1] ?? []).tidied()
    }
}

extension [OpeningInterval] {
    /// Unvalidated calendars may hold unordered, overlapping or out-of-range intervals; the walk relies on tidy ones.
    func tidied() -> [OpeningInterval] {
        if isTidy {
            return self
        }
        let usable = compactMap { interval -> OpeningInterval? in
            let range = ClockTime.validMinutes
            let start = interval.start.minutes.clamped(to: range)
            let end = interval.end.minutes.clamped(to: range)
            guard start < end else { return nil }
            return OpeningInterval(start: ClockTime(trustedMinutes: start), end: ClockTime(trustedMinutes: end))
        }
        var merged: [OpeningInterval] = []
        for interval in usable.sorted(by: { $0.start < $1.start }) {
            if let last = merged.last, interval.start <= last.end {
                merged[merged.count - 1].end = Swift.max(last.end, interval.end)
            } else {
                merged.append(interval)
            }
        }
        return merged
    }

    /// The common case after validation, checked first so that tidying costs no allocation.
    private var isTidy: Bool {
        var previousEnd = ClockTime.validMinutes.lowerBound
        for interval in self {
            guard previousEnd <= interval.start.minutes, interval.start < interval.end,
                interval.end.minutes <= ClockTime.validMinutes.upperBound
            else { return false }
            previousEnd = interval.end.minutes
        }
        return true
    }
}

extension Int {
    fileprivate func clamped(to range: ClosedRange<Int>) -> Int {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
