/// How positive or negative a text or sentence reads.
public struct Sentiment: Sendable, Hashable, Codable {
    public enum Label: String, Sendable, Hashable, Codable, CaseIterable {
        case positive, neutral, negative
    }

    public let label: Label
    /// −1 (very negative) … 1 (very positive).
    public let score: Double

    public init(label: Label, score: Double) {
        self.label = label
        self.score = score
    }

    /// The label a score earns: within ±`neutralBand` of zero is neutral.
    public init(score: Double, neutralBand: Double) {
        self.score = score
        label = score >= neutralBand ? .positive : score <= -neutralBand ? .negative : .neutral
    }

    public static let neutral = Sentiment(label: .neutral, score: 0)
}

/// One sentence of an answer and its sentiment; `start` and `end` count Unicode scalars of the analysed text.
public struct SentenceSentiment: Sendable, Hashable, Codable {
    public let start: Int
    public let end: Int
    public let sentiment: Sentiment

    public init(start: Int, end: Int, sentiment: Sentiment) {
        self.start = start
        self.end = end
        self.sentiment = sentiment
    }
}

/// The sentiment of a whole answer and of each of its sentences.
public struct SentimentReading: Sendable, Hashable {
    public let overall: Sentiment
    public let sentences: [SentenceSentiment]
    /// The unbounded sum behind `overall.score`, on the lexicon's −4…4-per-word scale.
    public let rawSum: Double
    /// How many words carried sentiment.
    public let hits: Int
}
