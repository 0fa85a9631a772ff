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

    /// The analysis, kept for a day under a key that names the query, the asker's units and the language:
    /// with its bootstrap it takes seconds, and the answer a day old is the one the background job keeps too.
    func evaluate(_ query: DriverQuery, for principal: Principal, language: Language) async throws -> DriverResult {
        let key = query.cacheKey(visibleUnits: principal.visibleUnits, language: language)
        let now = Date()
        if let kept = try await store.driverResult(key: key, notBefore: now.addingTimeInterval(-DriverPrecomputer.keptFor)) {
            var result = kept.result
            result.computedAt = kept.computedAt
            return result
        }
        let engine = DriverEngine(
            context: try await store.metricContext(visibleUnits: principal.visibleUnits),
            taxonomy: try await store.taxonomy().taxonomy, language: language)
        let result: DriverResult
        do {
            result = try await engine.evaluate(query, source: store)
        } catch let failure as ValidationFailure {
            throw AppError.badRequest(failure)
        }
        // Keeping it is a convenience: a failed write (a busy database) must not cost the asker the answer.
        try? await store.saveDriverResult(result, key: key, at: now)
        try? await store.pruneDriverResults(before: now.addingTimeInterval(-2 * DriverPrecomputer.keptFor))
        return result
    }

    /// The kept analysis behind a journey's badges for the asker's units: today's, or yesterday's until the
    /// background job has run today. Never computes; nil when nothing is kept.
    func keptJourneyPriorities(
        _ journeyID: String, for principal: Principal
    ) async throws -> (
        result: DriverResult, computedAt: Date
    )? {
        let settings = try await store.workspaceSettings()
        let today = LocalDay(Date(), in: TimeZone(identifier: settings.timeZone) ?? .gmt)
        for day in [today, today.adding(days: -1)] {
            let key = DriverQuery.badgeKey(journey: journeyID, day: day, visibleUnits: principal.visibleUnits)
            if let kept = try await store.driverResult(
                key: key, notBefore: Date().addingTimeInterval(-2 * DriverPrecomputer.keptFor))
            {
                return kept
            }
        }
        return nil
    }
}
