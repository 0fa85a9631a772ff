import CXMCore
import Foundation
import Hummingbird
import NIOCore

/// Reads JSON request bodies with ISO 8601 dates and error messages that name the field.
enum JSONInput {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: AppContext) async throws -> T {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else {
            throw AppError.badRequest(ValidationFailure(field: "body", "is empty; send a JSON document"))
        }
        return try decode(type, from: Data(buffer: buffer))
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        // Over the raw bytes: Data's own iterator costs as much per byte as the rest of a batch's checks.
        try data.withUnsafeBytes { try checkNesting($0) }
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw AppError.badRequest(describe(error))
        }
    }

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = ISO8601.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not an ISO 8601 time such as 2026-03-01T09:30:00Z")
            }
            return date
        }
        return decoder
    }()

    /// The deepest nesting of arrays and objects, without parsing.
    static func nestingDepth(_ bytes: some Sequence<UInt8>) -> Int {
        var strings = JSONStringTracker()
        var depth = 0
        var deepest = 0
        for byte in bytes where !strings.consume(byte) {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// Refuses bodies nested so deep that decoding them would only waste stack.
    static func checkNesting(_ bytes: some Sequence<UInt8>) throws {
        if nestingDepth(bytes) > 64 {
            throw AppError.badRequest(ValidationFailure(field: "body", "is nested deeper than 64 levels"))
        }
    }

    /// A decoding error as a field error: `answers[2].value: expected a number`.
    static func describe(_ error: DecodingError) -> ValidationFailure {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "body" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return ValidationFailure(field: field, "is required")
        case .typeMismatch(let type, let context):
            return ValidationFailure(field: path(context.codingPath), "has the wrong type; expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return ValidationFailure(field: path(context.codingPath), "must not be null; expected \(describe(type))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return ValidationFailure(field: "body", "is not valid JSON")
            }
            return ValidationFailure(field: path(context.codingPath), context.debugDescription)
        @unknown default:
            return ValidationFailure(field: "body", "could not be read")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).contains("Array") ? "an array" : "an object or value of type \(type)"
        }
    }
}

/// ISO 8601 times with or without fractional seconds.
enum ISO8601 {
    static func parse(_ text: String) -> Date? {
        if let date = Timestamps.utcSecondsIfPlain(text) { return date }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

/// Tells, byte by byte, whether JSON text is inside a string literal (escapes included), so that
/// scanners can skip brackets and commas that are only text.
struct JSONStringTracker {
    private(set) var inString = false
    private var escaped = false

    /// Feeds one byte; true when the byte belongs to a string literal, its quotes included.
    mutating func consume(_ byte: UInt8) -> Bool {
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
            return true
        }
        if byte == UInt8(ascii: "\"") {
            inString = true
            return true
        }
        return false
    }
}
