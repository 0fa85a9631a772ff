import Foundation
import Testing

@testable import CXMCore

/// Formbricks mappings on small surveys written by the tests.
@Suite("Survey import from Formbricks")
struct SurveyImportFormbricksTests {
    private static let open = #"{"id": "why", "type": "openText", "headline": {"default": "Why?"}, "required": false}"#

    /// An element, and the cxm type, scale and report kind it should give.
    struct ElementCase: Sendable, CustomStringConvertible {
        var json: String
        var type: QuestionType?
        var scale: ClosedRange<Int>? = nil
        var kind: SurveyImportReport.Kind
        var description: String { String(json.prefix(60)) }
    }

    static let elementCases: [ElementCase] = [
        ElementCase(
            json: #"{"id": "q", "type": "nps", "headline": {"default": "Recommend?"}}"#, type: .nps, scale: 0...10, kind: .mapped),
        ElementCase(
            json: #"{"id": "q", "type": "rating", "scale": "number", "range": 7, "headline": {"default": "Rate"}}"#,
            type: .rating, scale: 1...7, kind: .mapped),
        ElementCase(
            json: #"{"id": "q", "type": "rating", "scale": "star", "range": 10, "headline": {"default": "Rate"}}"#,
            type: .rating, scale: 1...10, kind: .approximated),
        ElementCase(
            json: #"{"id": "q", "type": "csat", "scale": "number", "range": 5, "headline": {"default": "Happy?"}}"#,
            type: .csat, scale: 1...5, kind: .mapped),
        ElementCase(
            json: #"{"id": "q", "type": "csat", "scale": "number", "range": 3, "headline": {"default": "Happy?"}}"#,
            type: .csat, scale: 1...5, kind: .approximated),
        ElementCase(
            json: #"{"id": "q", "type": "ces", "scale": "number", "range": 7, "headline": {"default": "Easy?"}}"#,
            type: .ces, scale: 1...7, kind: .mapped),
        ElementCase(
            json: #"{"id": "q", "type": "ces", "scale": "number", "range": 5, "headline": {"default": "Easy?"}}"#,
            type: .ces, scale: 1...7, kind: .approximated),
        ElementCase(json: #"{"id": "q", "type": "openText", "headline": {"default": "Tell"}}"#, type: .openText, kind: .mapped),
        ElementCase(
            json: #"{"id": "q", "type": "openText", "inputType": "email", "headline": {"default": "Mail"}}"#, type: .openText,
            kind: .approximated),
        ElementCase(
            json:
                #"{"id": "q", "type": "multipleChoiceSingle", "headline": {"default": "Pick"}, "choices": [{"id": "a", "label": {"default": "Alpha"}}, {"id": "b", "label": {"default": "Beta"}}]}"#,
            type: .singleChoice, kind: .mapped),
        ElementCase(
            json:
                #"{"id": "q", "type": "multipleChoiceMulti", "headline": {"default": "Pick"}, "choices": [{"id": "a", "label": {"default": "Alpha"}}, {"id": "other", "label": {"default": "Other"}}]}"#,
            type: .multipleChoice, kind: .approximated),
        ElementCase(json: #"{"id": "q", "type": "cta", "headline": {"default": "Hi"}}"#, type: nil, kind: .notMapped),
        ElementCase(json: #"{"id": "q", "type": "consent", "headline": {"default": "OK?"}}"#, type: nil, kind: .notMapped),
        ElementCase(json: #"{"id": "q", "type": "fileUpload", "headline": {"default": "File"}}"#, type: nil, kind: .notMapped),
        ElementCase(json: #"{"id": "q", "type": "ranking", "headline": {"default": "Rank"}}"#, type: nil, kind: .notMapped),
        ElementCase(json: #"{"id": "q", "type": "hologram", "headline": {"default": "?"}}"#, type: nil, kind: .notMapped),
    ]

    @Test("Element types", arguments: elementCases)
    func elementTypes(_ example: ElementCase) throws {
        let imported = try importOne(FormbricksFixture.survey([example.json, Self.open]))

        let first = imported.survey.questions.first
        #expect((first?.key == "q" ? first?.type : nil) == example.type)
        if let scale = example.scale { #expect(first?.scale == scale) }
        #expect(imported.report.entries.contains { $0.element == "block 1, element 'q'" && $0.kind == example.kind })
    }

    @Test func choiceKeysComeFromLabelsAndLabelsKeepTheirText() throws {
        let element =
            #"{"id": "q", "type": "multipleChoiceSingle", "headline": {"default": "Pick"}, "choices": [{"id": "c1", "label": {"default": "Too expensive!"}}, {"id": "c2", "label": {"default": "Too expensive"}}]}"#

        let survey = try importOne(FormbricksFixture.survey([element])).survey

        #expect(survey.questions[0].options.map(\.key) == ["too_expensive", "too_expensive_2"])
        #expect(survey.questions[0].options[0].label.values[.en] == "Too expensive!")
    }

    @Test func npsLabelsDescriptionAndRequiredAreKept() throws {
        let element =
            #"{"id": "nps", "type": "nps", "required": true, "headline": {"default": "Recommend us?"}, "subheader": {"default": "<p>Be <b>honest</b></p>"}, "lowerLabel": {"default": "Never"}, "upperLabel": {"default": "Surely"}}"#

        let question = try importOne(FormbricksFixture.survey([element])).survey.questions[0]

        #expect(question.required)
        #expect(question.description?.values[.en] == "Be honest")
        #expect(question.lowLabel?.values[.en] == "Never")
        #expect(question.highLabel?.values[.en] == "Surely")
    }

    @Test(
        "Jump logic becomes display conditions",
        arguments: [
            // Detractors jump to block 3; the rest see block 2 and then end.
            (
                FormbricksFixture.jump("nps", "isLessThanOrEqual", "6", to: "b2"),
                FormbricksFixture.jump("why", "isSubmitted", to: "end"),
                DisplayCondition(question: "nps", atLeast: 7), DisplayCondition(question: "nps", atMost: 6)
            ),
            (
                FormbricksFixture.jump("nps", "isGreaterThan", "8", to: "end"), "",
                DisplayCondition(question: "nps", atMost: 8), DisplayCondition(question: "nps", atMost: 8)
            ),
            (
                FormbricksFixture.jump("nps", "equals", "10", to: "b2"), "",
                DisplayCondition(question: "nps", atMost: 9), nil
            ),
        ])
    func jumpLogic(rule: String, secondRule: String, second: DisplayCondition?, third: DisplayCondition?) throws {
        let nps = #"{"id": "nps", "type": "nps", "required": true, "headline": {"default": "Recommend?"}}"#
        let other = #"{"id": "other", "type": "openText", "required": true, "headline": {"default": "More?"}}"#
        let why = #"{"id": "why", "type": "openText", "required": true, "headline": {"default": "Why?"}}"#
        let data = FormbricksFixture.survey([nps, why, other], logic: [0: rule, 1: secondRule])

        let survey = try importOne(data).survey

        #expect(survey.questions.map(\.showIf) == [nil, second, third])
    }

    @Test func choiceLogicGivesAnyOf() throws {
        let choice =
            #"{"id": "why", "type": "multipleChoiceSingle", "required": true, "headline": {"default": "Why leave?"}, "choices": [{"id": "c1", "label": {"default": "Price"}}, {"id": "c2", "label": {"default": "Bugs"}}, {"id": "c3", "label": {"default": "Other reasons"}}]}"#
        let price = #"{"id": "price", "type": "openText", "headline": {"default": "How much?"}}"#
        let bugs = #"{"id": "bugs", "type": "openText", "headline": {"default": "Which bugs?"}}"#
        let logic = [
            FormbricksFixture.jump("why", "equals", "\"c2\"", to: "b2"),
            FormbricksFixture.jump("why", "equals", "\"c3\"", to: "end"),
        ]
        .joined(separator: ",")
        let data = FormbricksFixture.survey(
            [choice, price, bugs],
            logic: [
                0: logic,
                1: FormbricksFixture.jump("price", "isSubmitted", to: "end") + ","
                    + FormbricksFixture.jump("price", "isSkipped", to: "end"),
            ])

        let survey = try importOne(data).survey

        #expect(survey.question("price")?.showIf == DisplayCondition(question: "why", anyOf: ["price"]))
        #expect(survey.question("bugs")?.showIf == DisplayCondition(question: "why", anyOf: ["bugs"]))
    }

    @Test func conditionsOnTextAreReportedNotGuessed() throws {
        let text = #"{"id": "name", "type": "openText", "required": false, "headline": {"default": "Name?"}}"#
        let more = #"{"id": "more", "type": "openText", "headline": {"default": "More?"}}"#
        let data = FormbricksFixture.survey(
            [text, more, Self.open], logic: [0: FormbricksFixture.jump("name", "contains", "\"x\"", to: "end")])

        let imported = try importOne(data)

        #expect(imported.survey.questions.allSatisfy { $0.showIf == nil })
        #expect(imported.report.entries(.approximated).contains { $0.element == "logic" })
    }

    @Test func multilingualSurveyKeepsSupportedLanguages() throws {
        let languages =
            #""languages": [{"language": {"code": "en"}, "default": true, "enabled": true}, {"language": {"code": "sv"}, "default": false, "enabled": true}, {"language": {"code": "de"}, "default": false, "enabled": true}],"#
        let element = #"{"id": "q", "type": "openText", "headline": {"default": "Why?", "sv": "Varför?", "de": "Warum?"}}"#

        let imported = try importOne(FormbricksFixture.survey([element], extra: languages))

        #expect(imported.survey.languages == [.en, .sv])
        #expect(imported.survey.questions[0].text.values == [.en: "Why?", .sv: "Varför?"])
        #expect(imported.survey.presentation.thankYou.standard?.values == [.en: "Thanks!", .sv: "Thanks!"])
        #expect(imported.report.entries.contains { $0.element == "block 1, element 'q'" && $0.kind == .dropped(language: "de") })
    }

    @Test func olderQuestionsFormatWithLegacyLogic() throws {
        let json = #"""
            {"name": "Old", "questions": [
              {"id": "score", "type": "rating", "range": 5, "scale": "number", "required": true, "headline": "Rate us",
               "logic": [{"condition": "lessEqual", "value": 2, "destination": "low"}]},
              {"id": "high", "type": "openText", "headline": "What did you like?", "logic": [{"condition": "submitted", "destination": "end"}, {"condition": "skipped", "destination": "end"}]},
              {"id": "low", "type": "openText", "headline": "What went wrong?"}
            ], "thankYouCard": {"enabled": true, "headline": "Thanks"}}
            """#

        let survey = try importOne(Data(json.utf8)).survey

        #expect(survey.questions.map(\.key) == ["score", "high", "low"])
        #expect(survey.questions[1].showIf == DisplayCondition(question: "score", atLeast: 3))
        #expect(survey.questions[2].showIf == DisplayCondition(question: "score", atMost: 2))
        #expect(survey.presentation.thankYou.standard?.values[.en] == "Thanks")
    }

    @Test func aTemplateObjectAndAnArrayOfTemplatesImport() throws {
        let preset = String(decoding: FormbricksFixture.survey([Self.open]), as: UTF8.self)
        let template = #"{"id": "t1", "name": "Template one", "preset": \#(preset)}"#

        let single = try SurveyImport.read(Data(template.utf8), touchpointIDs: ["tp"])
        let several = try SurveyImport.read(Data("[\(template), \(template)]".utf8), touchpointIDs: ["tp"])

        #expect(single.map(\.survey.name) == ["Fixture"])
        #expect(single.first?.sourceVersion == "template 't1'")
        #expect(several.count == 2)
    }

    @Test(
        "Malformed Formbricks elements are named by path",
        arguments: [
            (
                #"{"name": "X", "blocks": [{"id": "b", "elements": [{"id": "q", "type": "nps", "headline": {"default": "?"}}, {"id": "r"}]}]}"#,
                "blocks[0].elements[1]", "'type' is missing"
            ),
            (#"{"preset": {"name": "X", "blocks": [{"id": "b"}]}}"#, "preset.blocks[0]", "'elements' is missing"),
            (
                #"{"name": "X", "blocks": [{"id": "b", "elements": [{"id": "q", "type": "multipleChoiceSingle", "choices": 3}]}]}"#,
                "blocks[0].elements[0].choices", "must be an array"
            ),
            (
                #"{"name": "X", "blocks": [{"id": "b", "elements": [{"type": "openText"}]}]}"#, "blocks[0].elements[0]",
                "'id' is missing"
            ),
        ])
    func malformedElements(json: String, path: String, reason: String) {
        let error = importFailure(Data(json.utf8))

        #expect(error == .invalidElement(path: path, reason: reason))
    }
}
