import CXMCore
import Foundation
import SQLKit

extension Store {
    /// The survey pages' look; cxm's own until someone sets colours or a logo.
    public func workspaceBranding() async throws -> WorkspaceBranding {
        try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT accent_colour, background_colour, logo_media_type, logo_bytes, logo_version
                      FROM workspace_branding WHERE id = 'default'
                    """
                ).first()
            else { return WorkspaceBranding() }
            var logo: LogoSummary?
            if let type = try row.optionalString("logo_media_type").flatMap(ImageFormat.init(rawValue:)),
                let version = try row.optionalString("logo_version")
            {
                logo = LogoSummary(
                    format: type, byteCount: Int(try row.decode(column: "logo_bytes", as: Int64?.self) ?? 0),
                    version: version)
            }
            return WorkspaceBranding(
                accentColour: try row.optionalString("accent_colour").flatMap { Colour(hex: $0) },
                backgroundColour: try row.optionalString("background_colour").flatMap { Colour(hex: $0) }, logo: logo)
        }
    }

    /// Validates and saves the colours (nil: cxm's own); the logo stays as it is.
    @discardableResult
    public func saveBrandingColours(
        accent: Colour?, background: Colour?, by actor: AuditActor
    ) async throws -> WorkspaceBranding {
        do {
            _ = try WorkspaceBranding(accentColour: accent, backgroundColour: background).validated()
        } catch { throw StoreError.invalid(error) }
        try await database.write { sql in
            try await ensureBrandingRow(sql)
            try await sql.raw(
                """
                UPDATE workspace_branding SET accent_colour = \(bind: accent?.hex), background_colour = \(bind: background?.hex),
                       updated_at = \(bind: Timestamp.now)
                 WHERE id = 'default'
                """
            ).run()
            try await audit(
                sql, actor, "update", "workspace", "default",
                "colours: accent \(accent?.hex ?? "default"), background \(background?.hex ?? "default")")
        }
        return try await workspaceBranding()
    }

    /// Stores a new logo in place of any earlier one.
    @discardableResult
    public func saveLogo(_ logo: BrandLogo, by actor: AuditActor) async throws -> WorkspaceBranding {
        let summary = logo.summary
        try await database.write { sql in
            try await ensureBrandingRow(sql)
            try await sql.raw(
                """
                UPDATE workspace_branding SET logo_media_type = \(bind: logo.format.mediaType),
                       logo_base64 = \(bind: Data(logo.bytes).base64EncodedString()), logo_bytes = \(bind: logo.bytes.count),
                       logo_version = \(bind: summary.version), updated_at = \(bind: Timestamp.now)
                 WHERE id = 'default'
                """
            ).run()
            try await audit(
                sql, actor, "update", "workspace", "default",
                "logo: \(logo.format.mediaType), \(logo.bytes.count) bytes")
        }
        return try await workspaceBranding()
    }

    /// Removes the logo; the survey pages show the workspace's name instead. False if there was none.
    @discardableResult
    public func removeLogo(by actor: AuditActor) async throws -> Bool {
        try await database.write { sql in
            let removed = try await sql.raw(
                """
                UPDATE workspace_branding SET logo_media_type = NULL, logo_base64 = NULL, logo_bytes = NULL,
                       logo_version = NULL, updated_at = \(bind: Timestamp.now)
                 WHERE id = 'default' AND logo_version IS NOT NULL RETURNING id
                """
            ).first()
            if removed != nil { try await audit(sql, actor, "delete", "workspace", "default", "logo removed") }
            return removed != nil
        }
    }

    /// The logo's bytes and format, for serving it.
    public func logo() async throws -> BrandLogo? {
        try await database.read { sql in
            guard
                let row = try await sql.raw(
                    "SELECT logo_base64 FROM workspace_branding WHERE id = 'default' AND logo_base64 IS NOT NULL"
                ).first(),
                let data = Data(base64Encoded: try row.string("logo_base64"))
            else { return nil }
            return try? BrandLogo(bytes: Array(data))
        }
    }

    private func ensureBrandingRow(_ sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO workspace_branding (id, updated_at) VALUES ('default', \(bind: Timestamp.now))
            ON CONFLICT (id) DO NOTHING
            """
        ).run()
    }
}
