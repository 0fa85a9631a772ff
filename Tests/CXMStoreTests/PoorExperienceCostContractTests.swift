import CXMCore
import CXMStore
import Foundation
import Testing

extension SignalContractTests {
    @Test(arguments: TestBackend.available)
    func thePoorExperienceCostSumsIncidentsAndChurnPerMonthOfTheWorkspace(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store, kinds: [.incident, .churn])
            let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
            let (year, month, _) = LocalDay(Self.now, in: zone).civil
            let first = LocalDay(year: year, month: month, day: 1).adding(months: -2)
            let m0 = first.start(in: zone)
            let m1 = first.adding(months: 1).start(in: zone)
            func incident(_ id: String, crm: String, at start: Date, minutes: Double, units: [String]? = nil) -> SignalSubmission
            {
                var incident = SignalSubmission(type: .incident, id: id)
                incident.title = id
                incident.startedAt = start
                incident.endedAt = start.addingTimeInterval(minutes * 60)
                incident.customers = [["crm": crm]]
                incident.units = units
                return incident
            }
            func churn(_ id: String, crm: String, at: Date, revenue: Double) -> SignalSubmission {
                var record = SignalSubmission(type: .churn, id: id)
                record.customer = ["crm": crm]
                record.at = at
                record.reason = "price"
                record.revenue = revenue
                return record
            }
            var mixed = churn("CH-MIXED", crm: "1001", at: m1.addingTimeInterval(7 * 86_400), revenue: 100)
            mixed.customer = ["crm": "1001", "email": "bo@example.se"]
            _ = try await send(
                [
                    incident("INC-A", crm: "1001", at: m0.addingTimeInterval(86_400), minutes: 90),
                    // Runs over into the next month: it counts whole in the month it started.
                    incident("INC-B", crm: "1002", at: m1.addingTimeInterval(-30 * 60), minutes: 60),
                    incident("INC-C", crm: "1001", at: m1.addingTimeInterval(2 * 86_400), minutes: 30, units: ["u-store2"]),
                    churn("CH-BO", crm: "1002", at: m0.addingTimeInterval(3 * 86_400), revenue: 700),
                    churn("CH-ANNA", crm: "1001", at: m1.addingTimeInterval(5 * 86_400), revenue: 1_500),
                    // Anna's second subscription: one more record, the same customer.
                    churn("CH-ANNA-2", crm: "1001", at: m1.addingTimeInterval(6 * 86_400), revenue: 300),
                    // Naming Anna and Bo, it waits for review without a customer: churn all the same.
                    mixed,
                ], from: source, to: store)
            try await store.insertResponses([
                // Anna's last answer in the year before she left was a detractor's; Bo's a promoter's.
                fixture.response(nps: 9, customer: "c-anna", at: m1.addingTimeInterval(-20 * 86_400)),
                fixture.response(nps: 2, customer: "c-anna", at: m1.addingTimeInterval(-86_400)),
                fixture.response(nps: 10, customer: "c-bo", at: m0.addingTimeInterval(-86_400)),
                fixture.response(nps: 0, customer: "c-bo", at: m0.addingTimeInterval(10 * 86_400)),
            ])
            try await store.saveIncidentValuationSettings(
                IncidentValuationSettings(valuePerCustomerMinute: 2), by: Fixture.actor)

            let cost = try await store.poorExperienceCost(from: m0, to: Self.now, visibleUnits: nil, now: Self.now)
            let scoped = try await store.poorExperienceCost(from: m0, to: Self.now, visibleUnits: ["u-store1"], now: Self.now)
            let nobody = try await store.poorExperienceCost(from: m0, to: Self.now, visibleUnits: [], now: Self.now)

            #expect(cost.months.map(\.month) == [first, first.adding(months: 1), first.adding(months: 2)])
            #expect(cost.months.map(\.incidents) == [2, 1, 0])
            #expect(cost.months.map(\.customerMinutes) == [150, 30, 0])
            #expect(cost.months.map(\.estimatedCost) == [300, 60, 0])
            #expect(cost.months.map(\.churned) == [1, 2, 0])
            #expect(cost.months.map(\.churnedRevenue) == [700, 1_900, 0])
            #expect(cost.months.map(\.churnedDetractors) == [0, 1, 0])
            #expect(cost.months.map(\.detractorRevenue) == [0, 1_800, 0])
            #expect(scoped.months.map(\.incidents) == [2, 0, 0])
            // Anna and Bo belong to no unit, and the record in review to nobody: a store's reader sees none.
            #expect(scoped.months.map(\.churned) == [0, 0, 0])
            #expect(nobody.months.map(\.incidents) == [0, 0, 0] && nobody.months.map(\.churned) == [0, 0, 0])
        }
    }
}
