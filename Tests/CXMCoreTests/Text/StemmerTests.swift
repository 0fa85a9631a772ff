import Testing

@testable import CXMCore

@Suite("Stemmer: the forms of a word meet, different words stay apart")
struct StemmerTests {
    /// Forms of one word in one language, which must all get the same stem.
    struct Family: Sendable, CustomTestStringConvertible {
        let language: Language
        let words: [String]

        init(_ language: Language, _ words: String) {
            self.language = language
            self.words = words.split(separator: "/").map(String.init)
        }

        var testDescription: String { "\(language.rawValue): \(words.joined(separator: "/"))" }
    }

    /// Two words in one language that must keep different stems.
    struct Apart: Sendable, CustomTestStringConvertible {
        let language: Language
        let first: String
        let second: String

        init(_ language: Language, _ first: String, _ second: String) {
            self.language = language
            self.first = first
            self.second = second
        }

        var testDescription: String { "\(language.rawValue): \(first) ≠ \(second)" }
    }

    static let families: [Family] = [
        Family(.sv, "väntade/väntar/väntan/vänta/väntat"),
        Family(.sv, "väntetid/väntetiden"),
        Family(.sv, "dyr/dyrt/dyra"),
        Family(.sv, "personal/personalen"),
        Family(.sv, "trevlig/trevliga/trevligt"),
        Family(.sv, "faktura/fakturan/fakturor/fakturorna"),
        Family(.sv, "leverans/leveransen/leveranser"),
        Family(.sv, "kund/kunden/kunder/kunderna"),
        Family(.sv, "pris/priset/priser"),
        Family(.sv, "svar/svaret/svarade"),
        Family(.sv, "nöjd/nöjda/nöjt"),
        Family(.sv, "kvalitet/kvaliteten/kvaliteter"),
        Family(.sv, "snabb/snabbt/snabba/snabbare"),
        Family(.sv, "bemötande/bemött"),
        Family(.sv, "upplevelse/upplevelsen/upplevelser"),
        Family(.sv, "kundtjänst/kundtjänsten"),
        Family(.sv, "hjälpsam/hjälpsamma"),
        Family(.sv, "billig/billiga/billigt"),
        Family(.sv, "e-post/e-posten"),

        Family(.da, "venlig/venlige/venligt"),
        Family(.da, "kundeservice/kundeservicen"),
        Family(.da, "ventetid/ventetiden/ventetider"),
        Family(.da, "dyr/dyrt/dyre"),
        Family(.da, "pris/prisen/priser/priserne"),
        Family(.da, "hurtig/hurtigt/hurtige"),
        Family(.da, "god/godt/gode"),
        Family(.da, "faktura/fakturaen/fakturaer"),
        Family(.da, "vente/ventede/venter/ventet"),
        Family(.da, "kunde/kunder/kunden/kunderne"),
        Family(.da, "oplevelse/oplevelsen"),
        Family(.da, "tilfreds/tilfredse"),
        Family(.da, "medarbejder/medarbejderen/medarbejderne"),
        Family(.da, "pakke/pakken/pakker"),

        Family(.nb, "ventetid/ventetiden"),
        Family(.nb, "regning/regningen/regninger/regningene"),
        Family(.nb, "kundeservice/kundeservicen"),
        Family(.nb, "hjelpsom/hjelpsomme"),
        Family(.nb, "dyr/dyrt/dyre"),
        Family(.nb, "vennlig/vennlige"),
        Family(.nb, "vente/ventet/venter"),
        Family(.nb, "pris/prisen/priser/prisene"),
        Family(.nb, "god/godt/gode"),
        Family(.nb, "levert/levere/leverte"),
        Family(.nb, "rask/raskt/raske"),
        Family(.nb, "ansatt/ansatte"),
        Family(.nb, "hyggelig/hyggelige"),
        Family(.nb, "butikk/butikken/butikker"),
        Family(.nb, "kunde/kunder/kunden/kundene"),

        Family(.fi, "asiakaspalvelu/asiakaspalvelun/asiakaspalvelussa/asiakaspalvelua/asiakaspalveluun"),
        Family(.fi, "hinta/hinnan/hintaa/hinnat"),
        Family(.fi, "hyvä/hyvää/hyvin/hyviä"),
        Family(.fi, "nopea/nopeasti/nopeaa/nopeampi"),
        Family(.fi, "jono/jonossa/jonoa/jonoon"),
        Family(.fi, "lasku/laskun/laskussa/laskuja/laskujen/laskuissa"),
        Family(.fi, "tilaus/tilauksen/tilausta"),
        Family(.fi, "kiitos/kiitoksia"),
        Family(.fi, "ystävällinen/ystävällisesti/ystävällistä"),
        Family(.fi, "tuote/tuotteen/tuotteet"),
        Family(.fi, "henkilökunta/henkilökunnan"),
        Family(.fi, "kauppa/kaupan"),
        Family(.fi, "pankki/pankin"),
        Family(.fi, "asiakas/asiakkaan/asiakkaat"),

        Family(.en, "waiting/wait/waited/waits"),
        Family(.en, "stopped/stop/stopping"),
        Family(.en, "charged/charge/charging/charges"),
        Family(.en, "delivery/deliveries/delivered/deliver"),
        Family(.en, "hoping/hope/hoped"),
        Family(.en, "helpful/help/helpfulness"),
        Family(.en, "quickly/quick"),
        Family(.en, "happiness/happy/happily"),
        Family(.en, "information/inform"),
        Family(.en, "cancelled/cancel/cancellation"),
        Family(.en, "payment/pay/payments"),
        Family(.en, "services/service"),
        Family(.en, "using/used/use"),
        Family(.en, "replied/reply/replies"),
        Family(.en, "disappointed/disappointment/disappointing"),
        Family(.en, "easily/easy"),
    ]

    static let apart: [Apart] = [
        Apart(.sv, "bra", "brand"), Apart(.sv, "svar", "svart"), Apart(.sv, "bil", "billig"),
        Apart(.sv, "vän", "vänta"), Apart(.sv, "kund", "kunna"), Apart(.sv, "lång", "långsam"),
        Apart(.da, "kunde", "kunne"), Apart(.da, "venlig", "vente"), Apart(.da, "bil", "billig"),
        Apart(.da, "lang", "langsom"), Apart(.da, "svar", "svært"),
        Apart(.nb, "kunde", "kunne"), Apart(.nb, "vente", "venn"), Apart(.nb, "bil", "billig"),
        Apart(.nb, "lang", "langsom"), Apart(.nb, "svar", "svært"),
        Apart(.fi, "huono", "huone"), Apart(.fi, "lasku", "laskea"), Apart(.fi, "nopea", "nopeus"),
        Apart(.fi, "tuote", "tuoli"), Apart(.fi, "kallis", "kala"),
        Apart(.en, "new", "news"), Apart(.en, "hope", "hopping"), Apart(.en, "help", "helpless"),
        Apart(.en, "happy", "unhappy"), Apart(.en, "read", "ready"), Apart(.en, "part", "party"),
        Apart(.en, "care", "careless"),
    ]

    @Test("the forms of one word get one stem", arguments: families)
    func formsMeet(_ family: Family) {
        let stems = family.words.map { Stemmer.stem($0, language: family.language) }
        #expect(Set(stems).count == 1, "\(zip(family.words, stems).map { "\($0)→\($1)" })")
    }

    @Test("different words keep different stems", arguments: apart)
    func wordsStayApart(_ pair: Apart) {
        #expect(Stemmer.stem(pair.first, language: pair.language) != Stemmer.stem(pair.second, language: pair.language))
    }

    @Test(
        "stems are what the rules say",
        arguments: [
            (Language.sv, "väntade", "vänt"), (.sv, "väntetiden", "väntetid"), (.sv, "trevligt", "trev"),
            (.da, "kundeservicen", "kundeservic"), (.nb, "hjelpsomme", "hjelpsom"), (.fi, "hinnan", "hint"),
            (.fi, "asiakaspalvelussa", "asiakaspalvelu"), (.en, "stopped", "stop"), (.en, "charged", "charg"),
            (.en, "deliveries", "deliver"), (.en, "hoping", "hope"), (.en, "news", "news"),
        ])
    func exactStems(language: Language, word: String, stem: String) {
        #expect(Stemmer.stem(word, language: language) == stem)
    }

    @Test("words of three letters or fewer come back unchanged", arguments: Language.allCases)
    func shortWordsUnchanged(language: Language) {
        let words = ["bra", "dyr", "tid", "kö", "god", "maa", "yö", "the", "was", "bus", "cry", "gas", "ies", "a", ""]
        for word in words {
            #expect(Stemmer.stem(word, language: language) == word)
        }
    }

    @Test("hyphenated compounds are stemmed on their last part", arguments: Language.allCases)
    func hyphenatedCompounds(language: Language) {
        for word in ["e-post", "e-posten", "e-mail", "e-mails", "wi-fi", "kund-", "-en", "--", "a-b-c-d", "e-"] {
            let stem = Stemmer.stem(word, language: language)
            #expect(!stem.isEmpty)
            #expect(stem.hasPrefix(word.prefix(2)), "\(word) → \(stem)")
        }
        #expect(Stemmer.stem("e-posten", language: .sv) == "e-post")
        #expect(Stemmer.stem("e-mails", language: .en) == "e-mail")
        #expect(Stemmer.stem("kund-", language: .sv) == "kund-")
    }

    @Test("words without vowels and words in other scripts pass through", arguments: Language.allCases)
    func passThrough(language: Language) {
        let words = ["brrrr", "hmmm", "pffft", "psst", "привет", "спасибо", "ευχαριστώ", "ありがとう", "šnorkkelissa"]
        for word in words {
            #expect(Stemmer.stem(word, language: language) == word)
        }
    }

    @Test("stems are never empty and never longer than the word", arguments: Language.allCases)
    func neverEmpty(language: Language) {
        let pieces = [
            "a", "e", "i", "s", "t", "n", "ä", "ø", "-", "'", "ly", "ing", "ed", "ies", "ssa", "en", "et", "het",
            "kin", "lig", "ment",
        ]
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let word = first + second + third
                    let stem = Stemmer.stem(word, language: language)
                    #expect(!stem.isEmpty, "\(word)")
                    #expect(stem.unicodeScalars.count <= word.unicodeScalars.count, "\(word) → \(stem)")
                }
            }
        }
    }
}
