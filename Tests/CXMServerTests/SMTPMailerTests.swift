import CXMCore
import CXMServer
import CXMStore
import Foundation
import HummingbirdTesting
import Testing

/// The mailer sending the outbox over SMTP: a link that works arrives, a permanent refusal is not
/// repeated, a temporary one is.
@Suite("SMTP mailer")
struct SMTPMailerTests {
    static let login = (username: "cxm-mailer", password: "mailer secret")

    /// STARTTLS with the test login and the test CA.
    static func settings(_ server: SMTPTestServer, caFile: String) -> SMTPSettings {
        SMTPSettings(
            host: "127.0.0.1", port: server.port, credentials: .init(username: login.username, password: login.password),
            heloName: "cxm.test", timeout: .seconds(10), extraCAFile: caFile)
    }

    /// A store on a temporary SQLite database with one reset mail for `address` in its outbox.
    static func withQueuedMail(to address: String, _ body: (Store) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-smtp-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let logger = TestServer.logger
        let database = try await Database.open(.sqlite(path: folder.appendingPathComponent("cxm.sqlite").path), logger: logger)
        do {
            _ = try await Migrator(database: database, logger: logger).migrate()
            let store = Store(database: database)
            _ = try await store.createUser(
                User(email: address, role: .analyst, unitID: nil, createdAt: Date()), passwordHash: "unused", by: .system)
            let queued = try await store.requestPasswordReset(email: address, tokenHash: "hash", lifetime: 3600) {
                OutgoingMail(to: $0.email, subject: "Reset", body: "https://cxm.example.se/password/reset?token=t")
            }
            #expect(queued)
            try await body(store)
            await database.shutdown()
        } catch {
            await database.shutdown()
            throw error
        }
    }

    /// A mailer that sends as cxm@example.se through `settings`.
    static func mailer(_ store: Store, _ settings: SMTPSettings) -> Mailer {
        Mailer(
            store: store, transport: .smtp(settings), from: "cxm@example.se", checkEvery: .seconds(1), logger: TestServer.logger)
    }

    @Test func aPermanentRefusalFailsTheMessageWithoutARetry() async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            let behaviour = SMTPTestServer.Behaviour(login: Self.login, rejectedRecipients: ["gone@example.se"])
            try await SMTPTestServer.with(behaviour) { server in
                try await Self.withQueuedMail(to: "gone@example.se") { (store: Store) async throws in
                    #expect(try await Self.mailer(store, Self.settings(server, caFile: ca)).sendDue() == 0)
                    // Given up after the first attempt, not queued for another.
                    #expect(try await store.outboxState() == (waiting: 0, failed: 1))
                    #expect(try await store.claimMail(limit: 10, lease: 120, now: Date().addingTimeInterval(86_400)).isEmpty)
                }
            }
        }
    }

    @Test func aTemporaryRefusalIsTriedAgainLater() async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            try await SMTPTestServer.with(.init(login: Self.login, temporaryFailure: true)) { server in
                try await Self.withQueuedMail(to: "anna@example.se") { (store: Store) async throws in
                    #expect(try await Self.mailer(store, Self.settings(server, caFile: ca)).sendDue() == 0)
                    #expect(try await store.outboxState() == (waiting: 1, failed: 0))
                    // Not at once, but after the first back-off of a minute.
                    #expect(try await store.claimMail(limit: 10, lease: 120, now: Date()).isEmpty)
                    let again = try await store.claimMail(limit: 10, lease: 120, now: Date().addingTimeInterval(61))
                    #expect(again.map(\.attempts) == [2])
                }
            }
        }
    }

    @Test func aResetLinkSentOverSMTPArrivesAndWorks() async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            try await SMTPTestServer.with(.init(login: Self.login)) { smtp in
                let settings = Self.settings(smtp, caFile: ca)
                try await TestServer.with(configure: {
                    $0.mailTransport = .smtp(settings)
                    $0.publicURL = "https://cxm.example.se"
                    $0.mailFrom = "cxm@example.se"
                    // The server's own mailer looks once at start; this test sends by hand.
                    $0.mailCheckEvery = .seconds(3600)
                }) { server, client in
                    let analyst = server.login(.analyst)
                    let forgot = try await PasswordResetTests.form(client, "/password/forgot")
                    let asked = try await PasswordResetTests.post(
                        client, "/password/forgot", [("email", analyst.email), ("csrf", forgot.csrf)], cookie: forgot.cookie)
                    #expect(asked.status == .seeOther)
                    for _ in 0..<100 where try await server.store.outboxState().waiting == 0 {
                        try await Task.sleep(for: .milliseconds(50))
                    }
                    #expect(try await Self.mailer(server.store, settings).sendDue() == 1)

                    let received = try #require(smtp.messages.first)
                    #expect(received.recipients == [analyst.email])
                    #expect(received.sender == "cxm@example.se")
                    #expect(received.data.contains("To: \(analyst.email)\r\n"))
                    let token = try #require(
                        received.data.firstMatch(of: /https:\/\/cxm\.example\.se\/password\/reset\?token=([A-Za-z0-9_-]+)/)?.1)
                    let page = try await client.execute(uri: "/password/reset?token=\(token)", method: .get)
                    #expect(page.status == .ok)
                    #expect(page.body.string.contains(analyst.email))
                }
            }
        }
    }
}
