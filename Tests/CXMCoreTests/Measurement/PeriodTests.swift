import CXMCore
import Foundation
import Testing

@Suite("Days and periods")
struct PeriodTests {
    @Test(arguments: [
        ("2026-01-01", "2026-W01", "2025-12-29"),
        ("2027-01-01", "2026-W53", "2026-12-28"),
        ("2021-01-03", "2020-W53", "2020-12-28"),
        ("2024-12-30", "2025-W01", "2024-12-30"),
        ("2026-03-15", "2026-W11", "2026-03-09"),
    ])
    func isoWeeksFollowTheirThursday(day: String, label: String, monday: String) throws {
        let period = TimeGrain.week.period(of: try #require(LocalDay(iso: day)))
        #expect(period.label == label)
        #expect(period.start.iso == monday)
        #expect(period.end.number - period.start.number == 7)
    }

    @Test(arguments: [
        (TimeGrain.day, "2026-02-28", "2026-02-28", "2026-03-01"),
        (.month, "2024-02-29", "2024-02", "2024-03-01"),
        (.quarter, "2026-05-17", "2026-Q2", "2026-07-01"),
        (.year, "2026-12-31", "2026", "2027-01-01"),
    ])
    func periodsHaveLabelsAndEnds(grain: TimeGrain, day: String, label: String, end: String) throws {
        let period = grain.period(of: try #require(LocalDay(iso: day)))
        #expect(period.label == label)
        #expect(period.end.iso == end)
        #expect(period.previous.end == period.start)
    }

    @Test func periodsCoverARangeWithoutGapsOrOverlaps() throws {
        let from = try #require(LocalDay(iso: "2025-12-20"))
        let to = try #require(LocalDay(iso: "2026-02-10"))
        for grain in TimeGrain.allCases {
            let periods = grain.periods(from: from, to: to)
            #expect(periods.first.map { $0.start <= from && from < $0.end } == true)
            for (a, b) in zip(periods, periods.dropFirst()) { #expect(a.end == b.start) }
        }
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-01", "", "2026-01-01T00:00"])
    func impossibleDatesAreRefused(text: String) {
        #expect(LocalDay(iso: text) == nil)
    }

    @Test func monthsAddClampedToTheMonthEnd() throws {
        #expect(try #require(LocalDay(iso: "2026-01-31")).adding(months: 1).iso == "2026-02-28")
        #expect(try #require(LocalDay(iso: "2026-03-15")).adding(months: -12).iso == "2025-03-15")
        #expect(try #require(LocalDay(iso: "2024-02-29")).adding(months: 12).iso == "2025-02-28")
    }

    @Test(arguments: ["Europe/Stockholm", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe"])
    func theCachedCalendarAgreesWithTheZoneAcrossDaylightSaving(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = LocalDayCalendar(timeZone)
        var date = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        let end = date.addingTimeInterval(400 * 86_400)
        while date < end {
            #expect(calendar.day(of: date) == LocalDay(date, in: timeZone), "\(date)")
            date = date.addingTimeInterval(7 * 60 + 13)
        }
    }

    @Test func aDayStartsAtLocalMidnight() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Stockholm"))
        // The day summer time begins is 23 hours long.
        let day = try #require(LocalDay(iso: "2026-03-29"))
        #expect(day.adding(days: 1).start(in: zone).timeIntervalSince(day.start(in: zone)) == 23 * 3600)
        #expect(LocalDay(day.start(in: zone), in: zone) == day)
    }

    /// Where summer time begins at midnight, the day begins at 01:00: one second earlier is still
    /// the day before, in every zone and on every day of two years.
    @Test(arguments: ["America/Asuncion", "America/Santiago", "Asia/Beirut", "Europe/Stockholm", "Asia/Kathmandu"])
    func everyDayStartsAtItsFirstSecond(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let first = try #require(LocalDay(iso: "2023-01-01"))
        for day in (0..<730).map(first.adding(days:)) {
            let start = day.start(in: timeZone)
            #expect(LocalDay(start, in: timeZone) == day, "\(day)")
            #expect(LocalDay(start.addingTimeInterval(-1), in: timeZone) == day.adding(days: -1), "\(day)")
        }
        let asuncion = try #require(TimeZone(identifier: "America/Asuncion"))
        let switchDay = try #require(LocalDay(iso: "2023-10-01"))
        #expect(switchDay.start(in: asuncion) == Date(timeIntervalSince1970: 1_696_132_800))  // 04:00 UTC
    }
}
