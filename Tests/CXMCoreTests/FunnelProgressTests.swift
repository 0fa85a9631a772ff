import CXMCore
import Foundation
import Testing

@Suite("A customer's progress through a funnel")
struct FunnelProgressTests {
    let minute: Int64 = 60_000

    @Test("The latest attempt reaches each step at its first event after the step before, within the window")
    func latestAttempt() {
        let window = 60 * minute
        func latest(_ steps: [[Int64]]) -> FunnelProgress? {
            FunnelProgress.latest(steps: steps.map { $0.map { $0 * minute } }, windowMilliseconds: window)
        }
        #expect(latest([[], [5]]) == nil)
        #expect(latest([[0], [5], [10]]) == FunnelProgress(begunAt: 0, reached: 3))
        // Steps out of order do not count: the third step came before the second.
        #expect(latest([[0], [20], [10]]) == FunnelProgress(begunAt: 0, reached: 2))
        // The last step after the window is not reached.
        #expect(latest([[0], [5], [61]]) == FunnelProgress(begunAt: 0, reached: 2))
        // A first step again inside the window is the same attempt; after it, a new one, which is the latest.
        #expect(latest([[0, 30], [40]]) == FunnelProgress(begunAt: 0, reached: 2))
        #expect(latest([[0, 100], [5]]) == FunnelProgress(begunAt: 100 * minute, reached: 1))
        // Times come in any order.
        #expect(latest([[100, 0], [101, 5]]) == FunnelProgress(begunAt: 100 * minute, reached: 2))
    }

    @Test("Progress is kept as the steps reached and the day the attempt began, under keys made of the funnel id")
    func attributes() throws {
        #expect(FunnelProgress.key(funnel: "funnel-web-checkout") == "funnel_web_checkout")
        #expect(FunnelProgress.dayKey(funnel: "Web Checkout") == "funnel_web_checkout_day")
        let long = FunnelProgress.dayKey(funnel: String(repeating: "x", count: 100))
        #expect(long.count == AttributeDefinition.maxKeyLength && AttributeDefinition.isValidKey(long))
        #expect(AttributeDefinition.isValidKey(FunnelProgress.key(funnel: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")))

        let begun = Int64(Date(timeIntervalSince1970: 1_780_000_000).timeIntervalSince1970 * 1000)
        let kept: [String: AttributeValue] = ["plan": .text("fibre")]
        let applied = FunnelProgress.applied(
            FunnelProgress(begunAt: begun, reached: 2), funnel: "f1", to: kept,
            timeZone: try #require(TimeZone(identifier: "Europe/Stockholm")))
        #expect(applied == ["plan": .text("fibre"), "funnel_f1": .number(2), "funnel_f1_day": .date("2026-05-28")])
        #expect(FunnelProgress.applied(nil, funnel: "f1", to: applied, timeZone: .gmt) == kept)
        #expect(AttributeDefinition.isKeptByCXM("funnel_f1") && AttributeDefinition.isKeptByCXM("signal_tickets"))
        #expect(!AttributeDefinition.isKeptByCXM("plan"))
    }
}
