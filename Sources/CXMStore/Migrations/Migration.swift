import SQLKit

/// One step of the schema's history. Applied once, in order, inside a transaction, and recorded.
public protocol Migration: Sendable {
    /// A stable name, recorded in `schema_migrations`; never rename a released migration.
    var name: String { get }
    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws
}

extension Migration {
    /// Runs several portable DDL statements in order.
    func run(_ statements: [String], on sql: any SQLDatabase) async throws {
        for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
    }
}

/// Every migration, oldest first. Append only.
public let allMigrations: [any Migration] = [
    CreateOrganisationTables(),
    CreateJourneyTables(),
    CreateCustomerTables(),
    CreateSurveyAndResponseTables(),
    CreateAccessAndAuditTables(),
    CreateRollupTables(),
    CreateRollupQueue(),
    CreateSegmentRollups(),
    CreateLoginAttempts(),
    CreateRetention(),
    CreatePasswordResets(),
    CreateSurveyLinks(),
    CreateInvitations(),
    CreateWorkspaceBranding(),
    CreateCases(),
    CreateWebhooks(),
    AddCaseFollowUp(),
    CreateTextAnalytics(),
    CreateAlerts(),
    CreateDriverResults(),
    AddWeeklyRollups(),
    CreateSignalTables(),
    CreateBehaviourEvents(),
    KeyEventMessagesByTime(),
    DropEventActorIndex(),
    AddFunnelProgress(),
    CreateErasedIdentifiers(),
    AddSignalVersions(),
    CreateImprovements(),
    CreateGoalsAndPlans(),
]
