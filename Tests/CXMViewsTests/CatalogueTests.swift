import CXMCore
import Testing

@testable import CXMViews

@Suite("Localisation catalogue")
struct CatalogueTests {
    @Test("every message is translated, non-empty and free of stray whitespace in every language")
    func nonEmpty() {
        #expect(Catalogue.entries.count > 150)
        for entry in Catalogue.entries {
            for language in Language.allCases {
                let text = entry.translations[language]
                #expect(!text.isEmpty, "\(entry.key) is empty in \(language)")
                #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(entry.key) in \(language)")
            }
        }
    }

    /// Messages that are the same in every language by nature: an acronym and a figure's arrow notation.
    static let sameEverywhere: Set = ["TrendText.metricNPS", "TrendText.change"]

    @Test("every message is actually translated: at least one Nordic language differs from English")
    func differsFromEnglish() {
        for entry in Catalogue.entries where !Self.sameEverywhere.contains(entry.key) {
            let nordic = [Language.sv, .da, .nb, .fi].map { entry.translations[$0] }
            #expect(nordic.contains { $0 != entry.translations.en }, "\(entry.key) is English everywhere")
        }
    }

    @Test("each language's catalogue differs from every other's", arguments: Language.allCases)
    func languagesDiffer(language: Language) {
        let column = Catalogue.entries.map { $0.translations[language] }
        for other in Language.allCases where other != language {
            let otherColumn = Catalogue.entries.map { $0.translations[other] }
            let differing = zip(column, otherColumn).filter { $0 != $1 }.count
            #expect(differing > Catalogue.entries.count / 3, "\(language) and \(other) share too many strings")
        }
    }

    @Test("every translation uses the same placeholders as the English message")
    func placeholdersMatch() {
        for entry in Catalogue.entries {
            let english = Set(Markup.captures("(\\{[0-9]+\\})", in: entry.translations.en))
            for language in Language.allCases {
                let found = Set(Markup.captures("(\\{[0-9]+\\})", in: entry.translations[language]))
                #expect(found == english, "\(entry.key) in \(language)")
            }
        }
    }

    @Test("keys are unique")
    func uniqueKeys() {
        let keys = Catalogue.entries.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    @Test(
        "placeholders are filled in one pass",
        arguments: [
            ("Showing {0}–{1} of {2}", ["1", "50", "20,000"], "Showing 1–50 of 20,000"),
            ("{0} and {1}", ["{1}", "x"], "{1} and x"),
            ("brace { alone and {9}", ["a"], "brace { alone and {9}"),
        ])
    func fill(template: String, arguments: [String], expected: String) {
        #expect(Localizer.fill(template, arguments) == expected)
    }

    @Test(
        "navigation labels use natural Nordic wording",
        arguments: [
            (Language.en, "Journeys"), (.sv, "Kundresor"), (.da, "Kunderejser"), (.nb, "Kundereiser"), (.fi, "Asiakaspolut"),
        ])
    func journeysLabel(language: Language, expected: String) {
        #expect(Localizer(language)(CommonText.journeys) == expected)
        let html = JourneysPage(context: Fixtures.context(language), journeys: [], canEdit: false).render()
        #expect(html.contains(">\(expected)</a>"))
    }
}
