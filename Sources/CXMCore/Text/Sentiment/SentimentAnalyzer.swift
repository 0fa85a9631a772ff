/// The built-in sentiment model: lexicon values adjusted by the words around them.
///
/// Per sentence, each sentiment word (or multi-word term, emoji, emoticon) contributes its lexicon value:
/// - strengthened or softened by an intensifier up to two words before it ("mycket bra", "ganska dålig");
/// - flipped and damped by a negator up to three words before it in the same clause ("inte bra", "ei toimi",
///   "not good"), or, when no sentiment word follows the negator, by one right after it, as Scandinavian word
///   order puts it ("fungerar inte", "virker ikke", "liker ikke");
/// - weighted down before and up after a contrast word ("bra men dyrt": the price counts more), also when
///   the contrast word opens the next sentence;
/// - strengthened when written in capitals in a text that is not all capitals;
/// - and a size, time or amount word after "too" is a complaint ("för lång", "too slow", "liian kallis").
/// A concessive word ("although", "vaikka") halves the clause it opens. Exclamation marks strengthen a sentence; a question softens it. The sum `s` becomes a score
/// `s / √(s² + 15)` in −1…1; scores within ±0.05 are neutral.
public struct SentimentAnalyzer: Sendable {
    public let lexicon: SentimentLexicon
    /// Whether to apply the rules at all; without them the model is the plain word-sum baseline.
    public let usesRules: Bool

    static let negationFactor: Float = -0.74
    static let negatedNegativeFactor: Float = -0.4
    static let beforeContrast: Float = 0.5
    static let afterContrast: Float = 1.5
    static let emphasis: Float = 1.25
    static let exclamationStep: Float = 0.29
    static let questionFactor: Float = 0.7
    static let normalisation: Double = 15
    public static let neutralBand = 0.05

    public init(lexicon: SentimentLexicon, usesRules: Bool = true) {
        self.lexicon = lexicon
        self.usesRules = usesRules
    }

    /// The built-in model of a language.
    public static func builtIn(_ language: Language) -> SentimentAnalyzer {
        SentimentAnalyzer(lexicon: .builtIn(language))
    }

    /// The plain lexicon word-sum with the public lexicon alone: the baseline the model is measured against.
    public static func wordSum(_ language: Language) -> SentimentAnalyzer {
        SentimentAnalyzer(lexicon: .publicOnly(language), usesRules: false)
    }

    /// Maps an unbounded sum onto −1…1.
    public static func normalised(_ sum: Double) -> Double {
        sum == 0 ? 0 : sum / (sum * sum + normalisation).squareRoot()
    }

    public func analyse(_ tokens: [TextToken]) -> SentimentReading {
        var sentences: [SentenceSentiment] = []
        var total: Double = 0
        var hits = 0
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].kind != .sentenceEnd { end += 1 }
            let closing = end < tokens.count ? tokens[end] : nil
            if end > start {
                let (sum, count) = sentenceSum(tokens[start..<end], closing: closing)
                if usesRules, tokens[start].kind == .word, lexicon.entry(tokens[start].text)?.isContrast ?? false {
                    // "Friendly staff. But the queue was endless.": what came before counts less.
                    total *= Double(Self.beforeContrast)
                }
                total += Double(sum)
                hits += count
                sentences.append(
                    SentenceSentiment(
                        start: tokens[start].start, end: closing?.end ?? tokens[end - 1].end,
                        sentiment: Sentiment(score: Self.normalised(Double(sum)), neutralBand: Self.neutralBand)))
            }
            start = end + 1
        }
        let overall = Sentiment(score: Self.normalised(total), neutralBand: Self.neutralBand)
        return SentimentReading(overall: overall, sentences: sentences, rawSum: total, hits: hits)
    }

    /// A sentiment-bearing item of a sentence: where it stands (in words and in clauses) and its value.
    private struct Item {
        var word: Int
        var clause: Int
        var value: Float
        var isNegated = false
    }

    private func sentenceSum(_ tokens: ArraySlice<TextToken>, closing: TextToken?) -> (Float, Int) {
        var items: [Item] = []
        // Per word of the sentence: its entry, clause and whether it is a negator; links and numbers skipped.
        var words: [(entry: SentimentLexicon.Entry?, clause: Int, emphasised: Bool)] = []
        var negators: [Int] = []
        var contrastAt: Int?
        var concessive: Set<Int> = []
        var clause = 0
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            switch token.kind {
            case .clauseBreak:
                clause += 1
            case .emoji:
                if usesRules, let value = EmojiSentiment.values[token.text] {
                    items.append(Item(word: words.count, clause: clause, value: value))
                }
            case .emoticon:
                let key = token.text.lowercased()
                if let value = lexicon.entry(key)?.value ?? lexicon.entry(token.text)?.value, value != 0 {
                    items.append(Item(word: words.count, clause: clause, value: value))
                }
            case .word:
                let entry = lexicon.entry(token.text)
                if usesRules, let entry, entry.startsPhrase, let (phrase, length) = phrase(at: index, in: tokens) {
                    items.append(Item(word: words.count, clause: clause, value: phrase))
                    for _ in 0..<length { words.append((nil, clause, false)) }
                    index += length
                    continue
                }
                if usesRules, let entry, entry.isContrast {
                    clause += 1
                    contrastAt = clause
                }
                if usesRules, let entry, entry.isConcessive {
                    clause += 1
                    concessive.insert(clause)
                }
                if usesRules, entry?.isNegator ?? false { negators.append(words.count) }
                // A negator's own lexicon value ("ingen" −0.8) would count the negation twice.
                var value = usesRules && entry?.isNegator ?? false ? 0 : entry?.value ?? 0
                if usesRules, entry?.isExcessTarget ?? false, let before = words.last, before.clause == clause,
                    before.entry?.isExcess ?? false
                {
                    // "för lång", "too slow": the excess is the complaint, whatever the word's own value.
                    value = min(value, 0) * 1.2 + SentimentRuleWords.excessValue
                }
                if value == 0, usesRules, entry == nil || entry?.intensity == 1 && !(entry?.isNegator ?? false) {
                    value = lexicon.derivedValue(of: token.text) ?? 0
                }
                if value != 0 {
                    items.append(Item(word: words.count, clause: clause, value: value))
                }
                words.append((entry, clause, token.isEmphasised))
            case .number, .link, .sentenceEnd:
                break
            }
            index += 1
        }
        guard !items.isEmpty else { return (0, 0) }
        guard usesRules else { return (items.reduce(0) { $0 + $1.value }, items.count) }

        applyNegation(&items, negators: negators, words: words.map { ($0.clause, $0.entry?.isConjunction ?? false) })
        var sum: Float = 0
        for item in items {
            var value = item.value
            if item.word > 0, let before = words[item.word - 1].entry, before.intensity != 1,
                words[item.word - 1].clause == item.clause
            {
                value *= before.intensity
            }
            if item.word > 1, let before = words[item.word - 2].entry, before.intensity != 1,
                words[item.word - 2].clause == item.clause
            {
                value *= 1 + (before.intensity - 1) * 0.6
            }
            if item.isNegated { value *= value > 0 ? Self.negationFactor : Self.negatedNegativeFactor }
            if item.word < words.count, words[item.word].emphasised { value *= Self.emphasis }
            if let contrastAt {
                value *= item.clause < contrastAt ? Self.beforeContrast : Self.afterContrast
            }
            if concessive.contains(item.clause) { value *= Self.beforeContrast }
            sum += value
        }
        if let closing, sum != 0 {
            let marks = closing.text.unicodeScalars
            let exclamations = marks.filter { $0 == "!" }.count
            if exclamations > 0 {
                sum += (sum > 0 ? 1 : -1) * Self.exclamationStep * Float(min(exclamations, 4))
            } else if marks.contains("?") {
                sum *= Self.questionFactor
            }
        }
        return (sum, items.count)
    }

    /// Each negator negates the sentiment items within three words after it in its clause ("inte tillräckligt
    /// bra"); one that reaches none negates, in Swedish, Danish and Norwegian, the item right before it
    /// ("fungerar inte"), unless a conjunction stands between them. Two negators cancel.
    private func applyNegation(_ items: inout [Item], negators: [Int], words: [(clause: Int, isConjunction: Bool)]) {
        for negator in negators {
            let clause = words[negator].clause
            var reached = false
            for index in items.indices
            where items[index].word > negator && items[index].word <= negator + 3 && items[index].clause == clause {
                items[index].isNegated.toggle()
                reached = true
            }
            if !reached, lexicon.language.negatesBackwards,
                let previous = items.lastIndex(where: {
                    $0.word < negator && $0.word >= negator - 2 && $0.clause == clause
                }), !(items[previous].word + 1..<negator).contains(where: { words[$0].isConjunction })
            {
                items[previous].isNegated.toggle()
            }
        }
    }

    /// The longest multi-word term starting at `index`, with how many words it spans.
    private func phrase(at index: Int, in tokens: ArraySlice<TextToken>) -> (Float, Int)? {
        for phrase in lexicon.phrases(startingWith: tokens[index].text) {
            var matched = true
            for (offset, word) in phrase.words.enumerated() {
                let position = index + offset
                guard position < tokens.endIndex, tokens[position].kind == .word, tokens[position].text == word
                else {
                    matched = false
                    break
                }
            }
            if matched { return (phrase.value, phrase.words.count) }
        }
        return nil
    }
}

extension Language {
    /// Whether a negator may follow what it negates, as in Scandinavian main clauses ("det fungerar inte").
    var negatesBackwards: Bool { self == .sv || self == .da || self == .nb }
}
