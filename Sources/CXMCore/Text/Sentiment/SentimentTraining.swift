/// Learning sentiment from a workspace's own scored answers, per language, and deciding whether to use it.
///
/// An open-text answer given beside a score gets the score's sign: NPS 9–10 positive and 0–6 negative, CSAT and
/// ratings 4–5 and 1–2, CES 6–7 and 1–3, NKI items 8–10 and 1–4; the middle teaches nothing and is left out. A
/// language needs `minimumExamples` of each sign. Every fifth example is held back; a model learned from the
/// rest is measured on them against the built-in model, and the language uses its learned model only when it
/// reads the held-back answers better. The model kept is then learned from all examples.
public enum SentimentTraining {
    public static let minimumExamples = 100

    /// One scored open-text answer.
    public struct Example: Sendable {
        public let text: String
        public let language: Language
        public let isPositive: Bool

        public init(text: String, language: Language, isPositive: Bool) {
            self.text = text
            self.language = language
            self.isPositive = isPositive
        }
    }

    /// What learning found for one language.
    public struct Outcome: Sendable {
        public let language: Language
        public let positive: Int
        public let negative: Int
        /// Accuracy on the held-back answers; nil when there were too few examples to learn.
        public let learnedAccuracy: Double?
        public let builtInAccuracy: Double?
        public let tested: Int
        /// The model learned from all examples; nil with too few.
        public let model: LearnedSentimentModel?

        /// Whether the learned model reads better than the built-in one.
        public var inUse: Bool {
            guard let learned = learnedAccuracy, let builtIn = builtInAccuracy, model != nil else { return false }
            return learned > builtIn
        }
    }

    /// The sign a score gives an answer beside it, or nil for the undecided middle.
    public static func sign(kind: ScoreKind, score: Int) -> Bool? {
        switch kind {
        case .nps: score >= 9 ? true : score <= 6 ? false : nil
        case .csat, .rating: score >= 4 ? true : score <= 2 ? false : nil
        case .ces: score >= 6 ? true : score <= 3 ? false : nil
        case .nkiOverall, .nkiExpectations, .nkiIdeal: score >= 8 ? true : score <= 4 ? false : nil
        case .nkiIndex: nil
        }
    }

    /// Which score decides when a response has several: the first kind in this list it has.
    public static let preference: [ScoreKind] = [.nps, .csat, .ces, .rating, .nkiOverall]

    /// Learns per language; languages without examples are left out.
    public static func learn(_ examples: [Example]) -> [Outcome] {
        let byLanguage = Dictionary(grouping: examples, by: \.language)
        return Language.allCases.compactMap { language in
            guard let examples = byLanguage[language], !examples.isEmpty else { return nil }
            return learn(examples, language: language)
        }
    }

    static func learn(_ examples: [Example], language: Language) -> Outcome {
        let positive = examples.count { $0.isPositive }
        let negative = examples.count - positive
        guard positive >= minimumExamples, negative >= minimumExamples else {
            return Outcome(
                language: language, positive: positive, negative: negative, learnedAccuracy: nil, builtInAccuracy: nil,
                tested: 0, model: nil)
        }
        let analyzer = SentimentAnalyzer.builtIn(language)
        let prepared = examples.map { example -> LearnedSentimentModel.Example in
            let tokens = TextTokenizer.tokens(of: String(example.text.unicodeScalars.prefix(TextAnalyzer.maximumLength)))
            return LearnedSentimentModel.Example(
                tokens: tokens, isPositive: example.isPositive, builtInScore: analyzer.analyse(tokens).overall.score)
        }
        let held = prepared.indices.filter { $0 % 5 == 4 }
        let training = prepared.indices.filter { $0 % 5 != 4 }.map { prepared[$0] }
        let trial = LearnedSentimentModel.train(training, language: language)
        var learnedRight = 0
        var builtInRight = 0
        for index in held {
            let example = prepared[index]
            let learned = trial.probability(example.tokens, builtInScore: example.builtInScore) >= 0.5
            if learned == example.isPositive { learnedRight += 1 }
            // The built-in model's sign; a text it finds no sentiment in counts as wrong.
            if example.builtInScore != 0 && (example.builtInScore > 0) == example.isPositive { builtInRight += 1 }
        }
        let tested = held.count
        return Outcome(
            language: language, positive: positive, negative: negative,
            learnedAccuracy: tested > 0 ? Double(learnedRight) / Double(tested) : nil,
            builtInAccuracy: tested > 0 ? Double(builtInRight) / Double(tested) : nil, tested: tested,
            model: LearnedSentimentModel.train(prepared, language: language))
    }
}
