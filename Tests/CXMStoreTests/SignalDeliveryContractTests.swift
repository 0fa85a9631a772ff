import CXMCore
import CXMStore
import Foundation
import Testing

extension SignalContractTests {
    /// A help desk that creates unknown customers and resends its history after a customer was erased must not
    /// bring the person back: records from before the erasure are refused, one from after it is a new contact.
    @Test(arguments: TestBackend.available)
    func recordsFromBeforeAnErasureDoNotBringThePersonBack(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await customers(in: store)
            let source = try await store.createSignalSource(
                SignalSource(id: "desk", name: "Desk", kinds: [.ticket], unknownCustomers: .create), by: Fixture.actor
            ).source
            _ = try await send([ticket("T-1", crm: "1001")], from: source, to: store)
            _ = try await store.eraseCustomer("c-anna", by: Fixture.actor)

            // The history again, Anna's ticket among them; Bo's is kept as before.
            var resent = ticket("T-1", crm: "1001")
            resent.closedAt = nil
            let outcomes = try await send([resent, ticket("T-9", crm: "1002")], from: source, to: store)
            #expect(outcomes.map(\.status) == [.rejected, .stored])
            #expect(outcomes[0].errors.map(\.field) == ["customer"])
            #expect(outcomes[0].errors.first?.message.contains("erased on") == true)
            #expect(outcomes[0].createdCustomerID == nil)
            #expect(try await store.signal(.ticket, source: "desk", externalID: "T-1") == nil)
            #expect(try await store.customer(identifiedBy: CustomerIdentifier(system: "crm", value: "1001")) == nil)

            // A ticket opened after the erasure is a new contact: a new customer, who is not Anna.
            var later = ticket("T-2", crm: "1001")
            later.openedAt = Date().addingTimeInterval(60)
            later.closedAt = nil
            let after = try await send([later], from: source, to: store)
            #expect(after.map(\.status) == [.stored])
            let created = try #require(after[0].createdCustomerID)
            #expect(created != "c-anna")
            #expect(try await store.customer(identifiedBy: CustomerIdentifier(system: "crm", value: "1001"))?.id == created)
        }
    }
}

extension SignalContractTests {
    /// Webhooks arrive out of order: a delivery that says it is older than the record stored is not applied,
    /// in one batch or across batches; one without `updatedAt` is applied as it comes.
    @Test(arguments: TestBackend.available)
    func aLateDeliveryDoesNotOverwriteANewerRecord(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket])
            func version(_ minutesAgo: Double, closed: Bool, reopened: Int = 0) -> SignalSubmission {
                var ticket = ticket("T-1", crm: "1001")
                ticket.updatedAt = Self.now.addingTimeInterval(-minutesAgo * 60)
                ticket.closedAt = closed ? Self.now.addingTimeInterval(-minutesAgo * 60) : nil
                ticket.reopened = reopened
                return ticket
            }
            func stored() async throws -> Ticket? {
                guard case .ticket(let ticket)? = try await store.signal(.ticket, source: "desk", externalID: "T-1") else {
                    return nil
                }
                return ticket
            }
            // Closed ten minutes ago, then the open state of thirty minutes ago arrives.
            #expect(try await send([version(10, closed: true)], from: source, to: store).map(\.status) == [.stored])
            let late = try await send([version(30, closed: false)], from: source, to: store)
            #expect(late.map(\.status) == [.outdated])
            #expect(late[0].errors.map(\.field) == ["updatedAt"])
            #expect(try await stored()?.closedAt != nil)
            // Reopened five minutes ago: newer, applied.
            #expect(
                try await send([version(5, closed: false, reopened: 1)], from: source, to: store).map(\.status) == [.updated])
            #expect(try await stored()?.closedAt == nil)
            #expect(try await stored()?.reopenCount == 1)
            // In one batch, out of order: the newest wins whatever the order.
            let batch = try await send(
                [version(1, closed: true, reopened: 1), version(3, closed: false, reopened: 1)], from: source, to: store)
            #expect(batch.map(\.status) == [.updated, .outdated])
            #expect(try await stored()?.closedAt != nil)
            // Without updatedAt, a delivery is applied as it comes.
            var plain = ticket("T-1", crm: "1001")
            plain.closedAt = nil
            #expect(try await send([plain], from: source, to: store).map(\.status) == [.updated])
            #expect(try await stored()?.closedAt == nil)
            // And the time of change it said before still guards the record.
            #expect(try await send([version(20, closed: true)], from: source, to: store).map(\.status) == [.outdated])
        }
    }
}

extension SignalContractTests {
    /// The incident list pages newest first, for everyone and for a viewer of some units (who sees the
    /// incidents of their units and those of no unit).
    @Test(arguments: TestBackend.available)
    func theIncidentListPagesNewestFirstForEveryoneAndForAUnitsViewer(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.incident])
            var incidents: [SignalSubmission] = []
            for (index, unit) in [nil, "u-store1", "u-store2", "u-store1"].enumerated() {
                var incident = SignalSubmission(type: .incident, id: "INC-\(index)")
                incident.title = "Incident \(index)"
                incident.startedAt = Self.now.addingTimeInterval(-Double(10 - index) * 3600)
                incident.units = unit.map { [$0] }
                incidents.append(incident)
            }
            _ = try await send(incidents, from: source, to: store)
            func titles(_ units: Set<String>?, offset: Int, limit: Int) async throws -> (titles: [String], total: Int) {
                let page = try await store.incidents(visibleUnits: units, page: PageRequest(offset: offset, limit: limit))
                return (page.items.map(\.incident.title), page.total)
            }
            let all = try await titles(nil, offset: 1, limit: 2)
            #expect(all.titles == ["Incident 2", "Incident 1"] && all.total == 4)
            let store1 = try await titles(["u-store1"], offset: 1, limit: 5)
            #expect(store1.titles == ["Incident 1", "Incident 0"] && store1.total == 3)
        }
    }
}
