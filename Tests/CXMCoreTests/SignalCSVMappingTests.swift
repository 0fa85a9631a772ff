import Foundation
import Testing

@testable import CXMCore

@Suite("Signal CSV mapping")
struct SignalCSVMappingTests {
    static let desk = SignalSource(
        id: "desk", name: "Help desk", kinds: [.ticket, .churn, .incident, .order],
        identifierMap: ["requester_email": "email", "account": "crm"])

    private static func mapping(
        _ header: [String], _ overrides: [String: String] = [:], kind: SignalKind? = nil
    ) throws(ValidationFailure) -> SignalCSVMapping {
        try SignalCSVMapping(header: header, overrides: overrides, source: desk, kind: kind)
    }

    private static func submission(_ header: [String], _ fields: [String], kind: SignalKind? = nil) throws -> SignalSubmission {
        try mapping(header, kind: kind).submission(from: CSVReader.Record(line: 2, fields: fields))
    }

    static func time(_ text: String) -> Date { Timestamps.parse(text)! }

    @Test("A ticket row fills the ticket's fields and names its customer by the source's fields")
    func ticket() throws {
        let signal = try Self.submission(
            [
                "Type", "ID", "customer:email", "OpenedAt", "firstResponseAt", "closedAt", "category", "subject", "reopened",
                "channel", "customerName",
            ],
            [
                "ticket", "T-1", "anna@example.se", "2026-03-01T09:30:00Z", "2026-03-01T09:45:00.250+01:00", "2026-03-02 10:00",
                "Billing", "Wrong invoice", "2", "email", "Anna",
            ])

        #expect(signal.type == .ticket)
        #expect(signal.id == "T-1")
        #expect(signal.customer == ["email": "anna@example.se"])
        #expect(signal.customerName == "Anna")
        #expect(signal.openedAt == Self.time("2026-03-01T09:30:00Z"))
        #expect(signal.firstResponseAt == Self.time("2026-03-01T08:45:00.250Z"))
        #expect(signal.closedAt == Self.time("2026-03-02T10:00:00Z"))
        #expect(signal.category == "Billing" && signal.subject == "Wrong invoice" && signal.channel == "email")
        #expect(signal.reopened == 2)
    }

    @Test("A churn row reads its time, reason and revenue; a plain identifierMap column names the customer")
    func churn() throws {
        let signal = try Self.submission(
            ["id", "Account", "at", "reason", "reasonText", "revenue"],
            ["C-1", "10023", "2026-02-01", "price", "Too dear", "1250,50"], kind: .churn)

        #expect(signal.type == .churn)
        #expect(signal.customer == ["account": "10023"])
        #expect(signal.at == Self.time("2026-02-01T00:00:00Z"))
        #expect(signal.reason == "price" && signal.reasonText == "Too dear")
        #expect(signal.revenue == 1250.5)
    }

    @Test("An incident row reads its lists: touchpoints, units and the customers it hit as FIELD=VALUE pairs")
    func incident() throws {
        let signal = try Self.submission(
            [
                "type", "id", "title", "severity", "startedAt", "endedAt", "service", "affectedShare", "touchpoints", "units",
                "customers",
            ],
            [
                "incident", "I-1", "Login down", "Critical", "2026-03-01T09:00:00Z", "", "auth", "0.25", "web | app", "store-1|",
                "email=anna@example.se | account=10023",
            ])

        #expect(signal.type == .incident)
        #expect(signal.severity == .critical)
        #expect(signal.endedAt == nil)
        #expect(signal.affectedShare == 0.25)
        #expect(signal.touchpoints == ["web", "app"])
        #expect(signal.units == ["store-1"])
        #expect(signal.customers == [["email": "anna@example.se"], ["account": "10023"]])
        #expect(signal.customer == nil)
    }

    @Test("An order row reads its event type and value; the default kind applies without a type column")
    func order() throws {
        let signal = try Self.submission(
            ["id", "customer:crm", "at", "eventType", "value", "touchpoint", "unit"],
            ["O-1", "10023", "2026-03-01T12:00:00Z", "renewal", "499.00", "checkout", "store-1"], kind: .order)

        #expect(signal.type == .order)
        #expect(
            signal.eventType == "renewal" && signal.value == 499 && signal.touchpoint == "checkout" && signal.unit == "store-1")
    }

    @Test(
        "Bad cells are each named by their column with the form they should have",
        arguments: [
            ("openedAt", "01/03/2026", "2026-03-01T09:30:00Z"),
            ("reopened", "twice", "whole number"),
            ("revenue", "12 000 kr", "number"),
            ("severity", "bad", "minor, major or critical"),
            ("type", "lead", "ticket, churn, incident or order"),
            ("customers", "anna@example.se", "FIELD=VALUE"),
        ])
    func badCell(column: String, value: String, expected: String) throws {
        let header = ["id", "customer:email", column]
        let problem = try #require(
            failure { () throws(ValidationFailure) in
                try Self.mapping(header, kind: .ticket).submission(
                    from: CSVReader.Record(line: 2, fields: ["T-1", "anna@example.se", value]))
            })

        #expect(problem.fields == [column])
        #expect(problem.errors[0].message.contains(expected), "\(problem)")
        #expect(problem.errors[0].message.contains(value))
    }

    @Test("A row without an id, or with too few fields, is refused")
    func missingID() throws {
        let mapping = try Self.mapping(["id", "customer:email"], kind: .ticket)

        let empty = try #require(
            failure { () throws(ValidationFailure) in
                try mapping.submission(from: CSVReader.Record(line: 3, fields: ["", "anna@example.se"]))
            })
        let short = try #require(
            failure { () throws(ValidationFailure) in try mapping.submission(from: CSVReader.Record(line: 4, fields: ["T-1"])) })

        #expect(empty.fields == ["id"])
        #expect(short.fields == ["line"])
    }

    @Test("The header is refused with the fix: an unknown column, no id column, no kind, a field given twice")
    func badHeaders() throws {
        let unknown = try #require(
            failure { () throws(ValidationFailure) in try Self.mapping(["id", "Priority"], kind: .ticket) })
        let noID = try #require(failure { () throws(ValidationFailure) in try Self.mapping(["openedAt"], kind: .ticket) })
        let noKind = try #require(failure { () throws(ValidationFailure) in try Self.mapping(["id", "openedAt"]) })
        let twice = try #require(
            failure { () throws(ValidationFailure) in try Self.mapping(["id", "Ticket", "type"], ["ticket": "id"]) })
        let notAField = try #require(
            failure { () throws(ValidationFailure) in try Self.mapping(["id", "customer:e-mail!"], kind: .ticket) })

        #expect(unknown.fields == ["column 2 (Priority)"])
        #expect(unknown.errors[0].message.contains("--map 'Priority=ignore'"))
        #expect(noID.fields == ["header"] && noID.errors[0].message.contains("id"))
        #expect(noKind.fields == ["header"] && noKind.errors[0].message.contains("type"))
        #expect(twice.errors.map(\.message).contains { $0.contains("two columns give id") })
        #expect(notAField.fields == ["column 2 (customer:e-mail!)"])
    }

    @Test("--map renames and ignores columns, and names a column the header does not have")
    func overrides() throws {
        let signal = try Self.submission(
            ["Ticket no", "Opened", "Notes"], ["T-9", "2026-03-01T09:30:00Z", "internal"], kind: .ticket,
            overrides: ["ticket no": "id", "opened": "openedAt", "notes": "ignore"])
        let missing = try #require(
            failure { () throws(ValidationFailure) in try Self.mapping(["id"], ["nothing": "ignore"], kind: .ticket) })

        #expect(signal.id == "T-9" && signal.openedAt == Self.time("2026-03-01T09:30:00Z"))
        #expect(missing.fields == ["--map"])
    }
}

extension SignalCSVMappingTests {
    fileprivate static func submission(
        _ header: [String], _ fields: [String], kind: SignalKind?, overrides: [String: String]
    ) throws -> SignalSubmission {
        try mapping(header, overrides, kind: kind).submission(from: CSVReader.Record(line: 2, fields: fields))
    }
}
