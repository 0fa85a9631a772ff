/// English: a light Porter2-style procedure of our own.
///
/// 1. Possessive 's, plural -s/-es/-ies, then -ed/-ing (with -edly/-ingly); a doubled consonant is undone
///    ("stopped" → "stop") and an e restored on short stems ("hoping" → "hope", "using" → "use").
/// 2. A final y after a consonant becomes i ("delivery" → "deliveri", like "deliveries").
/// 3. Derivational endings: -ly (after letters that can end an adverb's stem), -ation/-ational/-ization,
///    -ness, -ful, -ment, then -ate in R2 ("information" and "inform" meet).
/// 4. A final e goes unless it closes a short syllable ("charge" → "charg" like "charged", but "hope" stays),
///    -ll in R2 loses an l, and -ri loses its i ("deliveri" → "deliver", meeting "delivered").
extension Stemmer {
    /// Condition codes in the English tables.
    enum EnglishCondition {
        /// Inside R1.
        static let r1: UInt8 = 0
        /// -li inside R1 after a letter that ends adverb stems ("quickly", "friendly", but not "reply").
        static let li: UInt8 = 2
        /// A word the rule must leave alone ("comment" is no "com" + "-ment").
        static let keep: UInt8 = 3
    }

    private static let plainVowels = LetterSet("aeiou")
    private static let liEndings = LetterSet("cdeghkmnrtlw")
    private static let doubles = LetterSet("bdfgmnprt")

    /// Words whose stem no rule gives ("news" is not "new"+s, "family" is not "fami"+ly), as a suffix table
    /// matched against the whole word.
    private static let englishExceptions = SuffixTable(
        [
            ("news", "news"), ("family", "family"), ("families", "family"), ("only", "only"), ("early", "early"),
            ("ugly", "ugly"), ("series", "series"), ("species", "species"), ("dying", "die"), ("lying", "lie"),
            ("tying", "tie"), ("skies", "sky"), ("atlas", "atlas"), ("bias", "bias"), ("always", "always"),
            ("during", "during"), ("evening", "evening"), ("morning", "morning"), ("nothing", "nothing"),
            ("something", "something"), ("anything", "anything"), ("everything", "everything"),
        ].map { ($0.0, $0.1, EnglishCondition.keep) })

    private static let englishDerivations = SuffixTable([
        ("ational", "ate", EnglishCondition.r1), ("tional", "tion", EnglishCondition.r1),
        ("ization", "ize", EnglishCondition.r1), ("ation", "ate", EnglishCondition.r1),
        ("ator", "ate", EnglishCondition.r1), ("fulness", "ful", EnglishCondition.r1),
        ("ousness", "ous", EnglishCondition.r1), ("iveness", "ive", EnglishCondition.r1),
        ("alli", "al", EnglishCondition.r1), ("entli", "ent", EnglishCondition.r1),
        ("ousli", "ous", EnglishCondition.r1), ("fulli", "ful", EnglishCondition.r1),
        ("lessli", "less", EnglishCondition.r1), ("abli", "able", EnglishCondition.r1),
        ("bli", "ble", EnglishCondition.r1), ("li", "", EnglishCondition.li),
    ])

    private static let englishSuffixes = SuffixTable(
        [("ness", "", EnglishCondition.r1), ("ful", "", EnglishCondition.r1), ("ment", "", EnglishCondition.r1)]
            + ["comment", "element", "segment", "fragment", "augment", "torment", "ferment", "garment", "pigment"]
            .map { ($0, "", EnglishCondition.keep) })

    static func stemEnglish(_ word: inout StemWord) {
        if let exception = englishExceptions.longest(in: word, notBefore: 0), Int(exception.length) == word.count {
            englishExceptions.apply(exception, to: &word)
            return
        }
        if word.ends(Letter.apostrophe, Letter.s) {
            word.drop(2)
        } else if word.last == Letter.apostrophe {
            word.drop(1)
        }
        let segment = word.segmentStart
        guard word.count - segment > 2 else { return }
        let r1 = englishR1(word, segment: segment)
        let r2 = englishRegion(word, from: r1)

        stripPlural(&word, segment: segment)
        stripVerbEnding(&word, segment: segment, r1: r1)
        if word.last == Letter.y, word.count - 2 > segment, !isEnglishVowel(word, word.count - 2) {
            word.replace(at: word.count - 1, with: Letter.i)
        }
        if word.ends(with: "ili"), word.count - 3 >= r1 { word.drop(2) }
        var cursor = englishDerivations.cursor(for: word)
        while let rule = englishDerivations.next(in: word, notBefore: r1, cursor: &cursor) {
            if rule.condition == EnglishCondition.li, !liEndings.contains(word[word.count - 3]) { continue }
            englishDerivations.apply(rule, to: &word)
            break
        }
        cursor = englishSuffixes.cursor(for: word)
        while let rule = englishSuffixes.next(in: word, notBefore: segment, cursor: &cursor) {
            guard rule.condition != EnglishCondition.keep else { break }
            guard word.count - Int(rule.length) >= max(r1, segment + 3) else { continue }
            word.drop(Int(rule.length))
            break
        }
        if word.ends(with: "ate"), word.count - 3 >= r2 { word.drop(3) }
        tidyEnglishEnd(&word, segment: segment, r1: r1, r2: r2)
    }

    /// -sses, -ies, -s (when a vowel comes before the letter ahead of it: "cats" but not "gas" or "bus").
    private static func stripPlural(_ word: inout StemWord, segment: Int) {
        if word.ends(with: "sses") {
            word.drop(2)
        } else if word.ends(with: "ies") || word.ends(with: "ied") {
            word.drop(word.count - 3 > segment + 1 ? 2 : 1)
        } else if word.last == Letter.s, word.count >= 2 {
            let before = word[word.count - 2]
            guard before != Letter.s, before != UInt8(ascii: "u"), word.count - 2 > segment else { return }
            if hasEnglishVowel(word, in: segment..<(word.count - 2)) { word.drop(1) }
        }
    }

    /// -eed/-eedly in R1 become -ee; -ed, -edly, -ing, -ingly go after a stem with a vowel, which is then tidied.
    private static func stripVerbEnding(_ word: inout StemWord, segment: Int, r1: Int) {
        if word.ends(with: "eedly") {
            if word.count - 5 >= r1 { word.drop(3) }
            return
        }
        if word.ends(with: "eed") {
            if word.count - 3 >= r1 { word.drop(1) }
            return
        }
        let length: Int
        if word.ends(with: "ingly") {
            length = 5
        } else if word.ends(with: "edly") {
            length = 4
        } else if word.ends(with: "ing") {
            length = 3
        } else if word.ends(with: "ed") {
            length = 2
        } else {
            length = 0
        }
        if length > 0 {
            let stemEnd = word.count - length
            guard stemEnd - segment >= 2, hasEnglishVowel(word, in: segment..<stemEnd) else { return }
            word.drop(length)
            let last = word.last
            let before = word[word.count - 2]
            if (before == Letter.a && last == Letter.t) || (before == UInt8(ascii: "b") && last == Letter.l)
                || (before == Letter.i && last == UInt8(ascii: "z"))
            {
                word.append(Letter.e)
            } else if last == before, doubles.contains(last) {
                word.drop(1)
            } else if r1 >= word.count, endsInShortSyllable(word, length: word.count, segment: segment) {
                word.append(Letter.e)
            }
            return
        }
    }

    /// -ri loses the i from y, a final e goes unless it closes a short syllable, and -ll in R2 loses an l.
    private static func tidyEnglishEnd(_ word: inout StemWord, segment: Int, r1: Int, r2: Int) {
        let last = word.count - 1
        if word.ends(Letter.r, Letter.i), last >= r1, last - segment >= 3 {
            word.drop(1)
        } else if word.last == Letter.e {
            if last >= r2 || (last >= r1 && !endsInShortSyllable(word, length: last, segment: segment)) {
                word.drop(1)
            }
        } else if word.ends(Letter.l, Letter.l), last >= r2 {
            word.drop(1)
        }
    }

    /// Whether letter `index` is a vowel; y is one except first in the word or after a vowel ("yes", "play").
    private static func isEnglishVowel(_ word: StemWord, _ index: Int) -> Bool {
        let letter = word[index]
        if letter == Letter.y { return index > 0 && !plainVowels.contains(word[index - 1]) }
        return plainVowels.contains(letter)
    }

    private static func hasEnglishVowel(_ word: StemWord, in range: Range<Int>) -> Bool {
        for index in range where isEnglishVowel(word, index) { return true }
        return false
    }

    /// The region after the first non-vowel that follows a vowel, from `start`.
    private static func englishRegion(_ word: StemWord, from start: Int) -> Int {
        var index = start
        while index < word.count, !isEnglishVowel(word, index) { index += 1 }
        while index < word.count, isEnglishVowel(word, index) { index += 1 }
        return min(index + 1, word.count)
    }

    /// R1, which starts right after "gener", "commun" or "arsen" whatever the vowels say ("generous", "general").
    private static func englishR1(_ word: StemWord, segment: Int) -> Int {
        for prefix: StaticString in ["gener", "commun", "arsen"] where word.has(prefix: prefix, at: segment) {
            return segment + prefix.utf8CodeUnitCount
        }
        return englishRegion(word, from: segment)
    }

    /// Whether the first `length` letters end in a short syllable: consonant, vowel, consonant other than w, x
    /// or y ("hop"), or a two-letter word of vowel and consonant ("us").
    private static func endsInShortSyllable(_ word: StemWord, length: Int, segment: Int) -> Bool {
        let size = length - segment
        if size == 2 { return isEnglishVowel(word, segment) && !isEnglishVowel(word, segment + 1) }
        guard size >= 3 else { return false }
        let last = word[length - 1]
        guard last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != Letter.y else { return false }
        return !isEnglishVowel(word, length - 3) && isEnglishVowel(word, length - 2)
            && !isEnglishVowel(word, length - 1)
    }
}
