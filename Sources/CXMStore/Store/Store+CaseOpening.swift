import CXMCore
import Foundation
import SQLKit

/// Cases the rules open as responses arrive, and what the report reads back.
extension Store {
    /// Opens the cases the rules call for among responses just stored, in the same transaction:
    /// a response and its case are stored together or not at all.
    func openCases(
        for responses: [SurveyResponse], surveys: [SurveyVersionKey: Survey], receivedAt: Date, on sql: any SQLDatabase
    ) async throws {
        let rules = try await caseRules(sql).filter(\.enabled)
        guard !rules.isEmpty else { return }
        var matches: [(SurveyResponse, CaseRuleMatch, Survey)] = []
        for response in responses {
            guard let survey = surveys[SurveyVersionKey(id: response.surveyID, version: response.surveyVersion)],
                let match = CaseRules.match(response, survey: survey, rules: rules, receivedAt: receivedAt)
            else { continue }
            matches.append((response, match, survey))
        }
        guard !matches.isEmpty else { return }
        let tree = UnitTree(try await sql.raw("SELECT * FROM units").all().map(Self.unit))
        var owners: [String: String] = [:]
        let touchpoints = Array(Set(matches.map(\.0.touchpointID)))
        for row in try await sql.raw(
            "SELECT id, owner_unit_id FROM touchpoints WHERE id IN (\(binds: touchpoints))"
        ).all() {
            owners[try row.string("id")] = try row.string("owner_unit_id")
        }
        let queues = matches.map { response, match, _ in
            CaseRouting.queueUnit(
                route: match.rule.routeTo, ruleUnit: match.rule.unitID, responseUnit: response.unitID,
                touchpointOwner: owners[response.touchpointID], tree: tree) ?? tree.roots.first?.id
        }
        // Only the hours of the queue units and those above them are read: decoding is what costs.
        let calendars = try await unitCalendars(
            sql, of: Set(queues.compactMap { $0 }.flatMap { tree.ancestors(of: $0).map(\.id) }))
        let timeZone = try await workspaceTimeZone(sql)
        let numbers = try await nextNumbers(sql, count: matches.count)
        var records: [Case] = []
        var events: [CaseEvent] = []
        for (((response, match, survey), number), queue) in zip(zip(matches, numbers), queues) {
            guard let unit = queue else { continue }
            let calendar = Self.calendar(for: unit, tree: tree, own: calendars, timeZone: timeZone)
            // The customer has waited since they answered; an import that arrives later finds the case older.
            let opened = min(response.submittedAt, receivedAt)
            var record = Case(
                number: number, title: "\(match.reason) · \(survey.name)", priority: match.rule.priority,
                source: .response, ruleID: match.rule.id, responseID: response.id, customerID: response.customerID,
                surveyID: response.surveyID, touchpointID: response.touchpointID, unitID: unit, createdAt: opened,
                targets: CaseTargets.make(
                    from: opened, firstContactHours: match.rule.firstContactHours,
                    resolutionHours: match.rule.resolutionHours, calendar: calendar))
            var event = CaseEvent(
                caseID: record.id, at: opened, actorID: nil, actorName: "cxm", kind: .opened,
                text: "\(match.rule.name): \(match.reason)")
            event.toStatus = .new
            records.append(record)
            events.append(event)
        }
        try await insertCases(sql, records, events: events)
    }
}

extension Store {
    /// The cases opened in [from, to) within the units, each with the NPS score that opened it (if an
    /// NPS answer did) and the customer's next NPS answer after the case was resolved, for the report.
    public func caseReportItems(from: Date, to: Date, units: Set<String>?) async throws -> [CaseReport.Item] {
        try await database.read { sql in
            var query: SQLQueryString =
                """
                SELECT c.*,
                       (SELECT a.score FROM answers a WHERE a.response_id = c.response_id AND a.kind = 'nps'
                         ORDER BY a.question_key LIMIT 1) AS opening_score,
                       (SELECT a.score FROM responses r JOIN answers a ON a.response_id = r.id AND a.kind = 'nps'
                         WHERE r.customer_id = c.customer_id AND c.resolved_at IS NOT NULL AND r.submitted_at > c.resolved_at
                         ORDER BY r.submitted_at, a.question_key LIMIT 1) AS next_score
                  FROM cases c
                 WHERE c.created_at >= \(bind: Timestamp.from(from)) AND c.created_at < \(bind: Timestamp.from(to))
                """
            if let units {
                guard !units.isEmpty else { return [] }
                query = query + " AND c.unit_id IN (\(binds: units.sorted()))"
            }
            return try await sql.raw(query + " ORDER BY c.number").all().map { row in
                CaseReport.Item(
                    record: try Self.caseRecord(row),
                    openingScore: try row.decode(column: "opening_score", as: Int?.self),
                    nextScore: try row.decode(column: "next_score", as: Int?.self))
            }
        }
    }
}
