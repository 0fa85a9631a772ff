import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("Customers, identifiers and segments")
struct CustomerContractTests {
    let fixture = Fixture()

    func bo() -> Customer {
        Customer(
            id: "c-bo", displayName: "Bo Ek", identifiers: [CustomerIdentifier(system: "crm", value: "1002")],
            attributes: ["tenure_months": .number(3)], consent: Consent(maySurvey: true, mayContact: true),
            unitID: "u-store1", preferredLanguage: .sv)
    }

    func anna(_ id: String = "c-anna") -> Customer {
        Customer(
            id: id, displayName: "Anna Lindqvist",
            identifiers: [
                CustomerIdentifier(system: "crm", value: "1001"), CustomerIdentifier(system: "email", value: "Anna@Example.se"),
            ],
            attributes: [
                "plan": .text("Fiber 500"), "tenure_months": .number(26), "since": .date("2024-09-01"),
                "business": .boolean(false),
            ],
            consent: Consent(maySurvey: true, mayContact: false), unitID: "u-store1", preferredLanguage: .sv)
    }

    @Test(arguments: TestBackend.available)
    func aCustomerRoundTripsWithTypedAttributesAndIdentifiers(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await store.saveCustomer(anna(), by: Fixture.actor)
            let stored = try await store.customer("c-anna")
            #expect(stored.attributes["tenure_months"] == .number(26))
            #expect(stored.attributes["since"] == .date("2024-09-01"))
            #expect(stored.identifiers.map(\.description) == ["crm:1001", "email:anna@example.se"])
            #expect(stored.consent == Consent(maySurvey: true, mayContact: false))
            let found = try await store.customer(identifiedBy: CustomerIdentifier(system: "email", value: "anna@example.se"))
            #expect(found?.id == "c-anna")
        }
    }

    @Test(arguments: TestBackend.available)
    func anIdentifierBelongsToOneCustomerOnly(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await store.saveCustomer(anna(), by: Fixture.actor)
            do {
                try await store.saveCustomer(anna("c-other"), by: Fixture.actor)
                Issue.record("a second customer took anna's identifiers")
            } catch StoreError.invalid(let box) {
                #expect(box.failure.errors.first?.field == "identifiers[0]")
            }
            #expect(try await store.existingCustomerIDs(["c-anna", "c-other"]) == ["c-anna"])
        }
    }

    @Test(arguments: TestBackend.available)
    func searchIgnoresCaseOnBothDatabasesAndRespectsScope(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await store.saveCustomer(anna(), by: Fixture.actor)
            var bo = anna("c-bo")
            bo.displayName = "Bo Ek"
            bo.identifiers = [CustomerIdentifier(system: "crm", value: "2002")]
            bo.unitID = "u-store2"
            try await store.saveCustomer(bo, by: Fixture.actor)
            let byName = try await store.customers(CustomerQuery(search: "LINDQ"), page: PageRequest())
            #expect(byName.items.map(\.id) == ["c-anna"])
            let byIdentifier = try await store.customers(CustomerQuery(search: "2002"), page: PageRequest())
            #expect(byIdentifier.items.map(\.id) == ["c-bo"])
            let scoped = try await store.customers(CustomerQuery(visibleUnits: ["u-region", "u-store1"]), page: PageRequest())
            #expect(scoped.items.map(\.id) == ["c-anna"])
            #expect(scoped.total == 1)
            let nothing = try await store.customers(CustomerQuery(visibleUnits: []), page: PageRequest())
            #expect(nothing.items.isEmpty)
            let paged = try await store.customers(CustomerQuery(), page: PageRequest(offset: 1, limit: 1))
            #expect(paged.total == 2)
            #expect(paged.items.map(\.id) == ["c-bo"])
        }
    }

    /// An erasure removes the person, their responses and their scores; every other figure (rollups,
    /// raw rows, another customer's responses) stays as it was, and the queue cannot bring them back.
    @Test(arguments: TestBackend.available)
    func erasureRemovesThePersonTheirResponsesAndTheirScoresOnly(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await store.saveCustomer(anna(), by: Fixture.actor)
            try await store.saveCustomer(bo(), by: Fixture.actor)
            let others = try await store.insertResponses([
                fixture.response(nps: 9, customer: "c-bo"), fixture.response(nps: 7),
                fixture.response(nps: 10, unit: "u-store2"),
            ])
            let nps = TallyRequest(kinds: [.nps], groupBy: [.unit, .day])
            let before = try await store.tallies(nps)
            // Anna's responses: one folded into the rollups, one still queued when she is erased.
            let hers = try await store.insertResponses([fixture.response(nps: 3, customer: "c-anna")])
            _ = try await store.tallies(nps)
            let queued = try await store.insertResponses([fixture.response(nps: 0, unit: "u-store2", customer: "c-anna")])
            #expect(try await store.rollupBacklog().responses == 1)

            let erasure = try await store.eraseCustomer("c-anna", by: Fixture.actor)
            #expect(erasure.responses == 2)
            #expect(erasure.answers == 8)
            await #expect(throws: StoreError.self) { try await store.customer("c-anna") }
            #expect(try await store.customer(identifiedBy: CustomerIdentifier(system: "crm", value: "1001")) == nil)
            for outcome in hers + queued {
                await #expect(throws: StoreError.self) { try await store.response(outcome.id) }
            }
            for outcome in others { #expect(try await store.response(outcome.id).answer("nps") != nil) }
            #expect(try await store.tallies(nps) == before)
            var raw = nps
            raw.forceRaw = true
            #expect(try await store.tallies(raw) == before)
            _ = try await store.rebuildRollups()
            #expect(try await store.tallies(nps) == before)
            let audit = try await store.auditLog(entityType: "customer", entityID: "c-anna", page: PageRequest())
            #expect(audit.items.first { $0.action == "erase" }?.summary == "customer erased with 2 responses and 8 answers")
        }
    }

    /// A data-subject access request: the record, segments, every response with its answers and the
    /// audit trail; the export itself is audited.
    @Test(arguments: TestBackend.available)
    func personalDataHoldsEverythingAboutThePerson(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await store.saveCustomer(anna(), by: Fixture.actor)
            try await store.saveCustomer(bo(), by: Fixture.actor)
            _ = try await store.saveSegment(
                Segment(
                    id: "seg-all", name: "Everyone",
                    conditions: [SegmentCondition(attribute: "plan", op: .isSet, value: nil)]), by: Fixture.actor)
            _ = try await store.insertResponses([
                fixture.response(nps: 3, customer: "c-anna", at: Date(timeIntervalSince1970: 1_780_000_000)),
                fixture.response(nps: 8, customer: "c-anna", at: Date(timeIntervalSince1970: 1_770_000_000)),
                fixture.response(nps: 9, customer: "c-bo"),
            ])
            let data = try await store.personalData(of: "c-anna", by: Fixture.actor)
            #expect(data.customer == (try await store.customer("c-anna")))
            #expect(data.segments == [PersonalData.SegmentMembership(id: "seg-all", name: "Everyone")])
            #expect(data.responses.map { $0.answer("nps") } == [.score(8), .score(3)])
            #expect(data.responses.allSatisfy { $0.customerID == "c-anna" && $0.answer("comment") != nil })
            #expect(data.auditTrail.map(\.action).contains("create"))
            let audit = try await store.auditLog(entityType: "customer", entityID: "c-anna", page: PageRequest())
            #expect(audit.items.contains { $0.action == "export" })
            await #expect(throws: StoreError.self) { try await store.personalData(of: "c-nobody", by: Fixture.actor) }
        }
    }

    @Test(arguments: TestBackend.available)
    func bulkInsertStoresManyCustomersAcrossStatementLimits(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let many = (0..<4000).map { i in
                Customer(
                    id: "c-\(i)", displayName: "Customer \(i)", identifiers: [CustomerIdentifier(system: "crm", value: "\(i)")],
                    attributes: ["n": .number(Double(i))])
            }
            try await store.insertCustomers(many)
            #expect(try await store.customers(CustomerQuery(), page: PageRequest(limit: 1)).total == 4000)
            let ids = try await store.customerIDs(forIdentifiers: ["crm:17", "CRM:3999", "crm:nope"])
            #expect(ids == ["crm:17": "c-17", "CRM:3999": "c-3999"])
        }
    }

    @Test(arguments: TestBackend.available)
    func segmentsRoundTrip(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let segment = Segment(
                name: "Long-standing",
                conditions: [SegmentCondition(attribute: "tenure_months", op: .greaterThan, value: .number(24))])
            try await store.saveSegment(segment, by: Fixture.actor)
            let stored = try await store.segment(segment.id)
            #expect(stored == segment)
            #expect(stored.contains(anna()))
            try await store.deleteSegment(segment.id, by: Fixture.actor)
            #expect(try await store.segments().isEmpty)
        }
    }
}

@Suite("Phone identifiers in the workspace's country")
struct PhoneIdentifierContractTests {
    @Test(arguments: TestBackend.available)
    func aNationalNumberIsStoredAndFoundInE164(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Fixture().install(in: store)
            let saved = try await store.saveCustomer(
                Customer(id: "c-p", displayName: "P", identifiers: [CustomerIdentifier(system: "phone", value: "070-123 45 67")]),
                by: Fixture.actor)

            #expect(saved.identifiers.map(\.description) == ["phone:+46701234567"])
            #expect(try await store.customerIDs(forIdentifiers: ["phone:0701234567", "phone:+46 70 123 45 67"]).count == 2)
        }
    }
}
