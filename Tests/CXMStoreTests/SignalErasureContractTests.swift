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
