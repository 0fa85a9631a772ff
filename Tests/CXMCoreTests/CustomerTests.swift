import Foundation
import Testing

@testable import CXMCore

@Suite("Customers and identifiers")
struct CustomerTests {
    @Test(
        "Identifiers are parsed and normalised",
        arguments: [
            ("crm:123", "crm", "123"),
            ("CRM: 123 ", "crm", "123"),
            ("email:A@Example.se", "email", "a@example.se"),
            ("phone:+46 70-123 45 67", "phone", "+46701234567"),
            ("support:SR-9", "support", "SR-9"),
            ("billing:inv:2026:7", "billing", "inv:2026:7"),
            ("sap_id:00042", "sap_id", "00042"),
        ])
    func parsesIdentifier(text: String, system: String, value: String) throws {
        let parsed = try #require(CustomerIdentifier(text))

        let identifier = try parsed.validated()

        #expect(identifier == CustomerIdentifier(system: system, value: value))
        #expect(identifier.description == "\(system):\(value)")
    }

    @Test func textWithoutColonIsNoIdentifier() {
        #expect(CustomerIdentifier("anna@example.se") == nil)
    }

    @Test(
        "Bad identifiers name the part that is wrong",
        arguments: [
            (":123", ["system"]), ("e-mail:a@b.se", ["system"]), ("kund nr:1", ["system"]), ("kundnummer_å:1", ["system"]),
            (String(repeating: "s", count: 33) + ":1", ["system"]), ("crm:", ["value"]), ("crm:   ", ["value"]),
            ("crm:" + String(repeating: "9", count: 201), ["value"]), ("email:anna", ["value"]), (":", ["system", "value"]),
        ])
    func rejectsIdentifier(text: String, fields: [String]) throws {
        let identifier = try #require(CustomerIdentifier(text))

        let problem = try #require(failure { () throws(ValidationFailure) in try identifier.validated() })

        #expect(problem.fields == fields)
    }

    @Test func customerIdentifiersAreNormalisedAndDeduplicated() throws {
        let customer = Customer(
            displayName: "  Anna Berg ",
            identifiers: [
                CustomerIdentifier(system: "crm", value: "123"), CustomerIdentifier(system: "email", value: "Anna@Example.se"),
                CustomerIdentifier(system: "CRM", value: " 123"), CustomerIdentifier(system: "email", value: "anna@example.se"),
            ])

        let result = try customer.validated()

        #expect(result.displayName == "Anna Berg")
        #expect(result.identifiers.map(\.description) == ["crm:123", "email:anna@example.se"])
    }

    @Test func badIdentifiersAreReportedByIndexTogether() throws {
        let customer = Customer(
            displayName: "Anna",
            identifiers: [
                CustomerIdentifier(system: "crm", value: "1"), CustomerIdentifier(system: "", value: "2"),
                CustomerIdentifier(system: "email", value: "nope"),
            ])

        let problem = try #require(failure { () throws(ValidationFailure) in try customer.validated() })

        #expect(problem.fields == ["identifiers[1].system", "identifiers[2].value"])
    }

    @Test func customerNeedsAtLeastOneAndAtMostTwentyIdentifiers() throws {
        let none = Customer(displayName: "", identifiers: [])
        let many = Customer(
            displayName: "", identifiers: (1...21).map { CustomerIdentifier(system: "crm", value: "\($0)") })

        let noneProblem = try #require(failure { () throws(ValidationFailure) in try none.validated() })
        let manyProblem = try #require(failure { () throws(ValidationFailure) in try many.validated() })

        #expect(noneProblem.fields == ["identifiers"])
        #expect(manyProblem.fields == ["identifiers"])
        #expect(manyProblem.errors[0].message.contains("20"))
    }

    @Test(
        "Attribute problems name the attribute",
        arguments: [
            ("Tier", AttributeValue.text("gold"), "attributes.Tier"),
            ("customer tier", .text("gold"), "attributes.customer tier"),
            ("ålder", .number(40), "attributes.ålder"),
            ("", .boolean(true), "attributes."),
            ("score", .number(.nan), "attributes.score"),
            ("score", .number(.infinity), "attributes.score"),
            ("note", .text(String(repeating: "n", count: 1001)), "attributes.note"),
        ] as [(String, AttributeValue, String)])
    func rejectsAttribute(key: String, value: AttributeValue, field: String) throws {
        let customer = Customer(
            displayName: "Anna", identifiers: [CustomerIdentifier(system: "crm", value: "1")], attributes: [key: value])

        let problem = try #require(failure { () throws(ValidationFailure) in try customer.validated() })

        #expect(problem.fields == [field])
    }

    @Test func validAttributesPass() throws {
        let customer = Customer(
            displayName: "Anna", identifiers: [CustomerIdentifier(system: "crm", value: "1")],
            attributes: ["tier": .text("gold"), "age_2026": .number(41), "since": .date("2019-05-01"), "b2b": .boolean(false)])

        #expect(try customer.validated().attributes.count == 4)
    }
}

@Suite("Attribute values")
struct AttributeValueTests {
    @Test(
        "Parsing each type",
        arguments: [
            (" fibre ", AttributeType.text, AttributeValue.text("fibre")),
            ("", .text, .text("")),
            ("42", .number, .number(42)),
            ("3,5", .number, .number(3.5)),
            ("-0.25", .number, .number(-0.25)),
            (" 1e3 ", .number, .number(1000)),
            ("2024-02-29", .date, .date("2024-02-29")),
            ("2000-02-29", .date, .date("2000-02-29")),
            ("2026-12-31", .date, .date("2026-12-31")),
            ("true", .boolean, .boolean(true)),
            ("Yes", .boolean, .boolean(true)),
            ("ja", .boolean, .boolean(true)),
            ("JA", .boolean, .boolean(true)),
            ("kyllä", .boolean, .boolean(true)),
            ("KYLLÄ", .boolean, .boolean(true)),
            ("1", .boolean, .boolean(true)),
            ("false", .boolean, .boolean(false)),
            ("nej", .boolean, .boolean(false)),
            ("nei", .boolean, .boolean(false)),
            ("ei", .boolean, .boolean(false)),
            ("0", .boolean, .boolean(false)),
        ] as [(String, AttributeType, AttributeValue)])
    func parses(text: String, type: AttributeType, expected: AttributeValue) {
        let value = AttributeValue.parse(text, as: type)

        #expect(value == expected)
        #expect(value?.type == type)
    }

    @Test(
        "Text that is not a value of the type",
        arguments: [
            ("", AttributeType.number), ("abc", .number), ("1,000.5", .number), ("inf", .number), ("nan", .number),
            ("1 000", .number),
            ("2023-02-29", .date), ("1900-02-29", .date), ("2026-04-31", .date), ("2026-13-01", .date),
            ("2026-00-10", .date), ("2026-01-00", .date), ("0000-01-01", .date), ("26-03-01", .date),
            ("2026-3-1", .date), ("2026/03/01", .date), ("01.03.2026", .date), ("2026-03-01T10:00", .date),
            ("2024-2-029", .date), ("-2024-02-2", .date), ("+026-03-01", .date), ("2026-+3-01", .date),
            ("maybe", .boolean), ("", .boolean), ("sant", .boolean), ("jo", .boolean),
        ] as [(String, AttributeType)])
    func rejects(text: String, type: AttributeType) {
        #expect(AttributeValue.parse(text, as: type) == nil)
    }

    @Test(
        "Plain text of values",
        arguments: [
            (AttributeValue.number(42), "42"), (.number(-3), "-3"), (.number(42.5), "42.5"), (.boolean(true), "true"),
            (.boolean(false), "false"), (.date("2026-03-01"), "2026-03-01"), (.text("Gold"), "Gold"),
        ] as [(AttributeValue, String)])
    func plainText(value: AttributeValue, expected: String) {
        #expect(value.plainText == expected)
    }

    @Test(
        "JSON round trip keeps the type",
        arguments: [
            AttributeValue.date("2026-03-01"), .text("2026-03-01"), .number(42), .number(0.5), .boolean(true), .text(""),
        ])
    func jsonRoundTrip(value: AttributeValue) throws {
        let data = try JSONEncoder().encode(value)

        let decoded = try JSONDecoder().decode(AttributeValue.self, from: data)

        #expect(decoded == value)
    }

    @Test func dateIsWrittenAsTypedObject() throws {
        let json = #"{"type":"date","value":"2026-03-01"}"#

        let value = try JSONDecoder().decode(AttributeValue.self, from: Data(json.utf8))
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? [String: String]

        #expect(value == .date("2026-03-01"))
        #expect(object == ["type": "date", "value": "2026-03-01"])
    }

    @Test(
        "JSON that is not a valid attribute value",
        arguments: [
            #"{"type":"date","value":"2026-02-30"}"#, #"{"type":"date","value":"1 March"}"#,
            #"{"type":"number","value":"42"}"#, #"{"type":"boolean","value":"ja"}"#, #"{"type":"colour","value":"red"}"#,
            #"{"value":"x"}"#,
        ])
    func rejectsJSON(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AttributeValue.self, from: Data(json.utf8))
        }
    }

    @Test(
        "Attribute keys",
        arguments: [
            ("tier", true), ("age_2026", true), ("a", true), (String(repeating: "k", count: 64), true),
            ("", false), ("Tier", false), ("customer tier", false), ("ålder", false), ("tier-2", false),
            (String(repeating: "k", count: 65), false),
        ])
    func attributeKeys(key: String, valid: Bool) {
        #expect(AttributeDefinition.isValidKey(key) == valid)
    }
}

@Suite("Merging two records of one customer")
struct CustomerMergeTests {
    @Test func theSurvivorWinsTheOtherFillsGapsAndTheStricterConsentHolds() {
        let survivor = Customer(
            id: "a", displayName: "Anna L", identifiers: [CustomerIdentifier(system: "crm", value: "1")],
            attributes: ["plan": .text("Fiber")], consent: Consent(maySurvey: true, mayContact: true))
        let merged = Customer(
            id: "b", displayName: "anna@example.se",
            identifiers: [
                CustomerIdentifier(system: "email", value: "anna@example.se"), CustomerIdentifier(system: "crm", value: "1"),
            ],
            attributes: ["plan": .text("Mobile"), "tenure_months": .number(4)],
            consent: Consent(maySurvey: false, mayContact: true),
            unitID: "u-1", preferredLanguage: .sv)

        let combined = CustomerMerge.combined(survivor: survivor, merged: merged)

        #expect(combined.id == "a" && combined.displayName == "Anna L")
        #expect(combined.identifiers.map(\.description) == ["crm:1", "email:anna@example.se"])
        #expect(combined.attributes == ["plan": .text("Fiber"), "tenure_months": .number(4)])
        #expect(combined.consent == Consent(maySurvey: false, mayContact: true))
        #expect(combined.unitID == "u-1" && combined.preferredLanguage == .sv)
    }
}
