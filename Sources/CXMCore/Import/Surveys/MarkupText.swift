import Foundation

/// Plain text from the HTML that survey tools keep their texts in: tags removed, block tags turned
/// into line breaks, entities decoded, whitespace tidied. cxm texts are plain, and a respondent must
/// not see `<p class="…">`.
enum MarkupText {
    /// The plain text and the rich elements that could not survive as text.
    struct Result: Sendable, Hashable {
        var text: String
        /// Tags such as `table` or `img` whose layout or content is lost, in order of first appearance.
        var lostElements: [String]
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "hr",
    ]
    private static let richTags: Set<String> = [
        "table", "img", "iframe", "video", "audio", "object", "embed", "a", "input", "select", "form", "svg",
    ]
    private static let entities: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "hellip": "…", "ndash": "–",
        "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "aring": "å", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "Aring": "Å",
        "aelig": "æ", "oslash": "ø", "AElig": "Æ", "Oslash": "Ø", "eacute": "é", "egrave": "è", "szlig": "ß",
        "copy": "©", "reg": "®", "euro": "€", "bull": "•", "middot": "·",
    ]

    /// Converts one text.
    static func plain(_ html: String) -> Result {
        var output = ""
        var lost: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            output += rest[..<open]
            rest = rest[open...]
            if rest.first == "&" {
                if let (decoded, length) = entity(at: rest) {
                    output += decoded
                    rest = rest.dropFirst(length)
                } else {
                    output += "&"
                    rest = rest.dropFirst()
                }
                continue
            }
            let afterOpen = rest.dropFirst()
            guard let first = afterOpen.first, first.isLetter || first == "/" || first == "!",
                let close = afterOpen.firstIndex(of: ">")
            else {
                output += "<"
                rest = afterOpen
                continue
            }
            let tag = afterOpen[..<close]
            let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
            rest = afterOpen[afterOpen.index(after: close)...]
            if name == "script" || name == "style", !tag.hasPrefix("/") {
                // Their content is code, not text for respondents.
                if let end = rest.range(of: "</\(name)", options: .caseInsensitive) {
                    rest = rest[end.upperBound...].drop(while: { $0 != ">" }).dropFirst()
                } else {
                    rest = ""
                }
                if !lost.contains(name) { lost.append(name) }
                continue
            }
            if richTags.contains(name), !lost.contains(name) { lost.append(name) }
            if blockTags.contains(name) { output += "\n" } else if name == "td" || name == "th" { output += " " }
        }
        output += rest
        return Result(text: tidy(output), lostElements: lost)
    }

    private static func entity(at text: Substring) -> (String, Int)? {
        guard let semicolon = text.prefix(12).firstIndex(of: ";") else { return nil }
        let name = text[text.index(after: text.startIndex)..<semicolon]
        let length = name.count + 2
        if let named = entities[String(name)] { return (named, length) }
        let number: UInt32? =
            name.hasPrefix("#x") || name.hasPrefix("#X")
            ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
        guard let number, let scalar = Unicode.Scalar(number) else { return nil }
        return (String(Character(scalar)), length)
    }

    /// Collapses spaces within lines, trims lines, and drops empty ones: paragraphs become lines.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{00A0}" })
            let line = words.joined(separator: " ")
            if !line.isEmpty { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }
}
