import ArgumentParser
import CXMCore
import Foundation

/// `cxm text analyze` and `cxm text evaluate`: open-text analytics on the command line, no server or store.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Read language, sentiment and themes from open text, and measure the sentiment models.",
        subcommands: [Analyze.self, Evaluate.self])

    /// `--language auto|sv|da|nb|fi|en`.
    enum LanguageChoice: ExpressibleByArgument, Equatable {
        case auto
        case fixed(Language)

        init?(argument: String) {
            if argument.lowercased() == "auto" {
                self = .auto
            } else if let language = Language(code: argument) {
                self = .fixed(language)
            } else {
                return nil
            }
        }

        static let help = "auto (identify each text's language), sv, da, nb, fi or en."

        var forced: Language? {
            if case .fixed(let language) = self { language } else { nil }
        }
    }

    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Analyse one text per line of standard input; write one JSON object per line.",
            discussion: """
                A line is either plain text or a JSON object with a "text" field (and optionally "language", the \
                respondent's chosen language, used as a prior). Each output line holds "language", \
                "language_confidence", "sentiment" (positive, neutral or negative), "score" (−1…1), the sentences \
                with their sentiment and the themes of the default taxonomy with the words that matched. A line \
                that cannot be read gets {"line": N, "error": "…"} and the rest go on. Texts over 20,000 \
                characters are cut there, with a note.
                """)

        @Option(help: ArgumentHelp("The texts' language: \(LanguageChoice.help)", valueName: "language"))
        var language: LanguageChoice = .auto

        @Option(help: ArgumentHelp("A language to prefer when a text is too short to tell.", valueName: "language"))
        var prior: String?

        @Flag(help: "Print to standard error how many answers a second the analysis did (one core).")
        var timing = false

        func validate() throws {
            if let prior, Language(code: prior) == nil {
                throw ValidationError("--prior '\(prior)' is not a language; use sv, da, nb, fi or en.")
            }
        }

        func run() throws {
            let analyzer = TextAnalyzer()
            let taxonomy = analyzer.matcher.taxonomy
            let defaultPrior = prior.flatMap(Language.init(code:))
            var output = ""
            output.reserveCapacity(1 << 16)
            var analysed = 0
            var failures = 0
            var spent = Duration.zero
            var lineNumber = 0
            let clock = ContinuousClock()
            while let line = Swift.readLine(strippingNewline: true) {
                lineNumber += 1
                var text = line
                var linePrior = defaultPrior
                if line.first == "{" {
                    switch Self.jsonLine(line) {
                    case .success(let (body, chosen)):
                        text = body
                        linePrior = chosen ?? defaultPrior
                    case .failure(let problem):
                        failures += 1
                        var writer = JSONText()
                        writer.object { fields in
                            fields.field("line") { $0.int(lineNumber) }
                            fields.field("error") { $0.string(problem.message) }
                        }
                        output += writer.text + "\n"
                        continue
                    }
                }
                let start = clock.now
                let analysis = analyzer.analyse(text, prior: linePrior, language: language.forced)
                spent += clock.now - start
                analysed += 1
                output += analysis.json(taxonomy: taxonomy)
                output += "\n"
                if output.utf8.count >= 1 << 16 {
                    FileHandle.standardOutput.write(Data(output.utf8))
                    output.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
            if timing {
                let seconds = Double(spent.components.seconds) + Double(spent.components.attoseconds) / 1e18
                let rate = seconds > 0 ? Double(analysed) / seconds : 0
                FileHandle.standardError.write(
                    Data("analysed \(analysed) answers in \(seconds) s of analysis: \(Int(rate)) answers/s\n".utf8))
            }
            if failures > 0 {
                FileHandle.standardError.write(Data("\(failures) line(s) could not be read; see their \"error\".\n".utf8))
                throw ExitCode(1)
            }
        }

        struct LineProblem: Error {
            let message: String
        }

        static func jsonLine(_ line: String) -> Result<(String, Language?), LineProblem> {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return .failure(
                    LineProblem(
                        message: "The line starts with { but is not a JSON object; write plain text or {\"text\": \"…\"}."))
            }
            guard let text = object["text"] as? String else {
                return .failure(LineProblem(message: "The object has no string \"text\"; add the answer as \"text\"."))
            }
            var chosen: Language?
            if let code = object["language"] as? String {
                guard let language = Language(code: code) else {
                    return .failure(LineProblem(message: "\"language\": '\(code)' is not sv, da, nb, fi or en."))
                }
                chosen = language
            }
            return .success((text, chosen))
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the sentiment models against a file of labelled texts.",
            discussion: """
                Prints accuracy, macro-F1, Spearman's rank correlation and coverage (share of texts with any \
                sentiment word) for the plain lexicon word-sum (the public lexicon alone, no rules) and for the \
                built-in model, and with --learn for a model learned from the file's own labels (trained on one \
                half, tested on the other, both ways). Labels: pos/neu/neg, positive/neutral/negative, numbers \
                (their sign; a file of only 0 and 1 is negative/positive) or true/false. On a file without \
                neutral labels a prediction is read by its score's sign.
                """)

        @Option(help: ArgumentHelp("The labelled file.", valueName: "path"))
        var dataset: String

        @Option(
            help: ArgumentHelp(
                "csv (header with text and label), tsv (…<TAB>label<TAB>text), json (array of {text, label}) or "
                    + "jsonl; by default from the file's extension.",
                valueName: "format"))
        var format: String?

        @Option(help: ArgumentHelp("The texts' language: \(LanguageChoice.help)", valueName: "language"))
        var language: LanguageChoice = .auto

        @Flag(help: "Also train the learned-from-scores model on one half and test it on the other.")
        var learn = false

        @Flag(help: "Write the figures as one JSON object instead of a table.")
        var json = false

        func resolvedFormat() throws -> SentimentDataset.Format {
            let name = format ?? URL(fileURLWithPath: dataset).pathExtension.lowercased()
            guard let format = SentimentDataset.Format(rawValue: name.lowercased()) else {
                let choices = SentimentDataset.Format.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError(
                    format == nil
                        ? "Cannot tell the format from '\(dataset)'; give --format (\(choices))."
                        : "--format '\(name)' is not one of \(choices).")
            }
            return format
        }

        func validate() throws { _ = try resolvedFormat() }

        func run() throws {
            guard let contents = FileManager.default.contents(atPath: dataset) else {
                throw ValidationError("Cannot read '\(dataset)'; check the path.")
            }
            let data: SentimentDataset
            do {
                data = try SentimentDataset(bytes: [UInt8](contents), format: try resolvedFormat())
            } catch {
                throw ValidationError("\(dataset): \(error)")
            }
            let comparison = SentimentComparison(dataset: data, language: language.forced, learnHalves: learn)
            print(json ? Self.json(comparison, data: data) : Self.table(comparison, data: data, name: dataset))
        }

        static func counts(_ data: SentimentDataset) -> (Int, Int, Int) {
            (
                data.items.count { $0.label == .positive }, data.items.count { $0.label == .neutral },
                data.items.count { $0.label == .negative }
            )
        }

        static func table(_ comparison: SentimentComparison, data: SentimentDataset, name: String) -> String {
            let (positive, neutral, negative) = counts(data)
            let languages = comparison.languages.sorted { $0.value > $1.value }
                .map { "\($0.key?.rawValue ?? "other") \($0.value)" }.joined(separator: ", ")
            var lines = [
                "\((name as NSString).lastPathComponent): \(data.items.count) texts (\(positive) positive, \(neutral) "
                    + "neutral, \(negative) negative\(data.isBinary ? "; binary" : "")); languages: \(languages)",
                "model".padding(toLength: 30, withPad: " ", startingAt: 0) + "accuracy  macro-F1  Spearman  coverage",
            ]
            func cell(_ value: Double) -> String {
                String(format: "%.3f", value).padding(toLength: 10, withPad: " ", startingAt: 0)
            }
            for row in comparison.rows {
                let e = row.evaluation
                lines.append(
                    row.model.padding(toLength: 30, withPad: " ", startingAt: 0) + cell(e.accuracy) + cell(e.macroF1)
                        + cell(e.spearman) + cell(e.coverage))
            }
            if comparison.rows.count >= 2 {
                let base = comparison.rows[0].evaluation
                let model = comparison.rows[1].evaluation
                lines.append(
                    String(
                        format: "built-in vs word-sum: %+.1f accuracy points, %+.3f Spearman",
                        (model.accuracy - base.accuracy) * 100, model.spearman - base.spearman))
            }
            return lines.joined(separator: "\n")
        }

        static func json(_ comparison: SentimentComparison, data: SentimentDataset) -> String {
            let (positive, neutral, negative) = counts(data)
            var writer = JSONText()
            writer.object { fields in
                fields.field("texts") { $0.int(data.items.count) }
                fields.field("positive") { $0.int(positive) }
                fields.field("neutral") { $0.int(neutral) }
                fields.field("negative") { $0.int(negative) }
                fields.field("models") { writer in
                    writer.array(comparison.rows) { writer, row in
                        writer.object { fields in
                            fields.field("model") { $0.string(row.model) }
                            fields.field("accuracy") { $0.double(row.evaluation.accuracy) }
                            fields.field("macro_f1") { $0.double(row.evaluation.macroF1) }
                            fields.field("spearman") { $0.double(row.evaluation.spearman) }
                            fields.field("coverage") { $0.double(row.evaluation.coverage) }
                        }
                    }
                }
            }
            return writer.text
        }
    }
}
