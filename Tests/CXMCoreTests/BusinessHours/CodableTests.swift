import CXMCore
import Foundation
import Testing

@Suite("Business hours: JSON")
struct CodableTests {
    static let apiJSON = """
        {"timeZone": "Europe/Stockholm",
         "week": {"1": [{"start": "08:00", "end": "17:00"}], "5": [{"start": "8:00", "end": "12:00"}]},
         "daysOff": ["2026-12-24"],
         "exceptions": {"2026-12-20": [{"start": "10:00", "end": "14:00"}]}}
        """

    static func decode(_ json: String) throws -> BusinessCalendar {
        try JSONDecoder().decode(BusinessCalendar.self, from: Data(json.utf8))
    }

    @Test func decodesTheAPIShape() throws {
        let expected = BusinessCalendar(
            timeZone: "Europe/Stockholm",
            week: [1: [interval("08:00", "17:00")], 5: [interval("08:00", "12:00")]],
            daysOff: [date("2026-12-24")],
            exceptions: [date("2026-12-20"): [interval("10:00", "14:00")]]
        )
        #expect(try Self.decode(Self.apiJSON) == expected)
    }

    @Test func encodesTheAPIShape() throws {
        let calendar = BusinessCalendar(
            timeZone: "Europe/Stockholm",
            week: [1: [interval("08:00", "17:00")]],
            daysOff: [date("2026-12-24")],
            exceptions: [date("2026-12-20"): [interval("10:00", "14:00")]]
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(calendar), as: UTF8.self)
        #expect(
            json == #"{"daysOff":["2026-12-24"],"exceptions":{"2026-12-20":[{"end":"14:00","start":"10:00"}]},"#
                + #""timeZone":"Europe/Stockholm","week":{"1":[{"end":"17:00","start":"08:00"}]}}"#)
    }

    @Test(arguments: [
        Fixtures.standard, Fixtures.lunchBreak, Fixtures.christmas, Fixtures.sundaySale, BusinessCalendar.alwaysOpen,
    ])
    func roundTrips(_ calendar: BusinessCalendar) throws {
        let data = try JSONEncoder().encode(calendar)
        #expect(try JSONDecoder().decode(BusinessCalendar.self, from: data) == calendar)
    }

    @Test func optionalPartsMayBeLeftOut() throws {
        let calendar = try Self.decode(#"{"timeZone": "UTC", "week": {"7": []}, "exceptions": null}"#)
        #expect(calendar == BusinessCalendar(timeZone: "UTC", week: [7: []]))
    }

    @Test(
        "malformed strings are named with the expected format",
        arguments: [
            (#"{"timeZone": "UTC", "week": {"1": [{"start": "25:00", "end": "17:00"}]}}"#, ["'25:00'", "HH:MM"]),
            (#"{"timeZone": "UTC", "week": {"1": [{"start": "08:00", "end": "08:60"}]}}"#, ["'08:60'", "HH:MM"]),
            (#"{"timeZone": "UTC", "week": {"1": [{"start": "abc", "end": "17:00"}]}}"#, ["'abc'", "HH:MM"]),
            (#"{"timeZone": "UTC", "week": {"8": []}}"#, ["'8'", "\"1\" (Monday)"]),
            (#"{"timeZone": "UTC", "week": {"monday": []}}"#, ["'monday'", "ISO weekday"]),
            (#"{"timeZone": "UTC", "week": {"01": []}}"#, ["'01'"]),
            (#"{"timeZone": "UTC", "week": {}, "daysOff": ["2026-13-01"]}"#, ["'2026-13-01'", "YYYY-MM-DD"]),
            (#"{"timeZone": "UTC", "week": {}, "exceptions": {"24/12/2026": []}}"#, ["'24/12/2026'", "YYYY-MM-DD"]),
        ])
    func rejectsMalformedStrings(json: String, mentions: [String]) throws {
        let error = try #require(throws: DecodingError.self) { try Self.decode(json) }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("Expected dataCorrupted, got \(error)")
            return
        }
        for word in mentions {
            #expect(context.debugDescription.contains(word), "“\(context.debugDescription)” should mention \(word)")
        }
    }

    @Test func refusesToEncodeWhatCouldNotBeDecoded() {
        var broken = Fixtures.standard
        broken.week[1]?[0].end.minutes = 2_000
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(broken) }
    }
}
