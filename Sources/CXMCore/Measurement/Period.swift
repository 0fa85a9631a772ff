/// How finely time is cut into periods.
public enum TimeGrain: String, Sendable, Codable, CaseIterable, Hashable {
    case day, week, month, quarter, year

    /// The period a day falls in.
    public func period(of day: LocalDay) -> Period {
        let (year, month, _) = day.civil
        switch self {
        case .day:
            return Period(grain: self, start: day, end: day.adding(days: 1), label: day.iso)
        case .week:
            let monday = day.adding(days: -day.weekday)
            // The ISO week belongs to the year of its Thursday.
            let thursdayYear = monday.adding(days: 3).civil.year
            let firstThursday = Self.firstThursday(of: thursdayYear)
            let week = (monday.adding(days: 3).number - firstThursday.number) / 7 + 1
            return Period(
                grain: self, start: monday, end: monday.adding(days: 7),
                label: "\(thursdayYear)-W\(week < 10 ? "0" : "")\(week)")
        case .month:
            let start = LocalDay(year: year, month: month, day: 1)
            return Period(
                grain: self, start: start, end: start.adding(months: 1),
                label: "\(year)-\(month < 10 ? "0" : "")\(month)")
        case .quarter:
            let quarter = (month - 1) / 3 + 1
            let start = LocalDay(year: year, month: (quarter - 1) * 3 + 1, day: 1)
            return Period(grain: self, start: start, end: start.adding(months: 3), label: "\(year)-Q\(quarter)")
        case .year:
            let start = LocalDay(year: year, month: 1, day: 1)
            return Period(grain: self, start: start, end: start.adding(months: 12), label: "\(year)")
        }
    }

    /// Every period that overlaps the days `from..<to`, in order.
    public func periods(from: LocalDay, to: LocalDay) -> [Period] {
        var result: [Period] = []
        var day = from
        while day < to {
            let period = period(of: day)
            result.append(period)
            day = period.end
        }
        return result
    }

    private static func firstThursday(of year: Int) -> LocalDay {
        let january4 = LocalDay(year: year, month: 1, day: 4)
        return january4.adding(days: 3 - january4.weekday)
    }
}

/// One period of a time series: the days `start..<end` and a stable label (`2026-W03`, `2026-Q1`).
public struct Period: Sendable, Hashable, Codable, Comparable {
    public var grain: TimeGrain
    public var start: LocalDay
    public var end: LocalDay
    public var label: String

    public init(grain: TimeGrain, start: LocalDay, end: LocalDay, label: String) {
        self.grain = grain
        self.start = start
        self.end = end
        self.label = label
    }

    /// The period immediately before this one.
    public var previous: Period { grain.period(of: start.adding(days: -1)) }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.start < rhs.start }
}
