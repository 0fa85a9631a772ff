import CXMCore
import CXMStore
import Foundation

/// Keeps the funnel counts the journey map shows for a few minutes. The map counts every funnel linked to
/// its touchpoints on each view; over a site's ten million events that is about a second a funnel, paid
/// again by everyone who opens the map. A changed funnel is another key, so an edit shows at once; new
/// events show within `keptFor`. The funnel page and the API count afresh.
actor FunnelCountsCache {
    private struct Key: Hashable {
        var funnel: Funnel
        var from: Date
        var to: Date
    }

    private var kept: [Key: (at: ContinuousClock.Instant, counts: FunnelCounts)] = [:]
    private let keptFor: Duration
    private let maxEntries: Int

    init(keptFor: Duration = .seconds(300), maxEntries: Int = 64) {
        self.keptFor = keptFor
        self.maxEntries = maxEntries
    }

    /// The funnel's counts over `[from, to)`, from the store when none younger than `keptFor` are kept.
    func counts(_ funnel: Funnel, from: Date, to: Date, store: Store) async throws -> FunnelCounts {
        let key = Key(funnel: funnel, from: from, to: to)
        let now = ContinuousClock.now
        if let hit = kept[key], now - hit.at < keptFor { return hit.counts }
        let counts = try await store.funnelCounts(funnel, from: from, to: to)
        kept = kept.filter { ContinuousClock.now - $0.value.at < keptFor }
        if kept.count >= maxEntries, let oldest = kept.min(by: { $0.value.at < $1.value.at })?.key { kept[oldest] = nil }
        kept[key] = (now, counts)
        return counts
    }
}
