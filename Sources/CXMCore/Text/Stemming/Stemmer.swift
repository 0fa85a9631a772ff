/// Reduces inflected words to a shared stem so that "väntade", "väntar", "väntan" meet.
///
/// Light suffix-stripping in the spirit of the Snowball stemmers, with rules of our own per language, tuned so
/// that the words of customer feedback ("väntetiden", "leveranser", "asiakaspalvelussa", "deliveries") meet
/// their base forms. Works on the word's letters as Latin-1 bytes in a stack buffer: no Foundation, no regex,
/// one string built at the end (none when the word is already its stem).
public enum Stemmer {
    /// Reduces `word` to its stem in `language`.
    ///
    /// `word` is already lowercased letters (may contain å ä ö æ ø é ü and a hyphen). Words of three letters or
    /// fewer, words longer than 48 letters and words with letters outside Latin-1 (Cyrillic, Greek, emoji) come
    /// back unchanged; the result is never empty for a non-empty word.
    public static func stem(_ word: String, language: Language) -> String {
        let stemmed = word.utf8.withContiguousStorageIfAvailable { stem(utf8: $0, language: language) }
        switch stemmed {
        case .some(.some(let stem)): return stem
        case .some(.none): return word
        case .none: return Array(word.utf8).withUnsafeBufferPointer { stem(utf8: $0, language: language) } ?? word
        }
    }

    /// The longest word, in letters, that is stemmed; longer tokens (links, glued text) are left alone.
    static let maximumLength = 48

    /// The stem of a word given as UTF-8, or `nil` when the word is its own stem.
    private static func stem(utf8: UnsafeBufferPointer<UInt8>, language: Language) -> String? {
        guard utf8.count > 3, utf8.count <= 2 * maximumLength else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength + 4) { buffer -> String? in
            guard let base = buffer.baseAddress, let count = decodeLatin1(utf8, into: base), count > 3 else {
                return nil
            }
            var word = StemWord(base: base, count: count)
            switch language {
            case .sv: stemSwedish(&word)
            case .da: stemDanish(&word)
            case .nb: stemNorwegian(&word)
            case .fi: stemFinnish(&word)
            case .en: stemEnglish(&word)
            }
            guard word.isRewritten || word.count != count, word.count > 0 else { return nil }
            return word.makeString()
        }
    }

    /// Copies a UTF-8 word as one Latin-1 byte per letter; `nil` for a letter above U+00FF or a word too long.
    private static func decodeLatin1(
        _ utf8: UnsafeBufferPointer<UInt8>, into base: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        var count = 0
        var index = 0
        while index < utf8.count {
            guard count < maximumLength else { return nil }
            let byte = utf8[index]
            if byte < 0x80 {
                base[count] = byte
                index += 1
            } else if byte == 0xC2 || byte == 0xC3, index + 1 < utf8.count, utf8[index + 1] & 0xC0 == 0x80 {
                base[count] = (byte & 0x03) << 6 | (utf8[index + 1] & 0x3F)
                index += 2
            } else {
                return nil
            }
            count += 1
        }
        return count
    }
}

// The machinery the language rules share, kept inside `Stemmer` so its names stay out of the module.
extension Stemmer {
    /// A word being stemmed: Latin-1 letters in a caller-owned buffer, shortened and rewritten in place.
    struct StemWord {
        let base: UnsafeMutablePointer<UInt8>
        /// The letters still in the word.
        private(set) var count: Int
        /// Whether a letter was replaced or added (otherwise the stem is a prefix of the word).
        private(set) var isRewritten = false

        init(base: UnsafeMutablePointer<UInt8>, count: Int) {
            self.base = base
            self.count = count
        }

        subscript(index: Int) -> UInt8 { base[index] }

        /// The last letter (the word is never empty while rules run).
        var last: UInt8 { base[count - 1] }

        /// Where the part after the last hyphen starts: regions are measured on the last part of a compound.
        var segmentStart: Int {
            var index = count - 1
            while index >= 0 {
                if base[index] == Letter.hyphen { return index + 1 }
                index -= 1
            }
            return 0
        }

        /// Whether the word ends with `suffix` (ASCII letters).
        func ends(with suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard length <= count else { return false }
            let letters = suffix.utf8Start
            let start = count - length
            for offset in 0..<length where base[start + offset] != letters[offset] { return false }
            return true
        }

        /// Whether the letters from `start` begin with `prefix` (ASCII letters).
        func has(prefix: StaticString, at start: Int) -> Bool {
            let length = prefix.utf8CodeUnitCount
            guard start + length <= count else { return false }
            let letters = prefix.utf8Start
            for offset in 0..<length where base[start + offset] != letters[offset] { return false }
            return true
        }

        /// Whether the word ends with the letter `a` followed by the letter `b`.
        func ends(_ a: UInt8, _ b: UInt8) -> Bool {
            count >= 2 && base[count - 2] == a && base[count - 1] == b
        }

        /// The standard region R1 from `start`: after the first non-vowel that follows a vowel (or the word's end).
        func region(after start: Int, vowels: LetterSet) -> Int {
            var index = start
            while index < count, !vowels.contains(base[index]) { index += 1 }
            while index < count, vowels.contains(base[index]) { index += 1 }
            return min(index + 1, count)
        }

        /// Drops the last `length` letters.
        mutating func drop(_ length: Int) {
            count -= min(length, count)
        }

        /// Adds a letter at the end (after a drop, so the buffer always has room).
        mutating func append(_ letter: UInt8) {
            base[count] = letter
            count += 1
            isRewritten = true
        }

        /// Replaces the letter at `index`.
        mutating func replace(at index: Int, with letter: UInt8) {
            guard base[index] != letter else { return }
            base[index] = letter
            isRewritten = true
        }

        /// Removes the letter at `index`, closing the gap.
        mutating func remove(at index: Int) {
            var position = index
            while position < count - 1 {
                base[position] = base[position + 1]
                position += 1
            }
            count -= 1
            isRewritten = true
        }

        /// The stem as a `String` (Latin-1 letters re-encoded as UTF-8).
        func makeString() -> String {
            String(unsafeUninitializedCapacity: count * 2) { out in
                var written = 0
                for index in 0..<count {
                    let letter = base[index]
                    if letter < 0x80 {
                        out[written] = letter
                        written += 1
                    } else {
                        out[written] = 0xC0 | letter >> 6
                        out[written + 1] = 0x80 | letter & 0x3F
                        written += 2
                    }
                }
                return written
            }
        }
    }

    /// A set of Latin-1 letters as a 256-bit mask.
    struct LetterSet: Sendable {
        private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        init(_ letters: String) {
            for scalar in letters.unicodeScalars where scalar.value < 256 { insert(UInt8(scalar.value)) }
        }

        private mutating func insert(_ letter: UInt8) {
            let bit = UInt64(1) << UInt64(letter & 63)
            switch letter >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }

        func contains(_ letter: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(letter & 63)
            switch letter >> 6 {
            case 0: return bits.0 & bit != 0
            case 1: return bits.1 & bit != 0
            case 2: return bits.2 & bit != 0
            default: return bits.3 & bit != 0
            }
        }
    }

    /// Letters the rules name often.
    enum Letter {
        static let hyphen = UInt8(ascii: "-")
        static let apostrophe = UInt8(ascii: "'")
        static let a = UInt8(ascii: "a")
        static let e = UInt8(ascii: "e")
        static let i = UInt8(ascii: "i")
        static let j = UInt8(ascii: "j")
        static let k = UInt8(ascii: "k")
        static let l = UInt8(ascii: "l")
        static let n = UInt8(ascii: "n")
        static let r = UInt8(ascii: "r")
        static let s = UInt8(ascii: "s")
        static let t = UInt8(ascii: "t")
        static let y = UInt8(ascii: "y")

        /// Vowels of the Nordic languages and Finnish, with the accented vowels of loanwords.
        static let nordicVowels = LetterSet("aeiouyåäöæøéèêáàâóòôíúüë")
    }

    /// Suffixes with what to do when one ends a word, looked up by the word's last letter, longest first.
    ///
    /// Stored flat (all letters in one array, rules as plain numbers) so that a lookup costs no reference counting.
    struct SuffixTable: Sendable {
        /// One suffix: where its letters and its replacement (often empty) lie in `letters`, and a condition code
        /// whose meaning each language defines.
        struct Rule: Sendable {
            let start: Int32
            let length: Int32
            let replacementStart: Int32
            let replacementLength: Int32
            let condition: UInt8
        }

        /// Where the next lookup of ``next(in:notBefore:cursor:)`` resumes.
        struct Cursor {
            var position: Int
            let end: Int
        }

        private let letters: [UInt8]
        private let rules: [Rule]
        /// `rules[bucketStart[c]..<bucketStart[c + 1]]` end with letter `c`, longest first.
        private let bucketStart: [Int32]

        /// A table of `(suffix, replacement, condition)`, suffixes and replacements in Latin-1 letters.
        init(_ entries: [(String, String, UInt8)]) {
            func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
            let sorted = entries.map { (latin1($0.0), latin1($0.1), $0.2) }.filter { !$0.0.isEmpty }.sorted {
                let lhs = $0.0.last ?? 0
                let rhs = $1.0.last ?? 0
                return lhs != rhs ? lhs < rhs : $0.0.count > $1.0.count
            }
            var letters: [UInt8] = []
            var rules: [Rule] = []
            for (suffix, replacement, condition) in sorted {
                let start = Int32(letters.count)
                letters += suffix
                letters += replacement
                rules.append(
                    Rule(
                        start: start, length: Int32(suffix.count), replacementStart: start + Int32(suffix.count),
                        replacementLength: Int32(replacement.count), condition: condition))
            }
            var starts = [Int32](repeating: Int32(rules.count), count: 257)
            for (index, entry) in sorted.enumerated().reversed() { starts[Int(entry.0.last ?? 0)] = Int32(index) }
            for letter in stride(from: 255, through: 0, by: -1) where starts[letter] > starts[letter + 1] {
                starts[letter] = starts[letter + 1]
            }
            self.letters = letters
            self.rules = rules
            self.bucketStart = starts
        }

        /// A table whose suffixes are all deleted under one condition.
        init(deleting suffixes: [String], condition: UInt8 = 0) {
            self.init(suffixes.map { ($0, "", condition) })
        }

        /// A cursor over the rules that could end `word` (those ending with its last letter).
        func cursor(for word: StemWord) -> Cursor {
            let letter = Int(word.last)
            return Cursor(position: Int(bucketStart[letter]), end: Int(bucketStart[letter + 1]))
        }

        /// The next rule, longest first, whose suffix ends `word` and starts at or after `start`.
        func next(in word: StemWord, notBefore start: Int, cursor: inout Cursor) -> Rule? {
            while cursor.position < cursor.end {
                let rule = rules[cursor.position]
                cursor.position += 1
                let length = Int(rule.length)
                let first = word.count - length
                guard first >= start else { continue }
                var matches = true
                var offset = 0
                while offset < length {
                    if word[first + offset] != letters[Int(rule.start) + offset] {
                        matches = false
                        break
                    }
                    offset += 1
                }
                if matches { return rule }
            }
            return nil
        }

        /// The longest rule that ends `word` at or after `start` (for tables without conditions to weigh).
        func longest(in word: StemWord, notBefore start: Int) -> Rule? {
            var cursor = cursor(for: word)
            return next(in: word, notBefore: start, cursor: &cursor)
        }

        /// Replaces the suffix of `rule` at the end of `word` with the rule's replacement.
        func apply(_ rule: Rule, to word: inout StemWord) {
            word.drop(Int(rule.length))
            var offset = 0
            while offset < Int(rule.replacementLength) {
                word.append(letters[Int(rule.replacementStart) + offset])
                offset += 1
            }
        }
    }
}
