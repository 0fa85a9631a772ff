import CXMCore
import Foundation

/// Fixtures state instants as ISO 8601 with an explicit offset ("2026-03-29T03:00:00+02:00"), which keeps them
/// unambiguous on daylight-saving days and independent of the code under test.
func instant(_ text: String) -> Date {
    guard let date = try? Date(text, strategy: .iso8601) else {
        preconditionFailure("Bad instant fixture \(text)")
    }
    return date
}

func time(_ text: String) -> ClockTime {
    guard let time = ClockTime(text: text) else { preconditionFailure("Bad time fixture \(text)") }
    return time
}

func date(_ text: String) -> LocalDay {
    guard let date = LocalDay(iso: text) else { preconditionFailure("Bad date fixture \(text)") }
    return date
}

func interval(_ start: String, _ end: String) -> OpeningInterval {
    OpeningInterval(start: time(start), end: time(end))
}

let hour: TimeInterval = 3_600

enum Fixtures {
    static let stockholm = "Europe/Stockholm"

    /// Mon–Fri 08:00–17:00 in Stockholm.
    static let standard = BusinessCalendar.standard(timeZone: stockholm)

    /// Mon–Fri 08:00–12:00 and 13:00–17:00, closed for lunch.
    static let lunchBreak = BusinessCalendar(
        timeZone: stockholm,
        week: Dictionary(
            uniqueKeysWithValues: (1...5).map {
                ($0, [interval("08:00", "12:00"), interval("13:00", "17:00")])
            })
    )

    /// Standard hours with Christmas Eve and Christmas Day off.
    static let christmas = BusinessCalendar(
        timeZone: stockholm,
        week: standard.week,
        daysOff: [date("2026-12-24"), date("2026-12-25")]
    )

    /// Standard hours plus a Sunday sale on 2026-12-20 and a closed Monday on 2026-12-21.
    static let sundaySale = BusinessCalendar(
        timeZone: stockholm,
        week: standard.week,
        exceptions: [date("2026-12-20"): [interval("10:00", "14:00")], date("2026-12-21"): []]
    )

    /// Every day 01:00–05:00 in Stockholm, straddling both daylight-saving changes.
    static func night(_ start: String = "01:00", _ end: String = "05:00") -> BusinessCalendar {
        BusinessCalendar(
            timeZone: stockholm,
            week: Dictionary(uniqueKeysWithValues: (1...7).map { ($0, [interval(start, end)]) })
        )
    }
}
