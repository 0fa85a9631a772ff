import CXMCore
import Foundation
import SQLKit

/// Measuring what delivered improvements did: NPS answers at the touchpoint before and after the delivery,
/// in the units it was for and in the others.
extension Store {
    /// The weeks compared on each side of a delivery unless asked otherwise.
    public static let effectWeeks = 8

    /// NPS answers at the touchpoint (nil: every touchpoint) in the weeks before and after `delivered`, in the
    /// treated units (nil: all of them, with no control) and in the rest.
    public func npsAroundDelivery(
        touchpointID: String?, treated: Set<String>?, delivered: Date, weeks: Int
    ) async throws -> (treated: (before: NPSCounts, after: NPSCounts), control: (before: NPSCounts, after: NPSCounts)?) {
        let empty = NPSCounts(promoters: 0, passives: 0, detractors: 0)
        return try await database.read { sql in
            let keys = try await self.npsQuestionKeys(sql)
            guard !keys.isEmpty else { return ((empty, empty), treated == nil ? nil : (empty, empty)) }
            let middle = Timestamp.from(delivered)
            let span = Int64(weeks) * 7 * 86_400_000
            var conditions: [SQLQueryString] = [
                "r.submitted_at >= \(bind: middle - span)", "r.submitted_at < \(bind: middle + span)", "a.score IS NOT NULL",
                "(r.survey_id, a.question_key) IN (\(Self.pairList(keys)))",
            ]
            if let touchpointID { conditions.append("r.touchpoint_id = \(bind: touchpointID)") }
            let inside: SQLQueryString =
                treated.map { $0.isEmpty ? "0 = 1" : "r.unit_id IN (\(binds: $0.sorted()))" } ?? "1 = 1"
            let rows = try await sql.raw(
                "SELECT CASE WHEN " + inside + " THEN 1 ELSE 0 END AS treated, "
                    + "CASE WHEN r.submitted_at >= \(bind: middle) THEN 1 ELSE 0 END AS after, a.score, COUNT(*) AS n "
                    + "FROM responses r JOIN answers a ON a.response_id = r.id WHERE "
                    + conditions.joined(separator: " AND ") + " GROUP BY 1, 2, a.score"
            ).all()
            var cells = [[empty, empty], [empty, empty]]
            for row in rows {
                cells[try row.int("treated")][try row.int("after")].add(try row.int("score"), count: try row.int("n"))
            }
            return ((cells[1][0], cells[1][1]), treated == nil ? nil : (cells[0][0], cells[0][1]))
        }
    }
}
