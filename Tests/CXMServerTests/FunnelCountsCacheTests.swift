import CXMCore
import CXMStore
import Foundation
import Testing

@testable import CXMServer

@Suite("The journey map's kept funnel counts")
struct FunnelCountsCacheTests {
    @Test func countsAreKeptForAWhileAndAChangedFunnelIsCountedAfresh() async throws {
        try await TestServer.with { server, _ in
            let store = server.store
            let funnel = try await store.funnel("funnel-web-checkout")
            let from = Date().addingTimeInterval(-400 * 86_400)
            let to = Date().addingTimeInterval(86_400)
            let cache = FunnelCountsCache(keptFor: .seconds(600))
            func entered(_ counts: FunnelCounts) -> Int { counts.total(steps: funnel.steps.count)[0].actors }

            let first = try await cache.counts(funnel, from: from, to: to, store: store)
            #expect(entered(first) > 0)
            _ = try await store.ingestEvents(
                [BehaviourEvent(name: "Plan Viewed", userID: nil, anonymousID: "cache-test", at: Date().addingTimeInterval(-60))],
                from: try await store.signalSource("web"))
            // Kept: the new visitor is not counted yet; the store counts them.
            #expect(entered(try await cache.counts(funnel, from: from, to: to, store: store)) == entered(first))
            #expect(entered(try await store.funnelCounts(funnel, from: from, to: to)) == entered(first) + 1)
            // An edited funnel is counted afresh, and a cache that keeps nothing always counts.
            var edited = funnel
            edited.windowMinutes += 1
            #expect(entered(try await cache.counts(edited, from: from, to: to, store: store)) == entered(first) + 1)
            let fresh = FunnelCountsCache(keptFor: .zero)
            #expect(entered(try await fresh.counts(funnel, from: from, to: to, store: store)) == entered(first) + 1)
        }
    }
}
