import Testing

@testable import CXMCore

@Suite("Survey validation")
struct SurveyValidationTests {
    private static let svEn: [Language] = [.sv, .en]

    private static func text(_ sv: String, _ en: String) -> LocalizedText { LocalizedText([.sv: sv, .en: en]) }

    private static func option(_ key: String) -> ChoiceOption {
        ChoiceOption(key: key, label: text("Val \(key)", "Option \(key)"))
    }

    private static func survey(_ questions: [Question], languages: [Language] = svEn) -> Survey {
        Survey(id: "s", name: "After delivery", touchpointIDs: ["tp"], languages: languages, questions: questions)
    }

    private static let nps = Question(key: "nps", type: .nps, text: text("Rekommendera?", "Recommend?"), required: true)

    @Test func validSurveyPassesAndTrimsName() throws {
        var survey = Self.survey([
            Self.nps,
            Question(key: "reason", type: .openText, text: Self.text("Varför?", "Why?")),
            Question(key: "effort", type: .ces, text: Self.text("Enkelt?", "Easy?")),
            Question(key: "stars", type: .rating, text: Self.text("Betyg", "Rating"), scaleMin: 0, scaleMax: 100),
            Question(
                key: "topic", type: .singleChoice, text: Self.text("Ämne", "Topic"),
                options: [Self.option("price"), Self.option("speed")]),
            Question(key: "overall", type: .nki, text: Self.text("Nöjd?", "Satisfied?"), nkiItem: .overall),
            Question(key: "ideal", type: .nki, text: Self.text("Ideal?", "Ideal?"), nkiItem: .ideal),
        ])
        survey.name = "  After delivery  "

        let result = try survey.validated()

        #expect(result.name == "After delivery")
        #expect(result.questions.count == 7)
    }

    @Test func surveyLevelProblemsAreCollected() throws {
        let survey = Survey(id: "s", name: "", touchpointIDs: [], languages: [], questions: [])

        let problem = try #require(failure { () throws(ValidationFailure) in try survey.validated() })

        #expect(problem.fields == ["name", "touchpointIDs", "languages", "questions"])
    }

    @Test func duplicateQuestionKeysAreRejected() throws {
        let survey = Self.survey([
            Self.nps, Question(key: "reason", type: .openText, text: Self.text("a", "b")),
            Question(key: "nps", type: .csat, text: Self.text("a", "b")),
        ])

        let problem = try #require(failure { () throws(ValidationFailure) in try survey.validated() })

        #expect(problem.fields == ["questions[2].key"])
        #expect(problem.errors[0].message.contains("'nps'"))
    }

    @Test(
        "Question keys",
        arguments: [
            ("nps", true), ("q_2", true), ("NPS", false), ("", false), ("why not", false),
            (String(repeating: "k", count: 41), false),
        ])
    func questionKey(key: String, valid: Bool) {
        let survey = Self.survey([Question(key: key, type: .openText, text: Self.text("a", "b"))])

        let problem = failure { () throws(ValidationFailure) in try survey.validated() }

        #expect((problem == nil) == valid)
        if let problem { #expect(problem.fields == ["questions[0].key"]) }
    }

    @Test(
        "Question text is needed in every survey language",
        arguments: [
            ([Language.en: "Why?"], ["questions[0].text.sv"]),
            ([.sv: "  ", .en: "Why?"], ["questions[0].text.sv"]),
            ([.fi: "Miksi?"], ["questions[0].text.sv", "questions[0].text.en"]),
            ([.sv: String(repeating: "v", count: 1001), .en: "Why?"], ["questions[0].text.sv"]),
        ] as [([Language: String], [String])])
    func missingText(values: [Language: String], fields: [String]) throws {
        let survey = Self.survey([Question(key: "why", type: .openText, text: LocalizedText(values))])

        let problem = try #require(failure { () throws(ValidationFailure) in try survey.validated() })

        #expect(problem.fields == fields)
    }

    @Test func textInOtherLanguagesIsNotRequired() throws {
        let survey = Self.survey([Question(key: "why", type: .openText, text: LocalizedText([.fi: "Miksi?"]))], languages: [.fi])

        #expect(try survey.validated().languages == [.fi])
    }

    @Test(
        "Rating scales",
        arguments: [
            (nil, nil, true), (1, 10, true), (0, 100, true), (-5, 5, true),
            (5, 5, false), (10, 1, false), (0, 101, false), (6, nil, false),
        ] as [(Int?, Int?, Bool)])
    func ratingScale(low: Int?, high: Int?, valid: Bool) {
        let survey = Self.survey([
            Question(key: "stars", type: .rating, text: Self.text("a", "b"), scaleMin: low, scaleMax: high)
        ])

        let problem = failure { () throws(ValidationFailure) in try survey.validated() }

        #expect((problem == nil) == valid)
        if let problem { #expect(problem.fields == ["questions[0].scaleMax"]) }
    }

    @Test("Score types have a fixed scale", arguments: [QuestionType.nps, .csat, .ces])
    func fixedScaleCannotBeChanged(type: QuestionType) throws {
        let survey = Self.survey([Question(key: "q", type: type, text: Self.text("a", "b"), scaleMin: 0, scaleMax: 5)])

        let problem = try #require(failure { () throws(ValidationFailure) in try survey.validated() })

        #expect(problem.fields == ["questions[0].scaleMin"])
    }

    @Test func nkiQuestionNeedsItsItem() throws {
        let survey = Self.survey([Question(key: "overall", type: .nki, text: Self.text("a", "b"))])

        let problem = try #require(failure { () throws(ValidationFailure) in try survey.validated() })

        #expect(problem.fields == ["questions[0].nkiItem"])
    }

    @Test func eachNKIItemAppearsOnce() throws {
        let survey = Self.survey([
            Question(key: "first", type: .nki, text: Self.text("a", "b"), nkiItem: .expectations),
            Question(key: "second", type: .nki, text: Self.text("a", "b"), nkiItem: .expectations),
        ])

        let problem = try #require(failure { () throws(ValidationFailure) in try survey.validated() })

        #expect(problem.fields == ["questions"])
        #expect(problem.errors[0].message.contains("expectations"))
    }

    @Test(
        "Choice questions",
        arguments: [
            (QuestionType.singleChoice, [option("a")], ["questions[0].options"]),
            (.multipleChoice, [], ["questions[0].options"]),
            (.singleChoice, [option("a"), option("a")], ["questions[0].options[1].key"]),
            (.multipleChoice, [option(""), option("b")], ["questions[0].options[0].key"]),
            (
                .singleChoice, [option("a"), ChoiceOption(key: "b", label: LocalizedText([.sv: "B"]))],
                ["questions[0].options[1].label.en"]
            ),
            (
                .multipleChoice, [option("a"), ChoiceOption(key: "b", label: LocalizedText([:]))],
                ["questions[0].options[1].label.sv", "questions[0].options[1].label.en"]
            ),
            (.singleChoice, [option("a"), option("b")], []),
            (.multipleChoice, [option("1"), option("2"), option("3")], []),
        ] as [(QuestionType, [ChoiceOption], [String])])
    func choiceOptions(type: QuestionType, options: [ChoiceOption], fields: [String]) {
        let survey = Self.survey([Question(key: "pick", type: type, text: Self.text("a", "b"), options: options)])

        let problem = failure { () throws(ValidationFailure) in try survey.validated() }

        #expect((problem?.fields ?? []) == fields)
    }

    @Test("Options on a question that is not a choice", arguments: [QuestionType.nps, .openText, .rating])
    func optionsOnNonChoiceQuestion(type: QuestionType) throws {
        let survey = Self.survey([
            Question(key: "q", type: type, text: Self.text("a", "b"), options: [Self.option("a"), Self.option("b")])
        ])

        let problem = try #require(failure { () throws(ValidationFailure) in try survey.validated() })

        #expect(problem.fields == ["questions[0].options"])
    }

    @Test func everyProblemOfEveryQuestionIsReported() throws {
        let survey = Survey(
            id: "s", name: " ", touchpointIDs: ["tp"], languages: [.sv],
            questions: [
                Question(key: "Bad", type: .nki, text: LocalizedText([:])),
                Question(key: "pick", type: .singleChoice, text: LocalizedText([.sv: "Välj"]), options: []),
            ])

        let problem = try #require(failure { () throws(ValidationFailure) in try survey.validated() })

        #expect(
            problem.fields == [
                "name", "questions[0].key", "questions[0].text.sv", "questions[0].nkiItem", "questions[1].options",
            ])
    }

    @Test(
        "Question scales",
        arguments: [
            (QuestionType.nps, nil, nil, 0...10), (.csat, 0, 3, 1...5), (.ces, nil, nil, 1...7), (.nki, nil, nil, 1...10),
            (.rating, nil, nil, 1...5), (.rating, 0, 10, 0...10),
        ] as [(QuestionType, Int?, Int?, ClosedRange<Int>)])
    func scale(type: QuestionType, low: Int?, high: Int?, expected: ClosedRange<Int>) {
        let question = Question(key: "q", type: type, text: Self.text("a", "b"), scaleMin: low, scaleMax: high)

        #expect(question.scale == expected)
        #expect(question.type.isScale)
    }

    @Test func localizedTextFallsBack() {
        let text = LocalizedText([.en: "Why?", .fi: "Miksi?"])

        #expect(text.text(in: .fi) == "Miksi?")
        #expect(text.text(in: .sv) == "Why?")
        #expect(LocalizedText([.fi: "Miksi?", .da: "Hvorfor?"]).text(in: .sv) == "Hvorfor?")
        #expect(LocalizedText([:]).text(in: .sv) == "")
    }
}
