import CXMCore
import Foundation

/// Formats numbers and dates the way a language's locale writes them (decimal comma, grouping, date order).
///
/// Uses `FormatStyle`, which behaves the same on Linux and macOS; `NumberFormatter` on Linux ignores
/// maximum fraction digits.
public struct LocaleFormat: Sendable {
    /// The language whose conventions are used.
    public let language: Language
    private let locale: Locale

    /// Creates a formatter for one language.
    public init(_ language: Language) {
        self.language = language
        locale = Locale(identifier: language.localeIdentifier)
    }

    /// A whole number with the locale's grouping: `20,000`, `20 000`, `20.000`.
    public func integer(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(locale))
    }

    /// A decimal number with exactly `fractionDigits` digits after the separator.
    public func decimal(_ value: Double, fractionDigits: Int = 1) -> String {
        value.formatted(.number.precision(.fractionLength(max(0, fractionDigits))).locale(locale))
    }

    /// A fraction (0.423) as a percentage (`42.3%`, `42,3 %`).
    public func percent(_ fraction: Double, fractionDigits: Int = 0) -> String {
        fraction.formatted(.percent.precision(.fractionLength(max(0, fractionDigits))).locale(locale))
    }

    /// A number with an explicit sign and exactly `fractionDigits` digits: `+4.2`, `−1.0`, `0.0`.
    ///
    /// The minus is the typographic `−` in every language, and a value that rounds to zero carries no sign,
    /// so a change never reads as `−0.0`.
    public func signedDecimal(_ value: Double, fractionDigits: Int = 1) -> String {
        let digits = max(0, fractionDigits)
        let magnitude = decimal(abs(value), fractionDigits: digits)
        guard magnitude != decimal(0, fractionDigits: digits) else { return magnitude }
        return (value < 0 ? "\u{2212}" : "+") + magnitude
    }

    /// A calendar day as the locale writes a numeric date: `01/03/2026`, `2026-03-01`, `1.3.2026`.
    public func day(_ day: LocalDay) -> String {
        date(day.start(in: Self.utc), timeZone: "UTC")
    }

    /// The month a day falls in, abbreviated, with its year: `Mar 2026`, `mars 2026`, `maalis 2026`.
    public func monthAndYear(_ day: LocalDay) -> String {
        day.start(in: Self.utc).formatted(Date.FormatStyle(locale: locale, timeZone: Self.utc).month(.abbreviated).year())
    }

    /// A calendar date in a time zone: `15/11/2023`, `2023-11-15`, `15.11.2023`.
    public func date(_ date: Date, timeZone identifier: String) -> String {
        date.formatted(Date.FormatStyle(date: .numeric, time: .omitted, locale: locale, timeZone: Self.timeZone(identifier)))
    }

    /// A date and a 24-hour time in a time zone: `2023-11-15 00:13`, `15.11.2023 klo 00.13`.
    public func dateTime(_ date: Date, timeZone identifier: String) -> String {
        let style = Date.FormatStyle(locale: locale, timeZone: Self.timeZone(identifier))
            .year().month(.twoDigits).day(.twoDigits).hour(.twoDigits(amPM: .omitted)).minute(.twoDigits)
        return date.formatted(style)
    }

    private static let utc = TimeZone(secondsFromGMT: 0) ?? .current

    /// Falls back to UTC for an unknown identifier rather than failing a page over a setting.
    private static func timeZone(_ identifier: String) -> TimeZone {
        TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0) ?? .current
    }
}
