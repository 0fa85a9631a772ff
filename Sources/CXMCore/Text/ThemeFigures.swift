/// What was said about one theme in a set of answers, counted: how often, in what tone, and how the customers
/// who said it scored.
public struct ThemeCounts: Sendable, Hashable, Codable {
    public var themeID: String
    /// Open-text answers that mention the theme.
    public var mentions: Int
    public var positive: Int
    public var neutral: Int
    public var negative: Int
    /// The NPS answers in the same responses.
    public var nps: NPSCounts
    /// The CES answers in the same responses (1–7, higher is easier).
    public var ces: MeanSummary?

    public init(
        themeID: String, mentions: Int, positive: Int, neutral: Int, negative: Int, nps: NPSCounts,
        ces: MeanSummary? = nil
    ) {
        self.themeID = themeID
        self.mentions = mentions
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
        self.nps = nps
        self.ces = ces
    }
}

/// A theme's counts turned into figures with their sample sizes and intervals.
public struct ThemeFigure: Sendable, Hashable {
    public let counts: ThemeCounts
    /// Share of all analysed answers that mention the theme, with its Wilson interval.
    public let share: Double
    public let shareInterval: Interval?
    /// Positive minus negative mentions, as points of all mentions (−100…100).
    public let netSentiment: Double
    /// The share of negative mentions with its Wilson interval.
    public let negativeShare: Double
    public let negativeInterval: Interval?
    /// NPS of the customers who mention the theme (adjusted-Wald centre and interval); nil under the anonymity
    /// threshold.
    public let nps: (score: Double, interval: Interval)?
    public let cesMean: Double?
    public let cesInterval: Interval?
    /// Fewer mentions than `lowSample`: shown, but flagged so that no one over-reads a handful of comments.
    public let isLowSample: Bool

    public static func == (a: ThemeFigure, b: ThemeFigure) -> Bool { a.counts == b.counts }
    public func hash(into hasher: inout Hasher) { hasher.combine(counts) }

    public init(counts: ThemeCounts, totalTexts: Int, options: MetricOptions = MetricOptions()) {
        self.counts = counts
        let mentions = counts.mentions
        share = totalTexts > 0 ? Double(mentions) / Double(totalTexts) : 0
        shareInterval = ProportionStatistics.wilson(successes: mentions, n: totalTexts)
        netSentiment = mentions > 0 ? 100 * Double(counts.positive - counts.negative) / Double(mentions) : 0
        negativeShare = mentions > 0 ? Double(counts.negative) / Double(mentions) : 0
        negativeInterval = ProportionStatistics.wilson(successes: counts.negative, n: mentions)
        if counts.nps.n >= max(options.minimumSample, MetricOptions.anonymityThreshold),
            let adjusted = NPSStatistics.adjustedWald(counts.nps)
        {
            nps = (adjusted.center, adjusted.interval.clamped(to: -100...100))
        } else {
            nps = nil
        }
        if let ces = counts.ces, ces.n >= max(options.minimumSample, MetricOptions.anonymityThreshold) {
            cesMean = ces.mean
            cesInterval = MeanStatistics.tInterval(ces)
        } else {
            cesMean = nil
            cesInterval = nil
        }
        isLowSample = mentions < options.lowSample
    }
}

/// How often a theme came up in one period: among how many analysed answers, and in what tone.
public struct ThemePeriodCounts: Sendable, Hashable, Codable {
    public var period: Period
    /// Analysed answers in the period (the theme's share is `mentions / texts`).
    public var texts: Int
    public var mentions: Int
    public var positive: Int
    public var negative: Int

    public init(period: Period, texts: Int, mentions: Int, positive: Int, negative: Int) {
        self.period = period
        self.texts = texts
        self.mentions = mentions
        self.positive = positive
        self.negative = negative
    }

    /// The share of answers mentioning the theme, with its Wilson interval; nil without answers.
    public var share: (value: Double, interval: Interval?)? {
        texts > 0 ? (Double(mentions) / Double(texts), ProportionStatistics.wilson(successes: mentions, n: texts)) : nil
    }
}
