import CXMCore
import CXMStore
import Foundation
import Logging
import SQLKit
import Testing

/// The databases the contract runs on: SQLite always, PostgreSQL when CXM_TEST_POSTGRES_URL is set.
enum TestBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [TestBackend] {
        ProcessInfo.processInfo.environment["CXM_TEST_POSTGRES_URL"].map { !$0.isEmpty } == true
            ? [.sqlite, .postgres] : [.sqlite]
    }

    var testDescription: String { rawValue }

    static let logger: Logger = {
        var logger = Logger(label: "cxm.test")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs the body against a fresh, migrated, empty database of this kind and removes it afterwards.
    func withStore<T: Sendable>(_ body: (Store) async throws -> T) async throws -> T {
        try await withLocation { location in
            let database = try await Database.open(location, maxConnections: self == .postgres ? 2 : 8, logger: Self.logger)
            return try await run(database, body)
        }
    }

    /// Runs the body with the location of a fresh database of this kind, not yet migrated, and
    /// removes it afterwards.
    func withLocation<T: Sendable>(_ body: (DatabaseLocation) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-test-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            return try await body(.sqlite(path: folder.appendingPathComponent("cxm.sqlite").path))
        case .postgres:
            // A few databases at a time keep the cluster under its connection limit however many tests run.
            await PostgresSlots.shared.acquire()
            do {
                let result = try await withPostgres(body)
                await PostgresSlots.shared.release()
                return result
            } catch {
                await PostgresSlots.shared.release()
                throw TestDatabaseError(String(reflecting: error))
            }
        }
    }

    /// Creates a database of its own from template0 (which nobody connects to, so creations never
    /// collide), runs the body on it and drops it.
    private func withPostgres<T: Sendable>(_ body: (DatabaseLocation) async throws -> T) async throws -> T {
        let adminURL = ProcessInfo.processInfo.environment["CXM_TEST_POSTGRES_URL"]!
        let name = "cxm_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let admin = try await Database.open(.postgres(url: adminURL), maxConnections: 1, logger: Self.logger)
        do {
            try await admin.read { sql in try await sql.raw("CREATE DATABASE \(ident: String(name)) TEMPLATE template0").run() }
            var components = URLComponents(string: adminURL)!
            components.path = "/" + name
            let result = try await body(.postgres(url: components.string!))
            try await admin.read { sql in try await sql.raw("DROP DATABASE \(ident: String(name))").run() }
            await admin.shutdown()
            return result
        } catch {
            try? await admin.read { sql in try await sql.raw("DROP DATABASE IF EXISTS \(ident: String(name))").run() }
            await admin.shutdown()
            throw error
        }
    }

    private func run<T: Sendable>(_ database: Database, _ body: (Store) async throws -> T) async throws -> T {
        do {
            try await Migrator(database: database, logger: Self.logger).migrate()
            let result = try await body(Store(database: database))
            await database.shutdown()
            return result
        } catch {
            await database.shutdown()
            throw error
        }
    }
}

/// A small organisation, journey and survey to test against.
struct Fixture {
    static let actor = AuditActor(id: "tester", name: "tester@example.com")

    let company = OrgUnit(id: "u-company", parentID: nil, name: "Company", kind: "company")
    let region = OrgUnit(id: "u-region", parentID: "u-company", name: "Region Sweden", kind: "region")
    let store1 = OrgUnit(id: "u-store1", parentID: "u-region", name: "Store One", kind: "store")
    let store2 = OrgUnit(id: "u-store2", parentID: "u-company", name: "Store Two", kind: "store")
    let web = Channel(id: "ch-web", key: "web", name: "Web", kind: "web")
    let journey = Journey(id: "j-1", name: "Becoming a customer", description: "From ad to first bill", position: 0)
    let stage = Stage(id: "s-1", journeyID: "j-1", name: "Choose", phase: .before, position: 0)
    var touchpoint: Touchpoint {
        Touchpoint(
            id: "tp-1", stageID: "s-1", name: "Compare plans online", position: 0, channelID: "ch-web", ownerUnitID: "u-store1",
            feeling: "in control", functionalNeeds: ["clear prices"], emotionalNeeds: ["confidence"],
            hygieneFactors: ["page loads"],
            blueprint: ServiceBlueprint(customerActions: ["opens site"], frontstage: ["price table"]))
    }
    var survey: Survey {
        Survey(
            id: "sv-1", name: "Web survey", touchpointIDs: ["tp-1"], languages: [.en, .sv],
            questions: [
                Question(key: "nps", type: .nps, text: LocalizedText([.en: "Recommend?", .sv: "Rekommendera?"]), required: true),
                Question(
                    key: "reason", type: .singleChoice, text: LocalizedText([.en: "Why?", .sv: "Varför?"]),
                    options: [
                        ChoiceOption(key: "price", label: LocalizedText([.en: "Price", .sv: "Pris"])),
                        ChoiceOption(key: "service", label: LocalizedText([.en: "Service", .sv: "Service"])),
                    ]),
                Question(
                    key: "topics", type: .multipleChoice, text: LocalizedText([.en: "Topics", .sv: "Ämnen"]),
                    options: [
                        ChoiceOption(key: "a", label: LocalizedText([.en: "A", .sv: "A"])),
                        ChoiceOption(key: "b", label: LocalizedText([.en: "B", .sv: "B"])),
                    ]),
                Question(key: "comment", type: .openText, text: LocalizedText([.en: "Comment", .sv: "Kommentar"])),
            ])
    }

    /// Stores the organisation, journey, touchpoint and survey.
    func install(in store: Store) async throws {
        for unit in [company, region, store1, store2] { try await store.createUnit(unit, by: Self.actor) }
        try await store.saveChannel(web, by: Self.actor)
        try await store.createJourney(journey, by: Self.actor)
        try await store.saveStage(stage, by: Self.actor)
        try await store.saveTouchpoint(touchpoint, by: Self.actor)
        try await store.saveSurvey(survey, by: Self.actor)
    }

    func response(
        id: String = Identifier.make(), nps: Int, key: String? = nil, unit: String = "u-store1", customer: String? = nil,
        at date: Date = Date(timeIntervalSince1970: 1_780_000_000)
    ) -> SurveyResponse {
        SurveyResponse(
            id: id, surveyID: "sv-1", surveyVersion: 1, touchpointID: "tp-1", unitID: unit, channelID: "ch-web",
            customerID: customer, language: .sv, submittedAt: date,
            answers: [
                Answer(question: "nps", value: .score(nps)), Answer(question: "reason", value: .choice("price")),
                Answer(question: "topics", value: .choices(["a", "b"])),
                Answer(question: "comment", value: .text("Bra, men dyrt")),
            ],
            idempotencyKey: key)
    }
}

/// A PostgreSQL failure with the driver's full description (its plain description hides the details).
struct TestDatabaseError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Limits how many PostgreSQL test databases exist at once.
actor PostgresSlots {
    static let shared = PostgresSlots(limit: 4)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { free = limit }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
