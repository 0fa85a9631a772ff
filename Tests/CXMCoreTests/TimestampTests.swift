import CXMCore
import Foundation
import Testing

@Suite("Timestamps")
struct TimestampTests {
    /// The fast path must agree with Foundation's ISO 8601 parser to the second, leap days included.
    @Test func thePlainUTCFormAgreesWithFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        let formatter = Date.ISO8601FormatStyle()
        for _ in 0..<2000 {
            let seconds = Double(Int64.random(in: -2_000_000_000...4_000_000_000, using: &generator))
            let date = Date(timeIntervalSince1970: seconds)
            let text = formatter.format(date)
            #expect(Timestamps.utcSecondsIfPlain(text) == date, "\(text)")
        }
        #expect(Timestamps.utcSecondsIfPlain("2024-02-29T23:59:59Z") == Date(timeIntervalSince1970: 1_709_251_199))
    }

    @Test(arguments: [
        "2023-02-29T10:00:00Z", "1900-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "0000-01-01T10:00:00Z", "2026-13-01T10:00:00Z",
        "2026-03-01T24:00:00Z", "2026-03-01 10:00:00Z",
        "2026-03-01T10:00:00+01:00",
    ])
    func otherFormsLeaveTheFastPath(text: String) {
        #expect(Timestamps.utcSecondsIfPlain(text) == nil)
    }

    @Test func offsetsAndLocalFormsStillParse() {
        #expect(Timestamps.parse("2026-03-01T10:00:00+01:00") == Timestamps.parse("2026-03-01T09:00:00Z"))
        #expect(Timestamps.parse("2026-03-01 09:00") == Timestamps.parse("2026-03-01T09:00:00Z"))
        #expect(Timestamps.parse("2026-03-01") == Timestamps.parse("2026-03-01T00:00:00Z"))
        #expect(Timestamps.parse("yesterday") == nil)
    }
}
