import Foundation
import Testing

@testable import CXMCore

/// A small catalog: survey "delivery" (versions 1 and 2, one touchpoint) and survey "support"
/// (two touchpoints), two touchpoints, three units, two channels and two customers.
private enum Catalog {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    static func text(_ en: String) -> LocalizedText { LocalizedText([.en: en, .sv: en]) }

    static func options(_ keys: String...) -> [ChoiceOption] { keys.map { ChoiceOption(key: $0, label: text($0)) } }

    static let deliveryV2 = Survey(
        id: "delivery", name: "Delivery", version: 2, touchpointIDs: ["tp-delivery"], languages: [.sv, .en],
        questions: [
            Question(key: "nps", type: .nps, text: text("Recommend?"), required: true),
            Question(key: "csat", type: .csat, text: text("Satisfied?")),
            Question(key: "effort", type: .ces, text: text("Easy?")),
            Question(key: "stars", type: .rating, text: text("Stars"), scaleMin: 0, scaleMax: 3),
            Question(key: "overall", type: .nki, text: text("Overall"), nkiItem: .overall),
            Question(key: "topic", type: .singleChoice, text: text("Topic"), options: options("price", "speed", "3")),
            Question(key: "extras", type: .multipleChoice, text: text("Extras"), options: options("box", "tape", "7")),
            Question(key: "comment", type: .openText, text: text("Anything else?")),
        ])

    static let deliveryV1 = Survey(
        id: "delivery", name: "Delivery", version: 1, touchpointIDs: ["tp-delivery"], languages: [.sv],
        questions: [Question(key: "score", type: .csat, text: text("Satisfied?"), required: true)])

    static let support = Survey(
        id: "support", name: "Support", touchpointIDs: ["tp-delivery", "tp-phone"], languages: [.en],
        questions: [Question(key: "comment", type: .openText, text: text("Comment"))])

    static let catalog = ResponseCatalog(
        surveys: ["delivery": [1: deliveryV1, 2: deliveryV2], "support": [1: support]],
        currentVersions: ["delivery": 2, "support": 1],
        touchpoints: [
            "tp-delivery": Touchpoint(
                id: "tp-delivery", stageID: "s", name: "Delivery", position: 0, channelID: "web", ownerUnitID: "logistics"),
            "tp-phone": Touchpoint(
                id: "tp-phone", stageID: "s", name: "Phone", position: 1, channelID: "phone", ownerUnitID: "service"),
            "tp-unsurveyed": Touchpoint(
                id: "tp-unsurveyed", stageID: "s", name: "Store", position: 2, channelID: "store", ownerUnitID: "store"),
        ],
        unitIDs: ["logistics", "service", "store", "north"], channelIDs: ["web", "phone", "store"],
        customerIDs: ["cust-anna", "cust-ola"],
        customersByIdentifier: ["crm:123": "cust-anna", "email:ola@example.no": "cust-ola"])

    static func submission(
        survey: String = "delivery", version: Int? = nil, touchpoint: String? = nil, unit: String? = nil,
        channel: String? = nil, customerID: String? = nil, customer: String? = nil, language: Language = .sv,
        submittedAt: Date? = nil, answers: [(String, AnswerValue)] = [("nps", .score(9))], idempotencyKey: String? = nil
    ) -> ResponseSubmission {
        ResponseSubmission(
            surveyID: survey, surveyVersion: version, touchpointID: touchpoint, unitID: unit, channelID: channel,
            customerID: customerID, customer: customer, language: language, submittedAt: submittedAt,
            answers: answers.map { Answer(question: $0.0, value: $0.1) }, idempotencyKey: idempotencyKey)
    }

    static func resolve(_ submission: ResponseSubmission) throws(ValidationFailure) -> SurveyResponse {
        try submission.resolve(in: catalog, receivedAt: now)
    }

    static func problem(_ submission: ResponseSubmission) -> ValidationFailure? {
        failure { () throws(ValidationFailure) in try resolve(submission) }
    }
}

@Suite("Resolving response submissions")
struct ResponseSubmissionTests {
    // MARK: Defaults and references

    @Test func defaultsComeFromTheSurveyAndItsTouchpoint() throws {
        let submission = Catalog.submission(answers: [("nps", .score(10)), ("comment", .text("Snabbt!"))])

        let response = try Catalog.resolve(submission)

        #expect(response.surveyID == "delivery")
        #expect(response.surveyVersion == 2)
        #expect(response.touchpointID == "tp-delivery")
        #expect(response.unitID == "logistics")
        #expect(response.channelID == "web")
        #expect(response.customerID == nil)
        #expect(response.language == .sv)
        #expect(response.submittedAt == Catalog.now)
        #expect(
            response.answers == [
                Answer(question: "nps", value: .score(10)), Answer(question: "comment", value: .text("Snabbt!")),
            ])
    }

    @Test func givenReferencesOverrideTheDefaults() throws {
        let earlier = Catalog.now.addingTimeInterval(-86_400)
        let submission = Catalog.submission(
            touchpoint: "tp-delivery", unit: "north", channel: "phone", customerID: "cust-ola", submittedAt: earlier,
            idempotencyKey: "row-17")

        let response = try Catalog.resolve(submission)

        #expect(response.unitID == "north")
        #expect(response.channelID == "phone")
        #expect(response.customerID == "cust-ola")
        #expect(response.submittedAt == earlier)
        #expect(response.idempotencyKey == "row-17")
    }

    @Test func olderVersionIsCheckedAgainstItsOwnQuestions() throws {
        let submission = Catalog.submission(version: 1, answers: [("score", .score(4))])

        let response = try Catalog.resolve(submission)

        #expect(response.surveyVersion == 1)
        #expect(response.answer("score") == .score(4))
    }

    @Test func surveyWithSeveralTouchpointsNeedsOne() throws {
        let missing = Catalog.submission(survey: "support", language: .en, answers: [])
        let given = Catalog.submission(survey: "support", touchpoint: "tp-phone", language: .en, answers: [])

        let problem = try #require(Catalog.problem(missing))
        let response = try Catalog.resolve(given)

        #expect(problem.fields == ["touchpointID"])
        #expect(response.unitID == "service")
        #expect(response.channelID == "phone")
    }

    @Test(
        "Unknown references are named in the error",
        arguments: [
            (Catalog.submission(survey: "nope"), "surveyID", "nope"),
            (Catalog.submission(version: 7), "surveyVersion", "7"),
            (Catalog.submission(touchpoint: "tp-gone"), "touchpointID", "tp-gone"),
            (Catalog.submission(touchpoint: "tp-unsurveyed"), "touchpointID", "tp-unsurveyed"),
            (Catalog.submission(unit: "unit-gone"), "unitID", "unit-gone"),
            (Catalog.submission(channel: "fax"), "channelID", "fax"),
            (Catalog.submission(customerID: "cust-gone"), "customerID", "cust-gone"),
            (Catalog.submission(customer: "crm:999"), "customer", "crm:999"),
        ] as [(ResponseSubmission, String, String)])
    func unknownReference(submission: ResponseSubmission, field: String, id: String) throws {
        let problem = try #require(Catalog.problem(submission))

        #expect(problem.fields == [field])
        #expect(problem.errors[0].message.contains("'\(id)'") || problem.errors[0].message.contains(" \(id) "))
    }

    // MARK: Customers

    @Test(
        "Customer by identifier",
        arguments: [("crm:123", "cust-anna"), ("email:ola@example.no", "cust-ola")])
    func customerByIdentifier(identifier: String, customerID: String) throws {
        let response = try Catalog.resolve(Catalog.submission(customer: identifier))

        #expect(response.customerID == customerID)
    }

    @Test func identifierAndSameCustomerIDAgree() throws {
        let response = try Catalog.resolve(Catalog.submission(customerID: "cust-anna", customer: "crm:123"))

        #expect(response.customerID == "cust-anna")
    }

    @Test func identifierOfAnotherCustomerConflicts() throws {
        let problem = try #require(Catalog.problem(Catalog.submission(customerID: "cust-ola", customer: "crm:123")))

        #expect(problem.fields == ["customer"])
        #expect(problem.errors[0].message.contains("cust-ola"))
    }

    // MARK: Language, time and key

    @Test func languageMustBeOfferedByTheVersion() throws {
        let problem = try #require(Catalog.problem(Catalog.submission(language: .fi)))
        let oldVersion = try #require(
            Catalog.problem(Catalog.submission(version: 1, language: .en, answers: [("score", .score(3))])))

        #expect(problem.fields == ["language"])
        #expect(oldVersion.fields == ["language"])
    }

    @Test(
        "Submission times up to five minutes ahead are clock skew",
        arguments: [(-3_600 * 24 * 365.0, true), (0, true), (299, true), (300, true), (301, false), (86_400, false)])
    func futureSubmission(offset: TimeInterval, accepted: Bool) {
        let submission = Catalog.submission(submittedAt: Catalog.now.addingTimeInterval(offset))

        let problem = Catalog.problem(submission)

        #expect(problem?.fields == (accepted ? nil : ["submittedAt"]))
    }

    @Test(
        "Idempotency keys",
        arguments: [
            ("", false), ("k", true), (String(repeating: "k", count: 200), true), (String(repeating: "k", count: 201), false),
        ])
    func idempotencyKey(key: String, accepted: Bool) {
        let problem = Catalog.problem(Catalog.submission(idempotencyKey: key))

        #expect(problem?.fields == (accepted ? nil : ["idempotencyKey"]))
    }

    // MARK: Answers

    @Test(
        "Answers that are accepted, normalised",
        arguments: [
            ("nps", AnswerValue.score(0), AnswerValue.score(0)),
            ("nps", .score(10), .score(10)),
            ("csat", .score(1), .score(1)),
            ("csat", .score(5), .score(5)),
            ("effort", .score(1), .score(1)),
            ("effort", .score(7), .score(7)),
            ("overall", .score(10), .score(10)),
            ("stars", .score(0), .score(0)),
            ("stars", .score(3), .score(3)),
            ("topic", .text("speed"), .choice("speed")),
            ("topic", .choice("price"), .choice("price")),
            ("topic", .choices(["price"]), .choice("price")),
            ("topic", .score(3), .choice("3")),
            ("topic", .text("3"), .choice("3")),
            ("extras", .choices(["box", "tape"]), .choices(["box", "tape"])),
            ("extras", .text("box"), .choices(["box"])),
            ("extras", .score(7), .choices(["7"])),
            ("comment", .text("Bra leverans"), .text("Bra leverans")),
            ("comment", .text(""), .text("")),
            ("comment", .score(5), .text("5")),
            ("comment", .choice("box"), .text("box")),
            // Cells from CSV files arrive as text and are read by the question's type.
            ("nps", .text("9"), .score(9)),
            ("effort", .text(" 7 "), .score(7)),
            ("extras", .text("box | tape"), .choices(["box", "tape"])),
            ("comment", .text("007 | fast | friendly"), .text("007 | fast | friendly")),
        ] as [(String, AnswerValue, AnswerValue)])
    func acceptedAnswer(question: String, value: AnswerValue, stored: AnswerValue) throws {
        let answers: [(String, AnswerValue)] = question == "nps" ? [(question, value)] : [("nps", .score(8)), (question, value)]

        let response = try Catalog.resolve(Catalog.submission(answers: answers))

        #expect(response.answer(question) == stored)
    }

    @Test(
        "Answers that are rejected",
        arguments: [
            ("nps", AnswerValue.score(11)),
            ("nps", .score(-1)),
            ("csat", .score(0)),
            ("csat", .score(6)),
            ("effort", .score(0)),
            ("effort", .score(8)),
            ("overall", .score(0)),
            ("stars", .score(-1)),
            ("stars", .score(4)),
            ("topic", .text("quality")),
            ("topic", .score(1)),
            ("topic", .choices(["price", "speed"])),
            ("topic", .choices([])),
            ("extras", .choices(["box", "box"])),
            ("extras", .choices([])),
            ("extras", .choices(["box", "glue"])),
            ("comment", .choices(["a", "b"])),
            ("comment", .text(String(repeating: "x", count: 10_001))),
        ] as [(String, AnswerValue)])
    func rejectedAnswer(question: String, value: AnswerValue) throws {
        let answers: [(String, AnswerValue)] = question == "nps" ? [(question, value)] : [("nps", .score(8)), (question, value)]
        let index = answers.count - 1

        let problem = try #require(Catalog.problem(Catalog.submission(answers: answers)))

        #expect(problem.fields == ["answers[\(index)].value"])
    }

    @Test func scoreErrorStatesTheScale() throws {
        let problem = try #require(Catalog.problem(Catalog.submission(answers: [("nps", .score(8)), ("effort", .score(9))])))

        #expect(problem.errors[0].message.contains("1 to 7"))
    }

    @Test func unknownQuestionIsNamed() throws {
        let problem = try #require(Catalog.problem(Catalog.submission(answers: [("nps", .score(8)), ("colour", .text("red"))])))

        #expect(problem.fields == ["answers[1].question"])
        #expect(problem.errors[0].message.contains("'colour'"))
    }

    @Test func questionAnsweredTwice() throws {
        let problem = try #require(Catalog.problem(Catalog.submission(answers: [("nps", .score(8)), ("nps", .score(3))])))

        #expect(problem.fields == ["answers[1].question"])
    }

    @Test func requiredQuestionMustBeAnswered() throws {
        let problem = try #require(Catalog.problem(Catalog.submission(answers: [("comment", .text("Hej"))])))

        #expect(problem.fields == ["answers"])
        #expect(problem.errors[0].message.contains("'nps'"))
    }

    @Test func everyProblemComesBackTogether() throws {
        let submission = Catalog.submission(
            touchpoint: "tp-unsurveyed", unit: "unit-gone", channel: "fax", customerID: "cust-gone", customer: "crm:999",
            language: .da, submittedAt: Catalog.now.addingTimeInterval(3_600),
            answers: [("csat", .score(0)), ("colour", .text("red")), ("csat", .score(3)), ("extras", .choices(["box", "box"]))],
            idempotencyKey: "")

        let problem = try #require(Catalog.problem(submission))

        #expect(
            problem.fields == [
                "touchpointID", "unitID", "channelID", "customerID", "customer", "language", "submittedAt",
                "idempotencyKey", "answers[0].value", "answers[1].question", "answers[2].question", "answers[3].value",
                "answers",
            ])
    }
}
