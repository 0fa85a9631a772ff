import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("CSV import")
struct CSVImportContractTests {
    let fixture = Fixture()

    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-import-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: TestBackend.available)
    func goodRowsAreStoredAndBadRowsAreReportedByLine(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let path = try file(
                #"""
                Survey;Språk;Betyg;reason;comment;idempotencyKey
                sv-1;sv;9;price;"Bra; men ""dyrt""";row-1
                sv-1;sv;11;price;;row-2
                sv-1;de;5;service;;row-3
                sv-1;sv;0;service;"rad
                två";row-4
                sv-1;sv;7;price;;row-1

                """#)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let report = try await CSVImport(store: store, batchSize: 2).responses(
                from: path, mapping: ["survey": "surveyID", "språk": "language", "betyg": "answer:nps"], actor: Fixture.actor)
            #expect(report.stored == 2)
            #expect(report.duplicates == 1)
            #expect(report.rejected.map(\.line) == [3, 4])
            #expect(report.rejected[0].reason.contains("answers[0].value"))
            #expect(report.rejected[1].reason.contains("language"))
            let stored = try await store.responses(ResponseQuery(), page: PageRequest()).items
            let comments = Set(stored.compactMap { $0.answer("comment") })
            #expect(comments == [.text("Bra; men \"dyrt\""), .text("rad\ntvå")])
            let audit = try await store.auditLog(entityType: "responses", page: PageRequest())
            #expect(audit.items.first?.summary.contains("2 stored") == true)
        }
    }

    /// Files that are not UTF-8 CSV are refused whole, before any row is stored: a Windows-1252
    /// export (whose last row is the bad one), a workbook, a record that never ends, and a quote left
    /// open on the last line of a file whose first 2,500 rows are good (more than a batch).
    @Test(arguments: [
        (
            "latin-1",
            Data("Survey;Språk;Betyg\nsv-1;sv;9\nsv-1;sv;8\n".utf8)
                + Data([0x73, 0x76, 0x2D, 0x31, 0x3B, 0x73, 0x76, 0x3B, 0x37, 0x3B, 0xF6, 0x0A]), "line 4"
        ),
        ("xlsx", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) + Data("[Content_Types].xml".utf8), "Excel workbook"),
        (
            "unclosed quote",
            Data(("Survey;Språk;Betyg;comment\nsv-1;sv;9;\"" + String(repeating: "x", count: 1_100_000) + "\n").utf8),
            "longer than 1 MiB"
        ),
        (
            "quote open at the end",
            Data(
                ("Survey;Språk;Betyg;comment\n" + String(repeating: "sv-1;sv;9;bra\n", count: 2_500) + "sv-1;sv;8;\"slut\n")
                    .utf8), "ends inside a quoted field"
        ),
    ])
    func aFileThatIsNotUTF8CSVIsRefusedBeforeAnyRow(name: String, bytes: Data, problem: String) async throws {
        try await TestBackend.sqlite.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-import-\(UUID().uuidString).csv").path
            try bytes.write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            do {
                _ = try await CSVImport(store: store).responses(
                    from: path, mapping: ["survey": "surveyID", "språk": "language", "betyg": "answer:nps"], actor: Fixture.actor)
                Issue.record("\(name) was imported")
            } catch {
                #expect("\(error)".contains(problem), "\(name): \(error)")
            }
            #expect(try await store.responseCount() == 0, "\(name)")
        }
    }

    @Test(arguments: TestBackend.available)
    func aHeaderWithoutTheSurveyColumnStopsBeforeStoringAnything(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let path = try file("language,nps\nsv,9\n")
            defer { try? FileManager.default.removeItem(atPath: path) }
            await #expect(throws: StoreError.self) {
                try await CSVImport(store: store).responses(from: path, mapping: [:], actor: Fixture.actor)
            }
            #expect(try await store.responseCount() == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func customersImportWithIdentifiersAttributesAndConsent(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await store.saveCustomer(
                Customer(id: "c-existing", displayName: "Existing", identifiers: [CustomerIdentifier(system: "crm", value: "1")]),
                by: Fixture.actor)
            let path = try file(
                """
                Kundnummer,name,email,Plan,tenure,maySurvey,unitID
                2,Sara Nilsson,sara@example.se,Fiber,14,ja,u-store1
                1,Dup Licate,dup@example.se,Bas,3,nej,
                3,Ola Nordmann,not-an-email,Bas,2,ja,
                4,Kari Nordmann,kari@example.no,Bas,x,yes,u-nowhere
                5,Pia,pia@example.dk,Mobil,7,no,

                """)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let report = try await CSVImport(store: store).customers(
                from: path,
                mapping: [
                    "kundnummer": "identifier:crm", "plan": "attribute:plan:text", "tenure": "attribute:tenure_months:number",
                ],
                actor: Fixture.actor)
            #expect(report.stored == 2)
            #expect(report.rejected.map(\.line) == [3, 4, 5])
            let sara = try #require(try await store.customer(identifiedBy: CustomerIdentifier(system: "crm", value: "2")))
            #expect(sara.displayName == "Sara Nilsson")
            #expect(sara.attributes["tenure_months"] == .number(14))
            #expect(sara.unitID == "u-store1")
            let pia = try #require(
                try await store.customer(identifiedBy: CustomerIdentifier(system: "email", value: "pia@example.dk")))
            #expect(pia.consent.maySurvey == false)
        }
    }
}
