import SQLKit

/// The follow-up survey after a closed case: `workspace.case_follow_up`, JSON like the contact rules.
struct AddCaseFollowUp: Migration {
    let name = "017_add_case_follow_up"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(["ALTER TABLE workspace ADD COLUMN case_follow_up TEXT"], on: sql)
    }
}
