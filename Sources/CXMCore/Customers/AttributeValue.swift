import Foundation

/// The type of a customer attribute.
public enum AttributeType: String, Sendable, Codable, CaseIterable, Hashable {
    case text, number, date, boolean
}

/// A typed customer attribute value. Dates are calendar days (`2026-03-01`), kept as text.
public enum AttributeValue: Sendable, Hashable {
    /// The longest text value, in characters (the API document says the same).
    public static let maxTextLength = 1000

    case text(String)
    case number(Double)
    case date(String)
    case boolean(Bool)

    public var type: AttributeType {
        switch self {
        case .text: .text
        case .number: .number
        case .date: .date
        case .boolean: .boolean
        }
    }

    /// Parses text as a value of the given type, as CSV import and forms need.
    public static func parse(_ raw: String, as type: AttributeType) -> AttributeValue? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        switch type {
        case .text: return .text(text)
        case .number:
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite else { return nil }
            return .number(number)
        case .date: return CalendarDay.isValid(text) ? .date(text) : nil
        case .boolean:
            switch text.lowercased() {
            case "true", "yes", "1", "ja", "kyllä", "y": return .boolean(true)
            case "false", "no", "0", "nej", "nei", "ei", "n": return .boolean(false)
            default: return nil
            }
        }
    }

    /// The value as plain text (`true`, `42.5`, `2026-03-01`).
    public var plainText: String {
        switch self {
        case .text(let text), .date(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }
}

extension AttributeValue: Codable {
    private enum CodingKeys: String, CodingKey { case type, value }

    /// Encoded as `{"type": "number", "value": 42}` so that a date is never mistaken for text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(AttributeType.self, forKey: .type) {
        case .text: self = .text(try container.decode(String.self, forKey: .value))
        case .number: self = .number(try container.decode(Double.self, forKey: .value))
        case .boolean: self = .boolean(try container.decode(Bool.self, forKey: .value))
        case .date:
            let day = try container.decode(String.self, forKey: .value)
            guard CalendarDay.isValid(day) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .value, in: container, debugDescription: "a date must be written YYYY-MM-DD")
            }
            self = .date(day)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .text(let text), .date(let text): try container.encode(text, forKey: .value)
        case .number(let number): try container.encode(number, forKey: .value)
        case .boolean(let flag): try container.encode(flag, forKey: .value)
        }
    }
}

/// A declared customer attribute: its key, type and label.
public struct AttributeDefinition: Sendable, Codable, Hashable {
    public var key: String
    public var type: AttributeType
    public var label: String

    public init(key: String, type: AttributeType, label: String) {
        self.key = key
        self.type = type
        self.label = label
    }

    /// The longest attribute key.
    public static let maxKeyLength = 64

    /// The `signal_*` and `funnel_*` attributes are cxm's own, written from the signal tables and site
    /// events: a save of the customer (an import, a CRM sync) neither sets nor drops them.
    public static func isKeptByCXM(_ key: String) -> Bool {
        SignalAttributes.keys.contains(key) || key.hasPrefix(FunnelProgress.keyPrefix)
    }

    public static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.count <= maxKeyLength && key.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }
}

/// Calendar days written `YYYY-MM-DD`.
public enum CalendarDay {
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        // Exactly YYYY-MM-DD: Int() alone would let "2024-2-029" or "+026-03-01" through.
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            text.allSatisfy({ $0 == "-" || ($0.isASCII && $0.isNumber) }), let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...9999).contains(year), (1...12).contains(month)
        else { return false }
        return (1...length(ofMonth: month, in: year)).contains(day)
    }

    /// The days in a month (1–12) of a year of the proleptic Gregorian calendar.
    public static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
