import SQLKit

/// `funnels.progress_through`: the last behavioural event whose customers' `funnel_*` attributes
/// (`FunnelProgress`) are up to date for the funnel. A changed funnel starts again from 0.
struct AddFunnelProgress: Migration {
    let name = "026_add_funnel_progress"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(["ALTER TABLE funnels ADD COLUMN progress_through BIGINT NOT NULL DEFAULT 0"], on: sql)
    }
}
