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
