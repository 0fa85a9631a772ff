import SQLKit

/// The look of the survey pages: `workspace_branding`, one row beside `workspace` so that reading
/// the settings never loads the logo. The logo is kept as base64 text, which both dialects store
/// and return the same way.
struct CreateWorkspaceBranding: Migration {
    let name = "014_create_workspace_branding"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE workspace_branding (
                    id TEXT PRIMARY KEY, accent_colour TEXT, background_colour TEXT,
                    logo_media_type TEXT, logo_base64 TEXT, logo_bytes BIGINT, logo_version TEXT,
                    updated_at BIGINT NOT NULL)
                """
            ], on: sql)
    }
}
