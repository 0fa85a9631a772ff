import CXMCore
import CXMStore
import Foundation

/// Runs driver analyses for the API and the pages alike, within what the asker may see, so that both
/// show the same numbers as `cxm drivers`.
struct DriverService: Sendable {
    let store: Store

    /// Parses the parameters and runs the analysis; bad parameters become a 400 naming them.
    func evaluate(
        _ parameters: [String: String], for principal: Principal, language: Language
    ) async throws
        -> DriverResult
    {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        let query: DriverQuery
        do { query = try DriverQuery.parse(parameters, today: LocalDay(Date(), in: zone)) } catch {
            throw AppError.badRequest(error)
        }
        return try await evaluate(query, for: principal, language: language)
    }

    func evaluate(_ query: DriverQuery, for principal: Principal, language: Language) async throws -> DriverResult {
        let engine = DriverEngine(
            context: try await store.metricContext(visibleUnits: principal.visibleUnits),
            taxonomy: try await store.taxonomy().taxonomy, language: language)
        do {
            return try await engine.evaluate(query, source: store)
        } catch let failure as ValidationFailure {
            throw AppError.badRequest(failure)
        }
    }
}
