import Foundation

/// Any JSON value, for reading files whose shape depends on their format (Formbricks surveys and
/// templates) without a decoder per variant. Object key order is not kept; array order is.
enum JSONValue: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Parses bytes, turning a syntax error into one that names the line and column.
    static func parse(_ data: Data) throws(SurveyImportError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw syntaxError(in: data)
        }
    }

    /// Asks JSONSerialization where the syntax error is: Linux says "around character N", Darwin
    /// "around line L, column C"; both become a line and column.
    private static func syntaxError(in data: Data) -> SurveyImportError {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return .malformedJSON(line: nil, column: nil, reason: "the JSON could not be read")
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            let numbers = message.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            let reason = message.components(separatedBy: " around ").first ?? message
            if message.contains("line"), numbers.count >= 2 {
                return .malformedJSON(line: numbers[0], column: numbers[1], reason: reason)
            }
            if message.contains("character"), let offset = numbers.last {
                let (line, column) = position(of: offset, in: data)
                return .malformedJSON(line: line, column: column, reason: reason)
            }
            return .malformedJSON(line: nil, column: nil, reason: reason)
        }
    }

    /// The 1-based line and column of a character offset.
    private static func position(of offset: Int, in data: Data) -> (Int, Int) {
        let text = String(decoding: data, as: UTF8.self)
        var line = 1
        var column = 1
        for character in text.unicodeScalars.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
