import Foundation
import Testing

@testable import CXMCore

/// Display logic, screens and thank-you texts: what a respondent sees depends on earlier answers.
struct SurveyFlowTests {
    static func text(_ value: String) -> LocalizedText { LocalizedText([.en: value]) }

    /// NPS, a follow-up for detractors only, a CSAT, and an open question for those who chose "price".
    static func survey(layout: SurveyPresentation.Layout = .allOnOnePage) -> Survey {
        Survey(
            name: "After the visit", touchpointIDs: ["tp"], languages: [.en],
            questions: [
                Question(key: "nps", type: .nps, text: text("Recommend?"), required: true),
                Question(
                    key: "why_low", type: .openText, text: text("What went wrong?"), required: true,
                    showIf: .detractors(of: "nps")),
                Question(key: "csat", type: .csat, text: text("Satisfied?")),
                Question(
                    key: "topic", type: .multipleChoice, text: text("About?"),
                    options: [
                        ChoiceOption(key: "price", label: text("Price")), ChoiceOption(key: "staff", label: text("Staff")),
                    ]),
                Question(
                    key: "price_note", type: .openText, text: text("Price?"),
                    showIf: DisplayCondition(question: "topic", anyOf: ["price"])),
            ],
            presentation: SurveyPresentation(layout: layout))
    }

    @Test func pagesBreakWhereAQuestionDependsOnTheSamePage() {
        #expect(SurveyFlow(Self.survey()).screens == [[0], [1, 2, 3], [4]])
        #expect(SurveyFlow(Self.survey(layout: .oneQuestionPerScreen)).screens == [[0], [1], [2], [3], [4]])
    }

    @Test(arguments: [
        (6, true), (0, true), (7, false), (10, false),
    ])
    func detractorFollowUpShowsOnlyForDetractors(score: Int, shown: Bool) {
        let flow = SurveyFlow(Self.survey())
        let keys = flow.questions(onScreen: 1, answers: ["nps": .score(score)]).map(\.key)
        #expect(keys == (shown ? ["why_low", "csat", "topic"] : ["csat", "topic"]))
    }

    @Test func unansweredSourceHidesTheFollowUpAndEmptyScreensAreSkipped() {
        let flow = SurveyFlow(Self.survey())
        #expect(flow.questions(onScreen: 1, answers: [:]).map(\.key) == ["csat", "topic"])
        // The last screen only has the price note: skipped unless price was chosen.
        #expect(flow.nextScreen(after: 1, answers: ["topic": .choices(["staff"])]) == nil)
        #expect(flow.nextScreen(after: 1, answers: ["topic": .choices(["staff", "price"])]) == 2)
        #expect(flow.nextScreen(after: nil, answers: [:]) == 0)
    }

    @Test func answersOfQuestionsHiddenLaterAreDropped() {
        let flow = SurveyFlow(Self.survey())
        // A detractor explained, then went back and gave a 9: the explanation no longer counts.
        let answers = [Answer(question: "nps", value: .score(9)), Answer(question: "why_low", value: .text("slow"))]
        #expect(flow.visibleAnswers(answers).map(\.question) == ["nps"])
    }

    @Test func mayContinueLooksAtWhatCouldStillBeShown() {
        let flow = SurveyFlow(Self.survey(layout: .oneQuestionPerScreen))
        #expect(flow.mayContinue(after: 0, answers: [:]))
        // After the topic question, only the price note is left; staff alone ends the survey.
        #expect(!flow.mayContinue(after: 3, answers: ["topic": .choices(["staff"])]))
        #expect(flow.mayContinue(after: 3, answers: [:]))
    }

    @Test func requiredFollowUpIsNotRequiredWhenHidden() throws {
        let survey = Self.survey()
        let catalog = ResponseCatalog(
            surveys: [survey.id: [1: survey]], currentVersions: [survey.id: 1],
            touchpoints: [
                "tp": Touchpoint(id: "tp", stageID: "st", name: "Visit", position: 0, channelID: "web", ownerUnitID: "u")
            ],
            unitIDs: ["u"], channelIDs: ["web"])
        let promoter = ResponseSubmission(
            surveyID: survey.id, language: .en, answers: [Answer(question: "nps", value: .score(10))])
        #expect(throws: Never.self) { try promoter.resolve(in: catalog, receivedAt: .now) }
        let detractor = ResponseSubmission(
            surveyID: survey.id, language: .en, answers: [Answer(question: "nps", value: .score(2))])
        #expect(throws: ValidationFailure.self) { try detractor.resolve(in: catalog, receivedAt: .now) }
    }

    @Test(
        arguments: [
            (10, "promoter"), (8, "passive"), (3, "detractor"), (nil, "standard"),
        ] as [(Int?, String)])
    func thankYouFollowsTheNPSAnswer(score: Int?, expected: String) {
        let thanks = ThankYouMessages(
            standard: Self.text("standard"), promoter: Self.text("promoter"), passive: Self.text("passive"),
            detractor: Self.text("detractor"))
        let answers = score.map { [Answer(question: "nps", value: .score($0))] } ?? []
        #expect(thanks.message(for: Self.survey(), answers: answers)?.text(in: .en) == expected)
    }

    @Test func conditionsAreValidatedAgainstEarlierQuestions() {
        var survey = Self.survey()
        survey.questions[1].showIf = DisplayCondition(question: "csat", atMost: 2)  // csat comes later
        survey.questions[4].showIf = DisplayCondition(question: "topic", anyOf: ["nonsense"])
        survey.questions[2].showIf = DisplayCondition(question: "nps", atLeast: 8, atMost: 11)
        #expect {
            try survey.validated()
        } throws: { error in
            let fields = Set((error as? ValidationFailure)?.errors.map(\.field) ?? [])
            return fields.isSuperset(of: [
                "questions[1].showIf.question", "questions[4].showIf.anyOf", "questions[2].showIf.atMost",
            ])
        }
    }

    @Test func definitionsStoredBeforePresentationExistedStillDecode() throws {
        let json =
            #"{"id":"s1","name":"Old","version":3,"touchpointIDs":["tp"],"languages":["sv"],"#
            + #""questions":[{"key":"nps","type":"nps","text":{"sv":"Rekommendera?"}}]}"#
        let survey = try JSONDecoder().decode(Survey.self, from: Data(json.utf8))
        #expect(survey.presentation == SurveyPresentation())
        #expect(survey.questions[0].showIf == nil)
    }
}

/// One screen's answers as a form sends them.
struct ScreenAnswersTests {
    /// The questions a promoter is shown (the required follow-up for detractors is not among them).
    static let questions = SurveyFlowTests.survey().questions.filter { $0.key != "why_low" }

    @Test func readsScoresChoicesAndText() {
        let read = ScreenAnswers(
            questions: Self.questions,
            values: ["nps": ["9"], "csat": ["4"], "topic": ["staff", "price"], "price_note": ["Too high"]])
        #expect(read.problems.isEmpty)
        #expect(
            read.answers == [
                Answer(question: "nps", value: .score(9)), Answer(question: "csat", value: .score(4)),
                Answer(question: "topic", value: .choices(["price", "staff"])),
                Answer(question: "price_note", value: .text("Too high")),
            ])
    }

    @Test(arguments: [
        ("nps", ["11"], ScreenAnswers.Problem.outOfRange(0...10)),
        ("nps", ["seven"], .outOfRange(0...10)),
        ("nps", [], .required),
        ("csat", ["0"], .outOfRange(1...5)),
        ("topic", ["price", "hacked"], .unknownOption),
        ("price_note", [String(repeating: "x", count: 10_001)], .tooLong(limit: 10_000)),
    ])
    func refusesWhatTheQuestionCannotTake(key: String, sent: [String], problem: ScreenAnswers.Problem) {
        var values = ["nps": ["5"]]
        values[key] = sent
        let read = ScreenAnswers(questions: Self.questions, values: values)
        #expect(read.problems[key] == problem)
        #expect(!read.answers.contains { $0.question == key })
    }
}

/// Numbers a client sends may be anywhere in Int's range; checking them must not overflow.
struct ExtremeNumberTests {
    @Test func distributionSettingsWithHugeNumbersAreRefusedNotTrapped() {
        let settings = DistributionSettings(
            delayMinutes: 1943, expiryDays: 46, reminders: 35030, reminderSpacingDays: -144_115_188_075_855_871)
        #expect(throws: ValidationFailure.self) { try settings.validated() }
        let late = DistributionSettings(expiryDays: 5, reminders: 3, reminderSpacingDays: 2)
        #expect { try late.validated() } throws: { ($0 as? ValidationFailure)?.errors.map(\.field) == ["reminders"] }
    }

    @Test func aRatingScaleFromIntMinToIntMaxIsRefusedNotTrapped() {
        let survey = Survey(
            name: "x", touchpointIDs: ["tp"], languages: [.en],
            questions: [
                Question(key: "r", type: .rating, text: LocalizedText([.en: "Rate"]), scaleMin: Int.min, scaleMax: Int.max)
            ])
        #expect(throws: ValidationFailure.self) { try survey.validated() }
    }
}
