import Testing

@testable import CXMCore

@Suite("Language")
struct LanguageTests {
    @Test(
        "Codes, region suffixes and Norwegian variants",
        arguments: [
            ("sv", Language.sv), ("sv-FI", .sv), ("SV_se", .sv), ("en", .en), ("en-US", .en), ("da-DK", .da),
            ("fi", .fi), ("no", .nb), ("nn", .nb), ("nb", .nb), ("NB-no", .nb),
        ] as [(String, Language)])
    func parsesCode(code: String, expected: Language) {
        let language = Language(code: code)

        #expect(language == expected)
    }

    @Test("Codes of unsupported languages", arguments: ["xx", "", "de", "svenska", "*", "x-sv"])
    func rejectsUnknownCode(code: String) {
        #expect(Language(code: code) == nil)
    }

    @Test(
        "Accept-Language picks the best supported language",
        arguments: [
            ("da;q=0.5, sv;q=0.9", Language.sv),
            ("de, fi;q=0.1", .fi),
            ("sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7", .sv),
            ("en;q=0.4, nb-NO;q=0.8", .nb),
            ("fi;q=0, da;q=0.2", .da),
            ("fi", .fi),
            ("no", .nb),
            ("da ; q=0.3 , en ; q=0.6", .en),
            ("da, sv", .da),
        ] as [(String, Language)])
    func prefersHighestQuality(header: String, expected: Language) {
        let language = Language.preferred(acceptLanguage: header)

        #expect(language == expected)
    }

    @Test("Accept-Language without a usable language", arguments: [nil, "", "de", "de, fr;q=0.9", "sv;q=0", "*"] as [String?])
    func noPreferredLanguage(header: String?) {
        #expect(Language.preferred(acceptLanguage: header) == nil)
    }

    @Test func languagesSortInDeclarationOrder() {
        let shuffled: [Language] = [.fi, .en, .nb, .sv, .da]

        #expect(shuffled.sorted() == [.en, .sv, .da, .nb, .fi])
    }

    @Test(arguments: Language.allCases)
    func localeIdentifierRoundTrips(language: Language) {
        #expect(Language(code: language.localeIdentifier) == language)
        #expect(!language.endonym.isEmpty)
    }
}
