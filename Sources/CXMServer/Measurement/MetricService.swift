import CXMCore
import CXMStore
import Foundation

/// Answers metric queries for the API and the dashboards alike, within what the asker may see, so
/// that both show the same numbers.
struct MetricService: Sendable {
    let store: Store

    /// Today in the workspace's time zone.
    func today() async throws -> LocalDay {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        return LocalDay(Date(), in: zone)
    }

    /// Parses the parameters and evaluates the query; bad parameters become a 400 naming them.
    func evaluate(_ parameters: [String: String], for principal: Principal) async throws -> MetricResult {
        let today = try await today()
        let query: MetricQuery
        do { query = try MetricQuery.parse(parameters, today: today) } catch { throw AppError.badRequest(error) }
        return try await evaluate(query, for: principal)
    }

    func evaluate(_ query: MetricQuery, for principal: Principal) async throws -> MetricResult {
        try await evaluate(query, in: try await context(for: principal))
    }

    /// What the principal's queries are resolved against; read once per page, however many queries it makes.
    func context(for principal: Principal) async throws -> MetricContext {
        try await store.metricContext(visibleUnits: principal.visibleUnits)
    }

    /// Parses and evaluates parameters in an already-read context.
    func evaluate(_ parameters: [String: String], in context: MetricContext) async throws -> MetricResult {
        let today = try await today()
        let query: MetricQuery
        do { query = try MetricQuery.parse(parameters, today: today) } catch { throw AppError.badRequest(error) }
        return try await evaluate(query, in: context)
    }

    func evaluate(_ query: MetricQuery, in context: MetricContext) async throws -> MetricResult {
        do {
            return try await MetricEngine(context: context).evaluate(query, source: store)
        } catch let failure as ValidationFailure {
            throw AppError.badRequest(failure)
        }
    }
}
