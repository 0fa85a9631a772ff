import CXMCore
import Foundation
import SQLKit

/// The workspace's choice about per-person case statistics (off unless an administrator switches them on).
extension Store {
    /// Whether per-person case statistics are on, and who switched them on.
    public func personStatistics() async throws -> PersonStatistics? {
        try await database.read { sql in
            try await sql.raw("SELECT person_statistics FROM workspace WHERE id = 'default'").first()?
                .optionalString("person_statistics").map { try JSONColumn.decode(PersonStatistics.self, from: $0) }
        }
    }

    /// Switches per-person case statistics on or off; the audit log keeps who did.
    @discardableResult
    public func setPersonStatistics(_ on: Bool, by actor: AuditActor, at time: Date = Date()) async throws -> PersonStatistics? {
        let current = try await personStatistics()
        guard on != (current != nil) else { return current }
        let value = on ? PersonStatistics(enabledBy: actor.name, enabledAt: Timestamp.date(Timestamp.from(time))) : nil
        let workspace = try await workspaceSettings()
        try await database.write { sql in
            try await ensureWorkspaceRow(sql, workspace)
            try await sql.raw(
                "UPDATE workspace SET person_statistics = \(bind: try value.map(JSONColumn.encode)) WHERE id = 'default'"
            ).run()
            try await audit(sql, actor, "update", "workspace", "default", "per-person case statistics \(on ? "on" : "off")")
        }
        return value
    }
}
