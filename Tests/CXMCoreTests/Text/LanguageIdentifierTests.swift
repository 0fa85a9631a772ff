import Testing

@testable import CXMCore

@Suite("Language identification")
struct LanguageIdentifierTests {
    let identifier = LanguageIdentifier()

    @Test(
        "Short everyday sentences in each language",
        arguments: [
            ("Jag är jättenöjd med hur snabbt ni svarade.", Language.sv),
            ("Varför har ingen ringt tillbaka till mig?", .sv),
            ("Det fungerar inte efter uppdateringen.", .sv),
            ("Personalen var trevlig men kön var lång.", .sv),
            ("Jeg er rigtig glad for, at I hjalp mig så hurtigt.", .da),
            ("Hvorfor har ingen ringet tilbage til mig?", .da),
            ("Det virker ikke efter opdateringen.", .da),
            ("Pakken blev leveret af en meget venlig chauffør.", .da),
            ("Jeg er veldig fornøyd med at dere hjalp meg så raskt.", .nb),
            ("Hvorfor har ingen ringt meg tilbake?", .nb),
            ("Det fungerer ikke etter oppdateringen.", .nb),
            ("Pakken ble levert av en veldig hyggelig sjåfør.", .nb),
            ("Olen todella tyytyväinen nopeaan vastaukseen.", .fi),
            ("Miksi kukaan ei ole soittanut minulle takaisin?", .fi),
            ("Se ei toimi päivityksen jälkeen.", .fi),
            ("Henkilökunta oli mukavaa, mutta jono oli pitkä.", .fi),
            ("I'm really happy with how quickly you replied.", .en),
            ("Why has nobody called me back?", .en),
            ("It doesn't work since the update.", .en),
            ("The staff were nice but the queue was long.", .en),
        ] as [(String, Language)])
    func identifiesSentence(text: String, expected: Language) {
        let guess = identifier.identify(text)

        #expect(guess.language == expected)
        #expect(guess.confidence > 0.5)
    }

    @Test(
        "Danish and Norwegian bokmål told apart by their spelling",
        arguments: [
            ("Hvad synes du om den nye butik?", Language.da),
            ("Hva synes du om den nye butikken?", .nb),
            ("Jeg købte en bog i sidste uge.", .da),
            ("Jeg kjøpte ei bok forrige uke.", .nb),
            ("Det var meget bedre efter ombygningen.", .da),
            ("Det ble mye bedre etter ombyggingen.", .nb),
            ("Tak for hjælpen, I gjorde det rigtig godt.", .da),
            ("Takk for hjelpen, dere gjorde det riktig bra.", .nb),
        ] as [(String, Language)])
    func separatesDanishFromNorwegian(text: String, expected: Language) {
        #expect(identifier.identify(text).language == expected)
    }

    @Test(
        "A short or empty answer keeps the survey's language, with low confidence",
        arguments: [
            ("ok", Language.sv), ("Bra!", .da), ("Bra!", .nb), ("Tack!", .en), ("👍👍", .fi), ("", .sv),
            ("42", .en), ("!!! ???", .da), ("😡😡😡 1/10", .nb), ("Kiitos", .sv),
        ] as [(String, Language)])
    func shortTextKeepsPrior(text: String, prior: Language) {
        let guess = identifier.identify(text, prior: prior)

        #expect(guess.language == prior)
        #expect(guess.confidence < 0.5)
    }

    @Test("Without a prior, nothing to read means no language", arguments: ["", "🙂", "12345", "?!", "ok"])
    func nothingToReadWithoutPrior(text: String) {
        let guess = identifier.identify(text)

        #expect(guess.language == nil)
        #expect(guess.confidence == 0)
    }

    @Test("Binary junk and keyboard mashing keep the prior with low confidence")
    func garbageKeepsPrior() {
        let junk = String(decoding: (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) }, as: UTF8.self)
        for text in [junk, "asdfghjkl qwerty", "sdkjfh skdjfh ksjdhf", "\u{0}\u{1}\u{FFFD}\u{FFFD}"] {
            let guess = identifier.identify(text, prior: .da)

            #expect(guess.language == .da)
            #expect(guess.confidence <= 0.1)
        }
    }

    @Test(
        "A clear sentence beats the survey's language",
        arguments: [
            ("Jag är mycket nöjd med servicen och personalen.", Language.sv, Language.en),
            ("The delivery was late and nobody told me why.", .en, .sv),
            ("Toimitus myöhästyi, eikä kukaan kertonut miksi.", .fi, .sv),
            ("Leveringen var forsinket, og ingen fortalte mig hvorfor.", .da, .sv),
            ("Leveringen var forsinket, og ingen fortalte meg hvorfor.", .nb, .en),
        ] as [(String, Language, Language)])
    func clearTextBeatsPrior(text: String, expected: Language, prior: Language) {
        #expect(identifier.identify(text, prior: prior).language == expected)
    }

    @Test(
        "Other languages are none of the five, whatever the prior",
        arguments: [
            "Die Lieferung kam zwei Tage zu spät und niemand hat sich gemeldet.",
            "Ich bin mit dem Kundendienst überhaupt nicht zufrieden.",
            "Le colis est arrivé en retard et personne ne m'a prévenu.",
            "Je suis très contente de votre service, merci beaucoup.",
            "El pedido llegó tarde y nadie me avisó de nada.",
            "Estoy muy contento con la atención que recibí ayer.",
            "Это было не так хорошо, как я думал.",
            "思ったほど良くなかったです。",
        ])
    func otherLanguageIsNil(text: String) {
        #expect(identifier.identify(text).language == nil)
        #expect(identifier.identify(text, prior: .sv).language == nil)
    }

    @Test("Links, mentions, e-mail addresses, hashtag signs and digits are not read")
    func skipsLinksAndMentions() {
        let text =
            "@support https://www.example.com/the-best-service-and-the-worst-delivery www.shop.com "
            + "info@example.com #kundtjänst Tack för hjälpen, nu fungerar allt igen 100%"

        #expect(identifier.identify(text).language == .sv)
    }

    @Test("Mixed text goes to the language most of it is in")
    func mixedTextGoesToDominantLanguage() {
        let text = "Thanks! Jag är verkligen nöjd med hur snabbt ni löste problemet med min faktura."

        #expect(identifier.identify(text).language == .sv)
    }

    @Test("Decomposed letters read like composed ones")
    func decomposedLettersCount() {
        let composed = "Jag är så nöjd med allt på kontoret"
        let decomposed = "Jag a\u{308}r sa\u{30A} no\u{308}jd med allt pa\u{30A} kontoret"

        #expect(identifier.identify(decomposed) == identifier.identify(composed))
    }

    @Test("A very long text is read only up to its first 2,000 letters")
    func longTextReadsPrefixOnly() {
        let swedish = String(repeating: "Det här är en lång text om hur nöjd jag är med er. ", count: 60)
        let english = String(repeating: "This part is in English and should never be read at all. ", count: 520)
        let text = swedish + english

        let guess = identifier.identify(text)

        #expect(text.count > 30_000)
        #expect(guess.language == .sv)
        #expect(guess.confidence > 0.9)
    }

    @Test("A long text without spaces or letters does not hang")
    func longJunkEnds() {
        #expect(identifier.identify(String(repeating: "å", count: 40_000)).language == nil)
        #expect(identifier.identify(String(repeating: "🙂", count: 40_000), prior: .fi).language == .fi)
    }

    @Test("Confidence grows with the text")
    func confidenceGrowsWithLength() {
        let short = identifier.identify("Tack")
        let long = identifier.identify("Tack så mycket för att ni hjälpte mig så snabbt med fakturan igår.")

        #expect(short.confidence < long.confidence)
        #expect((0...1).contains(short.confidence))
        #expect(long.confidence > 0.9)
    }
}
