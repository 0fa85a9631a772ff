import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("CSV import of signals")
struct SignalCSVImportContractTests {
    let fixture = Fixture()

    /// One clock reading for every file, so that an export read twice carries the same times.
    static let now = Date()

    static func iso(hoursAgo: Double) -> String { now.addingTimeInterval(-hoursAgo * 3600).formatted(.iso8601) }

    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-signals-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The fixture, Anna (crm 1001) and Bo (crm 1002), and a help desk whose `account` field holds CRM numbers.
    func desk(in store: Store) async throws -> SignalSource {
        try await fixture.install(in: store)
        for (id, crm, email) in [("c-anna", "1001", "anna@example.se"), ("c-bo", "1002", "bo@example.se")] {
            try await store.saveCustomer(
                Customer(
                    id: id, displayName: id,
                    identifiers: [
                        CustomerIdentifier(system: "crm", value: crm), CustomerIdentifier(system: "email", value: email),
                    ]),
                by: Fixture.actor)
        }
        return try await store.createSignalSource(
            SignalSource(
                id: "desk", name: "Desk", kinds: [.ticket, .churn, .incident], identifierMap: ["account": "crm"]),
            by: Fixture.actor
        ).source
    }

    func rows(category: String) -> String {
        let opened = Self.iso(hoursAgo: 5)
        let closed = Self.iso(hoursAgo: 4)
        return """
            type;id;account;customer:email;openedAt;closedAt;category;at;reason;revenue
            ticket;T-1;1001;;\(opened);\(closed);\(category);;;
            ticket;T-2;9999;;\(opened);;billing;;;
            ticket;T-3;1001;bo@example.se;\(opened);;billing;;;
            churn;C-1;1002;;;;;\(Self.iso(hoursAgo: 2));price;1200,50
            ticket;T-4;1001;;yesterday;;billing;;;

            """
    }

    @Test(arguments: TestBackend.available)
    func goodRowsAreStoredBadOnesReportedAndAReImportStoresNothingTwice(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store)
            let first = try file(rows(category: "billing"))
            let changed = try file(rows(category: "delivery"))
            defer { for path in [first, changed] { try? FileManager.default.removeItem(atPath: path) } }
            let importer = CSVImport(store: store, batchSize: 2)

            let report = try await importer.signals(
                from: .file(first), source: source, mapping: [:], kind: nil, actor: Fixture.actor)
            let again = try await importer.signals(
                from: .file(first), source: source, mapping: [:], kind: nil, actor: Fixture.actor)
            let updated = try await importer.signals(
                from: .data(Data(try String(contentsOfFile: changed, encoding: .utf8).utf8), name: "desk.csv"), source: source,
                mapping: [:], kind: nil, actor: Fixture.actor)

            #expect(report.stored == 3)
            #expect(report.inReview == 1)
            #expect(report.rejected.map(\.line) == [3, 6])
            #expect(report.rejected[0].reason.contains("no customer has crm:9999"))
            #expect(report.rejected[1].reason.contains("openedAt"))
            #expect((again.stored, again.updated, again.duplicates) == (0, 0, 3))
            #expect((updated.stored, updated.updated, updated.duplicates) == (0, 1, 2))
            let churn = try await store.churnReport(
                from: Date().addingTimeInterval(-86_400), to: Date().addingTimeInterval(60), visibleUnits: nil)
            #expect(churn.reasons.map(\.reason) == ["price"])
            #expect(churn.reasons.map(\.count) == [1])
            let audit = try await store.auditLog(entityType: "signals", page: PageRequest())
            #expect(audit.items.first?.summary.contains("1 updated") == true)
            #expect(audit.items.first?.entityID == "desk.csv")
        }
    }

    @Test(arguments: TestBackend.available)
    func anUnknownColumnStopsTheImportBeforeAnyRow(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let source = try await desk(in: store)
            let path = try file("id,account,openedAt,category,Priority\nT-1,1001,\(Self.iso(hoursAgo: 1)),billing,high\n")
            defer { try? FileManager.default.removeItem(atPath: path) }

            await #expect {
                _ = try await CSVImport(store: store).signals(
                    from: .file(path), source: source, mapping: [:], kind: .ticket, actor: Fixture.actor)
            } throws: { error in
                "\(error)".contains("--map 'Priority=ignore'")
            }
            let mapped = try await CSVImport(store: store).signals(
                from: .file(path), source: source, mapping: ["priority": "ignore"], kind: .ticket, actor: Fixture.actor)
            #expect(mapped.stored == 1)
        }
    }
}
