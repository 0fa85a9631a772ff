import Foundation
import Testing

@testable import CXMCore

@Suite("Discovering candidate themes")
struct ThemeDiscoveryTests {
    private static let analyzer = TextAnalyzer(taxonomy: .standard)

    /// An answer with the themes the default taxonomy finds in it.
    private static func answer(
        _ id: String, _ text: String, _ language: Language, _ sentiment: Sentiment.Label = .neutral
    ) -> ThemeDiscovery.Answer {
        let themes = analyzer.analyse(text, language: language).themes.map(\.themeID)
        return ThemeDiscovery.Answer(id: id, text: text, language: language, sentiment: sentiment, themeIDs: themes)
    }

    /// Sentences about topics the default taxonomy covers (queue, invoice, staff, app, network, …).
    private static let coveredSwedish = [
        "Telefonkön var alldeles för lång.", "Fakturan var högre än vanligt.",
        "Jag fick vänta länge i telefonkön.",
        "Fakturan stämde inte med avtalet.", "Personalen i butiken var trevlig.", "Appen kraschar när jag loggar in.",
        "Kundtjänsten svarade snabbt och vänligt.", "Priset är för högt för det man får.", "Täckningen hemma är dålig.",
        "Teknikern kom i tid och var proffsig.", "Leveransen av routern var snabb.", "Det var svårt att förstå fakturan.",
        "Bra bemötande i butiken.", "Inloggningen med BankID strular ofta.", "Hemsidan är rörig och svår att navigera.",
        "Fick hjälp direkt i chatten.", "Uppsägningen gick smidigt.", "Internet är segt på kvällarna.",
        "Avgifterna på fakturan var otydliga.", "Mycket nöjd med personalen.",
    ]

    /// Moving broadband to a new home: not a theme of the default taxonomy (only its "bredband" is).
    private static let movingSwedish = [
        "Flytten av bredbandet tog tre veckor.", "Jag flyttade i mars och bredbandet följde inte med.",
        "Vid flytten tappade jag bredbandet helt.", "Flytt av bredband till nya lägenheten var krångligt.",
        "Krångligt att flytta bredbandet till nya adressen.", "Efter flytten fungerade bredbandet inte på en vecka.",
        "Anmälde flytt i god tid men bredbandet kopplades inte om.",
        "Flyttade i somras och väntar fortfarande på bredbandet.", "Flytten av bredbandet sköttes dåligt.",
        "Bredbandet kom igång först en månad efter att vi flyttat.",
    ]

    /// 200 Swedish answers, 30 of them (negative) about moving broadband.
    private static let swedish: [ThemeDiscovery.Answer] = (0..<200).map { index in
        let covered = coveredSwedish[(index * 7) % coveredSwedish.count]
        if index % 20 < 3 {
            let moving = movingSwedish[(index / 20 + index % 20 * 10) % movingSwedish.count]
            return answer("sv-\(index)", moving + " " + covered, .sv, .negative)
        }
        let second = coveredSwedish[(index * 3 + index / 20) % coveredSwedish.count]
        return answer("sv-\(index)", covered + " " + second, .sv, index % 3 == 0 ? .negative : .positive)
    }

    /// 40 Finnish answers, 12 about moving house ("muutto") and the rest about covered topics.
    private static let finnish: [ThemeDiscovery.Answer] = {
        let moving = [
            "Muutto sujui, mutta netti ei toiminut uudessa asunnossa.", "Muuton yhteydessä liittymä katkesi viikoksi.",
            "Muuttoa varten tilasin uuden liittymän ajoissa.", "Muuton jälkeen mikään ei toiminut.",
        ]
        let covered = [
            "Asiakaspalvelu oli ystävällinen.", "Lasku oli liian suuri.", "Jonossa piti odottaa pitkään.",
            "Sovellus kaatuu jatkuvasti.", "Kuuluvuus on huono mökillä.", "Hinta on kohtuullinen.",
            "Asentaja tuli ajallaan.", "Myyjä oli todella avulias.",
        ]
        return (0..<40).map { index in
            let text =
                index % 10 < 3
                ? moving[index % moving.count] + " " + covered[index % covered.count]
                : covered[index % covered.count] + " " + covered[(index / 3) % covered.count]
            return answer("fi-\(index)", text, .fi, index % 2 == 0 ? .negative : .positive)
        }
    }()

    /// English answers about covered topics, `mentions` of them also about loyalty points.
    private static func english(mentions: Int) -> [ThemeDiscovery.Answer] {
        let covered = [
            "The phone queue was far too long.", "My bill was wrong again.", "Friendly staff in the store.",
            "The app crashes when I log in.", "Coverage at home is poor.", "The technician came on time.",
        ]
        let loyalty = [
            "I would like my loyalty points back.", "Where did all the loyalty points go?",
            "The loyalty points expired without warning.",
        ]
        return (0..<30).map { index in
            index < mentions
                ? answer("en-\(index)", loyalty[index % loyalty.count], .en, .negative)
                : answer("en-\(index)", covered[index % covered.count], .en, .positive)
        }
    }

    @Test("An uncovered topic tops the list with a pattern for all its forms; covered topics never appear")
    func uncoveredTopic() throws {
        let matcher = ThemeMatcher(taxonomy: .standard)
        let variants = ["flytt", "flytten", "flyttade", "flytta", "flyttat"]
        #expect(matcher.matches(in: TextTokenizer.tokens(of: variants.joined(separator: " ")), language: .sv).isEmpty)

        let found = ThemeDiscovery.candidates(in: Self.swedish, taxonomy: .standard)
        let top = try #require(found.first, "no candidates")
        #expect(top.language == .sv)
        #expect(top.phrase.hasPrefix("flytt"), "\(found.map(\.phrase))")
        #expect(top.count == 30)
        let pattern = try ThemePattern(top.pattern)
        for variant in variants {
            #expect(pattern.words.first?.matches(variant) == true, "\(top.pattern) misses \(variant)")
        }
        #expect(top.negativeShare == 1)
        #expect(top.negativeLift > 1)
        #expect(top.exampleIDs.count == 5)
        for candidate in found {
            #expect(!candidate.phrase.contains("telefonkö") && !candidate.phrase.contains("faktura"))
            #expect(matcher.matches(in: TextTokenizer.tokens(of: candidate.phrase), language: .sv).isEmpty)
            #expect(throws: Never.self) { try ThemePattern(candidate.pattern) }
        }
    }

    @Test("A dismissed phrase stays out, also when dismissed in another inflection")
    func dismissed() {
        func movingPhrases(_ dismissed: Set<String>) -> [String] {
            ThemeDiscovery.candidates(in: Self.finnish, taxonomy: .standard, dismissed: dismissed, minimumCount: 3)
                .map(\.phrase).filter { $0.hasPrefix("muut") }
        }
        #expect(!movingPhrases([]).isEmpty)
        #expect(movingPhrases([ThemeDiscovery.key(language: .fi, phrase: "muuton")]).isEmpty)
        #expect(movingPhrases([ThemeDiscovery.key(language: .fi, phrase: "Muutto")]).isEmpty)
        #expect(!movingPhrases([ThemeDiscovery.key(language: .sv, phrase: "muuton")]).isEmpty)
        #expect(ThemeDiscovery.key(language: .sv, phrase: " Flytt av  Bredband ") == "sv|flytt av bredband")
    }

    @Test("A phrase in fewer answers than the minimum is left out", arguments: [(4, false), (5, true)])
    func minimumCount(_ mentions: Int, _ expected: Bool) {
        let found = ThemeDiscovery.candidates(in: Self.english(mentions: mentions), taxonomy: .standard)
        #expect(found.contains { $0.phrase == "loyalty points" } == expected, "\(found.map(\.phrase))")
        #expect(found.allSatisfy { $0.count >= 5 })
    }

    @Test("A word folds into the phrase it always stands in, and the phrase has no theme to merge with")
    func folding() throws {
        let found = ThemeDiscovery.candidates(in: Self.english(mentions: 9), taxonomy: .standard)
        let candidate = try #require(found.first { $0.phrase == "loyalty points" }, "\(found.map(\.phrase))")
        #expect(candidate.count == 9)
        #expect(candidate.nearestThemeID == nil)
        #expect(!found.contains { $0.phrase == "loyalty" || $0.phrase == "points" })
    }

    @Test("No phrase starts or ends with a stopword")
    func stopwords() {
        let answers = Self.swedish + Self.finnish + Self.english(mentions: 9)
        let found = ThemeDiscovery.candidates(in: answers, taxonomy: .standard, minimumCount: 2, limit: 100)
        #expect(found.count > 10)
        for candidate in found {
            let words = candidate.phrase.split(separator: " ").map(String.init)
            for edge in [words.first, words.last].compactMap({ $0 }) {
                #expect(!Stopwords.contains(edge, language: candidate.language), "\(candidate.phrase)")
            }
        }
    }

    @Test("The same answers give the same candidates, in the same order")
    func deterministic() {
        let answers = Self.swedish + Self.finnish + Self.english(mentions: 9)
        let first = ThemeDiscovery.candidates(in: answers, taxonomy: .standard, minimumCount: 2, limit: 50)
        let second = ThemeDiscovery.candidates(in: answers, taxonomy: .standard, minimumCount: 2, limit: 50)
        #expect(first == second)
        #expect(first.count > 10)
    }

    @Test("A candidate that co-occurs with a theme names it as the nearest")
    func nearestTheme() throws {
        let found = ThemeDiscovery.candidates(in: Self.swedish, taxonomy: .standard)
        let moving = try #require(found.first { $0.phrase.hasPrefix("flytt") })
        #expect(moving.nearestThemeID == "network")
    }

    @Test("No answers, or no room, give no candidates")
    func empty() {
        #expect(ThemeDiscovery.candidates(in: [], taxonomy: .standard).isEmpty)
        #expect(ThemeDiscovery.candidates(in: Self.swedish, taxonomy: .standard, limit: 0).isEmpty)
    }
}
