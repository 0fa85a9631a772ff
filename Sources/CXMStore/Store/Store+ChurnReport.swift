import CXMCore
import Foundation
import SQLKit

extension Store {
    /// The customers behind the churn report: each with the NPS category of their last answer in the
    /// year before `from` (or none), whether they churned in [from, to), and their yearly revenue from the
    /// numeric attribute named. Customers who churned before `from` are left out; so are customers outside
    /// the reader's units.
    public func churnReport(
        from: Date, to: Date, revenueAttribute: String = "yearly_revenue", visibleUnits: Set<String>?
    ) async throws -> ChurnReport {
        guard from < to else { throw StoreError.invalid("to", "must be after from") }
        return try await database.read { sql in
            let start = Timestamp.from(from)
            let end = Timestamp.from(to)
            var customerFilter: SQLQueryString = ""
            if let units = visibleUnits {
                if units.isEmpty { return ChurnReport.make([]) }
                customerFilter = " AND c.unit_id IN (\(binds: units.sorted()))"
            }
            var churned: [String: (revenue: Double?, reason: String)] = [:]
            var before: Set<String> = []
            for row in try await sql.raw(
                "SELECT e.customer_id, e.at, e.revenue, e.reason FROM churn_events e JOIN customers c ON c.id = e.customer_id WHERE e.at < \(bind: end)"
                    + customerFilter
            ).all() {
                let id = try row.string("customer_id")
                let at = try row.decode(column: "at", as: Int64.self)
                if at < start {
                    before.insert(id)
                } else if churned[id] == nil {
                    churned[id] = (try row.decode(column: "revenue", as: Double?.self), try row.string("reason"))
                }
            }
            let categories = try await self.lastNPSCategories(
                sql, from: start - 365 * 86_400_000, to: start, customerFilter: customerFilter)
            var customers: [ChurnReport.Customer] = []
            for row in try await sql.raw(
                // Not filtered by when the customer was added: customers are imported long after their history began.
                "SELECT c.id, c.attributes FROM customers c WHERE 1 = 1" + customerFilter
            ).all() {
                let id = try row.string("id")
                guard !before.contains(id) || churned[id] != nil else { continue }
                var revenue: Double?
                if case .number(let value)? = try row.json("attributes", as: [String: AttributeValue].self)[revenueAttribute] {
                    revenue = value
                }
                let left = churned[id]
                customers.append(
                    ChurnReport.Customer(
                        category: categories[id], churned: left != nil, revenueLost: left?.revenue, reason: left?.reason,
                        revenue: revenue))
            }
            return ChurnReport.make(customers)
        }
    }

    /// Each customer's category from their last NPS answer in [from, to).
    private func lastNPSCategories(
        _ sql: any SQLDatabase, from: Int64, to: Int64, customerFilter: SQLQueryString
    ) async throws -> [String: NPSCategory] {
        let keys = try await npsQuestionKeys(sql)
        guard !keys.isEmpty else { return [:] }
        var latest: [String: (at: Int64, score: Int)] = [:]
        let rows = try await sql.raw(
            """
            SELECT r.customer_id, r.submitted_at, a.score FROM responses r
            JOIN answers a ON a.response_id = r.id JOIN customers c ON c.id = r.customer_id
            WHERE r.submitted_at >= \(bind: from) AND r.submitted_at < \(bind: to) AND a.score IS NOT NULL
              AND (r.survey_id, a.question_key) IN (\(Self.pairList(keys)))
            """ + customerFilter
        ).all()
        for row in rows {
            let id = try row.string("customer_id")
            let at = try row.decode(column: "submitted_at", as: Int64.self)
            if let seen = latest[id], seen.at >= at { continue }
            latest[id] = (at, try row.int("score"))
        }
        return latest.mapValues { NPSCategory(score: $0.score) }
    }

    /// Every (survey, question key) pair that asks NPS, in any version.
    func npsQuestionKeys(_ sql: any SQLDatabase) async throws -> [[String]] {
        var keys: Set<[String]> = []
        for row in try await sql.raw("SELECT survey_id, definition FROM survey_versions").all() {
            let survey = try row.json("definition", as: Survey.self)
            for question in survey.questions where question.type == .nps {
                keys.insert([try row.string("survey_id"), question.key])
            }
        }
        return keys.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// `(?, ?), (?, ?), …` for a row-value IN.
    static func pairList(_ pairs: [[String]]) -> SQLList {
        SQLList(pairs.map { SQLGroupExpression([SQLBind($0[0]), SQLBind($0[1])]) })
    }
}
