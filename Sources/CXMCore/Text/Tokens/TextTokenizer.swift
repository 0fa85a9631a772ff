/// Splits an answer into words, numbers, emoji, emoticons, links and sentence and clause breaks.
///
/// Works on Unicode scalars in one pass: Nordic letters, combining marks, hyphenated and apostrophised words
/// ("e-post", "don't") stay one word; words are lowercased; an address, e-mail or @mention becomes one `link`
/// token that every analysis skips; a hashtag's `#` is dropped and its word kept.
public enum TextTokenizer {
    /// The tokens of `text`, in order.
    public static func tokens(of text: String) -> [TextToken] {
        tokens(of: Array(text.unicodeScalars))
    }

    /// The tokens of a text already split into Unicode scalars (the analyser truncates before this).
    public static func tokens(of scalars: [Unicode.Scalar]) -> [TextToken] {
        var scanner = Scanner(scalars: scalars)
        scanner.run()
        return scanner.tokens
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var tokens: [TextToken] = []
        var position = 0
        /// Per word token: whether it was written in capitals (two letters or more, none lowercase).
        var capitals: [Bool] = []

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            tokens.reserveCapacity(scalars.count / 5 + 4)
        }

        mutating func run() {
            while position < scalars.count {
                let scalar = scalars[position]
                if Self.isSpace(scalar) {
                    if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" { sentenceEnd(length: 1) }
                    position += 1
                } else if startsLink() {
                    link()
                } else if Self.isWordScalar(scalar) {
                    word()
                } else if let length = emoticonLength() {
                    add(.emoticon, String(String.UnicodeScalarView(scalars[position..<position + length])), length)
                } else if Self.isEmojiStart(scalar, next: position + 1 < scalars.count ? scalars[position + 1] : nil) {
                    emoji()
                } else if Self.isSentenceMark(scalar) {
                    var end = position + 1
                    while end < scalars.count, Self.isSentenceMark(scalars[end]) { end += 1 }
                    sentenceEnd(length: end - position)
                } else if Self.isClauseMark(scalar) {
                    add(.clauseBreak, String(Character(scalar)), 1)
                } else {
                    position += 1
                }
            }
            markEmphasis()
        }

        private mutating func add(_ kind: TextToken.Kind, _ text: String, _ length: Int) {
            tokens.append(TextToken(kind: kind, text: text, start: position, end: position + length))
            if kind == .word { capitals.append(false) }
            position += length
        }

        private mutating func sentenceEnd(length: Int) {
            // Runs of breaks collapse into one; "!!!" keeps its marks so that the analyser can count them.
            let text = String(String.UnicodeScalarView(scalars[position..<position + length]))
            if let last = tokens.last, last.kind == .sentenceEnd, last.end == position || text == "\n" {
                if text != "\n" && text != "\r" {
                    tokens[tokens.count - 1] = TextToken(
                        kind: .sentenceEnd, text: last.text + text, start: last.start, end: position + length)
                }
                position += length
                return
            }
            add(.sentenceEnd, text == "\r" ? "\n" : text, length)
        }

        /// `http(s)://`, `www.`, an e-mail address or an @mention.
        private func startsLink() -> Bool {
            let scalar = scalars[position]
            if scalar == "@" {
                return position + 1 < scalars.count && Self.isWordScalar(scalars[position + 1])
            }
            guard scalar == "h" || scalar == "H" || scalar == "w" || scalar == "W" else { return false }
            if position > 0 && Self.isWordScalar(scalars[position - 1]) { return false }
            return matches("http://") || matches("https://") || matches("www.")
        }

        private func matches(_ prefix: String) -> Bool {
            var index = position
            for expected in prefix.unicodeScalars {
                guard index < scalars.count, Self.lowercased(scalars[index]) == expected else { return false }
                index += 1
            }
            return true
        }

        private mutating func link() {
            var end = position
            while end < scalars.count, !Self.isSpace(scalars[end]) { end += 1 }
            // A sentence mark right after an address still ends the sentence.
            while end > position + 1, Self.isSentenceMark(scalars[end - 1]) || scalars[end - 1] == "," { end -= 1 }
            add(.link, String(String.UnicodeScalarView(scalars[position..<end])), end - position)
        }

        private mutating func word() {
            let start = position
            var end = position
            var hasLetter = false
            var lowercaseLetters = 0
            var uppercaseLetters = 0
            var text = String.UnicodeScalarView()
            while end < scalars.count {
                let scalar = scalars[end]
                if Self.isWordScalar(scalar) {
                    if Self.isDigit(scalar) {
                        text.append(scalar)
                    } else {
                        hasLetter = true
                        let lower = Self.lowercased(scalar)
                        if lower != scalar { uppercaseLetters += 1 } else if !Self.isMark(scalar) { lowercaseLetters += 1 }
                        text.append(lower)
                    }
                    end += 1
                } else if Self.isJoiner(scalar), end + 1 < scalars.count, Self.isWordScalar(scalars[end + 1]),
                    end > start
                {
                    // Inside a word: "e-post", "don't", "t.ex", "6,1", "1.299".
                    let digitsAround = Self.isDigit(scalars[end - 1]) && Self.isDigit(scalars[end + 1])
                    if scalar == "." || scalar == "," {
                        guard digitsAround || (scalar == "." && !hasDigits(text) && isLetter(scalars[end + 1]))
                        else { break }
                    }
                    text.append(scalar == "\u{2019}" ? "'" : scalar)
                    end += 1
                } else {
                    break
                }
            }
            // An e-mail address: the word runs on into "@domain".
            if end + 1 < scalars.count, scalars[end] == "@", Self.isWordScalar(scalars[end + 1]) {
                position = start
                link()
                return
            }
            let string = String(text)
            position = start
            if !hasLetter {
                add(.number, string, end - start)
            } else {
                add(.word, string, end - start)
                capitals[capitals.count - 1] = uppercaseLetters >= 2 && lowercaseLetters == 0
            }
        }

        private func hasDigits(_ text: String.UnicodeScalarView) -> Bool { text.contains(where: Self.isDigit) }
        private func isLetter(_ scalar: Unicode.Scalar) -> Bool { Self.isWordScalar(scalar) && !Self.isDigit(scalar) }

        private mutating func emoji() {
            let base = scalars[position]
            var end = position + 1
            while end < scalars.count {
                let scalar = scalars[end]
                if scalar == "\u{FE0F}" || scalar == "\u{FE0E}" || scalar == "\u{20E3}"
                    || (0x1F3FB...0x1F3FF).contains(scalar.value) || (0xE0020...0xE007F).contains(scalar.value)
                {
                    end += 1
                } else if scalar == "\u{200D}", end + 1 < scalars.count {
                    end += 2
                } else {
                    break
                }
            }
            tokens.append(TextToken(kind: .emoji, text: String(Character(base)), start: position, end: end))
            position = end
        }

        /// The length of a text emoticon starting here, if one does and stands on its own.
        private func emoticonLength() -> Int? {
            if position > 0 && !Self.isSpace(scalars[position - 1]) && !Self.isSentenceMark(scalars[position - 1]) {
                return nil
            }
            for length in stride(from: 4, through: 2, by: -1) where position + length <= scalars.count {
                let after = position + length
                if after < scalars.count && !Self.isSpace(scalars[after]) && !Self.isSentenceMark(scalars[after]) {
                    continue
                }
                var candidate = ""
                candidate.unicodeScalars.append(contentsOf: scalars[position..<after])
                if TextTokenizer.emoticons.contains(candidate) { return length }
            }
            return nil
        }

        /// Marks words in capitals when the text is not all capitals: "it was TERRIBLE" but not "TERRIBLE SERVICE".
        private mutating func markEmphasis() {
            let shouted = capitals.filter { $0 }.count
            guard shouted > 0, shouted < capitals.count else { return }
            var wordIndex = 0
            for index in tokens.indices where tokens[index].kind == .word {
                if capitals[wordIndex] {
                    let token = tokens[index]
                    tokens[index] = TextToken(
                        kind: .word, text: token.text, start: token.start, end: token.end, isEmphasised: true)
                }
                wordIndex += 1
            }
        }

        // MARK: Scalar classes

        static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x20, 0x09...0x0D, 0xA0, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
            default: false
            }
        }

        static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

        static func isMark(_ scalar: Unicode.Scalar) -> Bool {
            (0x300...0x36F).contains(scalar.value) || (scalar.value > 0x36F && isMarkCategory(scalar.properties.generalCategory))
        }

        static func isMarkCategory(_ category: Unicode.GeneralCategory) -> Bool {
            category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
        }

        static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            if value < 0x80 {
                return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
            }
            if value < 0x100 { return value >= 0xC0 && value != 0xD7 && value != 0xF7 }
            if value < 0x250 { return true }
            if (0x300...0x36F).contains(value) { return true }
            if value >= 0x2000 && value < 0x3000 { return false }
            if value >= 0x1F000 { return false }
            return scalar.properties.isAlphabetic || isMarkCategory(scalar.properties.generalCategory)
        }

        static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "." || scalar == ","
                || scalar == "\u{2010}" || scalar == "\u{2011}"
        }

        static func isSentenceMark(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ".", "!", "?", "\u{2026}", "\u{203C}", "\u{2049}", "\u{3002}", "\u{FF01}", "\u{FF1F}": true
            default: false
            }
        }

        static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ",", ";", ":", "(", ")", "[", "]", "\u{2013}", "\u{2014}", "-", "/", "\"", "\u{201C}", "\u{201D}",
                "\u{00AB}", "\u{00BB}":
                true
            default: false
            }
        }

        static func isEmojiStart(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
            let value = scalar.value
            if value < 0x2000 { return value == 0xA9 || value == 0xAE ? next == "\u{FE0F}" : false }
            if value >= 0x1F000 && value <= 0x1FAFF { return !(0x1F3FB...0x1F3FF).contains(value) }
            let properties = scalar.properties
            return properties.isEmojiPresentation || (properties.isEmoji && next == "\u{FE0F}")
                || (0x2600...0x27BF).contains(value)
        }

        static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            let value = scalar.value
            if value < 0x80 {
                return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
            }
            if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return Unicode.Scalar(value + 0x20) ?? scalar }
            if value < 0x100 { return scalar }
            guard scalar.properties.changesWhenLowercased else { return scalar }
            return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
    }

    /// The emoticons read as sentiment carriers when they stand on their own.
    static let emoticons: Set<String> = [
        ":)", ":-)", ":))", ":]", "=)", ":d", ":-d", ":D", ":-D", ";)", ";-)", ";D", ":p", ":P", ":-p", ":-P",
        "xD", "XD", ":(", ":-(", ":((", ":[", "=(", ":'(", ":/", ":-/", ":\\", ":|", ":-|", ":o", ":O", ":-o",
        "<3", "<33", "</3", "^^", "^_^", ":*", ":-*", ">:(", "D:",
    ]
}
