import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("Behavioural events and funnels")
struct FunnelContractTests {
    let fixture = Fixture()
    static let start = Date().addingTimeInterval(-10 * 86_400)

    /// The fixture, Anna (crm 1001), and a web site whose `userId` is the CRM number.
    func site(in store: Store) async throws -> SignalSource {
        try await fixture.install(in: store)
        try await store.saveCustomer(
            Customer(id: "c-anna", displayName: "Anna", identifiers: [CustomerIdentifier(system: "crm", value: "1001")]),
            by: Fixture.actor)
        return try await store.createSignalSource(
            SignalSource(id: "site", name: "Web site", kinds: [.event], identifierMap: ["userId": "crm"]), by: Fixture.actor
        ).source
    }

    func event(
        _ name: String, user: String? = nil, device: String? = nil, minutes: Double, message: String? = nil,
        channel: String? = "web"
    ) -> BehaviourEvent {
        BehaviourEvent(
            name: name, userID: user, anonymousID: device, at: Self.start.addingTimeInterval(minutes * 60), messageID: message,
            channel: channel)
    }

    /// A resent event is its message id sent again with the time it was first stamped with, from the same
    /// source: the same id from another source, or stamped with another time, is another event.
    @Test(arguments: TestBackend.available)
    func aResentEventIsItsMessageIdAndTimeFromTheSameSource(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let site = try await site(in: store)
            let app = try await store.createSignalSource(
                SignalSource(id: "app", name: "App", kinds: [.event], identifierMap: ["userId": "crm"]), by: Fixture.actor
            ).source
            let sent = (0..<600).map { event("Page Viewed", device: "d-\($0 % 7)", minutes: Double($0), message: "m-\($0)") }
            #expect(try await store.ingestEvents(sent, from: site).stored == 600)
            // More than one seek's worth of pairs, all stored before.
            let again = try await store.ingestEvents(sent.reversed(), from: site)
            #expect(again.stored == 0)
            #expect(again.duplicates == Array(0..<600))
            let other = try await store.ingestEvents(
                [
                    event("Page Viewed", device: "d-1", minutes: 1, message: "m-1"),
                    event("Page Viewed", device: "d-1", minutes: 1.5, message: "m-1"),
                ], from: site)
            #expect(other.duplicates == [0])
            #expect(
                try await store.ingestEvents([event("Page Viewed", device: "d-1", minutes: 1, message: "m-1")], from: app).stored
                    == 1)
        }
    }

    /// A batch's visitors are read back in chunks of 5,000 keys: more than one chunk's worth are found again,
    /// devices stay the user they became, and none is stored twice.
    @Test(arguments: TestBackend.available)
    func thousandsOfVisitorsInABatchAreFoundAgain(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let site = try await site(in: store)
            func devices(_ round: Int) -> [BehaviourEvent] {
                (0..<5_200).map { event("Page Viewed", device: "d-\($0)", minutes: Double(round), message: "m-\(round)-\($0)") }
            }
            #expect(try await store.ingestEvents(devices(0), from: site).stored == 5_200)
            let signIn = event("Signed In", user: "1001", device: "d-5100", minutes: 1, message: "m-in")
            let first = try await store.ingestEvents(devices(1) + [signIn], from: site)
            #expect(first.stored == 5_201)
            #expect(first.aliased == 1)
            var again = signIn
            again.at = again.at.addingTimeInterval(60)
            again.messageID = "m-in-again"
            let second = try await store.ingestEvents(devices(2) + [again], from: site)
            #expect(second.stored == 5_201)
            #expect(second.aliased == 0)
            #expect(second.unlinkedUsers == 0)
            // The device's events, before and after it signed in, are Anna's.
            let page = try await store.customerTimeline(TimelineQuery(customerID: "c-anna", limit: 10))
            let names = page.items.compactMap { item -> String? in
                if case .activity(let activity) = item { activity.name } else { nil }
            }
            #expect(names == ["Signed In", "Page Viewed", "Signed In", "Page Viewed", "Page Viewed"])
        }
    }

    @Test(arguments: TestBackend.available)
    func eventsAreStoredOnceLinkedToCustomersAndDevicesBecomeTheirUsers(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let site = try await site(in: store)
            let first = try await store.ingestEvents(
                [
                    event("Product Viewed", device: "d-1", minutes: 0, message: "m-1"),
                    event("Added to Cart", device: "d-1", minutes: 1, message: "m-2"),
                    event("Added to Cart", device: "d-1", minutes: 1, message: "m-2"),
                    event("Product Viewed", user: "9999", minutes: 2, message: "m-3"),
                ], from: site)
            #expect(first.stored == 3)
            #expect(first.duplicates == [2])
            #expect(first.unlinkedUsers == 1)
            #expect(first.aliased == 0)

            // Anna signs in on the device: its events become hers, and so do its later anonymous ones.
            let second = try await store.ingestEvents(
                [
                    event("Checkout Started", user: "1001", device: "d-1", minutes: 3, message: "m-4"),
                    event("Payment Entered", device: "d-1", minutes: 4, message: "m-5"),
                    event("Added to Cart", device: "d-1", minutes: 1, message: "m-2"),
                ], from: site)
            #expect(second.stored == 2)
            #expect(second.duplicates == [2])
            #expect(second.aliased == 1)

            let timeline = try await store.customerTimeline(TimelineQuery(customerID: "c-anna"))
            let activity = timeline.items.compactMap { item -> SiteActivity? in
                if case .activity(let activity) = item { activity } else { nil }
            }
            #expect(activity.map(\.name) == ["Payment Entered", "Checkout Started", "Added to Cart", "Product Viewed"])
            #expect(activity.allSatisfy { $0.channel == "web" && $0.sourceID == "site" })

            // Paging through the activity one item at a time gives each event once, in order.
            var seen: [String] = []
            var cursor: TimelineCursor?
            repeat {
                let page = try await store.customerTimeline(TimelineQuery(customerID: "c-anna", after: cursor, limit: 1))
                seen += page.items.map(\.id)
                cursor = page.next
            } while cursor != nil
            #expect(seen == activity.map(\.id))

            // Erasing Anna erases what she did on the site, under her user id and her device.
            _ = try await store.eraseCustomer("c-anna", by: Fixture.actor)
            let funnel = Funnel(
                id: "f", name: "Checkout", steps: [FunnelStep(event: "Product Viewed"), FunnelStep(event: "Added to Cart")])
            let counts = try await store.funnelCounts(funnel, from: Self.start, to: Date())
            // Only the stranger (user 9999) is left, who viewed a product and added nothing.
            #expect(counts.total(steps: 2).map(\.actors) == [1, 0])
        }
    }

    @Test(arguments: TestBackend.available)
    func erasureFindsTheVisitorsNamedByTheCustomersIdentifiersBeforeTheyWereLinked(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let site = try await site(in: store)
            // Bo shops before cxm knows him: his visitor is not linked to anyone.
            let sent = try await store.ingestEvents(
                [
                    event("Product Viewed", device: "d-bo", minutes: 0),
                    event("Added to Cart", user: "1002", device: "d-bo", minutes: 1),
                ], from: site)
            #expect(sent.unlinkedUsers == 1)
            try await store.saveCustomer(
                Customer(id: "c-bo", displayName: "Bo", identifiers: [CustomerIdentifier(system: "crm", value: "1002")]),
                by: Fixture.actor)
            _ = try await store.eraseCustomer("c-bo", by: Fixture.actor)
            let funnel = Funnel(
                id: "f", name: "F", steps: [FunnelStep(event: "Product Viewed"), FunnelStep(event: "Added to Cart")])
            let counts = try await store.funnelCounts(funnel, from: Self.start, to: Date())
            #expect(counts.total(steps: 2).map(\.actors) == [0, 0])
        }
    }

    @Test(arguments: TestBackend.available)
    func aFunnelCountsStepsInOrderWithinTheWindowPerEntryChannel(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let site = try await site(in: store)
            var events: [BehaviourEvent] = []
            // Twenty visitors: all view; 12 add to cart; 6 of those pay in time; 2 pay after the window.
            for index in 0..<20 {
                let device = "d-\(index)"
                let channel = index < 10 ? "web" : nil
                events.append(event("Product Viewed", device: device, minutes: Double(index), channel: channel))
                // A later view does not move the entry.
                events.append(event("Product Viewed", device: device, minutes: Double(index) + 30, channel: "web"))
                if index < 12 { events.append(event("Added to Cart", device: device, minutes: Double(index) + 2)) }
                if index < 6 { events.append(event("Paid", device: device, minutes: Double(index) + 10)) }
                if index == 6 || index == 7 { events.append(event("Paid", device: device, minutes: Double(index) + 90)) }
            }
            // Paying before adding to the cart is not the funnel's order.
            events.append(event("Paid", device: "d-15", minutes: 15.5))
            _ = try await store.ingestEvents(events, from: site)
            let funnel = try await store.saveFunnel(
                Funnel(
                    name: "Checkout",
                    steps: [
                        FunnelStep(event: "Product Viewed", touchpointID: "tp-1"), FunnelStep(event: "Added to Cart"),
                        FunnelStep(event: "Paid", label: "Payment"),
                    ],
                    windowMinutes: 60), by: Fixture.actor)
            #expect(try await store.funnels().map(\.name) == ["Checkout"])
            let counts = try await store.funnelCounts(funnel, from: Self.start, to: Date())
            let total = counts.total(steps: 3)
            #expect(total.map(\.actors) == [20, 12, 6])
            #expect(counts.channels["web"]?.map(\.actors) == [10, 10, 6])
            #expect(counts.channels[nil as String?]?.map(\.actors) == [10, 2, 0])
            // Two minutes from view to cart: the 1–5 minute bucket; 8 minutes from cart to payment: 5–15 minutes.
            #expect(total[1].fromPrevious == [0, 12, 0, 0, 0, 0, 0, 0])
            #expect(total[2].fromPrevious == [0, 0, 6, 0, 0, 0, 0, 0])
            #expect(total[2].fromStart == [0, 0, 6, 0, 0, 0, 0, 0])
            #expect(total[2].fromStartMilliseconds == 6 * 10 * 60_000)

            let report = FunnelReport(funnel: funnel, from: Self.start, to: Date(), counts: counts)
            #expect(report.converted?.count == 6)
            #expect(report.largestDropOffStep == 2)
            #expect(report.steps[2].title == "Payment")

            // In a period that starts ten minutes later, the first ten visitors enter at their second view
            // (on the web), after which they added nothing.
            let later = try await store.funnelCounts(funnel, from: Self.start.addingTimeInterval(10 * 60), to: Date())
            #expect(later.total(steps: 3).map(\.actors) == [20, 2, 0])
            #expect(later.channels["web"]?.map(\.actors) == [10, 0, 0])

            // A step whose event never came: the steps before it still count.
            var renamed = funnel
            renamed.steps[1] = FunnelStep(event: "Never Sent")
            let broken = try await store.funnelCounts(renamed, from: Self.start, to: Date())
            #expect(broken.total(steps: 3).map(\.actors) == [20, 0, 0])

            await #expect(throws: StoreError.self) {
                try await store.saveFunnel(
                    Funnel(name: "Bad", steps: [FunnelStep(event: "A"), FunnelStep(event: "B", touchpointID: "tp-nope")]),
                    by: Fixture.actor)
            }
            try await store.deleteFunnel(funnel.id, by: Fixture.actor)
            #expect(try await store.funnels().isEmpty)
        }
    }
}
