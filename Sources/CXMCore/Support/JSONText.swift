import Foundation

/// A small JSON writer: objects take their fields in the order given (callers give them sorted).
public struct JSONText: Sendable {
    public var text = ""

    public init() {}

    public mutating func object(_ body: (inout Fields) -> Void) {
        text += "{"
        // Swapped, not copied, so that the text stays uniquely referenced and grows in place.
        var fields = Fields(writer: JSONText())
        swap(&fields.writer, &self)
        body(&fields)
        swap(&fields.writer, &self)
        text += "}"
    }

    public mutating func array<T>(_ items: [T], _ write: (inout JSONText, T) -> Void) {
        text += "["
        for (index, item) in items.enumerated() {
            if index > 0 { text += "," }
            write(&self, item)
        }
        text += "]"
    }

    public mutating func string(_ value: String) {
        text += "\""
        // Most strings need no escaping: append them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case _ where scalar.value < 0x20:
                text += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    public mutating func int(_ value: Int) { text += String(value) }

    public mutating func bool(_ value: Bool) { text += value ? "true" : "false" }

    /// Whole numbers without a fraction, others in Swift's shortest round-trip form, as JSONEncoder does.
    public mutating func double(_ value: Double) {
        guard value.isFinite else {
            text += "null"
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            text += String(Int64(value))
        } else {
            text += "\(value)"
        }
    }

    /// The fields of one object, each preceded by a comma after the first.
    public struct Fields {
        var writer: JSONText
        private var first = true

        init(writer: JSONText) { self.writer = writer }

        public mutating func field(_ name: String, _ value: (inout JSONText) -> Void) {
            if !first { writer.text += "," }
            first = false
            writer.string(name)
            writer.text += ":"
            value(&writer)
        }

        public mutating func optional<T>(_ name: String, _ value: T?, _ write: (inout JSONText, T) -> Void) {
            guard let value else { return }
            field(name) { write(&$0, value) }
        }
    }
}
