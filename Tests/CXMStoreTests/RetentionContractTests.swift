import CXMCore
import CXMStore
import Foundation
import SQLKit
import Testing

/// The retention policy: what is past its time goes, the figures of what is kept stay as they were,
/// and the rollups (of the workspace and of every segment) still equal the raw rows.
@Suite("Retention")
struct RetentionContractTests {
    static let now = RollupContractTests.endDate.addingTimeInterval(86_400)
    static let policy = RetentionPolicy(
        openTextMonths: 3, customerLinkMonths: 6, responseMonths: 9, inactiveCustomerMonths: 12)

    static func scalar(_ store: Store, _ query: SQLQueryString) async throws -> Int {
        try await store.database.read { sql in
            try await sql.raw(query).first().map { try $0.decode(column: "n", as: Int.self) } ?? 0
        }
    }

    @Test(arguments: TestBackend.available)
    func oldDataGoesAndTheFiguresOfWhatIsKeptStay(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await RollupContractTests.install(RollupContractTests.data, in: store)
            var settings = try await store.workspaceSettings()
            settings.retention = Self.policy
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            let zone = TimeZone(identifier: settings.timeZone)!
            let cutoffs = Self.policy.cutoffs(now: Self.now, timeZone: zone)
            let (responses, link, text, inactive) = (
                cutoffs.responses!, cutoffs.customerLink!, cutoffs.openText!, cutoffs.inactiveCustomers!
            )
            // Half of the customers have not changed for 13 months; the others did last week.
            let stale = Int64(Self.now.addingTimeInterval(-13 * 31 * 86_400).timeIntervalSince1970 * 1000)
            try await store.database.write { sql in
                try await sql.raw(
                    "UPDATE customers SET updated_at = \(bind: stale) WHERE id IN (SELECT id FROM customers ORDER BY id LIMIT 200)"
                ).run()
            }
            let ms = { (date: Date) in Int64(date.timeIntervalSince1970 * 1000) }
            let expectedDeleted = try await Self.scalar(
                store, "SELECT COUNT(*) AS n FROM responses WHERE submitted_at < \(bind: ms(responses))")
            let expectedAnonymised = try await Self.scalar(
                store,
                "SELECT COUNT(*) AS n FROM responses WHERE customer_id IS NOT NULL AND submitted_at >= \(bind: ms(responses)) AND submitted_at < \(bind: ms(link))"
            )
            let expectedTexts = try await Self.scalar(
                store,
                """
                SELECT COUNT(*) AS n FROM answers a JOIN responses r ON r.id = a.response_id
                 WHERE a.value_kind = 'text' AND r.submitted_at >= \(bind: ms(responses)) AND r.submitted_at < \(bind: ms(text))
                """)
            #expect(expectedDeleted > 0 && expectedAnonymised > 0 && expectedTexts > 0)
            let total = try await store.responseCount()
            // What is kept, as every figure shows it now.
            let keptDays = LocalDay(responses, in: zone)..<LocalDay(Self.now, in: zone).adding(days: 1)
            let kept = TallyRequest(kinds: Set(ScoreKind.allCases), days: keptDays, groupBy: [.day, .unit, .touchpoint])
            let before = try await store.tallies(kept)

            let dryRun = try #require(try await store.applyRetention(.manual, now: Self.now, dryRun: true, by: Fixture.actor))
            #expect(try await store.responseCount() == total)
            #expect(try await store.retentionRuns().isEmpty)
            let report = try #require(
                try await store.applyRetention(.scheduled(LocalDay(Self.now, in: zone)), now: Self.now, by: Fixture.actor))
            #expect(report.responsesDeleted == expectedDeleted)
            #expect(report.responsesAnonymised == expectedAnonymised)
            #expect(report.openTextAnswersDeleted == expectedTexts)
            #expect(report.customersDeleted > 0)
            #expect(dryRun.responsesDeleted == report.responsesDeleted)
            #expect(dryRun.responsesAnonymised == report.responsesAnonymised)
            #expect(dryRun.openTextAnswersDeleted == report.openTextAnswersDeleted)
            #expect(dryRun.customersDeleted == report.customersDeleted)

            #expect(try await store.responseCount() == total - expectedDeleted)
            #expect(
                try await Self.scalar(store, "SELECT COUNT(*) AS n FROM responses WHERE submitted_at < \(bind: ms(responses))")
                    == 0)
            #expect(
                try await Self.scalar(
                    store,
                    "SELECT COUNT(*) AS n FROM responses WHERE customer_id IS NOT NULL AND submitted_at < \(bind: ms(link))"
                ) == 0)
            #expect(
                try await Self.scalar(
                    store,
                    "SELECT COUNT(*) AS n FROM answers a JOIN responses r ON r.id = a.response_id WHERE a.value_kind = 'text' AND r.submitted_at < \(bind: ms(text))"
                ) == 0)
            // No customer is left who has not changed since the cutoff and has no response; those who answered recently stay.
            #expect(
                try await Self.scalar(
                    store,
                    """
                    SELECT COUNT(*) AS n FROM customers c WHERE c.updated_at < \(bind: ms(inactive))
                       AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.customer_id = c.id)
                    """) == 0)
            #expect(try await Self.scalar(store, "SELECT COUNT(*) AS n FROM customers") == 400 - report.customersDeleted)
            #expect(
                try await Self.scalar(
                    store, "SELECT COUNT(*) AS n FROM customer_identifiers WHERE customer_id NOT IN (SELECT id FROM customers)")
                    == 0)

            // The kept period's figures are unchanged, and every rollup equals the raw rows.
            #expect(Set(try await store.tallies(kept)) == Set(before))
            let check = try await store.checkDatabase()
            #expect(check.isSound, "\(check.rollupMismatches)")
            #expect(check.segmentsCompared > 0)

            // The day's scheduled run is done once; the report is kept and audited.
            #expect(
                try await store.applyRetention(.scheduled(LocalDay(Self.now, in: zone)), now: Self.now, by: Fixture.actor) == nil)
            #expect(try await store.retentionRuns().first == report)
            let again = try #require(try await store.applyRetention(.manual, now: Self.now, by: Fixture.actor))
            #expect(again.changedNothing)
            let audit = try await store.auditLog(entityType: "workspace", page: PageRequest(offset: 0, limit: 10))
            #expect(audit.items.contains { $0.action == "retention" && $0.summary == report.summary })
        }
    }

    @Test(arguments: TestBackend.available)
    func withoutAPolicyNothingChanges(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await RollupContractTests.install(RollupContractTests.data, in: store)
            let report = try #require(try await store.applyRetention(.manual, now: Self.now, by: Fixture.actor))
            #expect(report.changedNothing)
            #expect(try await store.responseCount() == 4_000)
            #expect(try await store.workspaceSettings().retention.isEmpty)
        }
    }
}
