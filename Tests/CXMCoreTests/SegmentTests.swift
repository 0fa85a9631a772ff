import Testing

@testable import CXMCore

@Suite("Segments")
struct SegmentTests {
    typealias Op = SegmentCondition.Operator

    @Test(
        "A condition against one attribute value",
        arguments: [
            // equals / notEquals compare type and value.
            (Op.equals, AttributeValue.text("gold"), AttributeValue?.some(.text("gold")), true),
            (.equals, .text("gold"), .text("Gold"), false),
            (.equals, .number(3), .number(3.0), true),
            (.equals, .number(3), .text("3"), false),
            (.equals, .boolean(true), .boolean(false), false),
            (.equals, .text("gold"), nil, false),
            (.notEquals, .text("gold"), .text("silver"), true),
            (.notEquals, .text("gold"), .text("gold"), false),
            (.notEquals, .text("gold"), nil, false),
            // Numbers compare as numbers, not as text.
            (.lessThan, .number(10), .number(9), true),
            (.lessThan, .number(10), .number(10), false),
            (.lessThan, .number(10), .number(-1.5), true),
            (.greaterThan, .number(10), .number(100), true),
            (.greaterThan, .number(10), .number(9.99), false),
            // Dates compare as days.
            (.lessThan, .date("2026-03-01"), .date("2026-02-28"), true),
            (.lessThan, .date("2026-03-01"), .date("2026-03-01"), false),
            (.greaterThan, .date("2026-03-01"), .date("2027-01-01"), true),
            (.greaterThan, .date("2026-03-01"), .date("2025-12-31"), false),
            // Text compares alphabetically.
            (.lessThan, .text("m"), .text("anna"), true),
            (.greaterThan, .text("m"), .text("anna"), false),
            // Comparisons across types never match.
            (.lessThan, .number(10), .text("5"), false),
            (.greaterThan, .date("2026-03-01"), .number(20_270_101), false),
            (.lessThan, .boolean(true), .boolean(false), false),
            (.lessThan, .number(10), nil, false),
            // contains is case-insensitive and works on the plain text of any value.
            (.contains, .text("fibre"), .text("Fibre 1000"), true),
            (.contains, .text("ÅR"), .text("två år"), true),
            (.contains, .text("copper"), .text("Fibre 1000"), false),
            (.contains, .text("100"), .number(1000), true),
            (.contains, .text("2026-03"), .date("2026-03-15"), true),
            (.contains, .text("x"), nil, false),
            // isSet / isNotSet ignore the value.
            (.isSet, .text("ignored"), .text(""), true),
            (.isSet, .text("ignored"), nil, false),
            (.isNotSet, .text("ignored"), nil, true),
            (.isNotSet, .text("ignored"), .boolean(false), false),
        ] as [(Op, AttributeValue, AttributeValue?, Bool)])
    func matches(op: Op, value: AttributeValue, actual: AttributeValue?, expected: Bool) {
        let condition = SegmentCondition(attribute: "a", op: op, value: value)

        #expect(condition.matches(actual) == expected)
    }

    @Test("isSet and isNotSet need no value", arguments: [(Op.isSet, true), (.isNotSet, false)])
    func presenceWithoutValue(op: Op, expectedWhenPresent: Bool) {
        let condition = SegmentCondition(attribute: "tier", op: op)

        #expect(condition.matches(.text("gold")) == expectedWhenPresent)
        #expect(condition.matches(nil) == !expectedWhenPresent)
    }

    @Test("Comparison without a value never matches", arguments: [Op.equals, .notEquals, .lessThan, .greaterThan, .contains])
    func comparisonWithoutValue(op: Op) {
        #expect(!SegmentCondition(attribute: "tier", op: op).matches(.text("gold")))
    }

    @Test func customerMustMeetEveryCondition() {
        let segment = Segment(
            name: "Norwegian fibre customers",
            conditions: [
                SegmentCondition(attribute: "country", op: .equals, value: .text("NO")),
                SegmentCondition(attribute: "product", op: .contains, value: .text("fibre")),
                SegmentCondition(attribute: "churned", op: .isNotSet),
            ])
        let customer = { (attributes: [String: AttributeValue]) in
            Customer(displayName: "", identifiers: [], attributes: attributes)
        }

        #expect(segment.contains(customer(["country": .text("NO"), "product": .text("Fibre 500")])))
        #expect(!segment.contains(customer(["country": .text("SE"), "product": .text("Fibre 500")])))
        #expect(!segment.contains(customer(["country": .text("NO")])))
        #expect(
            !segment.contains(
                customer(["country": .text("NO"), "product": .text("Fibre 500"), "churned": .date("2026-01-01")])))
    }

    @Test func segmentValidationTrimsName() throws {
        let segment = Segment(name: " Gold ", conditions: [SegmentCondition(attribute: "tier", op: .isSet)])

        #expect(try segment.validated().name == "Gold")
    }

    @Test(
        "Invalid segments name the field",
        arguments: [
            (Segment(name: "S", conditions: []), ["conditions"]),
            (Segment(name: "", conditions: [SegmentCondition(attribute: "tier", op: .isSet)]), ["name"]),
            (Segment(name: "S", conditions: [SegmentCondition(attribute: "Tier", op: .isSet)]), ["conditions[0].attribute"]),
            (
                Segment(
                    name: "S",
                    conditions: [
                        SegmentCondition(attribute: "tier", op: .equals, value: .text(String(repeating: "g", count: 1001)))
                    ]), ["conditions[0].value"]
            ),
            (
                Segment(
                    name: "S",
                    conditions: [
                        SegmentCondition(attribute: "tier", op: .isNotSet),
                        SegmentCondition(attribute: "age", op: .greaterThan),
                    ]), ["conditions[1].value"]
            ),
            (
                Segment(
                    name: " ", description: String(repeating: "d", count: 4001),
                    conditions: [SegmentCondition(attribute: "bad key", op: .equals)]),
                ["name", "description", "conditions[0].attribute", "conditions[0].value"]
            ),
        ] as [(Segment, [String])])
    func rejectsSegment(segment: Segment, fields: [String]) throws {
        let problem = try #require(failure { () throws(ValidationFailure) in try segment.validated() })

        #expect(problem.fields == fields)
    }
}
