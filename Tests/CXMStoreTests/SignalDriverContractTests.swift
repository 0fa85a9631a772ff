import CXMCore
import CXMStore
import Foundation
import Testing

extension SignalContractTests {
    @Test(arguments: TestBackend.available)
    func driverRowsSayWhatTicketsAndIncidentsCameBeforeEachAnswer(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket, .incident])
            var second = ticket("T-2", crm: "1001")
            second.openedAt = Self.now.addingTimeInterval(-20 * 86_400)
            var incident = SignalSubmission(type: .incident, id: "INC-1")
            incident.title = "Fibre cut"
            incident.startedAt = Self.now.addingTimeInterval(-3 * 3600)
            incident.units = ["u-store1"]
            incident.customers = [["crm": "1002"]]
            _ = try await send([ticket("T-1", crm: "1001"), second, incident], from: source, to: store)
            let answered = Self.now.addingTimeInterval(-30)
            try await store.insertResponses([
                fixture.response(id: "anna-now", nps: 3, customer: "c-anna", at: answered),
                // Forty days earlier, before any of it: no signals.
                fixture.response(id: "anna-before", nps: 9, customer: "c-anna", at: answered.addingTimeInterval(-40 * 86_400)),
                fixture.response(id: "bo-now", nps: 4, customer: "c-bo", at: answered),
                fixture.response(id: "anonymous", nps: 2, at: answered),
            ])
            var scope = DriverScope(
                from: LocalDay(Self.now.addingTimeInterval(-60 * 86_400), in: .gmt),
                to: LocalDay(Self.now.addingTimeInterval(2 * 86_400), in: .gmt))
            scope.answering = "nps"

            let rows = try await store.driverRows(scope)

            let signals = Dictionary(uniqueKeysWithValues: rows.map { ($0.responseID, $0.signals) })
            #expect(signals["anna-now"] == [.recentTicket, .repeatContact])
            #expect(signals["anna-before"] == [])
            #expect(signals["bo-now"] == [.recentIncident])
            #expect(signals["anonymous"] == [])
        }
    }
}

extension SignalContractTests {
    @Test(arguments: TestBackend.available)
    func signalsBecomeCustomerAttributesThatSegmentsSliceBy(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket, .incident, .churn])
            let frequent = try await store.saveSegment(
                Segment(
                    name: "Two tickets or more",
                    conditions: [SegmentCondition(attribute: "signal_tickets", op: .greaterThan, value: .number(1))]),
                by: Fixture.actor)
            try await store.insertResponses([fixture.response(id: "anna-nps", nps: 3, customer: "c-anna")])
            var incident = SignalSubmission(type: .incident, id: "INC-1")
            incident.title = "Fibre cut"
            incident.startedAt = Self.now.addingTimeInterval(-3 * 3600)
            incident.customers = [["crm": "1002"]]
            var churn = SignalSubmission(type: .churn, id: "C-1")
            churn.customer = ["crm": "1002"]
            churn.at = Self.now.addingTimeInterval(-60)
            churn.reason = "price"
            _ = try await send(
                [ticket("T-1", crm: "1001"), ticket("T-2", crm: "1001"), incident, churn], from: source, to: store)

            let anna = try await store.customer("c-anna").attributes
            let bo = try await store.customer("c-bo").attributes
            #expect(anna["signal_tickets"] == .number(2))
            #expect(anna["signal_last_ticket"] != nil && anna["signal_incidents"] == nil)
            #expect(bo["signal_incidents"] == .number(1) && bo["signal_churn_reason"] == .text("price"))
            #expect(bo["signal_churned"] != nil && bo["signal_tickets"] == nil)
            func inSegment(_ customer: String) async throws -> Bool {
                try await store.personalData(of: customer, by: Fixture.actor).segments.contains { $0.id == frequent.id }
            }
            let annaIn = try await inSegment("c-anna")
            let boIn = try await inSegment("c-bo")
            #expect(annaIn && !boIn)

            // Saving the customer (as a CRM sync does) neither drops nor sets cxm's own attributes.
            var edited = try await store.customer("c-anna")
            edited.attributes["signal_tickets"] = nil
            edited.attributes["signal_incidents"] = .number(7)
            try await store.saveCustomer(edited, by: Fixture.actor)
            let saved = try await store.customer("c-anna").attributes
            #expect(saved["signal_tickets"] == .number(2) && saved["signal_incidents"] == nil)

            // A ticket moved to Bo leaves Anna with one: she leaves the segment, and he has one.
            _ = try await send([ticket("T-2", crm: "1002")], from: source, to: store)
            #expect(try await store.customer("c-anna").attributes["signal_tickets"] == .number(1))
            #expect(try await store.customer("c-bo").attributes["signal_tickets"] == .number(1))
            let annaAfter = try await inSegment("c-anna")
            let boAfter = try await inSegment("c-bo")
            #expect(!annaAfter && !boAfter)
        }
    }
}
