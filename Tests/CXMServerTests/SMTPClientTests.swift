import CXMServer
import Foundation
import Testing

/// The SMTP client against the in-process test server: what arrives, what is refused, and what
/// its errors say (and never say).
@Suite("SMTP client")
struct SMTPClientTests {
    static let password = "Lösen-ord 42 secret"
    static let login = (username: "cxm-mailer", password: password)
    static let envelope = MailEnvelope(sender: "cxm@example.se", recipients: ["anna@example.se"])
    /// Lines that start with a dot, one that is only a dot, and text beyond ASCII.
    static let message = [
        "From: cxm@example.se", "To: anna@example.se", "Subject: Test", "Content-Type: text/plain; charset=utf-8", "",
        "Hej Anna!", ".a line that starts with a dot", "..and one with two", ".", "Grüße från Göteborg – ✓ 你好", "",
        "https://cxm.example.se/password/reset?token=abc-123", "",
    ].joined(separator: "\r\n")

    /// Settings for the test server, with the test login unless `password` is nil.
    static func settings(
        _ server: SMTPTestServer, host: String = "127.0.0.1", security: SMTPSettings.Security = .startTLS,
        password: String? = SMTPClientTests.password, caFile: String?, timeout: Duration = .seconds(10)
    ) -> SMTPSettings {
        SMTPSettings(
            host: host, port: server.port, security: security,
            credentials: password.map { .init(username: login.username, password: $0) }, heloName: "cxm.test",
            timeout: timeout, extraCAFile: caFile)
    }

    /// Sends and returns the error, or nil when the server took the message.
    static func failure(_ settings: SMTPSettings, _ envelope: MailEnvelope = envelope) async -> SMTPError? {
        do {
            try await SMTPClient(settings: settings).send(message, envelope: envelope)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: ["127.0.0.1", "localhost"])
    func aMessageArrivesIntactOverSTARTTLSWithALogin(host: String) async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            try await SMTPTestServer.with(.init(login: Self.login)) { server in
                try await SMTPClient(settings: Self.settings(server, host: host, caFile: ca)).send(
                    Self.message, envelope: Self.envelope)
                let received = try #require(server.messages.first)
                #expect(server.messages.count == 1)
                #expect(received.data == Self.message)
                #expect(received.sender == "cxm@example.se")
                #expect(received.recipients == ["anna@example.se"])
                #expect(received.encrypted)
                #expect(received.authenticatedAs == Self.login.username)
                // Nothing but EHLO and STARTTLS went over the wire unencrypted.
                #expect(server.commands.filter { !$0.encrypted }.map(\.line) == ["EHLO cxm.test", "STARTTLS"])
            }
        }
    }

    @Test func implicitTLSAndAUTHLOGINWork() async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            let behaviour = SMTPTestServer.Behaviour(implicitTLS: true, authMechanisms: ["LOGIN"], login: Self.login)
            try await SMTPTestServer.with(behaviour) { server in
                try await SMTPClient(settings: Self.settings(server, security: .tls, caFile: ca)).send(
                    Self.message, envelope: Self.envelope)
                #expect(server.messages.map(\.data) == [Self.message])
                #expect(server.messages.first?.authenticatedAs == Self.login.username)
                #expect(server.commands.allSatisfy { $0.encrypted })
            }
        }
    }

    @Test func aServerWithoutSTARTTLSIsRefusedBeforeTheLogin() async throws {
        try await SMTPTestServer.with(.init(offersStartTLS: false, login: Self.login)) { server in
            let error = try #require(await Self.failure(Self.settings(server, caFile: nil)))
            #expect(error.reason == .startTLSNotOffered)
            #expect(!error.isPermanent)
            #expect(server.commands.map(\.line) == ["EHLO cxm.test"])
            #expect(server.messages.isEmpty)
        }
    }

    @Test func plainTextCarriesTheLoginOnlyWhenChosen() async throws {
        try await SMTPTestServer.with(.init(offersStartTLS: false, login: Self.login)) { server in
            try await SMTPClient(settings: Self.settings(server, security: .none, caFile: nil)).send(
                Self.message, envelope: Self.envelope)
            #expect(server.messages.map(\.data) == [Self.message])
            #expect(server.messages.first?.encrypted == false)
        }
    }

    @Test(arguments: [false, true])
    func anUntrustedOrWronglyNamedCertificateIsRefused(wrongName: Bool) async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            try await SMTPTestServer.with(.init(presentsOtherName: wrongName, login: Self.login)) { server in
                // Without the test CA the certificate is untrusted; with it, it names another host.
                let error = try #require(await Self.failure(Self.settings(server, caFile: wrongName ? ca : nil)))
                guard case .tlsFailed = error.reason else {
                    Issue.record("expected a TLS failure, got \(error)")
                    return
                }
                #expect(error.step == .startTLS)
                #expect(!error.isPermanent)
                #expect(!server.commands.contains { $0.line.hasPrefix("AUTH") || $0.line.hasPrefix("MAIL") })
            }
        }
    }

    @Test func aWrongPasswordIsReportedWithoutTheSecret() async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            try await SMTPTestServer.with(.init(login: (Self.login.username, "the right one"))) { server in
                let settings = Self.settings(server, caFile: ca)
                let error = try #require(await Self.failure(settings))
                #expect(error.step == .authentication)
                #expect(error.replyCode == 535)
                #expect(!error.isPermanent)
                let plain = Data("\0\(Self.login.username)\0\(Self.password)".utf8).base64EncodedString()
                var dumped = ""
                dump(settings, to: &dumped)
                #expect("\(error)".contains("535 5.7.8 Authentication credentials invalid"))
                for text in ["\(error)", String(reflecting: error), "\(settings)", String(reflecting: settings), dumped] {
                    #expect(!text.contains(Self.password))
                    #expect(!text.contains(Data(Self.password.utf8).base64EncodedString()))
                    #expect(!text.contains(plain))
                }
                #expect(server.messages.isEmpty)
            }
        }
    }

    @Test func anUnknownRecipientIsAPermanentRefusal() async throws {
        let envelope = MailEnvelope(sender: "cxm@example.se", recipients: ["nobody@example.se"])
        try await SMTPTestCertificates.withAuthorityFile { ca in
            try await SMTPTestServer.with(.init(login: Self.login, rejectedRecipients: ["nobody@example.se"])) { server in
                let error = try #require(await Self.failure(Self.settings(server, caFile: ca), envelope))
                #expect(error.replyCode == 550)
                #expect(error.isPermanent)
                #expect(error.isRecipientRejected)
                #expect("\(error)".contains("550 5.1.1 <<recipient>>: Recipient address rejected"))
                #expect(!"\(error)".contains("nobody@example.se"))
                #expect(!"\(error)".contains(Self.password))
                #expect(!"\(error)".contains("Hej Anna"))
                #expect(server.messages.isEmpty)
            }
        }
    }

    @Test func a451IsATemporaryRefusal() async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            try await SMTPTestServer.with(.init(login: Self.login, temporaryFailure: true)) { server in
                let error = try #require(await Self.failure(Self.settings(server, caFile: ca)))
                #expect(error.step == .sender)
                #expect(error.replyCode == 451)
                #expect(!error.isPermanent)
                #expect(!error.isRecipientRejected)
            }
        }
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        try await SMTPTestServer.with(.init(silent: true)) { server in
            let started = ContinuousClock.now
            let error = try #require(
                await Self.failure(Self.settings(server, password: nil, caFile: nil, timeout: .milliseconds(300))))
            #expect(error == SMTPError(.greeting, .timedOut(.milliseconds(300))))
            #expect(!error.isPermanent)
            // The timeout ended the wait, not the test's own limit: far below a minute even on a busy
            // machine (this checks that it returns, not how fast).
            #expect(ContinuousClock.now - started < .seconds(60))
        }
    }

    @Test func aClosedPortIsATemporaryConnectionFailure() async throws {
        let server = try await SMTPTestServer.start()
        try await server.stop()
        let error = try #require(await Self.failure(Self.settings(server, caFile: nil)))
        #expect(error.step == .connect)
        guard case .connectionFailed = error.reason else {
            Issue.record("expected a connection failure, got \(error)")
            return
        }
        #expect(!error.isPermanent)
    }

    @Test func anAddressThatCouldInjectACommandIsRefusedBeforeConnecting() async throws {
        let settings = SMTPSettings(host: "127.0.0.1", port: 9, security: .none)
        let error = try #require(
            await Self.failure(settings, MailEnvelope(sender: "cxm@example.se", recipients: ["a@b.se>\r\nRCPT TO:<c@d.se"])))
        #expect(error.reason == .invalidAddress)
        #expect(error.isPermanent)
    }
}
