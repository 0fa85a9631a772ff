/// A keyword or phrase that marks a theme, such as `dyr*`, `*kö`, `phone queue` or `value for money`.
///
/// One to four words separated by single spaces; a phrase matches consecutive words. In each word a `*`
/// at the end matches any ending (`dyr*`: dyr, dyrt, dyrare), at the start any beginning (`*kö`: telefonkö),
/// at both ends anything around it. Words are matched lowercased, as written (no stemming), so a pattern
/// covers its inflections with `*`. A word needs two letters, except a plain word inside a phrase
/// ("talk to a human").
public struct ThemePattern: Sendable, Hashable {
    /// One word of a pattern.
    struct Word: Sendable, Hashable {
        let core: String
        let anyEnding: Bool
        let anyBeginning: Bool

        func matches(_ word: String) -> Bool {
            switch (anyBeginning, anyEnding) {
            case (false, false): word == core
            case (false, true): word.hasPrefix(core)
            case (true, false): word.hasSuffix(core)
            case (true, true): Self.contains(word, core)
            }
        }

        /// Whether `part` occurs in `word`, compared as UTF-8 bytes (`String.contains` is slow here).
        static func contains(_ word: String, _ part: String) -> Bool {
            var word = word
            var part = part
            return word.withUTF8 { haystack in
                part.withUTF8 { needle in
                    guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
                    var start = 0
                    while start + needle.count <= haystack.count {
                        if haystack[start] == first {
                            var offset = 1
                            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                            if offset == needle.count { return true }
                        }
                        start += 1
                    }
                    return false
                }
            }
        }
    }

    public let text: String
    let words: [Word]

    public static let maximumWords = 4

    /// Why a pattern is refused.
    public enum Failure: Error, Hashable, CustomStringConvertible {
        case empty
        case tooManyWords(String)
        case misplacedWildcard(String)
        case tooShort(String)
        case invalidCharacter(String, Character)

        public var description: String {
            switch self {
            case .empty: "The pattern is empty; write a word or a phrase."
            case .tooManyWords(let pattern):
                "'\(pattern)' has more than \(ThemePattern.maximumWords) words; shorten the phrase."
            case .misplacedWildcard(let word):
                "'\(word)': a * may stand only at the start or the end of a word (dyr*, *kö)."
            case .tooShort(let word):
                "'\(word)': a word needs at least two letters besides * (one inside a phrase)."
            case .invalidCharacter(let word, let character):
                "'\(word)': '\(character)' cannot be matched; use letters, digits, - and ' (and * at a word's ends)."
            }
        }
    }

    /// Parses and checks a pattern; spaces are collapsed and letters lowercased.
    public init(_ raw: String) throws(Failure) {
        let parts = raw.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !parts.isEmpty else { throw .empty }
        guard parts.count <= Self.maximumWords else { throw .tooManyWords(raw.trimmedSpaces) }
        var words: [Word] = []
        for part in parts {
            let anyBeginning = part.hasPrefix("*")
            let anyEnding = part.count > 1 && part.hasSuffix("*")
            let core = part.dropFirst(anyBeginning ? 1 : 0).dropLast(anyEnding ? 1 : 0)
            guard !core.contains("*") else { throw .misplacedWildcard(String(part)) }
            for character in core where !(character.isLetter || character.isNumber || character == "-" || character == "'") {
                throw .invalidCharacter(String(part), character)
            }
            // A word of its own needs two letters; inside a phrase a plain word may be one ("kom i stykker").
            let letters = core.count(where: { $0.isLetter || $0.isNumber })
            guard letters >= 2 || (letters == 1 && parts.count > 1 && !anyBeginning && !anyEnding) else {
                throw .tooShort(String(part))
            }
            words.append(Word(core: String(core), anyEnding: anyEnding, anyBeginning: anyBeginning))
        }
        self.words = words
        text = parts.joined(separator: " ")
    }
}
