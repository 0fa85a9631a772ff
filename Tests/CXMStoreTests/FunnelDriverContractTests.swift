import CXMCore
import CXMStore
import Foundation
import Testing

extension FunnelContractTests {
    /// Bo (crm 1002) beside Anna, and a two-step checkout funnel.
    func checkout(in store: Store) async throws -> Funnel {
        try await store.saveCustomer(
            Customer(id: "c-bo", displayName: "Bo", identifiers: [CustomerIdentifier(system: "crm", value: "1002")]),
            by: Fixture.actor)
        return try await store.saveFunnel(
            Funnel(
                name: "Checkout", steps: [FunnelStep(event: "Checkout Started"), FunnelStep(event: "Order Completed")],
                windowMinutes: 60), by: Fixture.actor)
    }

    /// Anna starts and leaves; Bo starts on a device before signing in, and finishes signed in on it; a
    /// stranger's device leaves, no customer behind it.
    func checkoutAttempts(from site: SignalSource, to store: Store) async throws {
        _ = try await store.ingestEvents(
            [
                event("Checkout Started", user: "1001", minutes: 0),
                event("Checkout Started", device: "d-bo", minutes: 0),
                event("Order Completed", user: "1002", device: "d-bo", minutes: 5),
                event("Checkout Started", device: "d-x", minutes: 0),
            ], from: site)
    }
}

extension FunnelContractTests {
    /// A known customer's answer says whether they had left a funnel unfinished when answering: from the
    /// events of their visitors, the devices that became them included, in the 30 days before.
    @Test(arguments: TestBackend.available)
    func driverRowsSayWhichFunnelsTheCustomerLeftUnfinishedBeforeAnswering(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let site = try await site(in: store)
            let checkout = try await checkout(in: store)
            // A funnel whose events never came marks no one.
            _ = try await store.saveFunnel(
                Funnel(name: "Sign-up", steps: [FunnelStep(event: "Signup Started"), FunnelStep(event: "Signed Up")]),
                by: Fixture.actor)
            // A funnel whose last step never came: every attempt at it was left.
            let wrapped = try await store.saveFunnel(
                Funnel(name: "Gift wrap", steps: [FunnelStep(event: "Checkout Started"), FunnelStep(event: "Gift Wrapped")]),
                by: Fixture.actor)
            try await checkoutAttempts(from: site, to: store)
            let day: TimeInterval = 86_400
            try await store.insertResponses([
                fixture.response(id: "anna-after", nps: 3, customer: "c-anna", at: Self.start.addingTimeInterval(day)),
                fixture.response(id: "anna-before", nps: 9, customer: "c-anna", at: Self.start.addingTimeInterval(-day)),
                fixture.response(id: "anna-later", nps: 8, customer: "c-anna", at: Self.start.addingTimeInterval(31 * day)),
                fixture.response(id: "bo-after", nps: 9, customer: "c-bo", at: Self.start.addingTimeInterval(day)),
                fixture.response(id: "anonymous", nps: 2, at: Self.start.addingTimeInterval(day)),
            ])
            var scope = DriverScope(
                from: LocalDay(Self.start.addingTimeInterval(-5 * day), in: .gmt),
                to: LocalDay(Self.start.addingTimeInterval(40 * day), in: .gmt))
            scope.answering = "nps"

            let rows = try await store.driverRows(scope)

            let unfinished = Dictionary(uniqueKeysWithValues: rows.map { ($0.responseID, $0.unfinishedFunnels) })
            #expect(unfinished["anna-after"] == [checkout.id, wrapped.id])
            // Before the attempt, and more than 30 days after it: nothing to say.
            #expect(unfinished["anna-before"] == [])
            #expect(unfinished["anna-later"] == [])
            #expect(unfinished["bo-after"] == [wrapped.id])
            #expect(unfinished["anonymous"] == [])
            #expect(try await store.metricContext(visibleUnits: nil).funnels.map(\.name) == ["Checkout", "Gift wrap", "Sign-up"])
        }
    }
}

extension FunnelContractTests {
    /// Customers' progress through a funnel becomes attributes that segments slice by, kept up to date with
    /// the events that come and recomputed when the funnel changes.
    @Test(arguments: TestBackend.available)
    func progressThroughAFunnelBecomesCustomerAttributesThatSegmentsSliceBy(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let site = try await site(in: store)
            #expect(try await store.refreshFunnelProgress() == 0)
            var checkout = try await checkout(in: store)
            let key = FunnelProgress.key(funnel: checkout.id)
            let left = try await store.saveSegment(
                Segment(
                    name: "Left the checkout", conditions: [SegmentCondition(attribute: key, op: .lessThan, value: .number(2))]),
                by: Fixture.actor)
            try await checkoutAttempts(from: site, to: store)
            func attributes(_ id: String) async throws -> [String: AttributeValue] { try await store.customer(id).attributes }
            func inSegment(_ id: String) async throws -> Bool {
                try await store.personalData(of: id, by: Fixture.actor).segments.contains { $0.id == left.id }
            }

            #expect(try await store.refreshFunnelProgress() == 2)
            // The day the attempt began in the workspace's time zone, where it may be another day than in UTC.
            let zone = try #require(TimeZone(identifier: try await store.workspaceSettings().timeZone))
            let day = AttributeValue.date(LocalDay(Self.start, in: zone).iso)
            #expect(try await attributes("c-anna")[key] == .number(1))
            #expect(try await attributes("c-anna")[FunnelProgress.dayKey(funnel: checkout.id)] == day)
            #expect(try await attributes("c-bo")[key] == .number(2))
            #expect(try await inSegment("c-anna"))
            #expect(try await !inSegment("c-bo"))
            // Nothing came since: nothing to do.
            #expect(try await store.refreshFunnelProgress() == 0)

            // Anna finishes ten minutes in: she leaves the segment.
            _ = try await store.ingestEvents([event("Order Completed", user: "1001", minutes: 10)], from: site)
            #expect(try await store.refreshFunnelProgress() == 1)
            #expect(try await attributes("c-anna")[key] == .number(2))
            #expect(try await !inSegment("c-anna"))

            // A save of the customer (a CRM sync) neither drops nor sets them.
            var anna = try await store.customer("c-anna")
            anna.attributes[key] = nil
            anna.attributes[FunnelProgress.key(funnel: "other")] = .number(9)
            try await store.saveCustomer(anna, by: Fixture.actor)
            #expect(try await attributes("c-anna")[key] == .number(2))
            #expect(try await attributes("c-anna")[FunnelProgress.key(funnel: "other")] == nil)

            // A five-minute window: Anna's order came too late, and every customer is counted again.
            checkout.windowMinutes = 5
            checkout = try await store.saveFunnel(checkout, by: Fixture.actor)
            #expect(try await store.refreshFunnelProgress() == 1)
            #expect(try await attributes("c-anna")[key] == .number(1))
            #expect(try await attributes("c-bo")[key] == .number(2))
            #expect(try await inSegment("c-anna"))

            // A deleted funnel leaves no attributes behind.
            try await store.deleteFunnel(checkout.id, by: Fixture.actor)
            #expect(try await attributes("c-anna").keys.allSatisfy { !$0.hasPrefix(FunnelProgress.keyPrefix) })
            #expect(try await attributes("c-bo").keys.allSatisfy { !$0.hasPrefix(FunnelProgress.keyPrefix) })
            #expect(try await !inSegment("c-anna"))
        }
    }
}
