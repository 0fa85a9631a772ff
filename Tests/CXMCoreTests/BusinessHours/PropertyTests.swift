import CXMCore
import Foundation
import Testing

@Suite("Business hours: Properties over random instants")
struct PropertyTests {
    static let calendars: [(name: String, calendar: BusinessCalendar)] = [
        ("standard", Fixtures.christmas),
        ("lunch break", Fixtures.lunchBreak),
        ("sunday sale", Fixtures.sundaySale),
        ("night across daylight saving", Fixtures.night()),
        ("skipped and repeated hours", Fixtures.night("02:15", "02:45")),
        ("New York", .standard(timeZone: "America/New_York")),
        ("Lord Howe, half-hour shift", .standard(timeZone: "Australia/Lord_Howe")),
    ]

    /// Counting back the time `adding` counted forward must give the same duration.
    @Test(arguments: calendars)
    func openSecondsUndoesAdding(name: String, calendar: BusinessCalendar) throws {
        var generator = SplitMix64(seed: 2_026)
        let year2026 = instant("2026-01-01T00:00:00Z").timeIntervalSince1970
        for _ in 0..<1_000 {
            let random = Date(timeIntervalSince1970: year2026 + .random(in: 0..<(365 * 24 * hour), using: &generator))
            // Random instants are mostly closed, so each is paired with an open one: its next opening.
            let open = try #require(calendar.nextOpening(atOrAfter: random))
            #expect(calendar.isOpen(at: open))
            for start in [open, random] {
                let seconds = TimeInterval.random(in: 0...(200 * hour), using: &generator).rounded(.down)
                let end = try #require(calendar.adding(openSeconds: seconds, to: start))
                let counted = calendar.openSeconds(from: start, to: end)
                // Closed starts satisfy it as well, since counting begins at the next opening.
                #expect(abs(counted - seconds) < 1, "\(start) + \(seconds) s → \(end) counted \(counted) s")
                #expect(end >= start)
            }
        }
    }

    /// The first open instant is open, and nothing is open before it.
    @Test(arguments: calendars)
    func nextOpeningAgreesWithIsOpen(name: String, calendar: BusinessCalendar) throws {
        var generator = SplitMix64(seed: 99)
        let year2026 = instant("2026-01-01T00:00:00Z").timeIntervalSince1970
        for _ in 0..<1_000 {
            let start = Date(timeIntervalSince1970: year2026 + .random(in: 0..<(365 * 24 * hour), using: &generator))
            let opening = try #require(calendar.nextOpening(atOrAfter: start))
            #expect(calendar.isOpen(at: opening))
            #expect((opening == start) == calendar.isOpen(at: start))
            #expect(calendar.openSeconds(from: start, to: opening) == 0)
        }
    }
}

@Suite("Business hours: several durations in one walk")
struct MultipleOffsetTests {
    @Test(arguments: PropertyTests.calendars)
    func oneWalkGivesWhatSeparateWalksGive(name: String, calendar: BusinessCalendar) {
        var generator = SplitMix64(seed: 31)
        let year2026 = instant("2026-01-01T00:00:00Z").timeIntervalSince1970
        for _ in 0..<300 {
            let start = Date(timeIntervalSince1970: year2026 + .random(in: 0..<(365 * 24 * hour), using: &generator))
            let durations = (0..<6).map { _ in TimeInterval.random(in: -hour...(120 * hour), using: &generator) }
            #expect(
                calendar.adding(openSeconds: durations, to: start)
                    == durations.map { calendar.adding(openSeconds: $0, to: start) })
        }
    }
}
