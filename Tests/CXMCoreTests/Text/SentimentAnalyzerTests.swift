import Testing

@testable import CXMCore

@Suite("Built-in sentiment")
struct SentimentAnalyzerTests {
    private func sentiment(_ text: String, _ language: Language) -> Sentiment {
        SentimentAnalyzer.builtIn(language).analyse(TextTokenizer.tokens(of: text)).overall
    }

    @Test(
        "Plain praise and complaint",
        arguments: [
            ("Mycket bra service och trevlig personal.", Language.sv, Sentiment.Label.positive),
            ("Dålig service och otrevlig personal.", .sv, .negative),
            ("Rigtig god service, tak.", .da, .positive),
            ("Elendig kundeservice.", .da, .negative),
            ("Veldig fornøyd med hjelpen.", .nb, .positive),
            ("Dårlig dekning og treg hjelp.", .nb, .negative),
            ("Erittäin hyvä ja nopea palvelu.", .fi, .positive),
            ("Huono palvelu ja pitkä jono.", .fi, .negative),
            ("Great service, very helpful staff.", .en, .positive),
            ("Terrible service and rude staff.", .en, .negative),
            ("Jag ringde i tisdags.", .sv, .neutral),
        ])
    func plain(_ text: String, _ language: Language, _ expected: Sentiment.Label) {
        #expect(sentiment(text, language).label == expected)
    }

    @Test(
        "Negation flips what it governs, before or after the word",
        arguments: [
            ("Det var inte bra.", Language.sv), ("Appen fungerar inte.", .sv), ("Det var ikke godt.", .da),
            ("Det var ikke bra.", .nb), ("Palvelu ei ollut hyvä.", .fi), ("It was not good.", .en),
        ])
    func negation(_ text: String, _ language: Language) {
        #expect(sentiment(text, language).label == .negative)
    }

    @Test("A negated complaint is milder than the complaint, not praise")
    func negatedNegative() {
        let plain = sentiment("It was bad.", .en).score
        let negated = sentiment("It was not bad.", .en).score
        #expect(negated > plain)
        #expect(negated < sentiment("It was good.", .en).score)
    }

    @Test(
        "After a contrast word the second clause outweighs the first",
        arguments: [
            ("Trevlig personal men alldeles för dyrt och krångligt.", Language.sv),
            ("Good staff but the waiting was awful.", .en),
            ("Hyvä palvelu mutta todella kallis ja hidas.", .fi),
        ])
    func contrast(_ text: String, _ language: Language) {
        #expect(sentiment(text, language).label == .negative)
    }

    @Test("Intensifiers, capitals and exclamation marks strengthen; softeners weaken")
    func intensity() {
        #expect(sentiment("very good", .en).score > sentiment("good", .en).score)
        #expect(sentiment("slightly good", .en).score < sentiment("good", .en).score)
        #expect(sentiment("it was GOOD", .en).score > sentiment("it was good", .en).score)
        #expect(sentiment("Good!!", .en).score > sentiment("Good.", .en).score)
        #expect(sentiment("jättebra", .sv).score > 0)
    }

    @Test("Emoji and emoticons carry sentiment")
    func emoji() {
        #expect(sentiment("Tack 👍", .sv).label == .positive)
        #expect(sentiment("😡😡", .da).label == .negative)
        #expect(sentiment("Ok :(", .en).label == .negative)
    }

    @Test("Each sentence gets its own sentiment with its place in the text")
    func sentences() {
        let text = "Personalen var jättetrevlig. Men kön var hemsk!"
        let reading = SentimentAnalyzer.builtIn(.sv).analyse(TextTokenizer.tokens(of: text))
        #expect(reading.sentences.map(\.sentiment.label) == [.positive, .negative])
        #expect(reading.sentences.map(\.start) == [0, 29])
    }

    @Test("The word-sum baseline adds lexicon values without rules")
    func baseline() {
        let tokens = TextTokenizer.tokens(of: "not good")
        let baseline = SentimentAnalyzer.wordSum(.en).analyse(tokens)
        #expect(baseline.overall.label == .positive)
        #expect(SentimentAnalyzer.builtIn(.en).analyse(tokens).overall.label == .negative)
    }
}
