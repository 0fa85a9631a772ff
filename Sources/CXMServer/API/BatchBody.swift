import CXMCore
import Foundation

/// Finds the elements of a `{"<key>": [ … ]}` body without parsing them, so that a large batch can be
/// decoded on several cores at once. Any other shape gives nil, and the caller decodes the body as a
/// whole (which also produces the usual error messages).
enum BatchBody {
    /// Decodes the array under `key` in slices of `sliceSize` elements on as many tasks, each slice then
    /// handed to `work` with the position of its first element; the outputs come back in order. Nil when the
    /// body is not of that one shape, holds more than `maxElements` elements, or a slice fails to decode: the
    /// caller then decodes the body whole, with its usual errors.
    static func decodeInSlices<Element: Decodable & Sendable, Output: Sendable>(
        _ bytes: [UInt8], key: String, as _: Element.Type, maxElements: Int, sliceSize: Int,
        _ work: @escaping @Sendable (_ offset: Int, _ elements: [Element]) -> Output
    ) async -> [Output]? {
        guard let ranges = elementRanges(bytes, key: key), ranges.count <= maxElements else { return nil }
        let size = Swift.max(1, sliceSize)
        let slices = stride(from: 0, to: ranges.count, by: size).map { ranges[$0..<Swift.min($0 + size, ranges.count)] }
        return try? await withThrowingTaskGroup(of: (Int, Output).self) { group in
            for (number, slice) in slices.enumerated() {
                var json: [UInt8] = [UInt8(ascii: "[")]
                for (position, range) in slice.enumerated() {
                    if position > 0 { json.append(UInt8(ascii: ",")) }
                    json += bytes[range]
                }
                json.append(UInt8(ascii: "]"))
                let data = Data(json)
                let offset = slice.startIndex
                group.addTask { (number, work(offset, try JSONInput.decoder.decode([Element].self, from: data))) }
            }
            var parts: [(Int, Output)] = []
            for try await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// The byte ranges of the array's elements under `key`, in order.
    static func elementRanges(_ bytes: [UInt8], key: String) -> [Range<Int>]? {
        var index = 0
        func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }
        func expect(_ text: String) -> Bool {
            let wanted = Array(text.utf8)
            guard index + wanted.count <= bytes.count, Array(bytes[index..<index + wanted.count]) == wanted else { return false }
            index += wanted.count
            return true
        }
        skipSpace()
        guard expect("{") else { return nil }
        skipSpace()
        guard expect("\"\(key)\"") else { return nil }
        skipSpace()
        guard expect(":") else { return nil }
        skipSpace()
        guard expect("[") else { return nil }
        var ranges: [Range<Int>] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
        } else {
            while true {
                skipSpace()
                let start = index
                guard let end = valueEnd(bytes, from: start) else { return nil }
                ranges.append(start..<end)
                index = end
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    break
                } else {
                    return nil
                }
            }
        }
        skipSpace()
        guard expect("}") else { return nil }
        skipSpace()
        return index == bytes.count ? ranges : nil
    }

    /// Where the JSON value that starts at `start` ends: after its closing bracket or quote, or
    /// before the delimiter that ends a number or literal.
    private static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var strings = JSONStringTracker()
        var depth = 0
        for index in start..<bytes.count {
            let byte = bytes[index]
            if strings.consume(byte) {
                if !strings.inString && depth == 0 { return index + 1 }
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return index > start ? index : nil }
                depth -= 1
                if depth == 0 { return index + 1 }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return index > start ? index : nil }
            default: break
            }
        }
        return nil
    }
}

/// One element of a batch: the value, or why it could not be read, so that one malformed element
/// is rejected alone instead of failing the whole batch.
enum BatchElement<Value: Decodable & Sendable>: Decodable, Sendable {
    case value(Value)
    case unreadable(ValidationFailure)

    init(from decoder: any Decoder) throws {
        do {
            self = .value(try Value(from: decoder))
        } catch let error as DecodingError {
            let failure = JSONInput.describe(error)
            // Field paths relative to the element, like those of validation errors.
            self = .unreadable(ValidationFailure(failure.errors.map { FieldError(Self.relative($0.field), $0.message) }))
        }
    }

    var value: Value? {
        if case .value(let value) = self { value } else { nil }
    }

    private static func relative(_ field: String) -> String {
        guard let open = field.firstIndex(of: "["), ["", "responses", "signals", "events", "batch"].contains(field[..<open]),
            let close = field.firstIndex(of: "]")
        else { return field }
        let rest = field[field.index(after: close)...]
        return rest.hasPrefix(".") ? String(rest.dropFirst()) : (rest.isEmpty ? "body" : String(rest))
    }
}
