import Foundation
import Testing

@testable import CXMCore

@Suite("Signals from source systems")
struct SignalTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let desk = SignalSource(
        id: "desk", name: "Help desk", kinds: [.ticket, .incident], identifierMap: ["requester": "email"])

    static func catalog(_ source: SignalSource = desk, owners: [String: String] = [:]) -> SignalCatalog {
        SignalCatalog(
            source: source, touchpointIDs: ["tp-support"], unitIDs: ["unit-se"], channelKeys: ["email", "phone"],
            owners: Dictionary(uniqueKeysWithValues: owners.map { (CustomerIdentifier($0.key)!, $0.value) }),
            began: now.addingTimeInterval(-365 * 86_400), now: now, phoneCountry: .se)
    }

    static func ticket(_ customer: [String: String]? = ["requester": "Anna@Example.se"]) -> SignalSubmission {
        var ticket = SignalSubmission(type: .ticket, id: " T-1 ")
        ticket.customer = customer
        ticket.openedAt = now.addingTimeInterval(-7200)
        ticket.firstResponseAt = now.addingTimeInterval(-3600)
        ticket.closedAt = now.addingTimeInterval(-600)
        ticket.category = "Billing"
        ticket.touchpoint = "tp-support"
        ticket.channel = "Email"
        return ticket
    }

    static func fields(_ submission: SignalSubmission, _ catalog: SignalCatalog) -> [String] {
        do {
            _ = try submission.resolve(in: catalog)
            return []
        } catch { return error.errors.map(\.field) }
    }

    @Test func aTicketJoinsItsCustomerThroughTheSourcesField() throws {
        let resolved = try Self.ticket().resolve(in: Self.catalog(owners: ["email:anna@example.se": "c-1"]))

        guard case .ticket(let ticket) = resolved.record else { Issue.record("not a ticket"); return }
        #expect(ticket.externalID == "T-1")
        #expect(ticket.customerID == "c-1")
        #expect(ticket.category == "billing")
        #expect(ticket.channel == "email")
        #expect(ticket.firstResponseMinutes == 60)
        #expect(ticket.resolutionMinutes == 110)
        #expect(resolved.match == .customer("c-1"))
    }

    @Test func twoIdentifiersOfTwoCustomersAreNeverJoinedSilently() throws {
        let source = SignalSource(id: "desk", name: "Desk", kinds: [.ticket], identifierMap: ["requester": "email"])
        let resolved = try Self.ticket(["requester": "anna@example.se", "phone": "070-123 45 67"])
            .resolve(in: Self.catalog(source, owners: ["email:anna@example.se": "c-1", "phone:+46701234567": "c-2"]))

        #expect(resolved.match == .ambiguous(["c-1", "c-2"]))
        #expect(resolved.record.customerID == nil)
    }

    @Test func anUnknownCustomerIsRefusedUnlessTheSourceMayCreateCustomers() throws {
        #expect(Self.fields(Self.ticket(), Self.catalog()) == ["customer"])

        var creating = Self.desk
        creating.unknownCustomers = .create
        let resolved = try Self.ticket().resolve(in: Self.catalog(creating))
        #expect(resolved.match == .unknown([CustomerIdentifier(system: "email", value: "anna@example.se")]))
    }

    /// One way to spoil a good ticket, and the fields that must be named.
    enum Spoil: String, CaseIterable {
        case future, beforeTheWorkspace, noOpening, closedBeforeOpened, blankCategory, unknownTouchpoint
        case unknownChannel, unmappedField, shortPhone, noID, wrongKind

        func apply(_ s: inout SignalSubmission) -> [String] {
            switch self {
            case .future:
                s.openedAt = SignalTests.now.addingTimeInterval(3600)
                return ["openedAt", "firstResponseAt", "closedAt"]
            case .beforeTheWorkspace: s.openedAt = SignalTests.now.addingTimeInterval(-400 * 86_400); return ["openedAt"]
            case .noOpening: s.openedAt = nil; return ["openedAt"]
            case .closedBeforeOpened: s.closedAt = SignalTests.now.addingTimeInterval(-9000); return ["closedAt"]
            case .blankCategory: s.category = " "; return ["category"]
            case .unknownTouchpoint: s.touchpoint = "tp-nowhere"; return ["touchpoint"]
            case .unknownChannel: s.channel = "pigeon"; return ["channel"]
            case .unmappedField: s.customer = ["shoe-size": "42"]; return ["customer.shoe-size"]
            case .shortPhone: s.customer = ["phone": "12"]; return ["customer.phone"]
            case .noID: s.id = ""; return ["id"]
            case .wrongKind: s.type = .churn; return ["type", "at", "reason"]
            }
        }
    }

    @Test("Bad records name the field and the fix", arguments: Spoil.allCases)
    func refuses(spoil: Spoil) {
        var submission = Self.ticket()
        let expected = spoil.apply(&submission)
        #expect(Self.fields(submission, Self.catalog(owners: ["email:anna@example.se": "c-1"])) == expected)
    }

    @Test func aChurnNeedsItsCustomer() {
        let billing = SignalSource(id: "billing", name: "Billing", kinds: [.churn])
        var churn = SignalSubmission(type: .churn, id: "X-9")
        churn.at = Self.now
        churn.reason = "price"
        #expect(Self.fields(churn, Self.catalog(billing)) == ["customer"])
        churn.customer = ["crm": "42"]
        churn.revenue = -5
        #expect(Self.fields(churn, Self.catalog(billing, owners: ["crm:42": "c-9"])) == ["revenue"])
    }

    @Test func anIncidentLinksTheCustomersItKnowsAndReportsTheRest() throws {
        var incident = SignalSubmission(type: .incident, id: "INC-7")
        incident.title = "Mobile data down in Malmö"
        incident.startedAt = Self.now.addingTimeInterval(-3 * 3600)
        incident.endedAt = Self.now.addingTimeInterval(-3600)
        incident.units = ["unit-se"]
        incident.customers = [["requester": "anna@example.se"], ["crm": "404"], ["requester": "anna@example.se"]]

        let resolved = try incident.resolve(in: Self.catalog(owners: ["email:anna@example.se": "c-1"]))

        guard case .incident(let stored) = resolved.record else { Issue.record("not an incident"); return }
        #expect(stored.customerIDs == ["c-1"])
        #expect(stored.severity == .major)
        #expect(stored.minutes(now: Self.now) == 120)
        #expect(resolved.warnings.map(\.field) == ["customers[1]"])
    }

    @Test func aSourceKeyAndMapAreChecked() {
        let source = SignalSource(id: "Help Desk", name: " ", kinds: [], identifierMap: ["req": "e-mail"])
        let error = #expect(throws: ValidationFailure.self) { try source.validated() }
        #expect(error?.errors.map(\.field) == ["id", "name", "kinds", "identifierMap.req"])
    }
}

@Suite("What other systems said, as customer attributes")
struct SignalAttributesTests {
    @Test func factsAreWrittenAsSignalAttributesAndOldOnesGoWhenNothingIsLeftToSay() {
        var facts = SignalAttributes()
        facts.tickets = 3
        facts.lastTicketAt = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28 20:26 UTC: the 28th in Stockholm
        facts.churnedAt = Date(timeIntervalSince1970: 1_779_999_000)
        facts.churnReason = "price"
        let before: [String: AttributeValue] = ["segment": .text("private"), "signal_incidents": .number(1)]

        let after = facts.applied(to: before, timeZone: TimeZone(identifier: "Europe/Stockholm")!)

        #expect(
            after == [
                "segment": .text("private"), "signal_tickets": .number(3), "signal_last_ticket": .date("2026-05-28"),
                "signal_churned": .date("2026-05-28"), "signal_churn_reason": .text("price"),
            ])
        #expect(SignalAttributes().applied(to: after, timeZone: .gmt) == ["segment": .text("private")])
        #expect(
            Segment(name: "Churned", conditions: [SegmentCondition(attribute: "signal_churned", op: .isSet)]).contains(
                attributes: after))
    }
}
