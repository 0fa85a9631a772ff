import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Password reset by e-mail")
struct PasswordResetTests {
    /// GETs a pre-sign-in page and returns its anti-forgery token and cookie.
    static func form(
        _ client: any TestClientProtocol, _ uri: String
    ) async throws -> (csrf: String, cookie: String, page: TestResponse) {
        let page = try await client.execute(uri: uri, method: .get)
        let csrf = try #require(page.body.string.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1)
        let cookie = try #require(
            page.headers[values: .setCookie].first { $0.hasPrefix("cxm_login_csrf=") }?.prefix { $0 != ";" })
        return (String(csrf), String(cookie), page)
    }

    static func post(
        _ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)], cookie: String
    ) async throws -> TestResponse {
        try await client.execute(
            uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookie],
            body: ByteBuffer(string: fields.map { "\($0.0)=\($0.1.formEncoded)" }.joined(separator: "&")))
    }

    @Test func aMailedLinkSetsANewPasswordOnceAndEndsTheOldSessions() async throws {
        let outbox = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-mail-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outbox) }
        try await TestServer.with(configure: {
            $0.mailTransport = .directory(outbox.path)
            $0.publicURL = "https://cxm.example.se/"
            $0.mailFrom = "cxm@example.se"
            // The server's own mailer looks once at start; this test sends by hand.
            $0.mailCheckEvery = .seconds(3600)
        }) { server, client in
            let analyst = server.login(.analyst)
            let before = try await client.signIn(email: analyst.email, password: analyst.password)
            #expect(try await client.page("/journeys", as: before).status == .ok)

            let forgot = try await Self.form(client, "/password/forgot")
            #expect(forgot.page.body.string.contains("action=\"/password/forgot\""))
            // Known and unknown addresses get the same answer; only the known one gets mail.
            for email in [analyst.email.uppercased(), "nobody@example.se"] {
                let sent = try await Self.post(
                    client, "/password/forgot", [("email", email), ("csrf", forgot.csrf)], cookie: forgot.cookie)
                #expect(sent.status == .seeOther)
                #expect(sent.headers[.location] == "/password/forgot?sent=1")
            }
            let forged = try await Self.post(
                client, "/password/forgot", [("email", analyst.email), ("csrf", "forged")], cookie: forgot.cookie)
            #expect(forged.status == .forbidden)
            // The address is looked up after the answer has left: wait for the one message.
            for _ in 0..<100 where try await server.store.outboxState().waiting == 0 {
                try await Task.sleep(for: .milliseconds(50))
            }
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await server.store.outboxState().waiting == 1)
            let mailer = Mailer(
                store: server.store, transport: .directory(outbox.path), from: "cxm@example.se", checkEvery: .seconds(1),
                logger: TestServer.logger)
            #expect(try await mailer.sendDue() == 1)
            #expect(try await server.store.outboxState().waiting == 0)
            let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
            #expect(files.count == 1)
            let message = try String(contentsOf: outbox.appendingPathComponent(files[0]), encoding: .utf8)
            #expect(message.contains("To: \(analyst.email)\r\n"))
            let token = try #require(
                message.firstMatch(of: /https:\/\/cxm\.example\.se\/password\/reset\?token=([A-Za-z0-9_-]+)/)?.1)
            let link = "/password/reset?token=\(token)"

            let reset = try await Self.form(client, link)
            #expect(reset.page.status == .ok)
            #expect(reset.page.body.string.contains(analyst.email))
            let mismatch = try await Self.post(
                client, "/password/reset",
                [
                    ("token", String(token)), ("password", "a long new password"), ("repeat", "another one entirely"),
                    ("csrf", reset.csrf),
                ],
                cookie: reset.cookie)
            #expect(mismatch.status == .unprocessableContent)
            #expect(mismatch.body.string.contains("<a href=\"#reset-repeat\">The two passwords differ"))
            let short = try await Self.post(
                client, "/password/reset",
                [("token", String(token)), ("password", "short"), ("repeat", "short"), ("csrf", reset.csrf)], cookie: reset.cookie
            )
            #expect(short.status == .unprocessableContent)
            #expect(short.body.string.contains("<a href=\"#reset-password\">Use at least 12 characters."))

            let newPassword = "correct horse battery staple"
            let done = try await Self.post(
                client, "/password/reset",
                [("token", String(token)), ("password", newPassword), ("repeat", newPassword), ("csrf", reset.csrf)],
                cookie: reset.cookie)
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/login?notice=passwordSet")
            // The old session and password are gone; the new password signs in.
            #expect(try await client.page("/journeys", as: before).status == .seeOther)
            #expect(try await client.signIn(email: analyst.email, password: analyst.password).cookie.isEmpty)
            #expect(!(try await client.signIn(email: analyst.email, password: newPassword).cookie.isEmpty))
            // The link is spent.
            let spent = try await client.execute(uri: link, method: .get)
            #expect(spent.status == .gone)
            #expect(spent.body.string.contains("This link has expired or has been used already."))
            #expect(!spent.body.string.contains("name=\"token\""))
            let fresh = try await Self.form(client, "/password/forgot")
            let reused = try await Self.post(
                client, "/password/reset",
                [
                    ("token", String(token)), ("password", "yet another password"), ("repeat", "yet another password"),
                    ("csrf", fresh.csrf),
                ],
                cookie: fresh.cookie)
            #expect(reused.status == .gone)
        }
    }

    @Test func withoutMailTheFormSaysWhomToAsk() async throws {
        try await TestServer.with { server, client in
            let page = try await client.execute(uri: "/password/forgot", method: .get)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("This server does not send e-mail."))
            #expect(!page.body.string.contains("name=\"email\""))
            let login = try await client.execute(uri: "/login", method: .get)
            #expect(login.body.string.contains("href=\"/password/forgot\""))
            #expect(try await server.store.outboxState().waiting == 0)
        }
    }
}
