import SQLKit

/// Survey invitations by e-mail: each invitation (scheduled, suppressed with its reason, sent,
/// answered …), the hashes of the personal links mailed for it (one per mail, so that a reminder's
/// link and the first one both work), each survey's sending settings, the workspace's contact
/// rules, and who unsubscribed. Outbox messages name their invitation, so that a bounce reaches it;
/// drafts name theirs, and when a widget's draft left unfinished counts as a response.
struct CreateInvitations: Migration {
    let name = "013_create_invitations"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE invitations (
                    id TEXT PRIMARY KEY, survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
                    touchpoint_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
                    unit_id TEXT REFERENCES units(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    channel TEXT NOT NULL, language TEXT NOT NULL, trigger_key TEXT NOT NULL UNIQUE,
                    event_at BIGINT NOT NULL, created_at BIGINT NOT NULL, send_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL, status TEXT NOT NULL, reason_code TEXT, reason TEXT,
                    sent_at BIGINT, opened_at BIGINT, responded_at BIGINT, response_id TEXT,
                    reminders_sent INTEGER NOT NULL, next_reminder_at BIGINT)
                """,
                "CREATE INDEX invitations_due ON invitations (status, send_at)",
                "CREATE INDEX invitations_reminders ON invitations (next_reminder_at)",
                "CREATE INDEX invitations_customer ON invitations (customer_id, send_at)",
                // The contact history reads only invitations that went (or will go) out; most
                // triggers are suppressed, so this index stays small.
                "CREATE INDEX invitations_contacts ON invitations (customer_id, survey_id, send_at) WHERE status <> 'suppressed'",
                "CREATE INDEX invitations_survey ON invitations (survey_id, created_at)",
                """
                CREATE TABLE invitation_tokens (
                    token_hash TEXT PRIMARY KEY,
                    invitation_id TEXT NOT NULL REFERENCES invitations(id) ON DELETE CASCADE, created_at BIGINT NOT NULL)
                """,
                "CREATE INDEX invitation_tokens_invitation ON invitation_tokens (invitation_id)",
                """
                CREATE TABLE survey_distribution (
                    survey_id TEXT PRIMARY KEY REFERENCES surveys(id) ON DELETE CASCADE, settings TEXT NOT NULL)
                """,
                "ALTER TABLE workspace ADD COLUMN contact_rules TEXT",
                "ALTER TABLE customers ADD COLUMN unsubscribed_at BIGINT",
                "ALTER TABLE outbox ADD COLUMN html TEXT",
                "ALTER TABLE outbox ADD COLUMN headers TEXT",
                "ALTER TABLE outbox ADD COLUMN invitation_id TEXT REFERENCES invitations(id) ON DELETE CASCADE",
                "ALTER TABLE response_drafts ADD COLUMN invitation_id TEXT REFERENCES invitations(id) ON DELETE CASCADE",
                "CREATE INDEX response_drafts_invitation ON response_drafts (invitation_id)",
                // A draft begun in the website widget counts as a response when left unfinished.
                "ALTER TABLE response_drafts ADD COLUMN complete_after BIGINT",
                "CREATE INDEX response_drafts_complete_after ON response_drafts (complete_after)",
            ], on: sql)
    }
}
