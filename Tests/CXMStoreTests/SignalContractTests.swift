import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("Signals: sources, deduplication and identity review")
struct SignalContractTests {
    let fixture = Fixture()
    static let now = Date()

    func customers(in store: Store) async throws {
        for (id, crm, email) in [("c-anna", "1001", "anna@example.se"), ("c-bo", "1002", "bo@example.se")] {
            try await store.saveCustomer(
                Customer(
                    id: id, displayName: id,
                    identifiers: [
                        CustomerIdentifier(system: "crm", value: crm), CustomerIdentifier(system: "email", value: email),
                    ]),
                by: Fixture.actor)
        }
    }

    /// The fixture, Anna and Bo, and a help desk sending the kinds.
    func desk(in store: Store, kinds: [SignalKind]) async throws -> SignalSource {
        try await fixture.install(in: store)
        try await customers(in: store)
        return try await store.createSignalSource(SignalSource(id: "desk", name: "Desk", kinds: kinds), by: Fixture.actor)
            .source
    }

    /// Checks the submissions against the store and stores them, as the API does.
    func send(_ submissions: [SignalSubmission], from source: SignalSource, to store: Store) async throws -> [SignalOutcome] {
        let catalog = try await store.signalCatalog(for: source, submissions: submissions)
        return try await store.ingestSignals(try submissions.map { try $0.resolve(in: catalog) }, from: source)
    }

    func ticket(_ id: String, crm: String, category: String = "billing") -> SignalSubmission {
        var ticket = SignalSubmission(type: .ticket, id: id)
        ticket.customer = ["crm": crm]
        ticket.openedAt = Self.now.addingTimeInterval(-7200.0005)
        ticket.closedAt = Self.now.addingTimeInterval(-60)
        ticket.category = category
        ticket.touchpoint = "tp-1"
        ticket.channel = "web"
        return ticket
    }

    @Test(arguments: TestBackend.available)
    func ticketMetricsCountTheUnitsTicketsAndRepeats(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket])
            var other = ticket("T-2", crm: "1001", category: "delivery")
            other.openedAt = Self.now.addingTimeInterval(-3600)
            other.unit = "u-store1"
            var third = ticket("T-3", crm: "1002")
            third.unit = "u-store2"
            _ = try await send([ticket("T-1", crm: "1001"), other, third], from: source, to: store)
            let period = Self.now.addingTimeInterval(-86_400)
            // Read a week later, when whether a ticket was followed by another is known.
            let later = Self.now.addingTimeInterval(8 * 86_400)
            let metrics = try await store.ticketMetrics(
                from: period, to: Self.now.addingTimeInterval(60), visibleUnits: nil, now: later)
            #expect(metrics.tickets == 3)
            #expect(metrics.contactingCustomers == 2)
            #expect(metrics.contactRate?.n == 2)
            #expect(metrics.repeatContact?.count == 1)
            #expect(metrics.byTouchpoint.first?.touchpointID == "tp-1")
            let store1 = try await store.ticketMetrics(
                from: period, to: Self.now.addingTimeInterval(60), visibleUnits: ["u-store1"], now: later)
            #expect(store1.tickets == 1)
            #expect(store1.byTouchpoint.first?.categories.first?.category == "delivery")
            // Anna's delivery ticket came an hour before her billing one (no unit): not a repeat itself.
            #expect(store1.repeatContact?.count == 0)
        }
    }

    /// A data-subject access request answers with what other systems sent about the person too: their
    /// tickets, churn and orders, the incidents that hit them (naming nobody else), and what they did on
    /// the site under the ids it knew them by.
    @Test(arguments: TestBackend.available)
    func thePersonalDataExportHoldsThePersonsSignalsAndSiteActivity(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket, .incident, .churn, .order])
            var incident = SignalSubmission(type: .incident, id: "INC-1")
            incident.title = "Fibre cut"
            incident.startedAt = Self.now.addingTimeInterval(-3 * 3600)
            incident.customers = [["crm": "1002"], ["crm": "1001"]]
            var churn = SignalSubmission(type: .churn, id: "CH-1")
            churn.customer = ["crm": "1001"]
            churn.at = Self.now.addingTimeInterval(-600)
            churn.reason = "price"
            var order = SignalSubmission(type: .order, id: "O-1")
            order.customer = ["crm": "1001"]
            order.at = Self.now.addingTimeInterval(-900)
            order.value = 1_299
            _ = try await send(
                [ticket("T-1", crm: "1001"), ticket("T-2", crm: "1002"), incident, churn, order], from: source, to: store)
            let site = try await store.createSignalSource(
                SignalSource(id: "site", name: "Site", kinds: [.event], identifierMap: ["userId": "crm"]), by: Fixture.actor
            ).source
            _ = try await store.ingestEvents(
                [
                    BehaviourEvent(name: "Cart Viewed", userID: nil, anonymousID: "d-7", at: Self.now.addingTimeInterval(-300)),
                    BehaviourEvent(name: "Signed In", userID: "1001", anonymousID: "d-7", at: Self.now.addingTimeInterval(-200)),
                    BehaviourEvent(name: "Cart Viewed", userID: "1002", anonymousID: nil, at: Self.now.addingTimeInterval(-100)),
                ], from: site)

            let anna = try await store.personalData(of: "c-anna", by: Fixture.actor)
            #expect(anna.tickets.map(\.externalID) == ["T-1"])
            #expect(anna.churn.map(\.externalID) == ["CH-1"] && anna.orders.map(\.value) == [1_299])
            #expect(anna.incidents.map(\.externalID) == ["INC-1"] && anna.incidents.first?.customerIDs == ["c-anna"])
            // Her user id, and the device that signed in as her.
            #expect(anna.siteVisitors.map(\.anonymousID) == ["d-7", nil] && anna.siteVisitors.map(\.userID) == [nil, "1001"])
            #expect(anna.siteActivity.map(\.name) == ["Cart Viewed", "Signed In"])
            let bo = try await store.personalData(of: "c-bo", by: Fixture.actor)
            #expect(bo.tickets.map(\.externalID) == ["T-2"] && bo.churn.isEmpty && bo.orders.isEmpty)
            #expect(bo.siteActivity.map(\.name) == ["Cart Viewed"] && bo.siteVisitors.map(\.userID) == ["1002"])
        }
    }

    @Test(arguments: TestBackend.available)
    func repeatedDeliveriesAreRecognisedAndChangedOnesUpdateTheRecord(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await customers(in: store)
            let created = try await store.createSignalSource(
                SignalSource(id: "desk", name: "Desk", kinds: [.ticket, .incident, .churn, .order]), by: Fixture.actor)
            let source = created.source
            await #expect(throws: StoreError.self) {
                _ = try await store.createSignalSource(source, by: Fixture.actor)
            }
            var incident = SignalSubmission(type: .incident, id: "INC-1")
            incident.title = "Fibre cut"
            incident.startedAt = Self.now.addingTimeInterval(-3 * 3600)
            incident.units = ["u-store1"]
            incident.customers = [["crm": "1002"], ["email": "anna@example.se"]]
            var churn = SignalSubmission(type: .churn, id: "CH-1")
            churn.customer = ["email": "bo@example.se"]
            churn.at = Self.now.addingTimeInterval(-600)
            churn.reason = "price"
            churn.revenue = 4_788.5
            var order = SignalSubmission(type: .order, id: "O-1")
            order.customer = ["crm": "1001"]
            order.at = Self.now.addingTimeInterval(-900)
            order.value = 1_299

            let first = try await send([ticket("T-1", crm: "1001"), incident, churn, order], from: source, to: store)
            let again = try await send([ticket("T-1", crm: "1001"), incident, churn, order], from: source, to: store)
            incident.endedAt = Self.now.addingTimeInterval(-3600)
            incident.customers = [["crm": "1002"]]
            let changed = try await send(
                [
                    ticket("T-1", crm: "1001", category: "delivery"), incident, ticket("T-2", crm: "1002"),
                    ticket("T-2", crm: "1001"),
                ],
                from: source, to: store)

            #expect(first.map(\.status) == [.stored, .stored, .stored, .stored])
            #expect(again.map(\.status) == [.duplicate, .duplicate, .duplicate, .duplicate])
            #expect(again.map(\.id) == first.map(\.id))
            #expect(changed.map(\.status) == [.updated, .updated, .stored, .updated])
            guard case .ticket(let t1) = try await store.signal(.ticket, source: "desk", externalID: "T-1"),
                case .ticket(let t2) = try await store.signal(.ticket, source: "desk", externalID: "T-2"),
                case .incident(let stored) = try await store.signal(.incident, source: "desk", externalID: "INC-1"),
                case .churn(let left) = try await store.signal(.churn, source: "desk", externalID: "CH-1")
            else {
                Issue.record("a record was not stored")
                return
            }
            #expect(t1.id == first[0].id && t1.category == "delivery" && t1.customerID == "c-anna")
            #expect(t1.resolutionMinutes.map { ($0 - 119).magnitude < 0.01 } == true)
            #expect(t2.customerID == "c-anna")
            #expect(stored.customerIDs == ["c-bo"] && stored.endedAt != nil && stored.unitIDs == ["u-store1"])
            #expect(left.customerID == "c-bo" && left.revenue == 4_788.5)
        }
    }

    @Test(arguments: TestBackend.available)
    func aRecordNamingTwoCustomersWaitsForReviewOnce(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket])
            var mixed = ticket("T-9", crm: "1001")
            mixed.customer = ["crm": "1001", "email": "bo@example.se"]

            let first = try await send([mixed], from: source, to: store)
            let again = try await send([mixed], from: source, to: store)

            #expect(first[0].reviewID != nil && first[0].reviewID == again[0].reviewID)
            #expect(again[0].status == .duplicate)
            #expect(try await store.identityReviews(status: .open, page: PageRequest(limit: 10)).total == 1)
            #expect(try await store.signal(.ticket, source: "desk", externalID: "T-9")?.customerID == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func erasingACustomerTakesTheirTicketsAndChurnButLeavesIncidents(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket, .incident])
            var incident = SignalSubmission(type: .incident, id: "INC-2")
            incident.title = "Outage"
            incident.startedAt = Self.now.addingTimeInterval(-3600)
            incident.customers = [["crm": "1001"], ["crm": "1002"]]
            _ = try await send([ticket("T-1", crm: "1001"), incident], from: source, to: store)

            _ = try await store.eraseCustomer("c-anna", by: Fixture.actor)

            #expect(try await store.signal(.ticket, source: "desk", externalID: "T-1") == nil)
            guard case .incident(let kept) = try await store.signal(.incident, source: "desk", externalID: "INC-2") else {
                Issue.record("the incident went with the customer")
                return
            }
            #expect(kept.customerIDs == ["c-bo"])
        }
    }

    @Test(arguments: TestBackend.available)
    func theTimelineMergesEveryKindNewestFirstAndPagesWithoutGapsOrRepeats(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket, .incident, .churn, .order])
            var submissions: [SignalSubmission] = []
            for index in 0..<7 {
                var ticket = ticket("T-\(index)", crm: "1001")
                ticket.openedAt = Self.now.addingTimeInterval(-Double(index) * 3600 - 7200)
                ticket.closedAt = nil
                ticket.unit = index == 3 ? "u-store2" : "u-store1"
                submissions.append(ticket)
            }
            var incident = SignalSubmission(type: .incident, id: "INC-1")
            incident.title = "Outage"
            incident.startedAt = Self.now.addingTimeInterval(-5 * 3600 - 1800)
            incident.customers = [["crm": "1001"], ["crm": "1002"]]
            var churn = SignalSubmission(type: .churn, id: "CH-1")
            churn.customer = ["crm": "1001"]
            churn.at = Self.now.addingTimeInterval(-60)
            churn.reason = "price"
            var order = SignalSubmission(type: .order, id: "O-1")
            order.customer = ["crm": "1002"]
            order.at = Self.now.addingTimeInterval(-120)
            _ = try await send(submissions + [incident, churn, order], from: source, to: store)
            try await store.insertResponses([fixture.response(nps: 3, customer: "c-anna", at: Self.now.addingTimeInterval(-30))])

            var seen: [TimelineItem] = []
            var after: TimelineCursor?
            repeat {
                let page = try await store.customerTimeline(TimelineQuery(customerID: "c-anna", after: after, limit: 3))
                seen += page.items
                after = page.next
            } while after != nil
            let restricted = try await store.customerTimeline(
                TimelineQuery(customerID: "c-anna", visibleUnits: ["u-store1"], limit: 100))

            #expect(
                seen.map(\.kind) == [.response, .churn] + Array(repeating: .ticket, count: 4) + [
                    .incident, .ticket, .ticket, .ticket,
                ])
            #expect(Set(seen.map(\.id)).count == seen.count)
            #expect(seen == seen.sorted(by: TimelineItem.newestFirst))
            guard case .incident(let hit) = seen[6] else { return }
            #expect(hit.customerIDs == ["c-anna"])
            // Another unit's ticket is left out for a reader of one unit; the churn belongs to the customer.
            #expect(restricted.items.count == seen.count - 1)
            #expect(restricted.items.contains { $0.kind == .churn })
            await #expect(throws: StoreError.self) {
                _ = try await store.customerTimeline(TimelineQuery(customerID: "nobody"))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aMergeMovesEverythingToTheSurvivorAndAnUndoPutsItBack(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await customers(in: store)
            var bo = try await store.customer("c-bo")
            bo.attributes = ["plan": .text("Mobile")]
            bo.consent = Consent(maySurvey: false, mayContact: true)
            try await store.saveCustomer(bo, by: Fixture.actor)
            _ = try await store.saveSegment(
                Segment(
                    id: "seg-mobile", name: "Mobile",
                    conditions: [SegmentCondition(attribute: "plan", op: .equals, value: .text("Mobile"))]),
                by: Fixture.actor)
            let source = try await store.createSignalSource(
                SignalSource(id: "desk", name: "Desk", kinds: [.ticket, .incident, .churn]), by: Fixture.actor
            ).source
            var shared = SignalSubmission(type: .incident, id: "INC-both")
            shared.title = "Outage"
            shared.startedAt = Self.now.addingTimeInterval(-7200)
            shared.customers = [["crm": "1001"], ["crm": "1002"]]
            var solo = shared
            solo.id = "INC-bo"
            solo.customers = [["crm": "1002"]]
            var mixed = ticket("T-mixed", crm: "1001")
            mixed.customer = ["crm": "1001", "email": "bo@example.se"]
            _ = try await send(
                [ticket("T-anna", crm: "1001"), ticket("T-bo", crm: "1002"), shared, solo, mixed], from: source, to: store)
            try await store.insertResponses([
                fixture.response(nps: 9, customer: "c-anna"), fixture.response(nps: 2, customer: "c-bo"),
            ])
            let before = try await store.customerTimeline(TimelineQuery(customerID: "c-anna", limit: 100)).items.count

            let merge = try await store.mergeCustomers(survivor: "c-anna", merged: "c-bo", by: Fixture.actor)

            let anna = try await store.customer("c-anna")
            #expect(
                anna.identifiers.map(\.description).sorted() == [
                    "crm:1001", "crm:1002", "email:anna@example.se", "email:bo@example.se",
                ])
            #expect(anna.consent == Consent(maySurvey: false, mayContact: true))
            #expect(anna.attributes["plan"] == .text("Mobile"))
            await #expect(throws: StoreError.self) { _ = try await store.customer("c-bo") }
            let merged = try await store.customerTimeline(TimelineQuery(customerID: "c-anna", limit: 100)).items
            // Bo's ticket, response and solo incident join, and the settled mixed ticket; the shared incident stays one.
            #expect(merged.count == before + 4)
            #expect(merge.moved["tickets"] == 1 && merge.moved["responses"] == 1 && merge.moved["incidents"] == 2)
            #expect(try await store.signal(.ticket, source: "desk", externalID: "T-mixed")?.customerID == "c-anna")
            #expect(try await store.identityReviews(status: .open, page: PageRequest(limit: 10)).total == 0)
            #expect(try await store.checkDatabase().isSound)

            let undone = try await store.undoCustomerMerge(merge.id, by: Fixture.actor)

            #expect(undone.undoneAt != nil)
            #expect(try await store.customer("c-anna").identifiers.map(\.description) == ["crm:1001", "email:anna@example.se"])
            #expect(try await store.customer("c-anna").consent == Consent())
            #expect(try await store.customer("c-bo").identifiers.map(\.description) == ["crm:1002", "email:bo@example.se"])
            #expect(try await store.customer("c-bo").attributes["plan"] == .text("Mobile"))
            #expect(try await store.customerTimeline(TimelineQuery(customerID: "c-anna", limit: 100)).items.count == before)
            let boItems = try await store.customerTimeline(TimelineQuery(customerID: "c-bo", limit: 100)).items
            #expect(boItems.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.incident, .incident, .response, .ticket])
            #expect(try await store.signal(.ticket, source: "desk", externalID: "T-mixed")?.customerID == nil)
            #expect(try await store.identityReviews(status: .open, page: PageRequest(limit: 10)).total == 1)
            #expect(try await store.checkDatabase().isSound)
            await #expect(throws: StoreError.self) { _ = try await store.undoCustomerMerge(merge.id, by: Fixture.actor) }
            #expect(try await store.customerMerges(of: "c-bo").map(\.id) == [merge.id])
        }
    }

    @Test(arguments: TestBackend.available)
    func decisionsStandAndErasureTakesTheReviewsThatNameThePerson(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.ticket])
            var mixed = ticket("T-9", crm: "1001")
            mixed.customer = ["crm": "1001", "email": "bo@example.se"]
            mixed.subject = "Anna's words"
            let first = try await send([mixed], from: source, to: store)
            let reviewID = try #require(first[0].reviewID)
            _ = try await store.dismissIdentityReview(reviewID, by: Fixture.actor)

            // The nightly export sends it again: the decision stands.
            _ = try await send([mixed], from: source, to: store)
            #expect(try await store.identityReview(reviewID).status == .dismissed)

            _ = try await store.eraseCustomer("c-bo", by: Fixture.actor)
            await #expect(throws: StoreError.self) { _ = try await store.identityReview(reviewID) }
            #expect(try await store.signal(.ticket, source: "desk", externalID: "T-9") == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func mergesIntoOneCustomerAreUndoneLastFirstAndALaterNoHolds(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await customers(in: store)
            try await store.saveCustomer(
                Customer(id: "c-cy", displayName: "Cy", identifiers: [CustomerIdentifier(system: "crm", value: "1003")]),
                by: Fixture.actor)
            let first = try await store.mergeCustomers(survivor: "c-anna", merged: "c-bo", by: Fixture.actor)
            let second = try await store.mergeCustomers(survivor: "c-anna", merged: "c-cy", by: Fixture.actor)
            var anna = try await store.customer("c-anna")
            anna.consent = Consent(maySurvey: false, mayContact: true)
            try await store.saveCustomer(anna, by: Fixture.actor)

            await #expect(throws: StoreError.self) { _ = try await store.undoCustomerMerge(first.id, by: Fixture.actor) }
            _ = try await store.undoCustomerMerge(second.id, by: Fixture.actor)
            _ = try await store.undoCustomerMerge(first.id, by: Fixture.actor)

            // The "no" said after the merges may have been anyone's: all three keep it.
            for id in ["c-anna", "c-bo", "c-cy"] {
                #expect(try await store.customer(id).consent.maySurvey == false, "\(id)")
            }
            #expect(try await store.checkDatabase().isSound)
            _ = try await store.eraseCustomer("c-anna", by: Fixture.actor)
            #expect(try await store.customerMerges(of: "c-bo").isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func anIncidentIsValuedFromTheAnswersOfTheCustomersItHitAgainstTheRest(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.incident])
            let start = Self.now.addingTimeInterval(-10 * 86_400)
            var incident = SignalSubmission(type: .incident, id: "INC-V")
            incident.title = "Fibre cut"
            incident.startedAt = start
            incident.endedAt = start.addingTimeInterval(90 * 60)
            incident.customers = [["crm": "1001"]]
            let stored = try await send([incident], from: source, to: store)
            try await store.insertResponses([
                fixture.response(nps: 2, customer: "c-anna", at: start.addingTimeInterval(86_400)),
                fixture.response(nps: 10, customer: "c-bo", at: start.addingTimeInterval(2 * 86_400)),
                fixture.response(nps: 9, at: start.addingTimeInterval(3 * 86_400)),
                fixture.response(nps: 8, unit: "u-store2", at: start.addingTimeInterval(3 * 86_400)),
                fixture.response(nps: 0, customer: "c-anna", at: start.addingTimeInterval(-86_400)),
                fixture.response(nps: 0, customer: "c-bo", at: start.addingTimeInterval(30 * 86_400)),
            ])
            try await store.saveIncidentValuationSettings(
                IncidentValuationSettings(valuePerCustomerMinute: 2), by: Fixture.actor)

            let result = try await store.incidentValuation(stored[0].id, visibleUnits: nil, now: Self.now)
            let oneUnit = try await store.incidentValuation(stored[0].id, visibleUnits: ["u-store1"], now: Self.now)
            let listed = try await store.incidents(visibleUnits: nil, page: PageRequest(limit: 10)).items

            #expect(result.valuation.affected == NPSCounts(promoters: 0, passives: 0, detractors: 1))
            #expect(result.valuation.unaffected == NPSCounts(promoters: 2, passives: 1, detractors: 0))
            #expect(result.valuation.customerMinutes == 90 && result.valuation.estimatedCost == 180)
            #expect(result.valuation.verdict == .tooFewAnswers)
            #expect(oneUnit.valuation.unaffected == NPSCounts(promoters: 2, passives: 0, detractors: 0))
            #expect(listed.map(\.namedCustomers) == [1] && listed[0].incident.customerIDs.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func theChurnReportGroupsCustomersByTheirLastAnswerBeforeThePeriod(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.churn])
            try await store.saveCustomer(
                Customer(
                    id: "c-cy", displayName: "Cy", identifiers: [CustomerIdentifier(system: "crm", value: "1003")],
                    attributes: ["yearly_revenue": .number(900)]),
                by: Fixture.actor)
            let from = Self.now.addingTimeInterval(-20 * 86_400)
            try await store.insertResponses([
                fixture.response(nps: 9, customer: "c-anna", at: from.addingTimeInterval(-60 * 86_400)),
                fixture.response(nps: 2, customer: "c-anna", at: from.addingTimeInterval(-30 * 86_400)),
                fixture.response(nps: 10, customer: "c-bo", at: from.addingTimeInterval(-30 * 86_400)),
                fixture.response(nps: 3, customer: "c-cy", at: from.addingTimeInterval(-10 * 86_400)),
                fixture.response(nps: 0, customer: "c-bo", at: from.addingTimeInterval(86_400)),
            ])
            var left = SignalSubmission(type: .churn, id: "CH-A")
            left.customer = ["crm": "1001"]
            left.at = from.addingTimeInterval(5 * 86_400)
            left.reason = "service"
            left.revenue = 1_500
            _ = try await send([left], from: source, to: store)

            let report = try await store.churnReport(from: from, to: Self.now, visibleUnits: nil)

            let detractors = try #require(report.groups.first { $0.category == .detractor })
            let promoters = try #require(report.groups.first { $0.category == .promoter })
            // Anna's last answer before the period was a 2; Bo's 0 came after its start.
            #expect(detractors.customers == 2 && detractors.churned == 1 && detractors.revenueLost == 1_500)
            #expect(promoters.customers == 1 && promoters.churned == 0)
            #expect(report.reasons.map(\.reason) == ["service"])
            #expect(report.revenueAtRisk == 900)
        }
    }
}
