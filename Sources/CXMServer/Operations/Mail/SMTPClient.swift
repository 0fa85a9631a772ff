import Foundation
import NIOCore
import NIOSSL

/// Hands messages to one SMTP server (RFC 5321), one connection per message: greeting, EHLO,
/// STARTTLS and EHLO again, AUTH, MAIL FROM, RCPT TO, DATA, QUIT.
public struct SMTPClient: Sendable {
    public let settings: SMTPSettings

    public init(settings: SMTPSettings) {
        self.settings = settings
    }

    /// Sends one message (RFC 5322 text with CRLF line ends; lines beginning with a dot are
    /// doubled here, so it arrives as given) to the envelope's recipients. Returns once the server
    /// has taken responsibility for it; throws otherwise.
    public func send(_ message: String, envelope: MailEnvelope) async throws(SMTPError) {
        guard !envelope.recipients.isEmpty, Self.isSingleAddress(envelope.sender),
            envelope.recipients.allSatisfy(Self.isSingleAddress)
        else { throw SMTPError(.sender, .invalidAddress) }
        do {
            let tls = settings.security == .none ? nil : try makeTLSContext()
            let host = settings.host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
            do {
                channel = try await SMTPConnection.open(
                    host: host, port: settings.port, timeout: settings.timeout,
                    tls: settings.security == .tls ? tls : nil, serverHostname: serverHostname)
            } catch ChannelError.connectTimeout {
                throw SMTPError(.connect, .timedOut(settings.timeout))
            }
            try await channel.executeThenClose { inbound, outbound in
                var connection = SMTPConnection(channel, inbound: inbound, outbound: outbound, timeout: settings.timeout)
                try await converse(&connection, message: message, envelope: envelope, tls: tls)
            }
        } catch let error as SMTPError {
            throw redacted(error, envelope)
        } catch {
            throw redacted(SMTPError(.connect, error), envelope)
        }
    }

    /// The dialogue on an open connection.
    private func converse(
        _ connection: inout SMTPConnection, message: String, envelope: MailEnvelope, tls: NIOSSLContext?
    ) async throws {
        try await Self.expect(connection.reply(.greeting), 220, .greeting)
        var features = try await hello(&connection)
        if settings.security == .startTLS, let tls {
            guard features["STARTTLS"] != nil else { throw SMTPError(.hello, .startTLSNotOffered) }
            try await Self.expect(connection.exchange("STARTTLS", .startTLS), 220, .startTLS)
            try await connection.startTLS(tls, serverHostname: serverHostname)
            // What the server said before TLS may have been tampered with: ask again.
            do {
                features = try await hello(&connection)
            } catch let error as SMTPError {
                guard case .tlsFailed = error.reason else { throw error }
                throw SMTPError(.startTLS, error.reason)
            }
        }
        // Credentials travel only inside TLS, or in plain text where `.none` was chosen explicitly.
        if let credentials = settings.credentials {
            try await authenticate(&connection, credentials, offered: features["AUTH"] ?? [])
        }
        let body = features["8BITMIME"] != nil ? " BODY=8BITMIME" : ""
        try await Self.expect(connection.exchange("MAIL FROM:<\(envelope.sender)>\(body)", .sender), 250, .sender)
        for recipient in envelope.recipients {
            try await Self.expect(connection.exchange("RCPT TO:<\(recipient)>", .recipient), 250...251, .recipient)
        }
        try await Self.expect(connection.exchange("DATA", .data), 354, .data)
        try await Self.expect(connection.exchange(Self.data(message), .message), 250, .message)
        // The server has the message now: a failed goodbye must not make the mailer send it again.
        _ = try? await connection.exchange("QUIT", .message)
    }

    /// EHLO; the extensions the server offers, by keyword, with their parameters.
    private func hello(_ connection: inout SMTPConnection) async throws -> [String: [String]] {
        let reply = try await Self.expect(connection.exchange("EHLO \(settings.heloName)", .hello), 250, .hello)
        var features: [String: [String]] = [:]
        for line in reply.lines.dropFirst() {
            let words = line.uppercased().split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init)
            if let keyword = words.first { features[keyword, default: []] += words.dropFirst() }
        }
        return features
    }

    /// AUTH PLAIN, or LOGIN when the server offers only that.
    private func authenticate(
        _ connection: inout SMTPConnection, _ credentials: SMTPSettings.Credentials, offered: [String]
    ) async throws {
        if offered.contains("PLAIN") {
            let token = Self.base64("\0\(credentials.username)\0\(credentials.password)")
            try await Self.expect(connection.exchange("AUTH PLAIN \(token)", .authentication), 235, .authentication)
        } else if offered.contains("LOGIN") {
            try await Self.expect(connection.exchange("AUTH LOGIN", .authentication), 334, .authentication)
            let user = Self.base64(credentials.username)
            try await Self.expect(connection.exchange(user, .authentication), 334, .authentication)
            let password = Self.base64(credentials.password)
            try await Self.expect(connection.exchange(password, .authentication), 235, .authentication)
        } else {
            let list = offered.isEmpty ? "no AUTH at all" : offered.joined(separator: " ")
            throw SMTPError(.authentication, .noSupportedAuthentication(offered: list))
        }
    }

    /// The message for DATA: CRLF line ends, a dot doubled at the start of a line (RFC 5321
    /// 4.5.2), and the line with one dot that ends it.
    static func data(_ message: String) -> ByteBuffer {
        var lines = message.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var buffer = ByteBuffer()
        buffer.reserveCapacity(message.utf8.count + lines.count + 8)
        for var line in lines {
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.first == UInt8(ascii: ".") { buffer.writeInteger(UInt8(ascii: ".")) }
            buffer.writeBytes(line)
            buffer.writeString("\r\n")
        }
        buffer.writeString(".\r\n")
        return buffer
    }

    /// The reply if its code is one of `codes`, else the error that reports it.
    @discardableResult
    private static func expect<Codes: RangeExpression<Int>>(
        _ reply: SMTPReply, _ codes: Codes, _ step: SMTPError.Step
    ) throws(SMTPError) -> SMTPReply {
        guard codes.contains(reply.code) else { throw SMTPError(step, .replied(code: reply.code, text: reply.text)) }
        return reply
    }

    @discardableResult
    private static func expect(_ reply: SMTPReply, _ code: Int, _ step: SMTPError.Step) throws(SMTPError) -> SMTPReply {
        try expect(reply, code...code, step)
    }
}
