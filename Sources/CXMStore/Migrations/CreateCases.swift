import SQLKit

/// Closing the loop: `cases` with their targets as instants (so the escalation sweep only compares
/// times), `case_events` (the timeline: status changes, assignments, notes, contact attempts,
/// escalations), `case_rules` (when a response opens a case), `unit_calendars` (business hours per
/// unit, inherited down the tree), `counters` (case numbers people can say on the phone) and
/// `complaints` (what customers sent through the complaint form or an integration).
///
/// A response opens at most one case by rule: a partial unique index makes a retried submission
/// harmless. Retention and erasure clear a case's link to a response or customer, not the case.
struct CreateCases: Migration {
    let name = "015_create_cases"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
                """
                CREATE TABLE case_rules (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, enabled BOOLEAN NOT NULL,
                    survey_id TEXT REFERENCES surveys(id) ON DELETE CASCADE,
                    touchpoint_id TEXT REFERENCES touchpoints(id) ON DELETE CASCADE,
                    condition TEXT NOT NULL, priority TEXT NOT NULL, first_contact_hours DOUBLE PRECISION NOT NULL,
                    resolution_hours DOUBLE PRECISION NOT NULL, route_to TEXT NOT NULL, unit_id TEXT,
                    max_age_days INTEGER NOT NULL, require_customer BOOLEAN NOT NULL,
                    updated_at BIGINT NOT NULL)
                """,
                "CREATE TABLE unit_calendars (unit_id TEXT PRIMARY KEY, calendar TEXT NOT NULL, updated_at BIGINT NOT NULL)",
                """
                CREATE TABLE cases (
                    id TEXT PRIMARY KEY, number BIGINT NOT NULL UNIQUE, title TEXT NOT NULL, status TEXT NOT NULL,
                    priority TEXT NOT NULL, source TEXT NOT NULL, rule_id TEXT,
                    response_id TEXT REFERENCES responses(id) ON DELETE SET NULL, complaint_id TEXT,
                    customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL, survey_id TEXT, touchpoint_id TEXT,
                    unit_id TEXT NOT NULL, assignee_id TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
                    first_contact_warn_at BIGINT, first_contact_due BIGINT, first_contact_escalate_at BIGINT,
                    resolution_warn_at BIGINT, resolution_due BIGINT, resolution_escalate_at BIGINT,
                    first_contact_at BIGINT, resolved_at BIGINT, closed_at BIGINT, escalation TEXT NOT NULL,
                    warned_at BIGINT, announced_at BIGINT, root_cause TEXT, root_cause_touchpoint_id TEXT, resolution_code TEXT,
                    version INTEGER NOT NULL)
                """,
                "CREATE UNIQUE INDEX cases_opened_by_response ON cases (response_id) WHERE source = 'response'",
                "CREATE INDEX cases_queue ON cases (unit_id, status)",
                "CREATE INDEX cases_assignee ON cases (assignee_id, status)",
                "CREATE INDEX cases_customer ON cases (customer_id)",
                "CREATE INDEX cases_open ON cases (status, escalation) WHERE closed_at IS NULL AND resolved_at IS NULL",
                """
                CREATE TABLE case_events (
                    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                    at BIGINT NOT NULL, seq INTEGER NOT NULL, actor_id TEXT, actor_name TEXT NOT NULL,
                    kind TEXT NOT NULL, details TEXT NOT NULL)
                """,
                "CREATE INDEX case_events_case ON case_events (case_id, at, seq)",
                """
                CREATE TABLE complaints (
                    id TEXT PRIMARY KEY, created_at BIGINT NOT NULL, language TEXT NOT NULL, text TEXT NOT NULL,
                    name TEXT, email TEXT, phone TEXT, consent_to_contact BOOLEAN NOT NULL, touchpoint_id TEXT,
                    unit_id TEXT, customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL,
                    case_id TEXT REFERENCES cases(id) ON DELETE SET NULL)
                """,
                "CREATE INDEX complaints_customer ON complaints (customer_id)",
            ], on: sql)
    }
}
