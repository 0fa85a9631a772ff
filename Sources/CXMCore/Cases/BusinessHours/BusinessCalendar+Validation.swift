import Foundation

extension BusinessCalendar {
    /// Why a calendar was rejected; `description` is written for the person who configured it.
    public enum Problem: Error, Hashable, CustomStringConvertible {
        /// Where in the calendar a problem sits, so messages can point at the exact weekday or date.
        public enum Day: Sendable, Hashable, CustomStringConvertible {
            case weekday(Int)
            case date(LocalDay)

            public var description: String {
                switch self {
                case .weekday(let weekday):
                    BusinessCalendar.weekdayNames.indices.contains(weekday - 1)
                        ? BusinessCalendar.weekdayNames[weekday - 1]
                        : "weekday \(weekday)"
                case .date(let date):
                    date.iso
                }
            }
        }

        case unknownTimeZone(String)
        case invalidWeekday(Int)
        case timeOutOfRange(Day, ClockTime)
        case emptyInterval(Day, OpeningInterval)
        case unorderedIntervals(Day, OpeningInterval, OpeningInterval)
        case overlappingIntervals(Day, OpeningInterval, OpeningInterval)
        case noOpeningHours

        public var description: String {
            switch self {
            case .unknownTimeZone(let identifier):
                "Unknown time zone '\(identifier)'; use an IANA identifier such as \"Europe/Stockholm\"."
            case .invalidWeekday(let weekday):
                "Weekday \(weekday) does not exist; use an ISO weekday from 1 (Monday) to 7 (Sunday)."
            case .timeOutOfRange(let day, let time):
                "A time on \(day) is \(time.minutes) minutes after midnight, outside the day; "
                    + "use a time from 00:00 to 24:00."
            case .emptyInterval(let day, let interval):
                "Opening interval \(interval) on \(day) does not end after it starts; "
                    + "make the end later than the start (use 24:00 for the end of the day)."
            case .unorderedIntervals(let day, let earlier, let later):
                "Opening intervals on \(day) are out of order: \(earlier) is listed before \(later); "
                    + "list them from earliest to latest."
            case .overlappingIntervals(let day, let earlier, let later):
                "Opening intervals on \(day) overlap: \(earlier) and \(later); "
                    + "merge them or let each one end before the next starts."
            case .noOpeningHours:
                "The week has no opening hours; add at least one opening interval to a weekday "
                    + "(1 = Monday ... 7 = Sunday)."
            }
        }
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Validates: known time zone, intervals within a day ordered and not overlapping, at least one opening minute in
    /// the week. Exceptions are checked like weekdays; touching intervals (12:00 end, 12:00 start) are fine.
    ///
    /// Checks run in a fixed order (weekdays, then dates, ascending) so the same calendar always reports the same
    /// problem first.
    public func validated() throws(Problem) -> BusinessCalendar {
        guard TimeZone(identifier: timeZone) != nil else { throw .unknownTimeZone(timeZone) }
        for (weekday, intervals) in week.sorted(by: { $0.key < $1.key }) {
            guard (1...7).contains(weekday) else { throw .invalidWeekday(weekday) }
            try Self.check(intervals, on: .weekday(weekday))
        }
        for (date, intervals) in exceptions.sorted(by: { $0.key < $1.key }) {
            try Self.check(intervals, on: .date(date))
        }
        // Every interval is non-empty by now, so any interval at all means at least one opening minute.
        guard week.values.contains(where: { !$0.isEmpty }) else { throw .noOpeningHours }
        return self
    }

    private static func check(_ intervals: [OpeningInterval], on day: Problem.Day) throws(Problem) {
        for interval in intervals {
            for time in [interval.start, interval.end] where !ClockTime.validMinutes.contains(time.minutes) {
                throw .timeOutOfRange(day, time)
            }
            guard interval.start < interval.end else { throw .emptyInterval(day, interval) }
        }
        for (earlier, later) in zip(intervals, intervals.dropFirst()) {
            if later.end <= earlier.start {
                throw .unorderedIntervals(day, earlier, later)
            }
            if later.start < earlier.end {
                throw .overlappingIntervals(day, earlier, later)
            }
        }
    }
}
