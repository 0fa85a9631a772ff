import Foundation

/// Finds the days of many instants in one zone quickly: UTC offsets only change on quarter hours,
/// so the offset of each quarter hour is looked up once.
public struct LocalDayCalendar: Sendable {
    public let timeZone: TimeZone
    private var offsets: [Int: Int] = [:]

    public init(_ timeZone: TimeZone) { self.timeZone = timeZone }

    public mutating func day(of date: Date) -> LocalDay {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let quarter = seconds >= 0 ? seconds / 900 : (seconds - 899) / 900
        let offset: Int
        if let known = offsets[quarter] {
            offset = known
        } else {
            offset = timeZone.secondsFromGMT(for: date)
            if offsets.count > 100_000 { offsets.removeAll(keepingCapacity: true) }
            offsets[quarter] = offset
        }
        let local = seconds + offset
        return LocalDay(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }
}

/// A calendar day in the workspace time zone, counted from 1970-01-01. Rollups and period cuts use
/// day numbers, so that weeks, months and years follow the workspace's calendar, not UTC.
public struct LocalDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var number: Int

    public init(_ number: Int) { self.number = number }

    /// The day an instant falls on in the time zone (daylight saving included).
    public init(_ date: Date, in timeZone: TimeZone) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        number = Int((Double(seconds) / 86_400).rounded(.down))
    }

    /// The day of a civil date (proleptic Gregorian).
    public init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
        guard civil == (year, month, day) else { return nil }
    }

    /// The civil date of the day.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Monday = 0 … Sunday = 6.
    public var weekday: Int { ((number + 3) % 7 + 7) % 7 }

    /// The first instant (second) of the day in the time zone. Where a daylight-saving switch skips
    /// midnight, that is the instant the switch lands on (in America/Asuncion, 1 October 2023 begins
    /// at 01:00, 04:00 UTC).
    public func start(in timeZone: TimeZone) -> Date {
        let guess = Date(timeIntervalSince1970: TimeInterval(number) * 86_400)
        let first = guess.addingTimeInterval(TimeInterval(-timeZone.secondsFromGMT(for: guess)))
        // Near a daylight-saving switch the offset at that instant may differ; take that one.
        let candidate = guess.addingTimeInterval(TimeInterval(-timeZone.secondsFromGMT(for: first)))
        if LocalDay(candidate, in: timeZone) == self && LocalDay(candidate.addingTimeInterval(-1), in: timeZone) < self {
            return candidate
        }
        // A switch at midnight: search the two days around it for the first second of this day.
        var before = guess.timeIntervalSince1970 - 2 * 86_400
        var onOrAfter = guess.timeIntervalSince1970 + 2 * 86_400
        while onOrAfter - before > 1 {
            let middle = ((before + onOrAfter) / 2).rounded(.down)
            if LocalDay(Date(timeIntervalSince1970: middle), in: timeZone) >= self {
                onOrAfter = middle
            } else {
                before = middle
            }
        }
        return Date(timeIntervalSince1970: onOrAfter)
    }

    public func adding(days: Int) -> LocalDay { LocalDay(number + days) }

    /// The same day of the month `months` later (clamped to the month's last day).
    public func adding(months: Int) -> LocalDay {
        let (year, month, day) = civil
        let total = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (Int((Double(total) / 12).rounded(.down)), ((total % 12) + 12) % 12 + 1)
        let last = LocalDay(year: newMonth == 12 ? newYear + 1 : newYear, month: newMonth == 12 ? 1 : newMonth + 1, day: 1)
            .adding(days: -1).civil.day
        return LocalDay(year: newYear, month: newMonth, day: min(day, last))
    }

    public var iso: String {
        let (year, month, day) = civil
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    public var description: String { iso }

    /// Encoded as its ISO date, `2026-03-01`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = LocalDay(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a date (YYYY-MM-DD)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool { lhs.number < rhs.number }
}
