import CXMCore
import Foundation
import SQLKit

extension Store: DriverRowSource {
    /// The responses in scope as driver rows: scale and single-choice answers, the tone and themes of the
    /// open text, and what other systems and the customer's site visits said before the answer. Statistics happen in the core; this only reads.
    public func driverRows(_ scope: DriverScope) async throws -> [DriverRow] {
        guard let filter = Self.driverFilter(scope) else { return [] }
        return try await database.read { sql in
            var rows: [String: DriverRow] = [:]
            for row in try await sql.raw(
                """
                SELECT r.id, r.survey_id, r.touchpoint_id, r.customer_id, r.local_day,
                       a.question_key, a.value_kind, a.score, a.choices
                FROM responses r JOIN answers a ON a.response_id = r.id
                """ + filter + " AND (a.score IS NOT NULL OR a.value_kind = 'choice')"
            ).all() {
                let id = try row.string("id")
                if rows[id] == nil {
                    rows[id] = DriverRow(
                        responseID: id, surveyID: try row.string("survey_id"), touchpointID: try row.string("touchpoint_id"),
                        customerID: try row.optionalString("customer_id"), day: LocalDay(try row.int("local_day")))
                }
                let key = try row.string("question_key")
                if let score = try row.decode(column: "score", as: Int64?.self) {
                    rows[id]?.scores[key] = Int(score)
                } else if let choice = try row.json("choices", as: [String].self).first {
                    rows[id]?.choices[key] = choice
                }
            }
            for row in try await sql.raw(
                "SELECT t.response_id, t.sentiment FROM text_analyses t JOIN responses r ON r.id = t.response_id"
                    + filter
            ).all() {
                let id = try row.string("response_id")
                rows[id]?.hasText = true
                rows[id]?.textSentiment = Sentiment.Label(rawValue: try row.string("sentiment"))
            }
            for row in try await sql.raw(
                """
                SELECT m.response_id, m.theme_id, m.sentiment FROM text_themes m JOIN responses r ON r.id = m.response_id
                """ + filter
            ).all() {
                guard let tone = Sentiment.Label(rawValue: try row.string("sentiment")) else { continue }
                rows[try row.string("response_id")]?.themes[try row.string("theme_id"), default: []].insert(tone)
            }
            try await Self.readSignals(sql, filter: filter, into: &rows)
            try await self.readUnfinishedFunnels(sql, filter: filter, into: &rows)
            return rows.values.sorted { $0.responseID < $1.responseID }
        }
    }

    /// Each known customer's tickets and incidents in the days before their answer (`SignalDriver`).
    private static func readSignals(
        _ sql: any SQLDatabase, filter: SQLQueryString, into rows: inout [String: DriverRow]
    )
        async throws
    {
        let day: Int64 = 86_400_000
        var tickets: [String: Int] = [:]
        var incidents: [String: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT r.id, COUNT(*) AS n FROM responses r JOIN tickets t ON t.customer_id = r.customer_id
              AND t.opened_at <= r.submitted_at AND t.opened_at > r.submitted_at - \(bind: Int64(SignalDriver.ticketDays) * day)
            """ + filter + " GROUP BY r.id"
        ).all() {
            tickets[try row.string("id")] = try row.int("n")
        }
        for row in try await sql.raw(
            """
            SELECT r.id, COUNT(*) AS n FROM responses r JOIN incident_customers c ON c.customer_id = r.customer_id
              JOIN incidents i ON i.id = c.incident_id AND i.started_at <= r.submitted_at
              AND i.started_at > r.submitted_at - \(bind: Int64(SignalDriver.incidentDays) * day)
            """ + filter + " GROUP BY r.id"
        ).all() {
            incidents[try row.string("id")] = try row.int("n")
        }
        for id in Set(tickets.keys).union(incidents.keys) {
            rows[id]?.signals = SignalDriver.of(ticketsBefore: tickets[id] ?? 0, incidentsBefore: incidents[id] ?? 0)
        }
    }

    /// The WHERE clause of a scope over responses `r`; nil when it can match nothing.
    static func driverFilter(_ scope: DriverScope) -> SQLQueryString? {
        var conditions: [SQLQueryString] = [
            "r.local_day >= \(bind: scope.from.number)", "r.local_day <= \(bind: scope.to.number)",
        ]
        let lists: [(String, Set<String>?)] = [
            ("r.touchpoint_id", scope.touchpointIDs), ("r.survey_id", scope.surveyIDs), ("r.channel_id", scope.channelIDs),
            ("r.unit_id", scope.unitIDs), ("r.unit_id", scope.visibleUnits),
        ]
        for (column, values) in lists {
            guard let values else { continue }
            if values.isEmpty { return nil }
            conditions.append("\(unsafeRaw: column) IN (\(binds: values.sorted()))")
        }
        if scope.customersOnly { conditions.append("r.customer_id IS NOT NULL") }
        if let question = scope.answering {
            conditions.append(
                question == DriverDataBuilder.nkiOutcome
                    ? "EXISTS (SELECT 1 FROM answers o WHERE o.response_id = r.id AND o.kind = 'nki_overall')"
                    : """
                    EXISTS (SELECT 1 FROM answers o WHERE o.response_id = r.id AND o.question_key = \(bind: question)
                            AND o.score IS NOT NULL)
                    """)
        }
        return " WHERE " + conditions.joined(separator: " AND ")
    }
}
