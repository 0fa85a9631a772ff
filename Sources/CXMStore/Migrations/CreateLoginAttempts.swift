import SQLKit

/// Consecutive failed sign-ins per account, for the lock-out with back-off. Accounts are keyed by a
/// hash of the normalised e-mail address (also for addresses no user has), so the table holds no
/// address and does not reveal which ones exist.
struct CreateLoginAttempts: Migration {
    let name = "009_create_login_attempts"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE login_attempts (
                    account TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_failure_at BIGINT NOT NULL,
                    locked_until BIGINT)
                """
            ], on: sql)
    }
}
