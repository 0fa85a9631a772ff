import CXMCore
import CXMServer
import CXMStore
import Foundation
import HummingbirdTesting
import Testing

@Suite("A funnel as a slice of the answers")
struct FunnelSegmentWebTests {
    static let page = "/funnels/funnel-web-checkout?from=2026-03-30&to=2026-05-29"

    @Test func theDemosCustomersCarryTheirCheckoutProgressAndSegmentEditorsMakeItsSegments() async throws {
        try await TestServer.with { server, client in
            // The demo's signed-in visitors carry how far they got, and both usual segments hold some of them.
            var progress: [Double] = []
            var offset = 0
            while true {
                let page = try await server.store.customers(CustomerQuery(), page: PageRequest(offset: offset, limit: 1_000))
                for customer in page.items {
                    if case .number(let reached)? = customer.attributes["funnel_web_checkout"] { progress.append(reached) }
                }
                offset += page.items.count
                if page.items.isEmpty || offset >= page.total { break }
            }
            #expect(progress.contains(5) && progress.contains { $0 < 5 })
            #expect(progress.allSatisfy { (3...5).contains($0) })  // visitors sign in at the checkout

            let viewer = try await WebSurveyEditTests.signIn(.viewer, server, client)
            let html = try await client.page(Self.page, as: viewer).body.string
            #expect(html.contains("Slice answers by this funnel"))
            #expect(html.contains("funnel_web_checkout: the steps their latest attempt reached (1–5; 5 is finished)"))
            #expect(html.contains("href=\"/dashboards?segment=segment-left-checkout\">Left the web checkout unfinished</a>"))
            #expect(!html.contains("Make segments of those who left"))
            let refused = try await client.post(
                "/funnels/funnel-web-checkout/segments", form: [("csrf", viewer.csrf)], as: viewer)
            #expect(refused.status == .forbidden)
            #expect(try await client.page("/dashboards?segment=segment-left-checkout", as: viewer).status == .ok)

            // Without its segments, an editor makes them again, once.
            try await server.store.deleteSegment("segment-left-checkout", by: .system)
            try await server.store.deleteSegment("segment-finished-checkout", by: .system)
            let admin = try await WebSurveyEditTests.signIn(.admin, server, client)
            let bare = try await client.page(Self.page, as: admin).body.string
            #expect(bare.contains("No segment uses this funnel yet."))
            #expect(bare.contains("Make segments of those who left and those who finished"))
            for _ in 0..<2 {
                let made = try await client.post(
                    "/funnels/funnel-web-checkout/segments", form: [("csrf", admin.csrf)], as: admin)
                #expect(made.status == .seeOther)
            }
            let made = try await server.store.segments().filter {
                $0.conditions.contains { $0.attribute == "funnel_web_checkout" }
            }
            #expect(made.map(\.name).sorted() == ["Finished “Web checkout”", "Left “Web checkout” unfinished"])
            #expect(!(try await client.page(Self.page, as: admin).body.string.contains("Make segments of those who left")))
        }
    }
}
