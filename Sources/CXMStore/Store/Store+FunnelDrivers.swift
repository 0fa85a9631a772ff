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
        let owners = try await visitorOwners(sql, of: Set(answers.map(\.customer)).sorted())
        guard !owners.isEmpty else { return }
        let lookback = Int64(FunnelDriver.days) * 86_400_000
        for funnel in funnels {
            guard let first = funnel.steps.first?.event, let last = funnel.steps.last?.event else { continue }
            // From a window before the earliest lookback, so that an attempt begun before it is recognised as
            // one and a start inside its window is not taken for a new attempt. A funnel no one finished
            // counts every attempt as left.
            let times = try await eventTimes(
                sql, names: [first, last], owners: owners, from: earliest - lookback - funnel.windowMilliseconds,
                through: latest)
            for answer in answers {
                guard let steps = times[answer.customer],
                    FunnelDriver.unfinished(
                        starts: steps[0], finishes: steps[1], windowMilliseconds: funnel.windowMilliseconds,
                        answeredAt: answer.at)
                else { continue }
                rows[answer.id]?.unfinishedFunnels.insert(funnel.id)
            }
        }
    }
}
