import SQLKit

/// Password resets by e-mail, and the outbox that sends their links.
///
/// A reset is kept as a hash of its token, works once and expires. The outbox is a queue every
/// server consumes: a message is claimed for a lease (row locks skipped on PostgreSQL), sent, and
/// deleted; a server that dies while sending lets the lease run out and another sends it again. A
/// message whose link has expired is deleted unsent (it holds a live link until then).
struct CreatePasswordResets: Migration {
    let name = "011_create_password_resets"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE password_resets (
                    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT)
                """,
                "CREATE INDEX password_resets_user ON password_resets (user_id, created_at)",
                """
                CREATE TABLE outbox (
                    id TEXT PRIMARY KEY, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
                    created_at BIGINT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at BIGINT NOT NULL,
                    expires_at BIGINT, claimed_until BIGINT, failed_at BIGINT, last_error TEXT)
                """,
                "CREATE INDEX outbox_due ON outbox (next_attempt_at)",
            ], on: sql)
    }
}
