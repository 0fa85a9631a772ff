import CXMCore
import Foundation
import SQLKit

/// Driver analyses kept for reuse, by a key that names the query, the units and the language
/// (`DriverQuery.cacheKey`).
extension Store {
    /// The result stored under the key if it was computed at or after `notBefore`, with when it was computed.
    public func driverResult(key: String, notBefore: Date) async throws -> (result: DriverResult, computedAt: Date)? {
        try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT computed_at, result FROM driver_results
                    WHERE key = \(bind: key) AND computed_at >= \(bind: Timestamp.from(notBefore))
                    """
                ).first()
            else { return nil }
            // A result kept by an older cxm that no longer decodes is as good as none: it is computed again.
            guard let result = try? row.json("result", as: DriverResult.self) else { return nil }
            return (result, try row.date("computed_at"))
        }
    }

    /// Keeps a result under the key, replacing what was there.
    public func saveDriverResult(_ result: DriverResult, key: String, at now: Date) async throws {
        let json = try JSONColumn.encode(result)
        try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO driver_results (key, computed_at, result) VALUES (\(bind: key), \(bind: Timestamp.from(now)), \(bind: json))
                ON CONFLICT (key) DO UPDATE SET computed_at = excluded.computed_at, result = excluded.result
                """
            ).run()
        }
    }

    /// Forgets results computed before `cutoff`; returns how many.
    @discardableResult
    public func pruneDriverResults(before cutoff: Date) async throws -> Int {
        try await database.write { sql in
            try await sql.raw(
                "DELETE FROM driver_results WHERE computed_at < \(bind: Timestamp.from(cutoff)) RETURNING key"
            ).all().count
        }
    }
}
