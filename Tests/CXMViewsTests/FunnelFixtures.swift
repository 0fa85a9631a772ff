import CXMCore
import CXMViews
import Foundation

/// Sample funnel figures for the pages.
enum FunnelFixtures {
    /// A checkout funnel of 1,000 visitors whose payment step (linked to touchpoint t1) loses the most.
    static func report(text: String = "Sample") -> FunnelReport {
        let funnel = Funnel(
            id: "f1", name: "\(text) checkout",
            steps: [
                FunnelStep(event: "Cart"), FunnelStep(event: "Checkout", label: "\(text) checkout step"),
                FunnelStep(event: "Paid", touchpointID: "t1"),
            ])
        func stage(_ actors: Int, _ bucket: Int) -> FunnelCounts.Stage {
            var buckets = Array(repeating: 0, count: 8)
            buckets[bucket] = actors
            return FunnelCounts.Stage(actors: actors, fromPrevious: buckets, fromPreviousMilliseconds: Double(actors) * 120_000)
        }
        let counts = FunnelCounts(channels: [
            "web": [FunnelCounts.Stage(actors: 700), stage(500, 1), stage(200, 2)],
            nil: [FunnelCounts.Stage(actors: 300), stage(200, 1), stage(150, 3)],
        ])
        return FunnelReport(
            funnel: funnel, from: Date(timeIntervalSince1970: 1_780_000_000), to: Date(timeIntervalSince1970: 1_782_592_000),
            counts: counts)
    }
}
