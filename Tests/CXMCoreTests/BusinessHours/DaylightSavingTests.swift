import CXMCore
import Foundation
import Testing

/// Stockholm springs forward on 2026-03-29 (02:00 → 03:00) and falls back on 2026-10-25 (03:00 → 02:00);
/// both are Sundays, and every fixture here opens on Sundays.
@Suite("Business hours: Daylight saving in Europe/Stockholm")
struct DaylightSavingTests {
    @Test(
        "01:00–05:00 covers 3, 4 and 5 real hours",
        arguments: [
            ("spring forward", "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00", 3 * hour),
            ("ordinary Sunday", "2026-03-22T00:00:00+01:00", "2026-03-23T00:00:00+01:00", 4 * hour),
            ("fall back", "2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00", 5 * hour),
        ])
    func openSecondsOnChangeDays(name: String, start: String, end: String, expected: TimeInterval) {
        #expect(Fixtures.night().openSeconds(from: instant(start), to: instant(end)) == expected)
    }

    @Test(
        "adding over the change",
        arguments: [
            ("spring: the whole night", "2026-03-29T00:00:00+01:00", 3 * hour, "2026-03-29T05:00:00+02:00"),
            (
                "spring: 1 h from 01:00 is 03:00 summer time", "2026-03-29T01:00:00+01:00", 1 * hour,
                "2026-03-29T03:00:00+02:00"
            ),
            (
                "spring: one second more is the next night", "2026-03-29T01:00:00+01:00", 3 * hour + 1,
                "2026-03-30T01:00:01+02:00"
            ),
            ("fall: the whole night", "2026-10-25T00:00:00+02:00", 5 * hour, "2026-10-25T05:00:00+01:00"),
            (
                "fall: 2 h from 01:00 is the changeover, the second 02:00", "2026-10-25T01:00:00+02:00", 2 * hour,
                "2026-10-25T02:00:00+01:00"
            ),
            (
                "fall: 3 h from 01:00 is the second 03:00", "2026-10-25T01:00:00+02:00", 3 * hour,
                "2026-10-25T03:00:00+01:00"
            ),
        ])
    func adding(name: String, start: String, seconds: TimeInterval, expected: String) {
        #expect(Fixtures.night().adding(openSeconds: seconds, to: instant(start)) == instant(expected))
    }

    @Test func intervalInsideTheSkippedHourContributesNothing() {
        let calendar = Fixtures.night("02:10", "02:50")
        let day = instant("2026-03-29T00:00:00+01:00")
        #expect(calendar.openSeconds(from: day, to: day + 22 * hour) == 0)
        // Monday has the interval again, now in summer time.
        #expect(
            calendar.nextOpening(atOrAfter: instant("2026-03-29T03:30:00+02:00"))
                == instant("2026-03-30T02:10:00+02:00"))
    }

    @Test func skippedStartOpensAtTheNextExistingInstant() {
        let calendar = Fixtures.night("02:30", "04:00")
        let day = instant("2026-03-29T00:00:00+01:00")
        #expect(calendar.nextOpening(atOrAfter: day) == instant("2026-03-29T03:00:00+02:00"))
        #expect(calendar.openSeconds(from: day, to: day + 22 * hour) == 1 * hour)
        #expect(!calendar.isOpen(at: instant("2026-03-29T01:59:59+01:00")))
    }

    @Test func repeatedStartOpensAtTheFirstOccurrence() {
        let calendar = Fixtures.night("02:30", "03:00")
        let day = instant("2026-10-25T00:00:00+02:00")
        #expect(calendar.nextOpening(atOrAfter: day) == instant("2026-10-25T02:30:00+02:00"))
        #expect(calendar.openSeconds(from: day, to: day + 24 * hour) == 1.5 * hour)
        // The second 02:45 lies between the first 02:30 and the 03:00 that ends the interval.
        #expect(calendar.isOpen(at: instant("2026-10-25T02:45:00+01:00")))
        #expect(calendar.isOpen(at: instant("2026-10-25T02:15:00+01:00")))
        #expect(!calendar.isOpen(at: instant("2026-10-25T03:00:00+01:00")))
    }

    @Test func repeatedEndClosesAtTheFirstOccurrence() {
        let calendar = Fixtures.night("01:00", "02:30")
        let day = instant("2026-10-25T00:00:00+02:00")
        #expect(calendar.openSeconds(from: day, to: day + 24 * hour) == 1.5 * hour)
        #expect(!calendar.isOpen(at: instant("2026-10-25T02:10:00+01:00")))
    }

    @Test func midnightIntervalsFollowTheRealLengthOfTheDay() {
        let calendar = BusinessCalendar(timeZone: Fixtures.stockholm, week: [7: [interval("00:00", "24:00")]])
        #expect(
            calendar.openSeconds(
                from: instant("2026-03-28T00:00:00+01:00"),
                to: instant("2026-03-31T00:00:00+02:00")) == 23 * hour)
        #expect(
            calendar.openSeconds(
                from: instant("2026-10-24T00:00:00+02:00"),
                to: instant("2026-10-27T00:00:00+01:00")) == 25 * hour)
    }

    @Test func changesAtMidnightInSantiago() {
        // Chile turns Saturday 24:00 back to 23:00 on 2026-04-05 and Sunday 00:00 forward to 01:00 on 2026-09-06.
        let zone = "America/Santiago"
        let saturday = BusinessCalendar(timeZone: zone, week: [6: [interval("00:00", "24:00")]])
        #expect(
            saturday.openSeconds(
                from: instant("2026-04-04T00:00:00-03:00"),
                to: instant("2026-04-05T12:00:00-04:00")) == 25 * hour)
        let sunday = BusinessCalendar(timeZone: zone, week: [7: [interval("00:00", "24:00")]])
        #expect(
            sunday.nextOpening(atOrAfter: instant("2026-09-05T12:00:00-04:00"))
                == instant("2026-09-06T01:00:00-03:00"))
        #expect(
            sunday.openSeconds(
                from: instant("2026-09-05T00:00:00-04:00"),
                to: instant("2026-09-07T12:00:00-03:00")) == 23 * hour)

        let lateEvening = BusinessCalendar(timeZone: zone, week: [6: [interval("22:00", "23:30")]])
        #expect(
            lateEvening.openSeconds(
                from: instant("2026-04-04T00:00:00-03:00"),
                to: instant("2026-04-06T00:00:00-04:00")) == 1.5 * hour)
        #expect(lateEvening.isOpen(at: instant("2026-04-04T23:15:00-03:00")))
        #expect(!lateEvening.isOpen(at: instant("2026-04-04T23:15:00-04:00")))
    }

    @Test func zoneWithASkippedDay() {
        // Samoa moved across the date line and skipped 2011-12-30 entirely.
        let calendar = BusinessCalendar(
            timeZone: "Pacific/Apia",
            week: Dictionary(uniqueKeysWithValues: (1...7).map { ($0, [interval("09:00", "17:00")]) })
        )
        let thursday = instant("2011-12-29T12:00:00-10:00")
        #expect(calendar.adding(openSeconds: 6 * hour, to: thursday) == instant("2011-12-31T10:00:00+14:00"))
    }
}
