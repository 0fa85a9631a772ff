/// The models measured side by side on one labelled set: the plain lexicon word-sum baseline, the built-in
/// model and, on request, the model learned from scores (trained on one half, tested on the other, both ways).
public struct SentimentComparison: Sendable {
    public struct Row: Sendable, Hashable {
        public let model: String
        public let evaluation: SentimentEvaluation
    }

    public let rows: [Row]
    /// How many texts the language identifier put in each language (`nil`: none of the five).
    public let languages: [Language?: Int]

    /// `language` nil identifies each text's language (as the product does); a language forces it.
    public init(dataset: SentimentDataset, language: Language?, learnHalves: Bool) {
        let identifier = LanguageIdentifier.shared
        let tokens = dataset.items.map { TextTokenizer.tokens(of: $0.text) }
        let detected: [Language?] = dataset.items.map { item in
            language ?? identifier.identify(item.text).language
        }
        var languages: [Language?: Int] = [:]
        for found in detected { languages[found, default: 0] += 1 }
        self.languages = languages
        func run(_ model: (Language) -> SentimentAnalyzer) -> [SentimentReading] {
            var analysers: [Language: SentimentAnalyzer] = [:]
            return tokens.indices.map { index in
                let chosen = detected[index] ?? .en
                if analysers[chosen] == nil { analysers[chosen] = model(chosen) }
                return analysers[chosen]!.analyse(tokens[index])
            }
        }
        let baseline = run(SentimentAnalyzer.wordSum)
        let builtIn = run(SentimentAnalyzer.builtIn)
        var rows = [
            Row(
                model: "plain word-sum",
                evaluation: SentimentEvaluation(
                    gold: dataset.items, predicted: baseline.map(\.overall), hits: baseline.map(\.hits),
                    binary: dataset.isBinary)),
            Row(
                model: "built-in",
                evaluation: SentimentEvaluation(
                    gold: dataset.items, predicted: builtIn.map(\.overall), hits: builtIn.map(\.hits),
                    binary: dataset.isBinary)),
        ]
        if learnHalves {
            rows.append(Self.learnedHalves(dataset: dataset, tokens: tokens, detected: detected, builtIn: builtIn))
        }
        self.rows = rows
    }

    /// Trains on the even-numbered texts and tests on the odd ones, then the other way round, and measures
    /// all predictions together. Neutral texts are left out of training (the model learns a sign).
    private static func learnedHalves(
        dataset: SentimentDataset, tokens: [[TextToken]], detected: [Language?], builtIn: [SentimentReading]
    ) -> Row {
        var predicted = [Sentiment](repeating: .neutral, count: dataset.items.count)
        for half in 0..<2 {
            let train = dataset.items.indices.filter { $0 % 2 == half }
            let test = dataset.items.indices.filter { $0 % 2 != half }
            var byLanguage: [Language: [LearnedSentimentModel.Example]] = [:]
            for index in train where dataset.items[index].label != .neutral {
                byLanguage[detected[index] ?? .en, default: []].append(
                    LearnedSentimentModel.Example(
                        tokens: tokens[index], isPositive: dataset.items[index].label == .positive,
                        builtInScore: builtIn[index].overall.score))
            }
            var models: [Language: LearnedSentimentModel] = [:]
            for (language, examples) in byLanguage {
                models[language] = LearnedSentimentModel.train(examples, language: language)
            }
            for index in test {
                let language = detected[index] ?? .en
                guard let model = models[language] else {
                    predicted[index] = builtIn[index].overall
                    continue
                }
                predicted[index] = model.sentiment(tokens[index], builtInScore: builtIn[index].overall.score)
            }
        }
        return Row(
            model: "learned from scores (halves)",
            evaluation: SentimentEvaluation(
                gold: dataset.items, predicted: predicted, hits: builtIn.map { max($0.hits, 1) },
                binary: dataset.isBinary))
    }
}
