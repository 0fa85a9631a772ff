import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// An SMTP server inside the test process, on 127.0.0.1 and a free port: EHLO, STARTTLS (with
/// `SMTPTestCertificates`), AUTH PLAIN and LOGIN, MAIL, RCPT, DATA, QUIT. It records each message
/// it accepts (envelope, and data with the dot-stuffing undone) and every command line it got,
/// and can be told to refuse a recipient (550), to answer 451, or never to answer at all.
final class SMTPTestServer: Sendable {
    /// What the server does besides accepting mail.
    struct Behaviour: Sendable {
        var offersStartTLS = true
        /// TLS from the first byte (port 465 style) instead of STARTTLS.
        var implicitTLS = false
        /// Present the certificate for another name (mail.example.test) instead of 127.0.0.1.
        var presentsOtherName = false
        /// Offered after STARTTLS (or at once when STARTTLS is not offered).
        var authMechanisms = ["PLAIN", "LOGIN"]
        /// When set, MAIL needs a login with exactly these credentials first.
        var login: (username: String, password: String)?
        /// Recipients answered with 550 (user unknown).
        var rejectedRecipients: Set<String> = []
        /// Answer MAIL FROM with 451 (try again later).
        var temporaryFailure = false
        /// Accept connections and never say a word.
        var silent = false
    }

    /// A message the server accepted.
    struct Received: Sendable, Hashable {
        var sender: String
        var recipients: [String]
        /// As the client meant it: CRLF line ends, leading dots as in the original.
        var data: String
        var encrypted: Bool
        var authenticatedAs: String?
    }

    /// A command line the server read, and whether TLS protected it.
    struct Command: Sendable, Hashable {
        var line: String
        var encrypted: Bool
    }

    /// What all connections recorded.
    struct Record: Sendable {
        var messages: [Received] = []
        var commands: [Command] = []
    }

    let port: Int
    private let channel: any Channel
    private let record: NIOLockedValueBox<Record>

    private init(port: Int, channel: any Channel, record: NIOLockedValueBox<Record>) {
        self.port = port
        self.channel = channel
        self.record = record
    }

    var messages: [Received] { record.withLockedValue { $0.messages } }
    var commands: [Command] { record.withLockedValue { $0.commands } }

    /// Starts listening; stop it with `stop()` (or use `with`).
    static func start(_ behaviour: Behaviour = Behaviour()) async throws -> SMTPTestServer {
        let pem =
            behaviour.presentsOtherName
            ? (SMTPTestCertificates.otherName, SMTPTestCertificates.otherNameKey)
            : (SMTPTestCertificates.server, SMTPTestCertificates.serverKey)
        let tls = try NIOSSLContext(
            configuration: .makeServerConfiguration(
                certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(pem.0.utf8), format: .pem))],
                privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(pem.1.utf8), format: .pem))))
        let record = NIOLockedValueBox(Record())
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if behaviour.implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls))
                    }
                    let session = SMTPTestSession(behaviour: behaviour, record: record, tls: tls)
                    try channel.pipeline.syncOperations.addHandler(session)
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        guard let port = channel.localAddress?.port else { throw ChannelError.unknownLocalAddress }
        return SMTPTestServer(port: port, channel: channel, record: record)
    }

    /// Stops listening (connections still open end with their clients).
    func stop() async throws {
        try await channel.close()
    }

    /// Runs the body with a started server, and stops it afterwards.
    static func with<T>(_ behaviour: Behaviour = Behaviour(), _ body: (SMTPTestServer) async throws -> T) async throws -> T {
        let server = try await start(behaviour)
        do {
            let result = try await body(server)
            try await server.stop()
            return result
        } catch {
            try? await server.stop()
            throw error
        }
    }
}
