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
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
