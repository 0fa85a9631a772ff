import CXMCore
import CXMServer
import CXMStore
import Foundation
import HummingbirdTesting
import Testing

@Suite("A funnel step's feedback prompt on the funnel page")
struct FunnelPromptWebTests {
    static let page = "/funnels/funnel-web-checkout?from=2026-03-30&to=2026-05-29"

    @Test func theDemosPromptGivesItsScriptTagAndAnswersAndOnlyEditorsMayMoveIt() async throws {
        try await TestServer.with { server, client in
            let viewer = try await WebSurveyEditTests.signIn(.viewer, server, client)
            let shown = try await client.page(Self.page, as: viewer)
            #expect(shown.status == .ok)
            let html = shown.body.string
            #expect(html.contains("Ask why visitors leave"))
            #expect(html.contains("Step 1, Plan Viewed: “Feedback tab on the website”"))
            // The script tag is shown as text, escaped, with the demo link's token and exit intent.
            #expect(html.contains("/widget.js&quot; data-cxm-link=&quot;demo-website-visit&quot; data-delay=&quot;"))
            #expect(html.contains("&lt;script src=&quot;"))
            #expect(html.contains("data-exit-intent async&gt;&lt;/script&gt;"))
            #expect(html.contains("answers in the period."))
            #expect(html.contains("/feedback?touchpoint=tp-web-compare&amp;from=2026-03-30&amp;to=2026-05-29"))
            #expect(!html.contains("Attach the prompt"))
            let refused = try await client.post(
                "/funnels/funnel-web-checkout/prompt", form: [("step", "4"), ("link", "link-website"), ("csrf", viewer.csrf)],
                as: viewer)
            #expect(refused.status == .forbidden)

            let admin = try await WebSurveyEditTests.signIn(.admin, server, client)
            #expect(try await client.page(Self.page, as: admin).body.string.contains("Attach the prompt"))
            let moved = try await client.post(
                "/funnels/funnel-web-checkout/prompt", form: [("step", "4"), ("link", "link-website"), ("csrf", admin.csrf)],
                as: admin)
            #expect(moved.status == .seeOther)
            let funnel = try await server.store.funnel("funnel-web-checkout")
            #expect(funnel.steps.map(\.feedbackLinkID) == ["link-website", nil, nil, "link-website", nil])

            let onLast = try await client.post(
                "/funnels/funnel-web-checkout/prompt", form: [("step", "5"), ("link", "link-website"), ("csrf", admin.csrf)],
                as: admin)
            #expect(onLast.status == .unprocessableContent)
            #expect(onLast.body.string.contains("the last step has no drop-off to ask about"))
            let kiosk = try await client.post(
                "/funnels/funnel-web-checkout/prompt",
                form: [("step", "2"), ("link", "link-kiosk-nordstan"), ("csrf", admin.csrf)], as: admin)
            #expect(kiosk.status == .unprocessableContent)
            #expect(kiosk.body.string.contains("is not an open public survey link"))
            let outside = try await client.post(
                "/funnels/funnel-web-checkout/prompt", form: [("step", "9"), ("link", ""), ("csrf", admin.csrf)], as: admin)
            #expect(outside.status == .unprocessableContent)
            #expect(outside.body.string.contains("steps, 1–5"))

            let removed = try await client.post(
                "/funnels/funnel-web-checkout/prompt", form: [("step", "1"), ("link", ""), ("csrf", admin.csrf)], as: admin)
            #expect(removed.status == .seeOther)
            #expect(
                try await server.store.funnel("funnel-web-checkout").steps.map(\.feedbackLinkID) == [
                    nil, nil, nil, "link-website", nil,
                ])
        }
    }

    @Test func aClosedLinkIsSaidAndThePeriodAndSegmentAreChecked() async throws {
        try await TestServer.with { server, client in
            let viewer = try await WebSurveyEditTests.signIn(.viewer, server, client)
            try await server.store.setSurveyLinkDisabled("link-website", true, by: .system)
            let closed = try await client.page(Self.page, as: viewer)
            #expect(closed.body.string.contains("The link is disabled or deleted"))
            // A prompt kept as it was does not stop the funnel from being saved; a new one on the closed link does.
            var funnel = try await server.store.funnel("funnel-web-checkout")
            funnel.name = "Web checkout, renamed"
            #expect(try await server.store.saveFunnel(funnel, by: .system).name == "Web checkout, renamed")
            funnel.steps[2].feedbackLinkID = "link-website"
            await #expect(throws: StoreError.self) { try await server.store.saveFunnel(funnel, by: .system) }
            let paged = try await client.page("/incidents?page=9223372036854775807", as: viewer)
            #expect(paged.status == .ok)
            let badDay = try await client.page("/funnels/funnel-web-checkout?from=2026-13-01", as: viewer)
            #expect(badDay.status == .badRequest)
            let badSegment = try await client.page("/funnels/funnel-web-checkout?segment=nope", as: viewer)
            #expect(badSegment.status == .badRequest)
            let segment = try #require(try await server.store.segments().first)
            let narrowed = try await client.page(Self.page + "&segment=\(segment.id)", as: viewer)
            #expect(narrowed.status == .ok)
            #expect(narrowed.body.string.contains("<option value=\"\(segment.id)\" selected"))
        }
    }
}
