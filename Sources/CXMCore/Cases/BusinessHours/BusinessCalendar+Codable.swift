/// The JSON shape is meant for APIs: times and dates are strings, weekdays and dates are object keys.
///
/// ```json
/// {"timeZone": "Europe/Stockholm", "week": {"1": [{"start": "08:00", "end": "17:00"}]},
///  "daysOff": ["2026-12-24"], "exceptions": {"2026-12-20": [{"start": "10:00", "end": "14:00"}]}}
/// ```
///
/// `daysOff` and `exceptions` may be left out. Decoding checks the format only; call `validated()` for the rules,
/// whose messages are clearer than a decoding error could be.
extension BusinessCalendar: Codable {
    private enum CodingKeys: String, CodingKey {
        case timeZone, week, daysOff, exceptions
    }

    /// Weekdays and dates are data, not fixed field names, so they need a key type that accepts any string.
    private struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }

        init(stringValue: String) {
            self.stringValue = stringValue
        }

        init?(intValue: Int) {
            nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let timeZone = try container.decode(String.self, forKey: .timeZone)

        var week: [Int: [OpeningInterval]] = [:]
        let weekContainer = try container.nestedContainer(keyedBy: DynamicKey.self, forKey: .week)
        for key in weekContainer.allKeys {
            // Round-tripping through String rules out spellings such as "01" or "+1".
            guard let weekday = Int(key.stringValue), String(weekday) == key.stringValue, (1...7).contains(weekday)
            else {
                throw DecodingError.dataCorruptedError(
                    forKey: key,
                    in: weekContainer,
                    debugDescription: "Invalid weekday key '\(key.stringValue)'; expected an ISO weekday number "
                        + "from \"1\" (Monday) to \"7\" (Sunday)."
                )
            }
            week[weekday] = try weekContainer.decode([OpeningInterval].self, forKey: key)
        }

        let daysOff = try container.decodeIfPresent([LocalDay].self, forKey: .daysOff) ?? []

        var exceptions: [LocalDay: [OpeningInterval]] = [:]
        if container.contains(.exceptions), try !container.decodeNil(forKey: .exceptions) {
            let exceptionsContainer = try container.nestedContainer(keyedBy: DynamicKey.self, forKey: .exceptions)
            for key in exceptionsContainer.allKeys {
                guard let date = LocalDay(iso: key.stringValue) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key,
                        in: exceptionsContainer,
                        debugDescription: "Invalid date '\(key.stringValue)'; expected an existing calendar date in the "
                            + "format YYYY-MM-DD, e.g. \"2026-12-24\"."
                    )
                }
                exceptions[date] = try exceptionsContainer.decode([OpeningInterval].self, forKey: key)
            }
        }

        self.init(timeZone: timeZone, week: week, daysOff: Set(daysOff), exceptions: exceptions)
    }

    /// Writes keys and days off in ascending order so that the same calendar always produces the same JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timeZone, forKey: .timeZone)

        var weekContainer = container.nestedContainer(keyedBy: DynamicKey.self, forKey: .week)
        for (weekday, intervals) in week.sorted(by: { $0.key < $1.key }) {
            let key = DynamicKey(stringValue: String(weekday))
            guard (1...7).contains(weekday) else {
                throw EncodingError.invalidValue(
                    weekday,
                    EncodingError.Context(
                        codingPath: weekContainer.codingPath + [key],
                        debugDescription: "Weekday \(weekday) does not exist; ISO weekdays run from 1 to 7."
                    ))
            }
            try weekContainer.encode(intervals, forKey: key)
        }

        try container.encode(daysOff.sorted(), forKey: .daysOff)

        var exceptionsContainer = container.nestedContainer(keyedBy: DynamicKey.self, forKey: .exceptions)
        for (date, intervals) in exceptions.sorted(by: { $0.key < $1.key }) {
            try exceptionsContainer.encode(intervals, forKey: DynamicKey(stringValue: date.iso))
        }
    }
}
