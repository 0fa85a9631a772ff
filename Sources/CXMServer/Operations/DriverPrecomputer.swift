import CXMCore
import CXMStore
import Foundation
import Logging
import ServiceLifecycle

/// Computes each journey's customer-level driver analysis (what drives NPS, with its importance–performance
/// matrix) in the background, for every set of units someone may see, and keeps the results: the journey
/// dashboards show their quadrants as badges, and the driver page opens at once instead of after the bootstrap.
public struct DriverPrecomputer: Service {
    let store: Store
    let every: Duration
    let logger: Logger

    /// How long a kept result is shown before it is computed again on demand.
    static let keptFor: TimeInterval = 24 * 3600

    /// Creates the job; `every` is how often it runs (first a minute after the server starts).
    public init(store: Store, every: Duration, logger: Logger) {
        self.store = store
        self.every = every
        self.logger = logger
    }

    /// Runs until the server shuts down.
    public func run() async throws {
        await repeatUntilShutdown(every: every, firstDelay: .seconds(60), logger: logger, failure: "driver analyses failed") {
            let computed = try await Self.refresh(store: store)
            logger.info("driver analyses kept", metadata: ["results": "\(computed)"])
        }
    }

    /// The query behind a journey's badges: NPS (or the first scale the relationship survey asks) of each
    /// known customer against their experiences at the journey's touchpoints over the last year.
    static func journeyQuery(_ journeyID: String, context: MetricContext, today: LocalDay) -> DriverQuery? {
        let relationship = context.surveys.filter(\.asksFullNKI)
        let keys = relationship.flatMap(\.questions).filter { $0.scale != nil && $0.type != .nki }.map(\.key)
        guard let outcome = keys.contains("nps") ? "nps" : keys.first else { return nil }
        return DriverQuery(
            outcome: outcome, level: .customer, from: today.adding(days: -(DriverQuery.defaultDays - 1)), to: today,
            journey: journeyID)
    }

    /// Computes every journey's analysis for every scope in use, in the workspace's language, keeps them and
    /// forgets old ones; returns how many were kept. `replicates` is for tests, which cannot wait for 200.
    @discardableResult
    public static func refresh(store: Store, now: Date = Date(), replicates: Int? = nil) async throws -> Int {
        let settings = try await store.workspaceSettings()
        let today = LocalDay(now, in: TimeZone(identifier: settings.timeZone) ?? .gmt)
        let tree = try await store.unitTree()
        var scopes: [Set<String>?] = [nil]
        for user in try await store.users() where !user.disabled && user.role.allows(.read) {
            let scope = Principal.scope(for: user.role, unitID: user.unitID, in: tree)
            if !scopes.contains(scope) { scopes.append(scope) }
        }
        let taxonomy = try await store.taxonomy().taxonomy
        try await store.pruneDriverResults(before: now.addingTimeInterval(-2 * keptFor))
        var kept = 0
        // One journey's failure must not cost the others their badges; the first is reported at the end.
        var firstFailure: (any Error)?
        for scope in scopes {
            let context = try await store.metricContext(visibleUnits: scope)
            let engine = DriverEngine(context: context, taxonomy: taxonomy, language: settings.defaultLanguage)
            for journey in context.journeys {
                guard var query = journeyQuery(journey.id, context: context, today: today) else { continue }
                if let replicates { query.options.replicates = replicates }
                do {
                    let result = try await engine.evaluate(query, source: store)
                    // Under the query's own key for the driver page, and under the journey's for its badges.
                    try await store.saveDriverResult(
                        result, key: query.cacheKey(visibleUnits: scope, language: settings.defaultLanguage), at: now)
                    try await store.saveDriverResult(
                        result, key: DriverQuery.badgeKey(journey: journey.id, day: today, visibleUnits: scope), at: now)
                    kept += 1
                } catch is ValidationFailure {
                    continue  // The workspace has no relationship survey answers yet, or none in this scope.
                } catch {
                    firstFailure = firstFailure ?? error
                }
            }
        }
        if let firstFailure { throw firstFailure }
        return kept
    }
}
