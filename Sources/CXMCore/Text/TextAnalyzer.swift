/// A theme an answer talks about, how it talks about it and where.
public struct ThemeMention: Sendable, Hashable {
    public let themeID: String
    /// The sentiment of the sentences that mention the theme ("friendly staff, but far too expensive": staff
    /// positive, price negative).
    public let sentiment: Sentiment
    /// Where the theme's words are, in Unicode scalars of the analysed text.
    public let spans: [Range<Int>]
}

/// Which model gave an answer its sentiment.
public enum SentimentSource: String, Sendable, Hashable, Codable {
    /// The lexicon and rules cxm ships.
    case builtIn = "built_in"
    /// The model learned from the workspace's own scored answers.
    case learned
}

/// Everything cxm reads from one open-text answer.
public struct TextAnalysis: Sendable, Hashable {
    /// The language the text is in; nil when it is in none of the five or cannot be told.
    public let language: Language?
    public let languageConfidence: Double
    public let sentiment: Sentiment
    public let sentences: [SentenceSentiment]
    /// Themes in taxonomy order; a sub-theme's mention also counts for its theme.
    public let themes: [ThemeMention]
    public let source: SentimentSource
    /// Whether the text was longer than `TextAnalyzer.maximumLength` and only its beginning was read.
    public let truncated: Bool
    /// The analysed text (after truncation) that spans refer to.
    public let analysedText: String
}

/// Reads language, sentiment and themes from open-text answers. Build one per taxonomy and set of learned
/// models and share it: it holds only immutable tables.
public struct TextAnalyzer: Sendable {
    /// Texts longer than this many Unicode scalars are cut here (a note says so in the result).
    public static let maximumLength = 20_000

    public let matcher: ThemeMatcher
    public let learned: [Language: LearnedSentimentModel]
    private let identifier: LanguageIdentifier

    public init(taxonomy: Taxonomy = .standard, learned: [Language: LearnedSentimentModel] = [:]) {
        matcher = ThemeMatcher(taxonomy: taxonomy)
        self.learned = learned
        identifier = LanguageIdentifier.shared
    }

    /// Analyses a text. `prior` is the language the respondent chose; `language` forces a language instead of
    /// identifying one.
    public func analyse(_ text: String, prior: Language? = nil, language forced: Language? = nil) -> TextAnalysis {
        var scalars = Array(text.unicodeScalars)
        let truncated = scalars.count > Self.maximumLength
        if truncated { scalars.removeSubrange(Self.maximumLength...) }
        let analysed = truncated ? String(String.UnicodeScalarView(scalars)) : text
        let guess =
            forced.map { LanguageGuess(language: $0, confidence: 1) } ?? identifier.identify(analysed, prior: prior)
        let tokens = TextTokenizer.tokens(of: scalars)
        let language = guess.language ?? prior ?? .en
        let reading = SentimentAnalyzer.builtIn(language).analyse(tokens)
        var sentiment = reading.overall
        var sentences = reading.sentences
        var source = SentimentSource.builtIn
        if let model = learned[language], tokens.contains(where: { $0.kind == .word }) {
            // The workspace's own model reads the answer and each sentence (so that a theme's sentences do too).
            sentiment = model.sentiment(tokens, builtInScore: reading.overall.score)
            sentences = sentences.map { sentence in
                let part = tokens.filter { $0.start >= sentence.start && $0.end <= sentence.end }
                guard part.contains(where: { $0.kind == .word }) else { return sentence }
                return SentenceSentiment(
                    start: sentence.start, end: sentence.end,
                    sentiment: model.sentiment(part, builtInScore: sentence.sentiment.score))
            }
            source = .learned
        }
        let matches = matcher.matches(in: tokens, language: guess.language)
        return TextAnalysis(
            language: guess.language, languageConfidence: guess.confidence, sentiment: sentiment, sentences: sentences,
            themes: mentions(matches, sentences: sentences), source: source, truncated: truncated, analysedText: analysed)
    }

    /// Groups matches by theme (adding each sub-theme's parent) with the sentiment of their sentences, in
    /// taxonomy order. Works on theme positions: no lookups by id per answer.
    private func mentions(_ matches: [ThemeMatch], sentences: [SentenceSentiment]) -> [ThemeMention] {
        guard !matches.isEmpty else { return [] }
        var hits: [(theme: Int, match: ThemeMatch)] = []
        hits.reserveCapacity(matches.count * 2)
        for match in matches {
            hits.append((match.themeIndex, match))
            if let parent = matcher.parentIndex[match.themeIndex] { hits.append((parent, match)) }
        }
        hits.sort { $0.theme != $1.theme ? $0.theme < $1.theme : $0.match.start < $1.match.start }
        var mentions: [ThemeMention] = []
        var index = 0
        while index < hits.count {
            let theme = hits[index].theme
            var spans: [Range<Int>] = []
            var sentenceIndices: [Int] = []
            while index < hits.count, hits[index].theme == theme {
                let match = hits[index].match
                if !spans.contains(match.start..<match.end) { spans.append(match.start..<match.end) }
                if let sentence = sentences.firstIndex(where: { $0.end > match.start }),
                    !sentenceIndices.contains(sentence)
                {
                    sentenceIndices.append(sentence)
                }
                index += 1
            }
            let score =
                sentenceIndices.isEmpty
                ? 0 : sentenceIndices.reduce(0) { $0 + sentences[$1].sentiment.score } / Double(sentenceIndices.count)
            mentions.append(
                ThemeMention(
                    themeID: matcher.taxonomy.themes[theme].id,
                    sentiment: Sentiment(score: score, neutralBand: SentimentAnalyzer.neutralBand), spans: spans))
        }
        return mentions
    }
}

extension LanguageIdentifier {
    /// One identifier for the process: its tables are built once.
    static let shared = LanguageIdentifier()
}
