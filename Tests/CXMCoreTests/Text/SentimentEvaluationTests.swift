import Foundation
import Testing

@testable import CXMCore

@Suite("Measuring sentiment against labels")
struct SentimentEvaluationTests {
    @Test("Spearman's rho with ties matches the textbook value")
    func spearman() {
        // Ranks of [1, 2, 2, 3] are [1, 2.5, 2.5, 4]; of [10, 20, 30, 40] are [1, 2, 3, 4]: rho = 0.9486833.
        #expect(abs(SentimentEvaluation.spearman([1, 2, 2, 3], [10, 20, 30, 40]) - 0.9486833) < 1e-6)
        #expect(SentimentEvaluation.spearman([1, 2, 3], [3, 2, 1]) == -1)
        #expect(SentimentEvaluation.spearman([1, 1, 1], [1, 2, 3]) == 0)
    }

    @Test("Accuracy and macro-F1 over the classes the labels use")
    func accuracyAndF1() throws {
        let data = try SentimentDataset(bytes: Array("text,label\na,pos\nb,pos\nc,neg\nd,neu\n".utf8), format: .csv)
        let predicted: [Sentiment] = [
            .init(label: .positive, score: 0.5), .init(label: .negative, score: -0.5),
            .init(label: .negative, score: -0.5), .init(label: .neutral, score: 0),
        ]
        let evaluation = SentimentEvaluation(gold: data.items, predicted: predicted, hits: [1, 1, 1, 0], binary: false)
        #expect(evaluation.accuracy == 0.75)
        // F1: positive 2/3, negative 2/3, neutral 1.
        #expect(abs(evaluation.macroF1 - (2.0 / 3 + 2.0 / 3 + 1) / 3) < 1e-9)
        #expect(evaluation.coverage == 0.75)
    }

    @Test(
        "Every dataset layout is read",
        arguments: [
            ("text,label\n\"Bra, tack\",pos\nDåligt,neg\n", SentimentDataset.Format.csv, [Sentiment.Label.positive, .negative]),
            ("1\tGod\r\n-2\tDårlig\r\n0\tOk\r\n", .tsv, [.positive, .negative, .neutral]),
            ("1_1\t-0.9\tbad\n1_2\t1.5\tgood\n", .tsv, [.negative, .positive]),
            (#"[{"text": "Fint", "label": "Positive"}, {"text": "Nej", "label": "Negative"}]"#, .json, [.positive, .negative]),
            ("{\"text\": \"a\", \"label\": 1}\n{\"text\": \"b\", \"label\": 0}\n", .jsonl, [.positive, .negative]),
            ("text,label\nhyvä,1\nhuono,0\n", .csv, [.positive, .negative]),
        ])
    func layouts(_ content: String, _ format: SentimentDataset.Format, _ labels: [Sentiment.Label]) throws {
        let data = try SentimentDataset(bytes: Array(content.utf8), format: format)
        #expect(data.items.map(\.label) == labels)
    }

    @Test("Latin-1 files are read as Latin-1")
    func latin1() throws {
        let bytes: [UInt8] = Array("1\t2\t".utf8) + [0x62, 0xE5, 0x74]  // "båt" in Latin-1
        let data = try SentimentDataset(bytes: bytes, format: .tsv)
        #expect(data.items.first?.text == "båt")
    }

    @Test(
        "Bad files are refused naming the problem",
        arguments: [
            ("words,label\na,pos\n", SentimentDataset.Format.csv, "no 'text' column"),
            ("text,label\na,maybe\n", .csv, "Line 2: 'maybe' is not a sentiment label"),
            ("{\"text\": 1}", .jsonl, "Line 1"), ("", .tsv, "no labelled texts"),
        ])
    func badFiles(_ content: String, _ format: SentimentDataset.Format, _ message: String) {
        do {
            _ = try SentimentDataset(bytes: Array(content.utf8), format: format)
            Issue.record("accepted a bad file")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }
}

@Suite("Sentiment learned from scores")
struct LearnedSentimentModelTests {
    /// Synthetic feedback in which "kaos" means unhappy and "smidigt" happy: words the lexicon does not know.
    private func examples(_ count: Int) -> [LearnedSentimentModel.Example] {
        (0..<count).map { index in
            let positive = index % 2 == 0
            let text = positive ? "Allt gick smidigt med flytten nummer \(index)" : "Rena kaos med flytten nummer \(index)"
            return .init(tokens: TextTokenizer.tokens(of: text), isPositive: positive, builtInScore: 0)
        }
    }

    @Test("It learns the company's own words, and the same data gives the same model")
    func learns() {
        let model = LearnedSentimentModel.train(examples(400), language: .sv)
        #expect(model.positiveExamples == 200 && model.negativeExamples == 200)
        #expect(model.sentiment(TextTokenizer.tokens(of: "smidigt"), builtInScore: 0).label == .positive)
        #expect(model.sentiment(TextTokenizer.tokens(of: "kaos igen"), builtInScore: 0).label == .negative)
        #expect(model == LearnedSentimentModel.train(examples(400), language: .sv))
    }

    @Test("Learned from one half of the translated Trustpilot reviews, it reaches 0.90 on the other half")
    func trustpilot() throws {
        let url = SentimentDevSets.folder.appendingPathComponent("en_trustpilot_mt_from_sv.csv")
        let data = try SentimentDataset(bytes: [UInt8](try Data(contentsOf: url)), format: .csv)
        let comparison = SentimentComparison(dataset: data, language: .en, learnHalves: true)
        let learned = try #require(comparison.rows.last)
        #expect(learned.evaluation.accuracy >= 0.90)
    }
}

/// The labelled sentiment sets next to the repository (never copied into it: their licences forbid it).
enum SentimentDevSets {
    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/data/sentiment-dev")
    }()

    static let sets: [(file: String, format: SentimentDataset.Format, language: Language)] = [
        ("sv_social_dev.csv", .csv, .sv), ("da_social_media.tsv", .tsv, .da), ("nb_norec_3class_dev.json", .json, .nb),
        ("nb_norec_binary_dev.json", .json, .nb), ("en_amazon_snippets.tsv", .tsv, .en),
        ("en_trustpilot_mt_from_sv.csv", .csv, .en),
    ]
}

@Suite("The built-in model beats the plain word-sum")
struct SentimentTargetTests {
    @Test(
        "On every development set: 5 accuracy points or 0.05 Spearman better than the word-sum",
        arguments: SentimentDevSets.sets.map(\.file))
    func target(_ file: String) throws {
        let set = try #require(SentimentDevSets.sets.first { $0.file == file })
        let bytes = [UInt8](try Data(contentsOf: SentimentDevSets.folder.appendingPathComponent(file)))
        let data = try SentimentDataset(bytes: bytes, format: set.format)
        let comparison = SentimentComparison(dataset: data, language: set.language, learnHalves: false)
        let baseline = comparison.rows[0].evaluation
        let builtIn = comparison.rows[1].evaluation
        #expect(
            builtIn.accuracy - baseline.accuracy >= 0.05 || builtIn.spearman - baseline.spearman >= 0.05,
            "accuracy \(baseline.accuracy) → \(builtIn.accuracy), Spearman \(baseline.spearman) → \(builtIn.spearman)")
    }
}

@Suite("The built-in model on the team's own sentences")
struct TeamSentenceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Customer feedback written for these tests (the team's, so shipped): three classes, and complaints and
    /// praise without classic sentiment words. Regression guards, optimistic as figures: the same team wrote
    /// the lexicon.
    @Test(
        "Each language's sentences are read right",
        arguments: Language.allCases.flatMap { [($0, "team_feedback", 0.9), ($0, "cx_phrases", 0.8)] })
    func sentences(_ language: Language, _ set: String, _ minimum: Double) throws {
        let url = Self.folder.appendingPathComponent("\(language.rawValue)_\(set).tsv")
        let data = try SentimentDataset(bytes: [UInt8](try Data(contentsOf: url)), format: .tsv)
        let comparison = SentimentComparison(dataset: data, language: language, learnHalves: false)
        let builtIn = comparison.rows[1].evaluation
        #expect(builtIn.accuracy >= minimum, "\(language) \(set): \(builtIn.accuracy)")
        #expect(builtIn.accuracy > comparison.rows[0].evaluation.accuracy)
    }
}
