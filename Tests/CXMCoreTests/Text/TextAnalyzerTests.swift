import Foundation
import Testing

@testable import CXMCore

@Suite("Analysing an answer")
struct TextAnalyzerTests {
    let analyzer = TextAnalyzer()

    @Test("Language, sentiment, sentences and themes with their own sentiment")
    func whole() throws {
        let analysis = analyzer.analyse("Personalen var jättetrevlig. Men telefonkön var alldeles för lång!", prior: .sv)
        #expect(analysis.language == .sv)
        #expect(analysis.sentences.count == 2)
        let ids = analysis.themes.map(\.themeID)
        let staff = try #require(analysis.themes.first { $0.themeID == "staff" }, "themes: \(ids)")
        let waiting = try #require(analysis.themes.first { $0.themeID == "waiting" }, "themes: \(ids)")
        #expect(staff.sentiment.label == .positive)
        #expect(waiting.sentiment.label == .negative)
        let scalars = Array(analysis.analysedText.unicodeScalars)
        let words = waiting.spans.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(words.contains("telefonkön"))
    }

    @Test("A sub-theme's mention counts for its theme too")
    func parents() {
        let analysis = analyzer.analyse("I could not log in to the app with BankID.", language: .en)
        let ids = Set(analysis.themes.map(\.themeID))
        #expect(ids.contains("digital"), "\(ids)")
        #expect(ids.contains { $0.hasPrefix("digital.") }, "\(ids)")
    }

    @Test(
        "Bad input gets a sensible neutral result",
        arguments: [
            "", "   \n\t", "🙂🙃🙂🙃", "\u{0}\u{1}\u{2}\u{FFFD}\u{FFFD}", "1234 5678", "!!!???...",
            String(repeating: "Z̷̢͉a̴l̸g̶o̵ ", count: 200), "%PDF-1.4 \u{7F}\u{80}ÿþ",
        ])
    func badInput(_ text: String) {
        let analysis = analyzer.analyse(text, prior: .sv)
        #expect(analysis.sentiment.score >= -1 && analysis.sentiment.score <= 1)
        #expect(!analysis.truncated)
        if !text.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) {
            #expect(analysis.sentiment.label == .neutral)
        }
    }

    @Test("Over 20,000 characters is cut there, with a note")
    func long() {
        let text = String(repeating: "Bra service men lång kö. ", count: 2_000)
        let analysis = analyzer.analyse(text, prior: .sv)
        #expect(analysis.truncated)
        #expect(analysis.analysedText.unicodeScalars.count == TextAnalyzer.maximumLength)
        #expect(analysis.json(taxonomy: analyzer.matcher.taxonomy).contains("only its beginning was read"))
    }

    @Test("Mixed languages get the dominant one")
    func mixed() {
        let analysis = analyzer.analyse("Kundtjänsten var jättebra och snabb, tack så mycket! Great job.")
        #expect(analysis.language == .sv)
    }

    @Test("The JSON line carries language, sentiment and themes")
    func json() throws {
        let analysis = analyzer.analyse("The bill was far too expensive.", language: .en)
        let line = analysis.json(taxonomy: analyzer.matcher.taxonomy)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["language"] as? String == "en")
        #expect(object["sentiment"] as? String == "negative")
        let themes = try #require(object["themes"] as? [[String: Any]])
        #expect(themes.contains { ($0["id"] as? String) == "price" })
    }

    @Test("A learned model is used for its language once given")
    func learned() {
        let examples = (0..<200).map { index in
            LearnedSentimentModel.Example(
                tokens: TextTokenizer.tokens(of: index % 2 == 0 ? "smidigt" : "kaos"), isPositive: index % 2 == 0,
                builtInScore: 0)
        }
        let model = LearnedSentimentModel.train(examples, language: .sv)
        let analyzer = TextAnalyzer(learned: [.sv: model])
        let analysis = analyzer.analyse("Rena kaos", language: .sv)
        #expect(analysis.source == .learned)
        #expect(analysis.sentiment.label == .negative)
        #expect(analyzer.analyse("Pure chaos", language: .en).source == .builtIn)
    }
}
