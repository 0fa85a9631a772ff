/// A language's sentiment words and the words that change them, in tables built once for fast lookup.
///
/// Terms come from the public lexicons (`PublicLexicon`, derived by `scripts/derive-lexicons`), the team's
/// additions and overrides (`TeamLexicon`) and the rule words (`SentimentRuleWords`), and the regular
/// inflections of the Nordic words are added. A word is looked up as written, then by the team's prefixes
/// (`erinomai*`), then as a compound whose first part intensifies a known word ("jättebra"). Stems are not
/// used here: measured on the development sets, conflating by stem ("värre" and "vara") cost accuracy.
public struct SentimentLexicon: Sendable {
    /// What one word does to sentiment.
    struct Entry: Sendable {
        /// −4…4; 0 for a word with no sentiment of its own.
        var value: Float = 0
        var isNegator = false
        /// 1 for none; above 1 strengthens and below 1 softens the next sentiment word.
        var intensity: Float = 1
        /// "but": the clause after it outweighs the clause before.
        var isContrast = false
        /// "although": the clause it opens weighs less.
        var isConcessive = false
        /// "too": makes a following size, time or amount word a complaint.
        var isExcess = false
        /// "long", "slow", "expensive": neutral alone, negative after "too".
        var isExcessTarget = false
        /// "och", "and": a negator does not reach back over it.
        var isConjunction = false
        /// Whether multi-word terms begin with this word.
        var startsPhrase = false
        /// Whether the word is an inflection cxm added rather than a word of the lists.
        var isInflection = false
    }

    /// A multi-word term: "fungerar inte", "for meget", "fed up".
    struct Phrase: Sendable {
        let words: [String]
        let value: Float
    }

    public let language: Language
    private(set) var entries: [String: Entry] = [:]
    private var phrases: [String: [Phrase]] = [:]
    private var prefixes: [String: Float] = [:]
    private var prefixLengths: [Int] = []
    private var intensifyingPrefixes: [String] = []

    /// The built-in lexicon of a language (built on first use, then shared).
    public static func builtIn(_ language: Language) -> SentimentLexicon {
        switch language {
        case .en: english
        case .sv: swedish
        case .da: danish
        case .nb: norwegian
        case .fi: finnish
        }
    }

    private static let english = SentimentLexicon(language: .en)
    private static let swedish = SentimentLexicon(language: .sv)
    private static let danish = SentimentLexicon(language: .da)
    private static let norwegian = SentimentLexicon(language: .nb)
    private static let finnish = SentimentLexicon(language: .fi)

    /// The public lexicon of the language alone, with no team words, rules, stems or prefixes: the plain
    /// word-sum baseline the built-in model is measured against.
    public static func publicOnly(_ language: Language) -> SentimentLexicon {
        SentimentLexicon(language: language, terms: [publicTerms(language)], rules: false)
    }

    init(language: Language) {
        let team: String
        let overrides: String
        switch language {
        case .en: (team, overrides) = (TeamLexicon.en, TeamLexicon.enOverrides)
        case .sv: (team, overrides) = (TeamLexicon.sv, TeamLexicon.svOverrides)
        case .da: (team, overrides) = (TeamLexicon.da, TeamLexicon.daOverrides)
        case .nb: (team, overrides) = (TeamLexicon.nb, TeamLexicon.nbOverrides)
        case .fi: (team, overrides) = (TeamLexicon.fi, "")
        }
        self.init(language: language, terms: [overrides, team, Self.publicTerms(language)], rules: true)
    }

    private static func publicTerms(_ language: Language) -> String {
        switch language {
        case .en: PublicLexicon.en
        case .sv: PublicLexicon.sv
        case .da: PublicLexicon.da
        case .nb: PublicLexicon.nb
        case .fi: ""
        }
    }

    /// Reads term lists in priority order: a term already read is not replaced by a later list.
    init(language: Language, terms: [String], rules: Bool) {
        self.language = language
        var named: Set<String> = []
        for list in terms {
            for line in list.split(separator: "\n", omittingEmptySubsequences: true) {
                guard let (term, value) = Self.parse(line) else { continue }
                guard named.insert(term).inserted else { continue }
                add(term: term, value: value, prefixes: rules)
            }
        }
        guard rules else { return }
        for word in SentimentRuleWords.negators[language] ?? [] { entries[word, default: Entry()].isNegator = true }
        for (word, factor) in SentimentRuleWords.intensifiers[language] ?? [:] where !word.contains(" ") {
            entries[word, default: Entry()].intensity = Float(factor)
        }
        for word in SentimentRuleWords.contrast[language] ?? [] { entries[word, default: Entry()].isContrast = true }
        for word in SentimentRuleWords.excess[language] ?? [] where !word.contains(" ") {
            entries[word, default: Entry()].isExcess = true
        }
        for word in SentimentRuleWords.excessTargets[language] ?? [] {
            entries[word, default: Entry()].isExcessTarget = true
        }
        for word in SentimentRuleWords.conjunctions[language] ?? [] { entries[word, default: Entry()].isConjunction = true }
        for word in SentimentRuleWords.concessive[language] ?? [] {
            entries[word, default: Entry()].isConcessive = true
        }
        intensifyingPrefixes = (SentimentRuleWords.intensifyingPrefixes[language] ?? []).sorted { $0.count > $1.count }
        addInflections()
        prefixLengths = Set(prefixes.keys.map(\.count)).sorted(by: >)
    }

    private static func parse(_ line: Substring) -> (String, Float)? {
        let trimmed = line.drop { $0 == " " }
        guard !trimmed.hasPrefix("#"), let tab = trimmed.firstIndex(of: "\t") else { return nil }
        let term = String(trimmed[..<tab]).trimmedSpaces.lowercased()
        guard !term.isEmpty, let value = Float(trimmed[trimmed.index(after: tab)...].trimmedSpaces) else {
            return nil
        }
        return (term, value)
    }

    private mutating func add(term: String, value: Float, prefixes allowPrefixes: Bool) {
        if term.contains(" ") {
            let words = term.split(separator: " ").map(String.init)
            guard let first = words.first, words.count <= 4 else { return }
            guard !(phrases[first]?.contains { $0.words == words } ?? false) else { return }
            phrases[first, default: []].append(Phrase(words: words, value: value))
            phrases[first]?.sort { $0.words.count > $1.words.count }
            entries[first, default: Entry()].startsPhrase = true
        } else if allowPrefixes, term.count >= 3, term.hasSuffix("*"),
            term.dropLast().unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
        {
            prefixes[String(term.dropLast())] = value
        } else {
            entries[term, default: Entry()].value = value
        }
    }

    /// Adds the regular inflections of every known word that the lists do not name themselves, so that
    /// "trevliga", "gode", "hyggelige" and "loved" find "trevlig", "god", "hyggelig" and "love". Only
    /// inflectional endings are added (a derivation such as -lig changes meaning), only to words of three
    /// letters or more, and never over a word the lists know.
    private mutating func addInflections() {
        let endings = Self.inflections[language] ?? []
        guard !endings.isEmpty else { return }
        var added: [String: Float] = [:]
        // In a fixed order, so that when two known words inflect to the same form the same one wins every run.
        for (word, entry) in entries.sorted(by: { $0.key < $1.key })
        where entry.value != 0 && word.unicodeScalars.count >= 3 {
            guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { continue }
            for ending in endings {
                var form = word
                if ending.hasPrefix("-") {
                    // "-e+ing": drop a final e first (love → loving); "-y+ies": y becomes ies.
                    let parts = ending.dropFirst().split(separator: "+", maxSplits: 1)
                    guard parts.count == 2, form.hasSuffix(parts[0]) else { continue }
                    form.removeLast(parts[0].count)
                    form += parts[1]
                } else {
                    form += ending
                }
                if entries[form] == nil, added[form] == nil { added[form] = entry.value }
            }
        }
        for (form, value) in added { entries[form] = Entry(value: value, isInflection: true) }
    }

    /// The inflectional endings added to known words, per language. `-x+y` replaces a final x by y.
    static let inflections: [Language: [String]] = [
        .sv: [
            "a", "t", "e", "n", "en", "et", "na", "ar", "er", "or", "arna", "erna", "orna", "ade", "at", "ad", "s",
            "are", "ast", "aste", "-a+ade", "-a+at", "-a+ar", "-a+an", "-a+or",
        ],
        .da: ["e", "t", "en", "et", "er", "erne", "ene", "ede", "es", "ere", "este", "est", "-e+ede", "-e+er", "-e+et"],
        .nb: ["e", "t", "a", "en", "et", "er", "ene", "ede", "es", "ere", "este", "est", "-e+te", "-e+er", "-e+et"],
        .fi: ["a", "ä", "n", "t", "ta", "tä", "na", "nä", "sta", "stä", "ssa", "ssä", "lla", "llä", "lle", "ksi", "kin"],
    ]

    // MARK: Lookup

    func entry(_ word: String) -> Entry? { entries[word] }

    /// The phrases that begin with `word`, longest first.
    func phrases(startingWith word: String) -> [Phrase] { phrases[word] ?? [] }

    /// The sentiment of a word not in the table as written: by the team's prefixes, or as a compound whose
    /// first part intensifies a known word ("jättebra", "kjempefornøyd").
    func derivedValue(of word: String) -> Float? {
        let count = word.count
        if count < 3 { return nil }
        for length in prefixLengths where length <= count {
            if let value = prefixes[String(word.prefix(length))] { return value }
        }
        guard language != .en, count >= 6 else { return nil }
        for prefix in intensifyingPrefixes where word.hasPrefix(prefix) && count - prefix.count >= 3 {
            let rest = String(word.dropFirst(prefix.count))
            if let value = entries[rest]?.value, value != 0 {
                return value * 1.3
            }
        }
        return nil
    }
}

/// The public lexicons, derived by `scripts/derive-lexicons`: one extension per language.
enum PublicLexicon {}
