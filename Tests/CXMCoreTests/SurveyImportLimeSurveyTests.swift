import Foundation
import Testing

@testable import CXMCore

/// LimeSurvey mappings on small `.lss` files written by the tests, in both table layouts.
@Suite("Survey import from LimeSurvey")
struct SurveyImportLimeSurveyTests {
    private static let zeroToTen = (0...10).map { (code: "\($0)", texts: ["en": "\($0)"]) }
    private static let abc = ["A1", "A2", "A3"].map { (code: $0, texts: ["en": "Answer \($0)"]) }
    private static let rows = ["SQ1", "SQ2"].map { (title: $0, texts: ["en": "Row \($0)"]) }

    /// A question type, its answers and rows, and what cxm should make of it.
    struct TypeCase: Sendable, CustomStringConvertible {
        var type: String
        var title = "Q1"
        var answers: [(code: String, texts: [String: String])] = []
        var subquestions: [(title: String, texts: [String: String])] = []
        var attributes: [String: String] = [:]
        var expected: [QuestionType]
        var options: [String] = []
        var scale: ClosedRange<Int>? = nil
        var kind: SurveyImportReport.Kind
        var description: String { "type \(type) → \(expected.map(\.rawValue))" }
    }

    static let typeCases: [TypeCase] = [
        TypeCase(type: "L", answers: abc, expected: [.singleChoice], options: ["A1", "A2", "A3"], kind: .mapped),
        TypeCase(type: "!", answers: abc, expected: [.singleChoice], options: ["A1", "A2", "A3"], kind: .mapped),
        TypeCase(type: "O", answers: abc, expected: [.singleChoice], options: ["A1", "A2", "A3"], kind: .approximated),
        TypeCase(type: "L", answers: zeroToTen, expected: [.nps], kind: .mapped),
        TypeCase(type: "M", subquestions: rows, expected: [.multipleChoice], options: ["SQ1", "SQ2"], kind: .mapped),
        TypeCase(type: "P", subquestions: rows, expected: [.multipleChoice], options: ["SQ1", "SQ2"], kind: .approximated),
        TypeCase(type: "S", expected: [.openText], kind: .mapped),
        TypeCase(type: "T", expected: [.openText], kind: .mapped),
        TypeCase(type: "U", expected: [.openText], kind: .mapped),
        TypeCase(type: "Q", subquestions: rows, expected: [.openText, .openText], kind: .approximated),
        TypeCase(type: "5", expected: [.rating], scale: 1...5, kind: .mapped),
        TypeCase(type: "Y", expected: [.singleChoice], options: ["Y", "N"], kind: .mapped),
        TypeCase(type: "G", expected: [.singleChoice], options: ["F", "M"], kind: .mapped),
        TypeCase(type: "N", title: "NPS", expected: [.nps], kind: .approximated),
        TypeCase(
            type: "N", attributes: ["min_num_value_n": "1", "max_num_value_n": "7"], expected: [.rating], scale: 1...7,
            kind: .approximated),
        TypeCase(type: "N", expected: [], kind: .notMapped),
        TypeCase(type: "A", subquestions: rows, expected: [.rating, .rating], scale: 1...5, kind: .approximated),
        TypeCase(type: "B", subquestions: rows, expected: [.rating, .rating], scale: 1...10, kind: .approximated),
        TypeCase(
            type: "F", answers: abc, subquestions: rows, expected: [.singleChoice, .singleChoice], options: ["A1", "A2", "A3"],
            kind: .approximated),
        TypeCase(type: "F", answers: zeroToTen, subquestions: rows, expected: [.nps, .nps], kind: .approximated),
        TypeCase(
            type: "C", subquestions: rows, expected: [.singleChoice, .singleChoice], options: ["Y", "U", "N"],
            kind: .approximated),
        TypeCase(
            type: "E", subquestions: rows, expected: [.singleChoice, .singleChoice], options: ["I", "S", "D"],
            kind: .approximated),
        TypeCase(type: "H", answers: abc, subquestions: rows, expected: [], kind: .notMapped),
        TypeCase(type: "1", answers: abc, subquestions: rows, expected: [], kind: .notMapped),
        TypeCase(type: ":", subquestions: rows, expected: [], kind: .notMapped),
        TypeCase(type: ";", subquestions: rows, expected: [], kind: .notMapped),
        TypeCase(type: "R", answers: abc, expected: [], kind: .notMapped),
        TypeCase(type: "D", expected: [], kind: .notMapped),
        TypeCase(type: "X", expected: [], kind: .notMapped),
        TypeCase(type: "*", expected: [], kind: .notMapped),
        TypeCase(type: "|", expected: [], kind: .notMapped),
        TypeCase(type: "K", subquestions: rows, expected: [], kind: .notMapped),
        TypeCase(type: "Z", expected: [], kind: .notMapped),
    ]

    @Test("Question types, both layouts", arguments: typeCases, [177, 403])
    func questionTypes(_ example: TypeCase, dbVersion: Int) throws {
        let question = LSSQuestion(
            qid: 2, type: example.type, title: example.title, texts: ["en": "How was it?"], mandatory: true,
            answers: example.answers, subquestions: example.subquestions, attributes: example.attributes)
        // An open question first, so that the survey is valid when the one under test is not mapped.
        let anchor = LSSQuestion(qid: 1, type: "S", title: "anchor", texts: ["en": "Name?"])
        let data =
            dbVersion == 177 ? LSSFixture.v177(questions: [anchor, question]) : LSSFixture.v403(questions: [anchor, question])

        let imported = try importOne(data)

        let mapped = Array(imported.survey.questions.dropFirst())
        #expect(mapped.map(\.type) == example.expected)
        #expect(mapped.allSatisfy { $0.required })
        if !example.options.isEmpty { #expect(mapped.allSatisfy { $0.options.map(\.key) == example.options }) }
        if let scale = example.scale { #expect(mapped.allSatisfy { $0.scale == scale }) }
        let entries = imported.report.entries.filter { $0.element.hasPrefix("question 2 ") }
        #expect(entries.contains { $0.kind == example.kind }, "\(entries)")
        if example.subquestions.count == 2, mapped.count == 2 {
            #expect(mapped.map(\.key) == ["q1_sq1", "q1_sq2"])
            #expect(mapped[0].text.values[.en] == "How was it? Row SQ1")
        }
    }

    @Test(
        "Relevance equations",
        arguments: [
            ("nps <= 6", DisplayCondition(question: "nps", atMost: 6) as DisplayCondition?, false),
            ("nps.NAOK >= 9", DisplayCondition(question: "nps", atLeast: 9), false),
            ("nps > 6 and nps < 9", DisplayCondition(question: "nps", atLeast: 7, atMost: 8), false),
            ("(nps ge 7) && (nps le 8)", DisplayCondition(question: "nps", atLeast: 7, atMost: 8), false),
            ("6 >= nps", DisplayCondition(question: "nps", atMost: 6), false),
            ("!is_empty(nps)", DisplayCondition(question: "nps", atLeast: 0), false),
            ("choice.NAOK == \"A1\"", DisplayCondition(question: "choice", anyOf: ["A1"]), false),
            ("choice == 'A1' or choice == \"A3\"", DisplayCondition(question: "choice", anyOf: ["A1", "A3"]), false),
            ("choice != \"A1\"", DisplayCondition(question: "choice", anyOf: ["A2", "A3"]), true),
            ("multi_SQ2 == \"Y\" || multi_SQ1 == \"Y\"", DisplayCondition(question: "multi", anyOf: ["SQ1", "SQ2"]), false),
            ("{nps < 7}", DisplayCondition(question: "nps", atMost: 6), false),
            ("nps < 7 and choice == \"A1\"", nil, false),
            ("count(that.multi.NAOK)", nil, false),
            ("name == \"Bo\"", nil, false),
            ("is_empty(nps)", nil, false),
            ("nps != 5", nil, false),
            ("later == \"A1\"", nil, false),
            ("nps + 1 > 3", nil, false),
        ])
    func relevance(expression: String, expected: DisplayCondition?, approximated: Bool) throws {
        let questions = [
            LSSQuestion(qid: 1, type: "L", title: "nps", texts: ["en": "Recommend?"], answers: Self.zeroToTen),
            LSSQuestion(qid: 2, type: "L", title: "choice", texts: ["en": "Pick"], answers: Self.abc),
            LSSQuestion(qid: 3, type: "M", title: "multi", texts: ["en": "Pick some"], subquestions: Self.rows),
            LSSQuestion(qid: 4, type: "S", title: "name", texts: ["en": "Name?"]),
            LSSQuestion(qid: 5, type: "T", title: "follow", texts: ["en": "Why?"], relevance: expression),
            LSSQuestion(qid: 6, type: "L", title: "later", texts: ["en": "Later"], answers: Self.abc),
        ]

        let imported = try importOne(LSSFixture.v177(questions: questions))

        let follow = try #require(imported.survey.question("follow"))
        #expect(follow.showIf == expected)
        let entries = imported.report.entries.filter { $0.element.hasPrefix("question 5 ") && $0.detail.contains(expression) }
        if expected == nil {
            #expect(entries.contains { $0.kind == .notMapped })
        } else {
            #expect(entries.contains { $0.kind == (approximated ? .approximated : .mapped) }, "\(entries)")
        }
    }

    @Test func groupRelevanceAppliesToItsQuestions() throws {
        let questions = [
            LSSQuestion(qid: 1, type: "Y", title: "member", texts: ["en": "Member?"], gid: 0),
            LSSQuestion(qid: 2, type: "T", title: "why", texts: ["en": "Why?"]),
        ]
        let data = LSSFixture.v177(questions: questions, groupRelevance: "member == \"Y\"")

        let survey = try importOne(data).survey

        #expect(survey.question("why")?.showIf == DisplayCondition(question: "member", anyOf: ["Y"]))
    }

    @Test(arguments: [177, 403])
    func multilingualTextsKeepSupportedLanguagesAndDropOthers(dbVersion: Int) throws {
        let question = LSSQuestion(
            qid: 1, type: "L", title: "Q1", texts: ["en": "Colour?", "sv": "Färg?", "de": "Farbe?"],
            help: ["en": "Pick one", "sv": "Välj en", "de": "Wähle"],
            answers: [
                (code: "R", texts: ["en": "Red", "sv": "Röd", "de": "Rot"]),
                (code: "B", texts: ["en": "Blue", "sv": "Blå", "de": "Blau"]),
            ])
        let title = ["en": "Colours", "sv": "Färger", "de": "Farben"]
        let data =
            dbVersion == 177
            ? LSSFixture.v177(languages: ["en", "sv", "de"], title: title, questions: [question])
            : LSSFixture.v403(languages: ["en", "sv", "de"], title: title, questions: [question])

        let imported = try importOne(data)

        let survey = imported.survey
        #expect(survey.languages == [.en, .sv])
        #expect(survey.questions[0].text.values == [.en: "Colour?", .sv: "Färg?"])
        #expect(survey.questions[0].description?.values == [.en: "Pick one", .sv: "Välj en"])
        #expect(survey.questions[0].options.map(\.label.values) == [[.en: "Red", .sv: "Röd"], [.en: "Blue", .sv: "Blå"]])
        #expect(survey.presentation.title?.values == [.en: "Colours", .sv: "Färger"])
        #expect(
            imported.report.entries.contains { $0.element == "question 1 'Q1' (qid 1)" && $0.kind == .dropped(language: "de") })
        #expect(imported.report.entries.contains { $0.element == "survey languages" && $0.kind == .dropped(language: "de") })
    }

    @Test func aMissingTranslationFallsBackToTheBaseLanguage() throws {
        let question = LSSQuestion(qid: 1, type: "S", title: "Q1", texts: ["en": "Name?", "fi": ""])

        let imported = try importOne(LSSFixture.v177(languages: ["en", "fi"], questions: [question]))

        #expect(imported.survey.languages == [.en, .fi])
        #expect(imported.survey.questions[0].text.values[.fi] == "Name?")
        #expect(imported.report.entries(.approximated).contains { $0.detail == "text has no fi text; the en text is used" })
    }

    @Test func anUnsupportedBaseLanguageGivesWayToASupportedOne() throws {
        let question = LSSQuestion(qid: 1, type: "S", title: "Q1", texts: ["de": "Name?", "sv": "Namn?"])
        let data = LSSFixture.v177(
            languages: ["de", "sv"], title: ["de": "Umfrage", "sv": "Enkät"], questions: [question])

        let imported = try importOne(data)

        #expect(imported.survey.languages == [.sv])
        #expect(imported.survey.name == "Enkät")
        #expect(imported.survey.questions[0].text.values == [.sv: "Namn?"])
        #expect(imported.report.entries.contains { $0.kind == .dropped(language: "de") })
    }

    @Test func aSurveyInNoSupportedLanguageIsRefused() {
        let question = LSSQuestion(qid: 1, type: "S", title: "Q1", texts: ["de": "Name?", "fr": "Nom?"])

        let error = importFailure(LSSFixture.v177(languages: ["de", "fr"], questions: [question]))

        #expect(error == .noSupportedLanguage(found: ["de", "fr"]))
    }

    @Test(
        "Keys from codes",
        arguments: [
            (["Q00"], ["q00"]),
            (["Q 1!", "q_1"], ["q_1", "q_1_2"]),
            (["Grüße"], ["grusse"]),
            ([String(repeating: "abc", count: 20)], [String(repeating: "abc", count: 14).prefix(40).description]),
            (["Q1", "q1", "Q1"], ["q1", "q1_2", "q1_3"]),
        ])
    func keys(titles: [String], expected: [String]) throws {
        let questions = titles.enumerated().map { LSSQuestion(qid: $0 + 1, type: "S", title: $1, texts: ["en": "Text"]) }

        let imported = try importOne(LSSFixture.v177(questions: questions))

        #expect(imported.survey.questions.map(\.key) == expected)
        let renamed = imported.report.entries.filter { $0.detail.contains("renamed from") }.count
        #expect(renamed == zip(titles, expected).filter { $0.lowercased() != $1 }.count)
    }

    @Test func htmlBecomesPlainTextAndRichContentIsReported() throws {
        let question = LSSQuestion(
            qid: 1, type: "S", title: "Q1",
            texts: [
                "en": "<p>How <b>was</b> it?&nbsp;</p><p>Tell&nbsp;us &amp; more</p><table><tr><td>a</td><td>b</td></tr></table>"
            ])

        let imported = try importOne(LSSFixture.v177(questions: [question]))

        #expect(imported.survey.questions[0].text.values[.en] == "How was it?\nTell us & more\na b")
        #expect(imported.report.entries(.approximated).contains { $0.detail.contains("rich content (table)") })
    }

    @Test func surveyTextsBecomePresentationAndFormatLayout() throws {
        let question = LSSQuestion(qid: 1, type: "S", title: "Q1", texts: ["en": "Name?"])
        let data = LSSFixture.v177(
            title: ["en": "<b>Welcome</b> survey"], questions: [question], format: "S", endText: ["en": "<p>Thanks a lot</p>"])

        let survey = try importOne(data).survey

        #expect(survey.name == "Welcome survey")
        #expect(survey.presentation.title?.values[.en] == "Welcome survey")
        #expect(survey.presentation.thankYou.standard?.values[.en] == "Thanks a lot")
        #expect(survey.presentation.layout == .oneQuestionPerScreen)
    }

    @Test func otherOptionAndHiddenQuestionsAreReported() throws {
        var list = LSSQuestion(qid: 1, type: "L", title: "Q1", texts: ["en": "Pick"], answers: Self.abc)
        list.other = true
        let hidden = LSSQuestion(qid: 2, type: "S", title: "Q2", texts: ["en": "Secret"], attributes: ["hidden": "1"])

        let imported = try importOne(LSSFixture.v177(questions: [list, hidden]))

        #expect(imported.survey.questions.map(\.key) == ["q1"])
        #expect(imported.survey.questions[0].options.map(\.key) == ["A1", "A2", "A3", "other"])
        #expect(imported.survey.questions[0].options[3].label.values[.en] == "Other")
        #expect(imported.report.entries(.notMapped).contains { $0.element.contains("'Q2'") && $0.detail.contains("hidden") })
    }

    @Test func aSurveyWithNothingToMapIsAnErrorWithItsReport() throws {
        let display = LSSQuestion(qid: 1, type: "X", title: "intro", texts: ["en": "Hello"])

        let error = try #require(importFailure(LSSFixture.v177(questions: [display])))

        guard case .nothingMapped(let name, let report) = error else {
            Issue.record("expected nothingMapped, got \(error)")
            return
        }
        #expect(name == "Fixture survey")
        #expect(report.entries(.notMapped).contains { $0.element.contains("'intro'") })
    }
}
