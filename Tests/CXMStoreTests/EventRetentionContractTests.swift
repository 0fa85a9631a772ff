import CXMCore
import CXMStore
import Foundation
import SQLKit
import Testing

extension FunnelContractTests {
    /// The retention rule for site activity deletes the events before its cutoff and the visitors left with
    /// nothing; a dry run counts them and deletes nothing.
    @Test(arguments: TestBackend.available)
    func siteActivityPastItsTimeGoesWithTheVisitorsLeftWithNothing(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let site = try await site(in: store)
            let day = 24.0 * 60
            _ = try await store.ingestEvents(
                [
                    event("Page Viewed", device: "d-old", minutes: 0),
                    event("Page Viewed", user: "1001", minutes: 1),
                    event("Page Viewed", user: "1001", minutes: 8 * day),
                    event("Page Viewed", device: "d-new", minutes: 8 * day),
                ], from: site)
            var settings = try await store.workspaceSettings()
            settings.retention = RetentionPolicy(siteActivityMonths: 1)
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            // A month before this is about five days ago: the first two events are older, the last two not.
            let now = Date().addingTimeInterval(25 * 86_400)
            func count(_ table: String) async throws -> Int {
                try await store.database.read { sql in
                    try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first().map {
                        try $0.decode(column: "n", as: Int.self)
                    } ?? 0
                }
            }

            let dryRun = try #require(try await store.applyRetention(.manual, now: now, dryRun: true, by: Fixture.actor))
            #expect(dryRun.siteEventsDeleted == 2 && dryRun.siteActivityBefore != nil)
            #expect(try await count("behaviour_events") == 4)

            let report = try #require(try await store.applyRetention(.manual, now: now, by: Fixture.actor))
            #expect(report.siteEventsDeleted == 2)
            #expect(report.summary.contains("2 site events deleted"))
            #expect(try await count("behaviour_events") == 2)
            // The old device had nothing left and went; Anna's user id and the new device stay.
            let keys = try await store.database.read { sql in
                try await sql.raw("SELECT actor_key FROM event_actors ORDER BY actor_key").all().map {
                    try $0.decode(column: "actor_key", as: String.self)
                }
            }
            #expect(keys.count == 2 && !keys.contains { $0.contains("d-old") })
            let timeline = try await store.customerTimeline(TimelineQuery(customerID: "c-anna", limit: 50))
            #expect(timeline.items.filter { $0.kind == .activity }.count == 1)
            // Without the rule nothing more goes.
            settings.retention = RetentionPolicy()
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            let none = try #require(try await store.applyRetention(.manual, now: now, by: Fixture.actor))
            #expect(none.siteEventsDeleted == nil)
            #expect(try await count("behaviour_events") == 2)
        }
    }
}
