import CXMCore
import Foundation
import Testing

/// One SLA computation: `seconds` of opening time counted from `start` should end at `expected`.
struct AddingCase: Sendable, CustomTestStringConvertible {
    let name: String
    let calendar: BusinessCalendar
    let start: String
    let seconds: TimeInterval
    let expected: String

    var testDescription: String { name }
}

@Suite("Business hours: Adding, counting and probing opening time")
struct QueryTests {
    static let addingCases: [AddingCase] = [
        // Friday keeps 1 h (16:00–17:00); Monday supplies the rest from 08:00.
        AddingCase(
            name: "Friday 16:00 + 8 h is Monday 15:00", calendar: Fixtures.standard,
            start: "2026-01-16T16:00:00+01:00", seconds: 8 * hour, expected: "2026-01-19T15:00:00+01:00"),
        AddingCase(
            name: "Friday 16:00 + 9 h, one business day, is Monday 16:00", calendar: Fixtures.standard,
            start: "2026-01-16T16:00:00+01:00", seconds: 9 * hour, expected: "2026-01-19T16:00:00+01:00"),
        AddingCase(
            name: "the same across the spring-forward weekend", calendar: Fixtures.standard,
            start: "2026-03-27T16:00:00+01:00", seconds: 9 * hour, expected: "2026-03-30T16:00:00+02:00"),
        AddingCase(
            name: "start before opening counts from 08:00", calendar: Fixtures.standard,
            start: "2026-01-19T06:30:00+01:00", seconds: 1 * hour, expected: "2026-01-19T09:00:00+01:00"),
        AddingCase(
            name: "a deadline using up the day ends at closing", calendar: Fixtures.standard,
            start: "2026-01-19T16:00:00+01:00", seconds: 1 * hour, expected: "2026-01-19T17:00:00+01:00"),
        AddingCase(
            name: "start at night counts from the next morning", calendar: Fixtures.standard,
            start: "2026-01-19T22:00:00+01:00", seconds: 30 * 60, expected: "2026-01-20T08:30:00+01:00"),
        AddingCase(
            name: "start during lunch counts from 13:00", calendar: Fixtures.lunchBreak,
            start: "2026-01-19T12:30:00+01:00", seconds: 1 * hour, expected: "2026-01-19T14:00:00+01:00"),
        AddingCase(
            name: "lunch is skipped", calendar: Fixtures.lunchBreak,
            start: "2026-01-19T11:30:00+01:00", seconds: 1 * hour, expected: "2026-01-19T13:30:00+01:00"),
        AddingCase(
            name: "lunch and night are skipped", calendar: Fixtures.lunchBreak,
            start: "2026-01-19T16:30:00+01:00", seconds: 4 * hour, expected: "2026-01-20T11:30:00+01:00"),
        AddingCase(
            name: "a whole lunch-break week", calendar: Fixtures.lunchBreak,
            start: "2026-01-19T08:00:00+01:00", seconds: 40 * hour, expected: "2026-01-23T17:00:00+01:00"),
        AddingCase(
            name: "Christmas Eve and Day are skipped", calendar: Fixtures.christmas,
            start: "2026-12-23T16:00:00+01:00", seconds: 8 * hour, expected: "2026-12-28T15:00:00+01:00"),
        AddingCase(
            name: "start on a holiday counts from the next workday", calendar: Fixtures.christmas,
            start: "2026-12-24T09:00:00+01:00", seconds: 1 * hour, expected: "2026-12-28T09:00:00+01:00"),
        AddingCase(
            name: "an exception opens a Sunday", calendar: Fixtures.sundaySale,
            start: "2026-12-18T16:00:00+01:00", seconds: 3 * hour, expected: "2026-12-20T12:00:00+01:00"),
        AddingCase(
            name: "an empty exception closes a Monday", calendar: Fixtures.sundaySale,
            start: "2026-12-20T13:00:00+01:00", seconds: 2 * hour, expected: "2026-12-22T09:00:00+01:00"),
        AddingCase(
            name: "an exception overrides a day off",
            calendar: BusinessCalendar(
                timeZone: Fixtures.stockholm, week: Fixtures.standard.week, daysOff: [date("2026-12-24")],
                exceptions: [date("2026-12-24"): [interval("10:00", "14:00")]]),
            start: "2026-12-23T16:00:00+01:00", seconds: 2 * hour, expected: "2026-12-24T11:00:00+01:00"),
        AddingCase(
            name: "wall-clock hours in New York", calendar: .standard(timeZone: "America/New_York"),
            start: "2026-03-06T16:00:00-05:00", seconds: 9 * hour, expected: "2026-03-09T16:00:00-04:00"),
        AddingCase(
            name: "zero on an open instant is the instant itself", calendar: Fixtures.standard,
            start: "2026-01-19T10:15:30+01:00", seconds: 0, expected: "2026-01-19T10:15:30+01:00"),
        AddingCase(
            name: "zero at opening is the opening", calendar: Fixtures.standard,
            start: "2026-01-19T08:00:00+01:00", seconds: 0, expected: "2026-01-19T08:00:00+01:00"),
        AddingCase(
            name: "zero at closing is the next opening", calendar: Fixtures.standard,
            start: "2026-01-19T17:00:00+01:00", seconds: 0, expected: "2026-01-20T08:00:00+01:00"),
        AddingCase(
            name: "zero on a Saturday is Monday morning", calendar: Fixtures.standard,
            start: "2026-01-17T12:00:00+01:00", seconds: 0, expected: "2026-01-19T08:00:00+01:00"),
        AddingCase(
            name: "zero during lunch is 13:00", calendar: Fixtures.lunchBreak,
            start: "2026-01-19T12:00:00+01:00", seconds: 0, expected: "2026-01-19T13:00:00+01:00"),
        AddingCase(
            name: "negative durations count as zero", calendar: Fixtures.standard,
            start: "2026-01-17T12:00:00+01:00", seconds: -hour, expected: "2026-01-19T08:00:00+01:00"),
    ]

    @Test(arguments: addingCases)
    func adding(_ example: AddingCase) {
        let result = example.calendar.adding(openSeconds: example.seconds, to: instant(example.start))
        #expect(result == instant(example.expected))
    }

    static let standardSpans: [(name: String, start: String, end: String, expected: TimeInterval)] = [
        ("across a weekend", "2026-01-16T15:00:00+01:00", "2026-01-19T10:00:00+01:00", 4 * hour),
        ("a whole week", "2026-01-19T00:00:00+01:00", "2026-01-26T00:00:00+01:00", 45 * hour),
        ("inside one interval", "2026-01-19T09:10:00+01:00", "2026-01-19T09:40:00+01:00", 30 * 60),
        ("entirely closed", "2026-01-17T09:00:00+01:00", "2026-01-18T23:00:00+01:00", 0),
        ("equal instants", "2026-01-19T09:00:00+01:00", "2026-01-19T09:00:00+01:00", 0),
        ("end before start", "2026-01-19T12:00:00+01:00", "2026-01-19T09:00:00+01:00", 0),
        ("a year", "2026-01-01T00:00:00+01:00", "2027-01-01T00:00:00+01:00", 261 * 9 * hour),
    ]

    @Test(arguments: standardSpans)
    func openSecondsStandard(name: String, start: String, end: String, expected: TimeInterval) {
        #expect(Fixtures.standard.openSeconds(from: instant(start), to: instant(end)) == expected)
    }

    @Test func openSecondsSkipsLunchHolidaysAndHonoursExceptions() {
        let lunch = Fixtures.lunchBreak.openSeconds(
            from: instant("2026-01-19T11:00:00+01:00"), to: instant("2026-01-19T14:00:00+01:00"))
        #expect(lunch == 2 * hour)
        let christmasWeek = Fixtures.christmas.openSeconds(
            from: instant("2026-12-21T00:00:00+01:00"), to: instant("2026-12-28T00:00:00+01:00"))
        #expect(christmasWeek == 27 * hour)
        let saleWeekend = Fixtures.sundaySale.openSeconds(
            from: instant("2026-12-19T00:00:00+01:00"), to: instant("2026-12-22T00:00:00+01:00"))
        #expect(saleWeekend == 4 * hour)
    }

    @Test(arguments: [
        ("2026-01-19T08:00:00+01:00", true),
        ("2026-01-19T07:59:59+01:00", false),
        ("2026-01-19T16:59:59+01:00", true),
        ("2026-01-19T17:00:00+01:00", false),
        ("2026-01-17T12:00:00+01:00", false),
        ("2026-12-24T10:00:00+01:00", false),
        ("2026-12-23T10:00:00+01:00", true),
    ])
    func isOpen(at text: String, expected: Bool) {
        #expect(Fixtures.christmas.isOpen(at: instant(text)) == expected)
    }

    @Test func isOpenFollowsExceptionsAndLunch() {
        #expect(Fixtures.sundaySale.isOpen(at: instant("2026-12-20T11:00:00+01:00")))
        #expect(!Fixtures.sundaySale.isOpen(at: instant("2026-12-20T14:00:00+01:00")))
        #expect(!Fixtures.sundaySale.isOpen(at: instant("2026-12-21T10:00:00+01:00")))
        #expect(!Fixtures.lunchBreak.isOpen(at: instant("2026-01-19T12:30:00+01:00")))
    }

    @Test func nextOpening() {
        let calendar = Fixtures.christmas
        #expect(
            calendar.nextOpening(atOrAfter: instant("2026-12-23T12:00:00+01:00"))
                == instant("2026-12-23T12:00:00+01:00"))
        #expect(
            calendar.nextOpening(atOrAfter: instant("2026-12-23T17:00:00+01:00"))
                == instant("2026-12-28T08:00:00+01:00"))
    }

    @Test func alwaysOpenIsPlainTimeAddition() throws {
        var generator = SplitMix64(seed: 7)
        let calendar = BusinessCalendar.alwaysOpen
        for _ in 0..<500 {
            let start = Date(timeIntervalSince1970: .random(in: 1_700_000_000...1_900_000_000, using: &generator))
            let seconds = TimeInterval.random(in: 0...(40 * 24 * hour), using: &generator)
            let end = try #require(calendar.adding(openSeconds: seconds, to: start))
            #expect(abs(end.timeIntervalSince(start) - seconds) < 1e-6)
            #expect(calendar.isOpen(at: start))
            #expect(abs(calendar.openSeconds(from: start, to: start + seconds) - seconds) < 1e-6)
        }
    }

    @Test func nilWhenNothingOpensWithinTheHorizon() {
        let start = instant("2026-01-19T09:00:00+01:00")
        let closed = BusinessCalendar(timeZone: Fixtures.stockholm, week: [:])
        #expect(closed.adding(openSeconds: hour, to: start) == nil)
        #expect(closed.adding(openSeconds: 0, to: start) == nil)
        #expect(closed.nextOpening(atOrAfter: start) == nil)
        #expect(!closed.isOpen(at: start))
        #expect(closed.openSeconds(from: start, to: start + 30 * 24 * hour) == 0)

        // A single exception is found within the horizon but not beyond it.
        var soon = closed
        soon.exceptions[date("2027-02-01")] = [interval("09:00", "10:00")]
        #expect(soon.nextOpening(atOrAfter: start) == instant("2027-02-01T09:00:00+01:00"))
        var tooLate = closed
        tooLate.exceptions[date("2027-03-01")] = [interval("09:00", "10:00")]
        #expect(tooLate.adding(openSeconds: 0, to: start) == nil)

        #expect(Fixtures.standard.adding(openSeconds: .infinity, to: start) == nil)
    }

    @Test func unknownTimeZoneIsNeverOpen() {
        let calendar = BusinessCalendar.standard(timeZone: "Mars/Olympus_Mons")
        let start = instant("2026-01-19T09:00:00+01:00")
        #expect(!calendar.isOpen(at: start))
        #expect(calendar.adding(openSeconds: hour, to: start) == nil)
        #expect(calendar.openSeconds(from: start, to: start + hour) == 0)
    }

    @Test func unvalidatedIntervalsAreTidied() {
        // Unordered, overlapping intervals behave like their union, 08:00–17:00.
        let messy = BusinessCalendar(
            timeZone: Fixtures.stockholm,
            week: [1: [interval("12:00", "17:00"), interval("08:00", "13:00"), interval("09:00", "10:00")]]
        )
        let monday = instant("2026-01-19T00:00:00+01:00")
        #expect(messy.openSeconds(from: monday, to: monday + 24 * hour) == 9 * hour)
        #expect(messy.adding(openSeconds: 9 * hour, to: monday) == instant("2026-01-19T17:00:00+01:00"))
    }
}
