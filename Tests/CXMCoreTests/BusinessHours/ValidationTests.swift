import CXMCore
import Testing

/// One invalid calendar, the problem it must report and words the message must contain.
struct ValidationCase: Sendable, CustomTestStringConvertible {
    let name: String
    let calendar: BusinessCalendar
    let problem: BusinessCalendar.Problem
    let mentions: [String]

    var testDescription: String { name }
}

@Suite("Business hours: Validation")
struct ValidationTests {
    static let stockholm = Fixtures.stockholm
    static let morning = interval("08:00", "12:00")
    static let afternoon = interval("13:00", "17:00")
    static let lateMorning = interval("11:00", "17:00")

    static let cases: [ValidationCase] = [
        ValidationCase(
            name: "overlapping intervals name the weekday",
            calendar: BusinessCalendar(timeZone: stockholm, week: [1: [morning], 2: [morning, lateMorning]]),
            problem: .overlappingIntervals(.weekday(2), morning, lateMorning),
            mentions: ["Tuesday", "08:00–12:00", "11:00–17:00", "overlap"]
        ),
        ValidationCase(
            name: "unordered intervals name the weekday",
            calendar: BusinessCalendar(timeZone: stockholm, week: [3: [afternoon, morning]]),
            problem: .unorderedIntervals(.weekday(3), afternoon, morning),
            mentions: ["Wednesday", "earliest to latest"]
        ),
        ValidationCase(
            name: "an interval ending before it starts",
            calendar: BusinessCalendar(timeZone: stockholm, week: [4: [interval("17:00", "08:00")]]),
            problem: .emptyInterval(.weekday(4), interval("17:00", "08:00")),
            mentions: ["Thursday", "17:00–08:00", "24:00"]
        ),
        ValidationCase(
            name: "an empty interval",
            calendar: BusinessCalendar(timeZone: stockholm, week: [5: [interval("09:00", "09:00")]]),
            problem: .emptyInterval(.weekday(5), interval("09:00", "09:00")),
            mentions: ["Friday"]
        ),
        ValidationCase(
            name: "unknown time zone",
            calendar: .standard(timeZone: "Mars/Olympus_Mons"),
            problem: .unknownTimeZone("Mars/Olympus_Mons"),
            mentions: ["Mars/Olympus_Mons", "IANA", "Europe/Stockholm"]
        ),
        ValidationCase(
            name: "no weekdays at all",
            calendar: BusinessCalendar(timeZone: stockholm, week: [:]),
            problem: .noOpeningHours,
            mentions: ["no opening hours", "Monday"]
        ),
        ValidationCase(
            name: "only closed weekdays",
            calendar: BusinessCalendar(timeZone: stockholm, week: [1: [], 6: []]),
            problem: .noOpeningHours,
            mentions: ["no opening hours"]
        ),
        ValidationCase(
            name: "exceptions alone do not make a week",
            calendar: BusinessCalendar(timeZone: stockholm, week: [:], exceptions: [date("2026-12-20"): [morning]]),
            problem: .noOpeningHours,
            mentions: ["no opening hours"]
        ),
        ValidationCase(
            name: "a weekday outside 1...7",
            calendar: BusinessCalendar(timeZone: stockholm, week: [1: [morning], 8: [morning]]),
            problem: .invalidWeekday(8),
            mentions: ["8", "1 (Monday)", "7 (Sunday)"]
        ),
        ValidationCase(
            name: "overlapping exception names the date",
            calendar: BusinessCalendar(
                timeZone: stockholm, week: [1: [morning]],
                exceptions: [date("2026-12-20"): [morning, lateMorning]]
            ),
            problem: .overlappingIntervals(.date(date("2026-12-20")), morning, lateMorning),
            mentions: ["2026-12-20"]
        ),
    ]

    @Test(arguments: cases)
    func rejects(_ example: ValidationCase) throws {
        let error = try #require(throws: BusinessCalendar.Problem.self) { try example.calendar.validated() }
        #expect(error == example.problem)
        for word in example.mentions {
            #expect(error.description.contains(word), "“\(error.description)” should mention \(word)")
        }
    }

    @Test func rejectsTimesChangedBehindTheInitialisers() throws {
        var late = interval("08:00", "17:00")
        late.end.minutes = 1_500
        let lateCalendar = BusinessCalendar(timeZone: Fixtures.stockholm, week: [1: [late]])
        #expect(throws: BusinessCalendar.Problem.timeOutOfRange(.weekday(1), late.end)) {
            try lateCalendar.validated()
        }
    }

    @Test(arguments: [
        BusinessCalendar.standard(timeZone: "Europe/Stockholm"),
        BusinessCalendar.alwaysOpen,
        Fixtures.lunchBreak,
        Fixtures.christmas,
        Fixtures.sundaySale,
        // Touching intervals are not overlapping.
        BusinessCalendar(timeZone: "Asia/Tokyo", week: [1: [interval("08:00", "12:00"), interval("12:00", "24:00")]]),
    ])
    func accepts(_ calendar: BusinessCalendar) throws {
        #expect(try calendar.validated() == calendar)
    }
}
