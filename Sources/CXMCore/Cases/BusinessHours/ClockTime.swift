/// A time of day in whole minutes since midnight, 0...1440 (1440 = the end of the day).
///
/// Wall-clock times carry no date or zone: the calendar resolves them per day, which is how daylight saving is
/// honoured. `24:00` exists so that an interval can run to the very end of a day.
public struct ClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The valid range; anything else only appears if `minutes` is set directly, and `validated()` reports it.
    public static let validMinutes = 0...1440

    public var minutes: Int

    public init?(minutes: Int) {
        guard Self.validMinutes.contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// For constants and already checked values inside the module, where a failable init would only add noise.
    init(trustedMinutes minutes: Int) {
        assert(Self.validMinutes.contains(minutes), "\(minutes) minutes is not a time of day")
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Accepts "H:MM" or "HH:MM" up to "24:00"; minutes always take two digits so that "8:5" is not mistaken for 08:05.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let hour = Digits.value(of: parts[0], lengths: 1...2),
            let minute = Digits.value(of: parts[1], lengths: 2...2)
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// Always two-digit hours ("08:30"), the form most APIs and spreadsheets expect.
    public var text: String {
        let sign = minutes < 0 ? "-" : ""
        let magnitude = minutes.magnitude
        return sign + Digits.padded(magnitude / 60, width: 2) + ":" + Digits.padded(magnitude % 60, width: 2)
    }

    public var description: String { text }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutes < rhs.minutes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = ClockTime(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Invalid time '\(text)'; expected a time of day in the format HH:MM "
                    + "from 00:00 to 24:00, e.g. \"08:30\"."
            )
        }
        self = time
    }

    /// Refuses out-of-range values rather than writing JSON that could never be decoded again.
    public func encode(to encoder: any Encoder) throws {
        guard Self.validMinutes.contains(minutes) else {
            throw EncodingError.invalidValue(
                self,
                EncodingError.Context(
                    codingPath: encoder.codingPath,
                    debugDescription: "Time of \(minutes) minutes lies outside 00:00...24:00."
                ))
        }
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// One opening interval within a day, start < end.
///
/// The fields are plain so that the type stays a simple value; `BusinessCalendar.validated()` enforces the order.
public struct OpeningInterval: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: ClockTime
    public var end: ClockTime

    public init(start: ClockTime, end: ClockTime) {
        self.start = start
        self.end = end
    }

    public var description: String { "\(start.text)–\(end.text)" }
}
