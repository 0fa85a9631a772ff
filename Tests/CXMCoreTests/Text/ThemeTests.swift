import Foundation
import Testing

@testable import CXMCore

@Suite("Themes")
struct ThemeTests {
    private func taxonomy(_ patterns: [Language: [String]], id: String = "waiting") -> Taxonomy {
        Taxonomy(themes: [Theme(id: id, names: LocalizedText([.en: "Waiting"]), patterns: patterns)])
    }

    @Test(
        "Patterns match words, prefixes, compound heads and phrases",
        arguments: [
            ("kö", "Det var kö.", true), ("kö", "Köpte en ny.", false),
            ("vänt*", "Jag väntade länge.", true), ("*kön", "Telefonkön var lång.", true),
            ("*kö*", "Telefonköerna var långa.", true), ("phone queue", "The phone queue was long.", true),
            ("phone queue", "The phone was in the queue.", false), ("long wait*", "A long waiting time.", true),
        ])
    func matching(_ pattern: String, _ text: String, _ matches: Bool) {
        let matcher = ThemeMatcher(taxonomy: taxonomy([.sv: [pattern], .en: [pattern]]))
        let found = matcher.matches(in: TextTokenizer.tokens(of: text), language: nil)
        #expect(!found.isEmpty == matches)
    }

    @Test("A match knows where its words are")
    func spans() throws {
        let text = "Alltför lång telefonkö idag"
        let found = ThemeMatcher(taxonomy: taxonomy([.sv: ["lång *kö"]])).matches(
            in: TextTokenizer.tokens(of: text), language: .sv)
        let match = try #require(found.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[match.start..<match.end])) == "lång telefonkö")
    }

    @Test("Only the text's language's patterns are used; an unknown language uses all")
    func languages() {
        let matcher = ThemeMatcher(taxonomy: taxonomy([.sv: ["kö"], .da: ["kø"]]))
        #expect(matcher.matches(in: TextTokenizer.tokens(of: "lang kø"), language: .sv).isEmpty)
        #expect(matcher.matches(in: TextTokenizer.tokens(of: "lang kø"), language: .da).count == 1)
        #expect(matcher.matches(in: TextTokenizer.tokens(of: "lang kø"), language: nil).count == 1)
    }

    @Test(
        "Invalid patterns are refused with the reason",
        arguments: [
            ("", "empty"), ("a*b", "only at the start or the end"), ("*", "two letters"), ("k*", "two letters"),
            ("pris (kr)", "cannot be matched"), ("one two three four five", "more than 4 words"),
            ("väntetid|kö", "cannot be matched"),
        ])
    func invalidPatterns(_ pattern: String, _ reason: String) {
        #expect(throws: ThemePattern.Failure.self) { try ThemePattern(pattern) }
        do {
            _ = try ThemePattern(pattern)
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
        }
    }

    @Test("Taxonomy edits are checked: ids, parents, names and patterns")
    func validation() {
        func problem(_ themes: [Theme]) -> String? {
            do {
                try Taxonomy(themes: themes).validate()
                return nil
            } catch {
                return error.description
            }
        }
        let name = LocalizedText([.en: "Price"])
        #expect(problem([Theme(id: "price", names: name, patterns: [.sv: ["pris*"]])]) == nil)
        #expect(problem([Theme(id: "Price!", names: name, patterns: [:])])?.contains("not a theme id") == true)
        #expect(problem([Theme(id: "price.fees", names: name, patterns: [:])])?.contains("needs its theme") == true)
        #expect(problem([Theme(id: "a.b.c", names: name, patterns: [:])]) != nil)
        #expect(problem([Theme(id: "price", names: LocalizedText([.en: " "]), patterns: [:])])?.contains("name") == true)
        #expect(
            problem([Theme(id: "price", names: name, patterns: [.sv: ["ok", "pr*s"]])])
                == "Theme 'price', sv: 'pr*s': a * may stand only at the start or the end of a word (dyr*, *kö).")
        #expect(
            problem([Theme(id: "price", names: name, patterns: [:]), Theme(id: "price", names: name, patterns: [:])])?
                .contains("two themes") == true)
    }

    @Test("The default taxonomy parses, validates and covers every language")
    func standard() throws {
        let taxonomy = Taxonomy.standard
        try taxonomy.validate()
        #expect(taxonomy.topLevel.count >= 12)
        for theme in taxonomy.themes {
            for language in Language.allCases {
                #expect(!(theme.patterns[language] ?? []).isEmpty, "\(theme.id) has no \(language) patterns")
                #expect(!theme.name(in: language).isEmpty)
            }
        }
    }

    @Test("A taxonomy survives JSON")
    func codable() throws {
        let original = taxonomy([.sv: ["kö", "*kön"], .fi: ["jono*"]])
        let data = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(Taxonomy.self, from: data) == original)
    }
}
