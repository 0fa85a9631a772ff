import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Marks each known customer's answer with the funnels the customer had left unfinished when answering
    /// (`FunnelDriver`), from the first and last steps' events of the customer's visitors (their devices
    /// included) in the days before. Each funnel is one seek per visitor and step name along
    /// `behaviour_events_funnel`.
    func readUnfinishedFunnels(
        _ sql: any SQLDatabase, filter: SQLQueryString, into rows: inout [String: DriverRow]
    ) async throws {
        let funnels = try await sql.raw("SELECT * FROM funnels ORDER BY name, id").all().map(Self.funnel)
        guard !funnels.isEmpty else { return }
        var answers: [(id: String, customer: String, at: Int64)] = []
        for row in try await sql.raw(
            "SELECT r.id, r.customer_id, r.submitted_at FROM responses r" + filter + " AND r.customer_id IS NOT NULL"
        ).all() {
            answers.append(
                (try row.string("id"), try row.string("customer_id"), try row.decode(column: "submitted_at", as: Int64.self)))
        }
        guard let earliest = answers.map(\.at).min(), let latest = answers.map(\.at).max() else { return }
        let visitors = try await self.visitors(sql, ofCustomers: Set(answers.map(\.customer)).sorted())
        let owner = Dictionary(visitors.flatMap { customer, ids in ids.map { ($0, customer) } }) { first, _ in first }
        guard !owner.isEmpty else { return }
        let lookback = Int64(FunnelDriver.days) * 86_400_000
        for funnel in funnels {
            guard let firstStep = funnel.steps.first?.event, let lastStep = funnel.steps.last?.event else { continue }
            var names: [String: Int64] = [:]
            for row in try await sql.raw("SELECT id, name FROM event_names WHERE name IN (\(binds: [firstStep, lastStep]))")
                .all()
            {
                names[try row.string("name")] = try row.decode(column: "id", as: Int64.self)
            }
            // No one began it: no answer has it. No one finished it: every attempt was left.
            guard let first = names[firstStep] else { continue }
            let last = names[lastStep]
            // Starts from a window earlier than the earliest lookback, so that an attempt begun before it is
            // recognised as one and a start inside its window is not taken for a new attempt.
            let from = earliest - lookback - funnel.windowMilliseconds
            var starts: [String: [Int64]] = [:]
            var finishes: [String: [Int64]] = [:]
            for chunk in owner.keys.sorted().chunked(maxRows: 1_000) {
                for row in try await sql.raw(
                    """
                    SELECT name_id, actor_id, at FROM behaviour_events
                    WHERE name_id IN (\(binds: [first] + (last.map { [$0] } ?? []))) AND actor_id IN (\(binds: Array(chunk)))
                    AND at >= \(bind: from) AND at <= \(bind: latest)
                    """
                ).all() {
                    guard let customer = owner[try row.decode(column: "actor_id", as: Int64.self)] else { continue }
                    let name = try row.decode(column: "name_id", as: Int64.self)
                    let at = try row.decode(column: "at", as: Int64.self)
                    if name == first { starts[customer, default: []].append(at) }
                    if name == last { finishes[customer, default: []].append(at) }
                }
            }
            for answer in answers {
                guard let begun = starts[answer.customer],
                    FunnelDriver.unfinished(
                        starts: begun, finishes: finishes[answer.customer] ?? [],
                        windowMilliseconds: funnel.windowMilliseconds, answeredAt: answer.at)
                else { continue }
                rows[answer.id]?.unfinishedFunnels.insert(funnel.id)
            }
        }
    }
}
