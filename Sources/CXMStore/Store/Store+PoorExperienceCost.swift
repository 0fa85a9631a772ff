import CXMCore
import Foundation
import SQLKit

extension Store {
    /// The cost of poor experience per calendar month of [from, to) in the workspace's time zone: incidents
    /// by the month they started (sized as the incident list sizes them) and churn summed by SQL per month,
    /// with the revenue of the churned whose last NPS answer in the year before they left was a detractor's.
    /// A reader of some units sees the incidents that touched one of them (or name none) and their units'
    /// customers' churn.
    public func poorExperienceCost(
        from: Date, to: Date, visibleUnits: Set<String>?, now: Date = Date()
    ) async throws -> PoorExperienceCost {
        guard from < to else { throw StoreError.invalid("to", "must be after from") }
        let zone = TimeZone(identifier: try await workspaceSettings().timeZone) ?? .gmt
        let settings = try await incidentValuationSettings()
        let months = PoorExperienceCost.months(from: from, to: to, in: zone)
        guard months.count <= PoorExperienceCost.maximumMonths else {
            throw StoreError.invalid("from", "the period may span at most \(PoorExperienceCost.maximumMonths) months")
        }
        return try await database.read { sql in
            let start = Timestamp.from(from)
            let end = Timestamp.from(to)
            var incidents: [PoorExperienceCost.IncidentCost] = []
            var churn: [Int: PoorExperienceCost.ChurnTotals] = [:]
            if visibleUnits?.isEmpty != true {
                // Incidents are few; their units are a JSON list, read in Swift as the incident list does.
                let rows = try await sql.raw(
                    "SELECT * FROM incidents WHERE started_at >= \(bind: start) AND started_at < \(bind: end)"
                ).all()
                var visible: [Incident] = []
                for row in rows {
                    guard case .incident(let incident) = try SignalRows.record(.incident, row) else { continue }
                    if let units = visibleUnits, !incident.unitIDs.isEmpty, units.isDisjoint(with: incident.unitIDs) {
                        continue
                    }
                    visible.append(incident)
                }
                let named = try await self.namedCustomerCounts(sql, visible.map(\.id))
                for incident in visible {
                    let affected = try await self.affectedCustomers(sql, incident, named: named[incident.id] ?? 0)
                    incidents.append(
                        PoorExperienceCost.IncidentCost(
                            startedAt: incident.startedAt, customerMinutes: Double(affected.count) * incident.minutes(now: now)))
                }
                churn = try await self.churnByMonth(sql, months: months.map(\.range), visibleUnits: visibleUnits)
            }
            return PoorExperienceCost.make(
                from: from, to: to, zone: zone, incidents: incidents, churn: churn,
                valuePerCustomerMinute: settings.valuePerCustomerMinute)
        }
    }

    /// Churned customers, their revenue, and the detractors among them, summed per month (by index).
    private func churnByMonth(
        _ sql: any SQLDatabase, months: [Range<Date>], visibleUnits: Set<String>?
    ) async throws -> [Int: PoorExperienceCost.ChurnTotals] {
        guard let first = months.first, let last = months.last else { return [:] }
        var bucket: SQLQueryString = "CASE"
        for (index, month) in months.enumerated() {
            bucket.appendInterpolation(unsafeRaw: " WHEN e.at < ")
            bucket.appendInterpolation(bind: Timestamp.from(month.upperBound))
            bucket.appendInterpolation(unsafeRaw: " THEN \(index)")
        }
        bucket.appendInterpolation(unsafeRaw: " END")
        let keys = try await npsQuestionKeys(sql)
        var detractor: SQLQueryString = "1 = 0"
        if !keys.isEmpty {
            detractor = """
                (SELECT a.score FROM responses r JOIN answers a ON a.response_id = r.id
                 WHERE r.customer_id = e.customer_id AND r.submitted_at < e.at
                   AND r.submitted_at >= e.at - \(unsafeRaw: String(365 * 86_400_000 as Int64)) AND a.score IS NOT NULL
                   AND (r.survey_id, a.question_key) IN (\(Self.pairList(keys)))
                 ORDER BY r.submitted_at DESC LIMIT 1) < 7
                """
        }
        // A reader of some units sees their customers' churn; everyone else also sees churn waiting for an
        // identity review (no customer yet, but revenue lost all the same).
        var unitFilter: SQLQueryString = ""
        if let units = visibleUnits { unitFilter = " AND c.unit_id IN (\(binds: units.sorted()))" }
        // Customers are counted once a month however many records (subscriptions) they ended; a record
        // without a customer is one. Revenue is every record's. SUM of a double is a double on both
        // databases; the casts keep SQLite's integer sums decodable.
        let query: SQLQueryString = """
            SELECT \(bucket) AS bucket, COUNT(DISTINCT COALESCE('c:' || e.customer_id, 'e:' || e.id)) AS n,
              CAST(SUM(COALESCE(e.revenue, 0)) AS DOUBLE PRECISION) AS revenue,
              COUNT(DISTINCT CASE WHEN \(detractor) THEN e.customer_id END) AS detractors,
              CAST(SUM(CASE WHEN \(detractor) THEN COALESCE(e.revenue, 0) ELSE 0 END) AS DOUBLE PRECISION) AS detractor_revenue
            FROM churn_events e LEFT JOIN customers c ON c.id = e.customer_id
            WHERE e.at >= \(bind: Timestamp.from(first.lowerBound)) AND e.at < \(bind: Timestamp.from(last.upperBound))\(unitFilter)
            GROUP BY 1
            """
        var totals: [Int: PoorExperienceCost.ChurnTotals] = [:]
        for row in try await sql.raw(query).all() {
            totals[try row.int("bucket")] = PoorExperienceCost.ChurnTotals(
                churned: try row.int("n"), revenue: try row.decode(column: "revenue", as: Double?.self) ?? 0,
                detractors: try row.int("detractors"),
                detractorRevenue: try row.decode(column: "detractor_revenue", as: Double?.self) ?? 0)
        }
        return totals
    }
}
