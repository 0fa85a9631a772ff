import Foundation
import Testing

@testable import CXMCore

private func row(_ fields: String..., line: Int = 2) -> CSVReader.Record { CSVReader.Record(line: line, fields: fields) }

@Suite("Column mapping options")
struct ColumnMappingTests {
    @Test func parsesPairsWithLowercasedColumns() throws {
        let mapping = try ColumnMapping.parse([" Betyg = answer:nps ", "Kund ID=customerID", "a=b=c", "Notes=ignore"])

        #expect(mapping == ["betyg": "answer:nps", "kund id": "customerID", "a=b": "c", "notes": "ignore"])
    }

    @Test("Malformed --map options", arguments: ["Score", "=answer:nps", "Score=", " = ", ""])
    func rejectsMalformed(option: String) throws {
        let problem = try #require(failure { () throws(ValidationFailure) in try ColumnMapping.parse([option]) })

        #expect(problem.fields == ["--map"])
    }
}

@Suite("Response CSV mapping")
struct ResponseCSVMappingTests {
    private static func mapping(
        _ header: [String], _ overrides: [String: String] = [:]
    ) throws(ValidationFailure) -> ResponseCSVMapping {
        try ResponseCSVMapping(header: header, overrides: overrides)
    }

    @Test func headerNamesFillFieldsAndOtherColumnsAreAnswers() throws {
        let mapping = try Self.mapping([
            "SurveyID", "surveyVersion", "touchpointID", "unitID", "channelID", "customerID", "customer", "Language",
            "submittedAt", "idempotencyKey", "nps", "answer:reason", "q:topics", "Notes",
        ])
        let record = row(
            "delivery", "3", "tp-1", "store-7", "web", "c-1", "crm:123", "sv-SE", "2026-03-01T09:30:00Z", "row-2", "9",
            " Fast ", "box | tape", "")

        let submission = try mapping.submission(from: record)

        #expect(submission.surveyID == "delivery")
        #expect(submission.surveyVersion == 3)
        #expect(submission.touchpointID == "tp-1")
        #expect(submission.unitID == "store-7")
        #expect(submission.channelID == "web")
        #expect(submission.customerID == "c-1")
        #expect(submission.customer == "crm:123")
        #expect(submission.language == .sv)
        #expect(submission.submittedAt == Date(timeIntervalSince1970: 1_772_357_400))
        #expect(submission.idempotencyKey == "row-2")
        #expect(
            submission.answers == [
                Answer(question: "nps", value: .text("9")), Answer(question: "reason", value: .text("Fast")),
                Answer(question: "topics", value: .text("box | tape")),
            ])
    }

    @Test func emptyCellsLeaveFieldsUnsetAndQuestionsUnanswered() throws {
        let mapping = try Self.mapping(["surveyID", "language", "touchpointID", "nps", "comment"])

        let submission = try mapping.submission(from: row("s", "en", " ", "", "  "))

        #expect(submission.touchpointID == nil)
        #expect(submission.surveyVersion == nil)
        #expect(submission.submittedAt == nil)
        #expect(submission.answers.isEmpty)
    }

    @Test func overridesMapColumnsCaseInsensitively() throws {
        let mapping = try Self.mapping(
            ["Enkät", "Språk", "Rekommendation", "Internt"],
            try ColumnMapping.parse(["ENKÄT=surveyID", "språk=language", "rekommendation=answer:nps", "INTERNT=ignore"]))

        let submission = try mapping.submission(from: row("delivery", "fi", "7", "secret"))

        #expect(submission.surveyID == "delivery")
        #expect(submission.language == .fi)
        #expect(submission.answers == [Answer(question: "nps", value: .text("7"))])
    }

    @Test(
        "Header problems",
        arguments: [
            (["language", "nps"], [:], ["header"]),
            (["surveyID", "nps"], [:], ["header"]),
            (["nps"], [:], ["header", "header"]),
            (["surveyID", "language"], ["score": "answer:nps"], ["--map"]),
            (["surveyID", "language", "Score"], ["score": "answer:"], ["column 3 (Score)"]),
            (["Survey", "Lang"], ["survey": "surveyID"], ["header"]),
        ] as [([String], [String: String], [String])])
    func headerProblems(header: [String], overrides: [String: String], fields: [String]) throws {
        let problem = try #require(failure { () throws(ValidationFailure) in try Self.mapping(header, overrides) })

        #expect(problem.fields == fields)
    }

    @Test func unknownMapColumnIsNamed() throws {
        let problem = try #require(
            failure { () throws(ValidationFailure) in
                try Self.mapping(["surveyID", "language"], ["betyg": "answer:nps"])
            })

        #expect(problem.errors[0].message.contains("'betyg'"))
    }

    @Test("Wrong number of fields", arguments: [["s", "en"], ["s", "en", "9", "extra"]])
    func wrongFieldCount(fields: [String]) throws {
        let mapping = try Self.mapping(["surveyID", "language", "nps"])

        let problem = try #require(
            failure { () throws(ValidationFailure) in
                try mapping.submission(from: CSVReader.Record(line: 4, fields: fields))
            })

        #expect(problem.fields == ["line"])
        #expect(problem.errors[0].message.contains("\(fields.count) fields"))
    }

    @Test(
        "Row problems name the field",
        arguments: [
            (["s", "de", "", ""], ["language"]),
            (["s", "", "", ""], ["language"]),
            (["s", "sv", "two", ""], ["surveyVersion"]),
            (["s", "sv", "1.5", ""], ["surveyVersion"]),
            (["s", "sv", "", "yesterday"], ["submittedAt"]),
            (["s", "sv", "", "2026-02-30"], ["submittedAt"]),
            (["", "sv", "", ""], ["surveyID"]),
            (["", "xx", "v2", "soon"], ["language", "surveyVersion", "submittedAt", "surveyID"]),
        ] as [([String], [String])])
    func rowProblems(fields: [String], expected: [String]) throws {
        let mapping = try Self.mapping(["surveyID", "language", "surveyVersion", "submittedAt"])

        let problem = try #require(
            failure { () throws(ValidationFailure) in
                try mapping.submission(from: CSVReader.Record(line: 2, fields: fields))
            })

        #expect(problem.fields == expected)
    }

    @Test(
        "Submission times",
        arguments: [
            ("2026-03-01T09:30:00Z", 1_772_357_400.0),
            ("2026-03-01T10:30:00+01:00", 1_772_357_400),
            ("2026-03-01 09:30", 1_772_357_400),
            ("2026-03-01 09:30:15", 1_772_357_415),
            ("2026-03-01", 1_772_323_200),
            ("2026-03-01T09:30:00.250Z", 1_772_357_400.25),
        ])
    func submissionTimes(text: String, seconds: TimeInterval) throws {
        let mapping = try Self.mapping(["surveyID", "language", "submittedAt"])

        let submission = try mapping.submission(from: row("s", "en", text))

        let date = try #require(submission.submittedAt)
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.001)
    }

    /// Cells stay text (a comment "007" must not become 7); the question type reads them later.
    @Test("Answer cells stay as written", arguments: ["9", "-1", "007", "speed", "a|b", "box | tape | 7", "Bra, tack!", "4,5"])
    func answerCells(cell: String) throws {
        let mapping = try Self.mapping(["surveyID", "language", "q"])

        let submission = try mapping.submission(from: row("s", "en", cell))

        #expect(submission.answers == [Answer(question: "q", value: .text(cell))])
    }
}

@Suite("Customer CSV mapping")
struct CustomerCSVMappingTests {
    private static func mapping(
        _ header: [String], _ overrides: [String: String] = [:]
    ) throws(ValidationFailure) -> CustomerCSVMapping {
        try CustomerCSVMapping(header: header, overrides: overrides)
    }

    private static func customer(_ mapping: CustomerCSVMapping, _ fields: [String]) throws(ValidationFailure) -> Customer {
        try mapping.customer(from: CSVReader.Record(line: 2, fields: fields), newID: { "generated-id" })
    }

    @Test func fieldsIdentifiersAndAttributes() throws {
        let mapping = try Self.mapping([
            "id", "Name", "CRM", "email", "phone", "identifier:SAP", "attribute:since:date", "attribute:age:number",
            "attribute:b2b:boolean", "attribute:tier", "Home store", "unitID", "preferredLanguage", "maySurvey", "mayContact",
        ])
        let fields = [
            "cust-1", " Anna Berg ", "123", "Anna@Example.SE", "+46 70-123 45 67", "9001", "2019-05-01", "41,5", "nej", "gold",
            "Luleå", "store-7", "nb-NO", "no", "ja",
        ]

        let customer = try Self.customer(mapping, fields)

        #expect(customer.id == "cust-1")
        #expect(customer.displayName == "Anna Berg")
        #expect(
            customer.identifiers.map(\.description) == [
                "crm:123", "email:anna@example.se", "phone:+46701234567", "sap:9001",
            ])
        #expect(
            customer.attributes == [
                "since": .date("2019-05-01"), "age": .number(41.5), "b2b": .boolean(false), "tier": .text("gold"),
                "home_store": .text("Luleå"),
            ])
        #expect(customer.unitID == "store-7")
        #expect(customer.preferredLanguage == .nb)
        #expect(customer.consent == Consent(maySurvey: false, mayContact: true))
    }

    @Test func missingIDIsGeneratedAndConsentDefaultsToYes() throws {
        let mapping = try Self.mapping(["crm", "displayName"])

        let customer = try Self.customer(mapping, ["77", ""])

        #expect(customer.id == "generated-id")
        #expect(customer.consent == Consent(maySurvey: true, mayContact: true))
        #expect(customer.identifiers == [CustomerIdentifier(system: "crm", value: "77")])
    }

    @Test(
        "Consent cells",
        arguments: [
            ("yes", true), ("no", false), ("true", true), ("FALSE", false), ("ja", true), ("nej", false), ("kyllä", true),
            ("ei", false),
        ])
    func consent(cell: String, granted: Bool) throws {
        let mapping = try Self.mapping(["crm", "maySurvey"])

        let customer = try Self.customer(mapping, ["1", cell])

        #expect(customer.consent.maySurvey == granted)
    }

    @Test func overridesMapColumns() throws {
        let mapping = try Self.mapping(
            ["Kundnummer", "Epost", "Kundtyp", "Anteckning"],
            try ColumnMapping.parse(["kundnummer=crm", "EPOST=email", "Kundtyp=attribute:segment:text", "anteckning=ignore"]))

        let customer = try Self.customer(mapping, ["5", "ola@example.no", "private", "secret"])

        #expect(customer.identifiers.map(\.description) == ["crm:5", "email:ola@example.no"])
        #expect(customer.attributes == ["segment": .text("private")])
    }

    @Test(
        "Header problems",
        arguments: [
            (["name", "attribute:tier"], ["header"]),
            (["crm", "attribute:tier:colour"], ["column 2 (attribute:tier:colour)"]),
            (["crm", "attribute:Tier:text"], ["column 2 (attribute:Tier:text)"]),
            (["crm", "Ålder"], ["column 2 (Ålder)"]),
            (["name", "Ålder"], ["column 2 (Ålder)", "header"]),
        ] as [([String], [String])])
    func headerProblems(header: [String], fields: [String]) throws {
        let problem = try #require(failure { () throws(ValidationFailure) in try Self.mapping(header) })

        #expect(problem.fields == fields)
    }

    @Test(
        "Row problems name the field",
        arguments: [
            (["1", "x", "", "", ""], ["age"]),
            (["1", "", "2026-02-30", "", ""], ["since"]),
            (["1", "", "", "maybe", ""], ["maySurvey"]),
            (["1", "", "", "", "de"], ["preferredLanguage"]),
            (["1", "old", "yesterday", "perhaps", "klingon"], ["age", "since", "maySurvey", "preferredLanguage"]),
        ] as [([String], [String])])
    func rowProblems(fields: [String], expected: [String]) throws {
        let mapping = try Self.mapping(["crm", "attribute:age:number", "attribute:since:date", "maySurvey", "preferredLanguage"])

        let problem = try #require(failure { () throws(ValidationFailure) in try Self.customer(mapping, fields) })

        #expect(problem.fields == expected)
    }

    @Test func unknownMapColumnIsNamed() throws {
        let problem = try #require(
            failure { () throws(ValidationFailure) in
                try Self.mapping(["crm", "Kundtyp"], ["kundtype": "attribute:segment:text"])
            })

        #expect(problem.fields == ["--map"])
        #expect(problem.errors[0].message.contains("'kundtype'"))
    }

    @Test func rowProblemsAndCustomerProblemsComeBackTogether() throws {
        let mapping = try Self.mapping(["email", "maySurvey"])

        let problem = try #require(
            failure { () throws(ValidationFailure) in try Self.customer(mapping, ["not-an-email", "maybe"]) })

        #expect(problem.fields == ["maySurvey", "identifiers[0].value"])
    }

    @Test func badIDIsRejected() throws {
        let mapping = try Self.mapping(["id", "crm"])

        let problem = try #require(failure { () throws(ValidationFailure) in try Self.customer(mapping, ["kund 1", "1"]) })

        #expect(problem.fields == ["id"])
    }

    @Test func rowWithoutAnyIdentifierIsRejected() throws {
        let mapping = try Self.mapping(["crm", "email", "name"])

        let problem = try #require(failure { () throws(ValidationFailure) in try Self.customer(mapping, ["", " ", "Anna"]) })

        #expect(problem.fields == ["identifiers"])
    }

    @Test func wrongFieldCount() throws {
        let mapping = try Self.mapping(["crm", "name"])

        let problem = try #require(failure { () throws(ValidationFailure) in try Self.customer(mapping, ["1"]) })

        #expect(problem.fields == ["line"])
    }
}
