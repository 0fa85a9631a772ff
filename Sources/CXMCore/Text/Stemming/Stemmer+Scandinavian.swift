/// Swedish, Danish and Norwegian bokmål: one procedure, a table set per language.
///
/// 1. The longest inflection (definite, plural, verb and comparison endings, a genitive or passive -s after a
///    letter that can end a stem) inside R1 is removed; R1 starts after the first non-vowel that follows a vowel,
///    and at least three letters in, so every stem keeps three letters.
/// 2. The last letter of a listed consonant pair (mostly the -t of neuter adjectives and supines: "dyrt",
///    "trevligt", "köpt") and of a doubled consonant ("hjelpsomme" → "hjelpsom") goes when it lies in R1.
/// 3. A derivational ending (-lig, -ig, -els, -löst) inside R1 is removed, so "trevlig" and "trevligt" meet.
extension Stemmer {
    /// The tables for one Scandinavian language.
    struct ScandinavianRules: Sendable {
        /// Step 1: inflections, deleted or replaced inside R1.
        let inflections: SuffixTable
        /// Letters after which a final -s is an ending rather than part of the stem ("priset" keeps "pris").
        let sEndings: LetterSet
        /// Whether -s after k is an ending only when a consonant precedes the k (the Norwegian rule).
        let kEndsAfterConsonantOnly: Bool
        /// Step 2: consonant pairs whose second letter goes; a longer `keep` entry protects a stem ("svart").
        let pairs: SuffixTable
        /// Step 3: derivational endings inside R1.
        let derivations: SuffixTable
    }

    /// Condition codes in the Scandinavian tables.
    enum ScandinavianCondition {
        /// The rule applies inside R1 with no further condition.
        static let none: UInt8 = 0
        /// A final -s that goes only after a letter in `sEndings`.
        static let sEnding: UInt8 = 1
        /// A stem that step 1 or 2 must leave as it is.
        static let keep: UInt8 = 2
        /// -lig after l is -ig: "billig" is "bill-ig" and must not meet "bil".
        static let notAfterL: UInt8 = 3
    }

    static func stemSwedish(_ word: inout StemWord) { stemScandinavian(&word, rules: swedish) }
    static func stemDanish(_ word: inout StemWord) { stemScandinavian(&word, rules: danish) }
    static func stemNorwegian(_ word: inout StemWord) { stemScandinavian(&word, rules: norwegian) }

    private static func stemScandinavian(_ word: inout StemWord, rules: ScandinavianRules) {
        let vowels = Letter.nordicVowels
        let segment = word.segmentStart
        let r1 = max(word.region(after: segment, vowels: vowels), segment + 3)
        guard r1 < word.count else { return }

        var cursor = rules.inflections.cursor(for: word)
        while let rule = rules.inflections.next(in: word, notBefore: r1, cursor: &cursor) {
            if rule.condition == ScandinavianCondition.keep { break }
            if rule.condition == ScandinavianCondition.sEnding, !isSEnding(word, rules: rules) { continue }
            rules.inflections.apply(rule, to: &word)
            break
        }

        if word.count - 1 >= r1, let rule = rules.pairs.longest(in: word, notBefore: segment),
            rule.condition != ScandinavianCondition.keep
        {
            word.drop(1)
        }

        if word.count - 1 >= r1, word.count - 2 >= segment {
            let last = word.last
            if last == word[word.count - 2], last >= UInt8(ascii: "a"), last <= UInt8(ascii: "z"),
                !vowels.contains(last)
            {
                word.drop(1)
            }
        }

        cursor = rules.derivations.cursor(for: word)
        while word.count > r1, let rule = rules.derivations.next(in: word, notBefore: r1, cursor: &cursor) {
            let before = word.count - Int(rule.length) - 1
            if rule.condition == ScandinavianCondition.notAfterL, word[before] == Letter.l { continue }
            rules.derivations.apply(rule, to: &word)
            break
        }
    }

    /// Whether the letter before a final -s lets the -s go.
    private static func isSEnding(_ word: StemWord, rules: ScandinavianRules) -> Bool {
        guard word.count >= 2 else { return false }
        let before = word[word.count - 2]
        if rules.sEndings.contains(before) { return true }
        guard rules.kEndsAfterConsonantOnly, before == Letter.k, word.count >= 3 else { return false }
        return !Letter.nordicVowels.contains(word[word.count - 3])
    }

    /// Builds a step-1 table: `deleted` suffixes go, `replaced` map to a shorter form, and a lone -s is an ending.
    private static func inflections(
        deleting deleted: String, replacing replaced: [(String, String)] = [], keeping kept: [String] = []
    ) -> SuffixTable {
        var entries = deleted.split(separator: " ").map { (String($0), "", ScandinavianCondition.none) }
        entries += replaced.map { ($0.0, $0.1, ScandinavianCondition.none) }
        entries += kept.map { ($0, "", ScandinavianCondition.keep) }
        entries.append(("s", "", ScandinavianCondition.sEnding))
        return SuffixTable(entries)
    }

    /// Builds a step-2 table of consonant pairs, with whole stems that keep their last letter.
    private static func pairs(_ pairs: String, keeping kept: [String] = []) -> SuffixTable {
        SuffixTable(
            pairs.split(separator: " ").map { (String($0), "", ScandinavianCondition.none) }
                + kept.map { ($0, "", ScandinavianCondition.keep) })
    }

    /// Builds a step-3 table.
    private static func derivations(deleting deleted: String, replacing replaced: [(String, String)]) -> SuffixTable {
        SuffixTable(
            deleted.split(separator: " ").map {
                (String($0), "", $0 == "lig" ? ScandinavianCondition.notAfterL : ScandinavianCondition.none)
            }
                + replaced.map { ($0.0, $0.1, ScandinavianCondition.none) })
    }

    /// Swedish. Beyond the classic endings: -an ("väntan", "fakturan"), -et and -ets ("priset", but "kvalitet"
    /// keeps its -et), -t after r, l, m, p, b, v ("dyrt", "enkelt", "varmt", "köpt", "snabbt", "behövt") and
    /// -d/-t after j ("nöjd", "nöjt"). -ens and -s after n stay: "leverans", "kompetens" and "chans" are stems far
    /// more often than genitives in feedback.
    static let swedish = ScandinavianRules(
        inflections: inflections(
            deleting: """
                a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er heter or as \
                arnas ernas ornas es ades andes at andet het ast an et ets
                """,
            keeping: ["itet"]),
        sEndings: LetterSet("bcdfghjklmoprtvy"),
        kEndsAfterConsonantOnly: false,
        pairs: pairs("dd gd nn dt gt kt tt bt mt pt rt lt vt vd jd jt", keeping: ["svart"]),
        derivations: derivations(
            deleting: "lig ig els", replacing: [("löst", "lös"), ("fullt", "full")]))

    /// Danish, with the past tense -ede ("ventede") and -t after r, l, m, p, b, v ("dyrt", "stort") added;
    /// -s after d stays ("tilfreds").
    static let danish = ScandinavianRules(
        inflections: inflections(
            deleting: """
                hed ethed ered e ede edes erede ende erende ene erne ere en heden eren er heder erer heds es endes \
                erendes enes ernes eres ens hedens erens ers ets erets et eret
                """),
        sEndings: LetterSet("abcfghjklmnoprtvyzå"),
        kEndsAfterConsonantOnly: false,
        pairs: pairs("gd dt gt kt bt mt pt rt lt vt"),
        derivations: derivations(
            deleting: "igst ligst eligst ig lig elig els", replacing: [("løst", "løs")]))

    /// Norwegian bokmål, with -t after r, l, m, p, b, g, k added to the classic pairs ("dyrt", "ringt").
    static let norwegian = ScandinavianRules(
        inflections: inflections(
            deleting: """
                a e ede ande ende ane ene hetene en heten ar er heter as es edes endes enes hetenes ens hetens \
                ers ets et het ast
                """,
            replacing: [("erte", "er"), ("ert", "er")]),
        sEndings: LetterSet("bcdfghjlmnoprtvyz"),
        kEndsAfterConsonantOnly: true,
        pairs: pairs("dt vt gt kt bt mt pt rt lt"),
        derivations: derivations(
            deleting: "leg eleg ig eig lig elig els lov elov slov hetslov igst ligst eligst", replacing: []))
}
