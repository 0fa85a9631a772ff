import CXMCore
import CXMServer
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("The workspace's logo and colours on what customers see")
struct BrandingTests {
    /// A tiny but real PNG (1 × 1, one blue pixel).
    static let png: [UInt8] = Array(
        Data(
            base64Encoded:
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPg4WIEAAB+ADLDmq6RAAAAAElFTkSuQmCC")!)

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try response.body.json() as? [String: Any])
    }

    static func putLogo(
        _ client: any TestClientProtocol, _ token: String?, _ bytes: [UInt8], type: String = "image/png"
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: type]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(
            uri: "/api/v1/workspace/logo", method: .put, headers: headers, body: ByteBuffer(bytes: bytes))
    }

    /// A browser's multipart body with text fields and one file.
    static func multipart(
        _ fields: [(String, String)], file: (name: String, filename: String, bytes: [UInt8])?, boundary: String
    ) -> ByteBuffer {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: body)
    }

    @Test func adminsSetColoursAndALogoThroughTheAPIAndBadOnesAreRefusedWithAFix() async throws {
        try await TestServer.with { server, client in
            let admin = try #require(server.tokens[.admin])
            let viewer = try #require(server.tokens[.viewer])
            let initial = try Self.json(try await client.api(.get, "/api/v1/workspace/branding", token: viewer))
            #expect(initial["accentColour"] is NSNull && initial["logo"] is NSNull && initial["logoURL"] is NSNull)
            #expect(initial["effectiveAccentColour"] as? String == "#123a5e")

            let forbidden = try await client.api(
                .put, "/api/v1/workspace/branding", token: viewer, json: ##"{"accentColour": "#0a66c2"}"##)
            #expect(forbidden.status == .forbidden)
            #expect(try await Self.putLogo(client, viewer, Self.png).status == .forbidden)
            #expect(try await Self.putLogo(client, nil, Self.png).status == .unauthorized)

            let notAColour = try await client.api(
                .put, "/api/v1/workspace/branding", token: admin, json: ##"{"accentColour": "blue"}"##)
            #expect(notAColour.status == .badRequest || notAColour.status == .unprocessableContent)
            #expect(notAColour.body.string.contains("accentColour") && notAColour.body.string.contains("#rrggbb"))
            let tooLight = try await client.api(
                .put, "/api/v1/workspace/branding", token: admin, json: ##"{"accentColour": "#ffcc00"}"##)
            #expect(tooLight.status == .unprocessableContent)
            #expect(tooLight.headers[.contentType] == "application/problem+json")
            #expect(tooLight.body.string.contains("1.5:1") && tooLight.body.string.contains("a darker shade such as #"))

            let saved = try Self.json(
                try await client.api(
                    .put, "/api/v1/workspace/branding", token: admin,
                    json: ##"{"accentColour": "#0A66C2", "backgroundColour": "#e8f0fe"}"##))
            #expect(saved["accentColour"] as? String == "#0a66c2" && saved["backgroundColour"] as? String == "#e8f0fe")

            // Not an image (an SVG, which could carry scripts) and too large: refused, nothing changes.
            let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8)
            let refused = try await Self.putLogo(client, admin, svg, type: "image/svg+xml")
            #expect(refused.status == .unprocessableContent && refused.body.string.contains("SVG is not accepted"))
            let large = try await Self.putLogo(client, admin, Self.png + [UInt8](repeating: 0, count: 250_000))
            #expect(large.status == .unprocessableContent && large.body.string.contains("the limit is 200 KB"))
            #expect(try await server.store.logo() == nil)

            let uploaded = try Self.json(try await Self.putLogo(client, admin, Self.png))
            let logoURL = try #require(uploaded["logoURL"] as? String)
            #expect(logoURL.hasPrefix("/assets/logo?v="))
            #expect((uploaded["logo"] as? [String: Any])?["mediaType"] as? String == "image/png")
            #expect(uploaded["accentColour"] as? String == "#0a66c2")  // the colours stay

            // Served publicly, byte for byte; the versioned address is cached for good.
            let served = try await client.execute(uri: logoURL, method: .get)
            #expect(served.status == .ok && Array(buffer: served.body) == Self.png)
            #expect(served.headers[.contentType] == "image/png" && served.headers[.xContentTypeOptions] == "nosniff")
            #expect(served.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(try await client.execute(uri: "/assets/logo", method: .get).headers[.cacheControl] == "no-cache")
            let css = try await client.execute(uri: "/assets/brand.css", method: .get)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.body.string.contains("body.respondent { --accent: #0a66c2; --wash: #e8f0fe; }"))

            // `curl -F logo=@logo.png` works too.
            let boundary = "cxmtest7MA4YWxkTrZu0gW"
            let form = try await client.execute(
                uri: "/api/v1/workspace/logo", method: .put,
                headers: [.authorization: "Bearer \(admin)", .contentType: "multipart/form-data; boundary=\(boundary)"],
                body: Self.multipart([], file: ("logo", "logo.png", Self.png), boundary: boundary))
            #expect(form.status == .ok)

            #expect(try await client.api(.delete, "/api/v1/workspace/logo", token: admin).status == .noContent)
            #expect(try await client.api(.delete, "/api/v1/workspace/logo", token: admin).status == .notFound)
            #expect(try await client.execute(uri: logoURL, method: .get).status == .notFound)
        }
    }

    @Test func surveyPagesWidgetAndMailCarryTheLook() async throws {
        try await TestServer.with(configure: { $0.publicURL = "https://cxm.example.se" }) { server, client in
            let link = try await RespondentPageTests.link(server)
            let plain = try await client.execute(uri: link.path, method: .get).body.string
            #expect(!plain.contains("/assets/brand.css") && !plain.contains("/assets/logo"))

            let accent = Colour(hex: "#0a66c2")
            try await server.store.saveBrandingColours(accent: accent, background: nil, by: .system)
            let branding = try await server.store.saveLogo(try BrandLogo(bytes: Self.png), by: .system)
            let name = try await server.store.workspaceSettings().name
            let page = try await client.execute(uri: link.path, method: .get).body.string
            #expect(page.contains(#"<link rel="stylesheet" href="/assets/brand.css?v=\#(branding.version)">"#))
            let logoPath = "/assets/logo?v=\(try #require(branding.logo).version)"
            #expect(page.contains(#"<p class="brand"><img src="\#(logoPath)" alt="\#(name)"></p>"#))
            // The friendly pages too: an unknown link shows the same look.
            let missing = try await client.execute(uri: "/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", method: .get)
            #expect(missing.status == .notFound && missing.body.string.contains(logoPath))

            let widget = try await client.execute(uri: "\(link.path)/widget?visitor=v1", method: .get)
            #expect(try Self.json(widget)["accent"] as? String == "#0a66c2")

            let setup = try await InvitationTests.setup(server)
            try await server.store.saveDistributionSettings(
                DistributionSettings(delayMinutes: 0, expiryDays: 10, reminders: 0, reminderSpacingDays: 3),
                survey: setup.survey.id, by: .system)
            _ = try await server.store.trigger(
                TriggerRequest(
                    touchpointID: setup.survey.touchpointIDs[0], surveyID: setup.survey.id, customerID: setup.anna.id))
            let sender = InvitationSender(
                store: server.store, linkBase: "https://cxm.example.se", checkEvery: .seconds(1),
                logger: TestServer.logger)
            #expect(try await sender.sendDue() == 1)
            let mail = try #require(try await server.store.claimMail(limit: 10, lease: 60).first?.mail)
            let html = try #require(mail.html)
            #expect(html.contains(#"<img src="https://cxm.example.se\#(logoPath)" alt="\#(name)""#))
            #expect(html.contains("background:#0a66c2") && !html.contains("#123a5e"))
        }
    }

    @Test func theAppearancePageSavesColoursAndALogoAndExplainsWhatIsWrongInTheReadersLanguage() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let settings = try await client.page("/settings", as: user)
            #expect(settings.body.string.contains(#"<a href="/settings/appearance">"#))
            let page = try await client.page("/settings/appearance", as: user)
            #expect(page.status == .ok)
            let body = page.body.string
            #expect(
                body.contains(#"enctype="multipart/form-data""#) && body.contains(#"accept="image/png,image/jpeg,image/webp""#))
            #expect(body.contains(#"<link rel="stylesheet" href="/assets/brand.css?v="#))

            let boundary = "----cxmAppearance42"
            func post(_ fields: [(String, String)], logo: [UInt8]? = nil) async throws -> TestResponse {
                try await client.execute(
                    uri: "/settings/appearance", method: .post,
                    headers: [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: user.cookie],
                    body: Self.multipart(
                        [("csrf", user.csrf)] + fields, file: logo.map { ("logo", "logo.png", $0) }, boundary: boundary))
            }
            // Without the CSRF token nothing is saved.
            let forged = try await client.execute(
                uri: "/settings/appearance", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: user.cookie],
                body: Self.multipart([("accent_colour", "#0a66c2")], file: nil, boundary: boundary))
            #expect(forged.status == .forbidden)

            let light = try await post([("accent_colour", "#ffcc00"), ("background_colour", "grey")], logo: Array("GIF89a".utf8))
            #expect(light.status == .unprocessableContent)
            let text = light.body.string
            #expect(text.contains(##"value="#ffcc00""##) && text.contains(#"value="grey""#))  // kept as typed
            // The signed-in user's language, whichever the demo gives them.
            let language = try #require(Language.allCases.first { text.contains(#"<html lang="\#($0.localeIdentifier)""#) })
            let t = Localizer(language)
            #expect(text.contains(t(AppearanceText.invalidColour)) && text.contains(t(AppearanceText.logoUnknownFormat)))
            let onlyAccent = try await post([("accent_colour", "#ffcc00")])
            let problem = try #require(WorkspaceBranding(accentColour: Colour(hex: "#ffcc00")).contrastProblems.first)
            #expect(onlyAccent.body.string.contains(AppearancePage.message(problem, language: language)))
            #expect(try await server.store.workspaceBranding() == WorkspaceBranding())

            let saved = try await post([("accent_colour", "#0a66c2"), ("background_colour", "")], logo: Self.png)
            #expect(saved.status == .seeOther && saved.headers[.location] == "/settings/appearance?notice=saved")
            let branding = try await server.store.workspaceBranding()
            #expect(branding.accentColour == Colour(hex: "#0a66c2") && branding.backgroundColour == nil)
            #expect(branding.logo?.byteCount == Self.png.count)
            let after = try await client.page("/settings/appearance", as: user).body.string
            #expect(after.contains(#"name="remove_logo""#) && after.contains("/assets/logo?v=\(branding.logo!.version)"))

            // No file chosen keeps the logo; the box removes it.
            _ = try await post([("accent_colour", "#0a66c2")])
            #expect(try await server.store.workspaceBranding().logo != nil)
            _ = try await post([("accent_colour", ""), ("remove_logo", "on")])
            #expect(try await server.store.workspaceBranding() == WorkspaceBranding())

            // Other roles cannot open the page.
            let cx = server.login(.cxManager)
            let other = try await client.signIn(email: cx.email, password: cx.password)
            #expect(try await client.page("/settings/appearance", as: other).status == .forbidden)
        }
    }
}
