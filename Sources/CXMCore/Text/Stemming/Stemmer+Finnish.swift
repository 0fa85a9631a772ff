/// Finnish: endings come off in the order they were put on, then the stem is normalised.
///
/// 1. A clitic particle (-kin, -kaan, -ko, -han, -pa), then a possessive suffix (-ni, -nsa, -mme, -nne, -si).
/// 2. The longest case ending (-ssa, -sta, -lla, -lta, -lle, -ksi, -tta, -seen, -hin, -den, -n, -t after a vowel,
///    -ta only after s or a long vowel so that "hinta" keeps its t) or the adverb ending -sti.
/// 3. A doubled final vowel is halved ("palveluun"), then a derivational ending goes: the -inen/-ise- adjectives
///    and the -mpi/-mpa/-mma comparatives.
/// 4. The -s of s-stems ("tilaus", "asiakas"), a plural i or j after a vowel, one final a, ä, e or i (partitive,
///    stem vowel), a plural i or j ("laskuja"), and -ks ("tilauks-en").
/// 5. Consonant gradation is undone on the last consonant pair: kk/k, pp/p, tt/t, nn/nt, mm/mp, ll/lt, rr/rt,
///    ng/nk, so "hinta" and "hinnan" meet as "hint".
/// Every ending removed lies inside R1 and leaves at least three letters.
extension Stemmer {
    /// Condition codes in the Finnish tables.
    enum FinnishCondition {
        /// No condition beyond R1.
        static let none: UInt8 = 0
        /// After a vowel.
        static let afterVowel: UInt8 = 1
        /// After a vowel, n or t (most clitics).
        static let afterVowelNT: UInt8 = 2
        /// After a vowel, s or t (-kin: "myöskin", "nytkin", but "pankin" is a genitive).
        static let afterVowelST: UInt8 = 3
        /// After s or a long vowel or diphthong (partitive -ta).
        static let afterSOrLongVowel: UInt8 = 4
        /// After a vowel, leaving at least four letters (-si: "vuosi", "uusi" are words of their own).
        static let afterVowelLongStem: UInt8 = 5
    }

    private static let finnishParticles = SuffixTable(
        [("kin", "", FinnishCondition.afterVowelST)]
            + ["kaan", "kään", "ko", "kö", "han", "hän", "pa", "pä"].map {
                ($0, "", FinnishCondition.afterVowelNT)
            })

    private static let finnishPossessives = SuffixTable(
        ["nsa", "nsä", "mme", "nne", "ni"].map { ($0, "", FinnishCondition.afterVowel) }
            + [("si", "", FinnishCondition.afterVowelLongStem)])

    private static let finnishCases = SuffixTable(
        [
            "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "tta", "ttä", "seen", "siin",
            "den", "tten", "sti", "n",
        ].map { ($0, "", FinnishCondition.none) }
            + [("hin", "", FinnishCondition.afterVowel), ("t", "", FinnishCondition.afterVowel)]
            + [("ta", "", FinnishCondition.afterSOrLongVowel), ("tä", "", FinnishCondition.afterSOrLongVowel)])

    private static let finnishDerivations = SuffixTable(
        deleting: ["ine", "ise", "isia", "isiä", "iste", "mpi", "mpa", "mpä", "mma", "mmä", "mmi"])

    /// Vowels that end a Finnish stem and come and go with the ending ("hinta"/"hint-", "hyvä"/"hyvin").
    private static let finnishLooseVowels = LetterSet("aäei")

    static func stemFinnish(_ word: inout StemWord) {
        let vowels = Letter.nordicVowels
        let segment = word.segmentStart
        let floor = max(word.region(after: segment, vowels: vowels), segment + 3)
        guard floor < word.count else { return }

        strip(&word, finnishParticles, floor: floor)
        strip(&word, finnishPossessives, floor: floor)
        strip(&word, finnishCases, floor: floor)
        if word.count - 1 >= floor, word.last == word[word.count - 2], vowels.contains(word.last) {
            word.drop(1)
        }
        strip(&word, finnishDerivations, floor: floor)
        // -s stems ("tilaus", "kallis", "asiakas") lose the s, which becomes -ks- before endings ("tilauksen").
        if word.count - 1 >= floor, word.last == Letter.s, vowels.contains(word[word.count - 2]) { word.drop(1) }
        if word.count - 1 >= floor, word.last == Letter.i || word.last == Letter.j,
            vowels.contains(word[word.count - 2])
        {
            word.drop(1)
        }
        if word.count - 1 >= floor, finnishLooseVowels.contains(word.last) { word.drop(1) }
        if word.count - 1 >= floor, word.last == Letter.i || word.last == Letter.j { word.drop(1) }
        if word.count - 2 >= floor, word.ends(Letter.k, Letter.s), vowels.contains(word[word.count - 3]) {
            word.drop(2)
        }
        undoGradation(&word, segment: segment)
    }

    /// Removes the longest suffix of `table` that starts at or after `floor` and meets its condition.
    private static func strip(_ word: inout StemWord, _ table: SuffixTable, floor: Int) {
        guard word.count > floor else { return }
        var cursor = table.cursor(for: word)
        while let rule = table.next(in: word, notBefore: floor, cursor: &cursor) {
            let before = word.count - Int(rule.length) - 1
            guard finnishConditionHolds(rule.condition, in: word, before: before) else { continue }
            word.drop(Int(rule.length))
            return
        }
    }

    private static func finnishConditionHolds(_ condition: UInt8, in word: StemWord, before index: Int) -> Bool {
        let vowels = Letter.nordicVowels
        let letter = word[index]
        switch condition {
        case FinnishCondition.afterVowel:
            return vowels.contains(letter)
        case FinnishCondition.afterVowelNT:
            return vowels.contains(letter) || letter == Letter.n || letter == Letter.t
        case FinnishCondition.afterVowelST:
            return vowels.contains(letter) || letter == Letter.s || letter == Letter.t
        case FinnishCondition.afterSOrLongVowel:
            return letter == Letter.s || (index >= 1 && vowels.contains(letter) && vowels.contains(word[index - 1]))
        case FinnishCondition.afterVowelLongStem:
            return vowels.contains(letter) && index + 1 >= 4
        default:
            return true
        }
    }

    /// Maps the weak grade of the stem's last consonant pair to one form ("hinn" → "hint", "tytö" ← "tyttö").
    private static func undoGradation(_ word: inout StemWord, segment: Int) {
        let vowels = Letter.nordicVowels
        let count = word.count
        let pairEnd = vowels.contains(word.last) ? count - 1 : count
        guard pairEnd - 3 >= segment else { return }
        let first = word[pairEnd - 2]
        let second = word[pairEnd - 1]
        guard !vowels.contains(first), !vowels.contains(second) else { return }
        if first == second, first == Letter.k || first == Letter.t || first == UInt8(ascii: "p") {
            word.remove(at: pairEnd - 1)
            return
        }
        guard vowels.contains(word[pairEnd - 3]) else { return }
        switch (first, second) {
        case (Letter.n, Letter.n), (Letter.l, Letter.l), (Letter.r, Letter.r):
            word.replace(at: pairEnd - 1, with: Letter.t)
        case (UInt8(ascii: "m"), UInt8(ascii: "m")):
            word.replace(at: pairEnd - 1, with: UInt8(ascii: "p"))
        case (Letter.n, UInt8(ascii: "g")):
            word.replace(at: pairEnd - 1, with: Letter.k)
        default:
            break
        }
    }
}
