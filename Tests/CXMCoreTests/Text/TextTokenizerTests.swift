import Testing

@testable import CXMCore

@Suite("Tokenising open text")
struct TextTokenizerTests {
    private func words(_ text: String) -> [String] {
        TextTokenizer.tokens(of: text).filter { $0.kind == .word }.map(\.text)
    }

    @Test(
        "Words are lowercased and keep Nordic letters, hyphens and apostrophes",
        arguments: [
            ("Väntetiden i TELEFONKÖN var lång", ["väntetiden", "i", "telefonkön", "var", "lång"]),
            ("Æbler, ØL og Åer", ["æbler", "øl", "og", "åer"]),
            ("Skicka e-post, don't wait", ["skicka", "e-post", "don't", "wait"]),
            ("It’s fine", ["it's", "fine"]),
            ("4G och 5G-nätet", ["4g", "och", "5g-nätet"]),
            ("Asiakaspalvelussa oli jonoa", ["asiakaspalvelussa", "oli", "jonoa"]),
        ])
    func words(_ text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("Addresses, e-mails and mentions are links; a hashtag keeps its word")
    func links() {
        let tokens = TextTokenizer.tokens(of: "Se https://example.com/a?b=1. Mejla kund@example.se eller @support #fail")
        #expect(tokens.filter { $0.kind == .link }.map(\.text) == ["https://example.com/a?b=1", "kund@example.se", "@support"])
        #expect(tokens.filter { $0.kind == .word }.map(\.text) == ["se", "mejla", "eller", "fail"])
        #expect(tokens.contains { $0.kind == .sentenceEnd && $0.text == "." })
    }

    @Test("Numbers keep their separators; sentence marks collapse and are kept for counting")
    func numbersAndSentences() {
        let tokens = TextTokenizer.tokens(of: "Det kostade 1.299,50 kr!!! Aldrig mer?\n\nNej")
        #expect(tokens.filter { $0.kind == .number }.map(\.text) == ["1.299,50"])
        #expect(tokens.filter { $0.kind == .sentenceEnd }.map(\.text) == ["!!!", "?"])
    }

    @Test("Emoji with modifiers are one token; emoticons stand alone")
    func emoji() {
        let tokens = TextTokenizer.tokens(of: "Toppen 👍🏽❤️ :) men 👨‍👩‍👧 ok:)")
        #expect(tokens.filter { $0.kind == .emoji }.map(\.text) == ["👍", "❤", "👨"])
        #expect(tokens.filter { $0.kind == .emoticon }.map(\.text) == [":)"])
    }

    @Test("Capitals inside normal text are emphasis; an all-capitals text is not")
    func emphasis() {
        #expect(TextTokenizer.tokens(of: "it was TERRIBLE").map(\.isEmphasised) == [false, false, true])
        #expect(TextTokenizer.tokens(of: "TERRIBLE SERVICE").allSatisfy { !$0.isEmphasised })
    }

    @Test("Offsets point into the text in Unicode scalars")
    func offsets() {
        let text = "Bra 😀 personal"
        let scalars = Array(text.unicodeScalars)
        let word = TextTokenizer.tokens(of: text).last!
        #expect(String(String.UnicodeScalarView(scalars[word.start..<word.end])) == "personal")
    }

    @Test(
        "Garbage never crashes",
        arguments: [
            "", " ", "\u{0}\u{1}\u{FFFD}\u{FFFF}", String(repeating: "Z̷̢͉a̴l̸g̶o̵", count: 50), "🙂🙂🙂", "....!!!???",
            "\u{200D}\u{FE0F}", "@", "http://", "a-", "-a", "'", "1,", ",1", "x@",
        ])
    func garbage(_ text: String) {
        let tokens = TextTokenizer.tokens(of: text)
        let count = text.unicodeScalars.count
        #expect(tokens.allSatisfy { $0.start >= 0 && $0.end <= count && $0.start < $0.end })
    }
}
