/// A fragment of HTML whose text and attribute values are escaped; only this module can add raw markup.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    /// The markup, ready to send.
    public private(set) var rendered: String

    /// Wraps markup the module itself wrote; never pass user or view-model text here.
    init(trusted markup: String) {
        rendered = markup
    }

    /// Text content, escaped so it can never become markup.
    public init(text: String) {
        rendered = HTML.escape(text)
    }

    /// Nothing at all.
    public static let empty = HTML(trusted: "")

    /// The markup, so fragments print usefully in tests.
    public var description: String { rendered }

    mutating func append(_ other: HTML) {
        rendered += other.rendered
    }

    /// Escapes the five characters that are significant in text and in quoted attribute values.
    static func escape(_ text: String) -> String {
        // Fast path: most strings need no escaping and should not be copied character by character.
        // By Unicode scalar, not Character: a quote followed by a combining mark is one Character that is
        // not equal to a quote, and would pass unescaped.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
