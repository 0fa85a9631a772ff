import CXMCore
import Foundation
import Testing

@testable import CXMViews

@Suite("Locale formatting")
struct LocaleFormatTests {
    /// Grouping uses a no-break space in sv, nb and fi; spelled out so the expectation is visible.
    static let nbsp = "\u{00A0}"

    @Test(
        "decimals use a comma in the Nordic languages and a point in English",
        arguments: [
            (Language.en, "3.5"), (.sv, "3,5"), (.da, "3,5"), (.nb, "3,5"), (.fi, "3,5"),
        ])
    func decimalSeparator(language: Language, expected: String) {
        #expect(LocaleFormat(language).decimal(3.5) == expected)
    }

    @Test("fraction digits are honoured", arguments: [(0, "42"), (1, "42.4"), (2, "42.36")])
    func fractionDigits(digits: Int, expected: String) {
        #expect(LocaleFormat(.en).decimal(42.3612, fractionDigits: digits) == expected)
    }

    @Test(
        "integers are grouped the way each locale writes them",
        arguments: [
            (Language.en, "20,000"), (.sv, "20\(nbsp)000"), (.da, "20.000"), (.nb, "20\(nbsp)000"), (.fi, "20\(nbsp)000"),
        ])
    func grouping(language: Language, expected: String) {
        #expect(LocaleFormat(language).integer(20_000) == expected)
    }

    @Test("percentages follow the locale", arguments: [(Language.en, "42.3%"), (.sv, "42,3\(nbsp)%")])
    func percent(language: Language, expected: String) {
        #expect(LocaleFormat(language).percent(0.423, fractionDigits: 1) == expected)
    }

    /// 2023-11-14 22:13:20 UTC, which is already the 15th in Helsinki.
    static let instant = Date(timeIntervalSince1970: 1_700_000_000)

    @Test(
        "dates use the locale's order and the given time zone",
        arguments: [
            (Language.en, "UTC", "14/11/2023"), (.sv, "Europe/Stockholm", "2023-11-14"), (.da, "Europe/Copenhagen", "14.11.2023"),
            (.fi, "Europe/Helsinki", "15.11.2023"),
        ])
    func date(language: Language, zone: String, expected: String) {
        #expect(LocaleFormat(language).date(Self.instant, timeZone: zone) == expected)
    }

    @Test(
        "date-times use a 24-hour clock in the given time zone",
        arguments: [
            (Language.sv, "Europe/Stockholm", "2023-11-14 23:13"), (.en, "UTC", "14/11/2023, 22:13"),
            (.nb, "Europe/Oslo", "14.11.2023, 23:13"),
        ])
    func dateTime(language: Language, zone: String, expected: String) {
        #expect(LocaleFormat(language).dateTime(Self.instant, timeZone: zone) == expected)
    }

    @Test("an unknown time zone falls back to UTC instead of failing the page")
    func unknownZone() {
        #expect(LocaleFormat(.sv).dateTime(Self.instant, timeZone: "Mars/Olympus") == "2023-11-14 22:13")
    }

    @Test(
        "signed numbers carry a plus or a typographic minus, and nothing when they round to zero",
        arguments: [
            (Language.en, 4.2, 1, "+4.2"), (.sv, -1, 1, "\u{2212}1,0"), (.en, -0.04, 1, "0.0"), (.fi, 12, 0, "+12"),
            (.da, -36, 0, "\u{2212}36"),
        ])
    func signed(language: Language, value: Double, digits: Int, expected: String) {
        #expect(LocaleFormat(language).signedDecimal(value, fractionDigits: digits) == expected)
    }

    @Test(
        "calendar days are written as the locale writes dates, whatever the server's time zone",
        arguments: [(Language.en, "01/03/2026"), (.sv, "2026-03-01"), (.fi, "1.3.2026"), (.nb, "1.3.2026")])
    func day(language: Language, expected: String) {
        #expect(LocaleFormat(language).day(LocalDay(year: 2026, month: 3, day: 1)) == expected)
    }
}
