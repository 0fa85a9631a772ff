import NIOCore
import NIOPosix
import NIOSSL

/// One reply of an SMTP server: its code and the text of its lines (several for EHLO).
struct SMTPReply: Sendable, Hashable {
    var code: Int
    var lines: [String]

    /// The lines as one, for error messages.
    var text: String { lines.joined(separator: " ") }
}

/// One open connection to an SMTP server: lines out, replies in, every exchange under the
/// timeout, and the switch to TLS after STARTTLS. Lives inside `NIOAsyncChannel.executeThenClose`.
struct SMTPConnection {
    let channel: any Channel
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let timeout: Duration
    private var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private var pending = ByteBuffer()

    /// A server that sends more than this without ending a reply is not an SMTP server.
    static let maxReplyBytes = 64 * 1024

    init(
        _ channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>, inbound: NIOAsyncChannelInboundStream<ByteBuffer>,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, timeout: Duration
    ) {
        self.channel = channel.channel
        self.inbound = inbound.makeAsyncIterator()
        self.outbound = outbound
        self.timeout = timeout
    }

    /// Connects to the server, with TLS from the start when `tls` is given.
    static func open(
        host: String, port: Int, timeout: Duration, tls: NIOSSLContext?, serverHostname: String?
    ) async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(TimeAmount(timeout))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        let handler = try NIOSSLClientHandler(context: tls, serverHostname: serverHostname)
                        try channel.pipeline.syncOperations.addHandler(handler)
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// Waits for the next reply (the greeting, say).
    mutating func reply(_ step: SMTPError.Step) async throws -> SMTPReply {
        try await Self.withDeadline(step, timeout, channel) { try await self.readReply(step) }
    }

    /// Sends one command line and waits for the reply.
    mutating func exchange(_ command: String, _ step: SMTPError.Step) async throws -> SMTPReply {
        try await exchange(ByteBuffer(string: command + "\r\n"), step)
    }

    /// Sends these bytes (a command, or a whole message) and waits for the reply.
    mutating func exchange(_ bytes: ByteBuffer, _ step: SMTPError.Step) async throws -> SMTPReply {
        try await Self.withDeadline(step, timeout, channel) {
            do {
                try await self.outbound.write(bytes)
            } catch {
                // The connection has ended; why (a failed TLS handshake, a last reply such as 421)
                // is what is left to read, not the failed write.
                let reply = try await self.readReply(step)
                throw SMTPError(step, .replied(code: reply.code, text: reply.text))
            }
            return try await self.readReply(step)
        }
    }

    /// Puts TLS under the conversation, right after the server's 220 to STARTTLS. Anything the
    /// server sent before TLS and after that reply could be an attacker's: it ends the connection.
    func startTLS(_ context: NIOSSLContext, serverHostname: String?) async throws {
        guard pending.readableBytes == 0 else { throw SMTPError(.startTLS, .malformedReply) }
        let channel = self.channel
        try await channel.eventLoop.submit {
            let handler = try NIOSSLClientHandler(context: context, serverHostname: serverHostname)
            try channel.pipeline.syncOperations.addHandler(handler, position: .first)
        }.get()
    }

    /// Runs `body`; if it has not finished within `timeout`, the connection is closed, which ends
    /// the body with an error, and that is reported as a timeout.
    private static func withDeadline<T: Sendable>(
        _ step: SMTPError.Step, _ timeout: Duration, _ channel: any Channel, _ body: () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                do { try await Task.sleep(for: timeout) } catch { return false }
                channel.close(promise: nil)
                return true
            }
            let outcome: Result<T, any Error>
            do { outcome = .success(try await body()) } catch { outcome = .failure(error) }
            group.cancelAll()
            let expired = (try? await group.next()) == .some(true)
            if case .failure = outcome, expired { throw SMTPError(step, .timedOut(timeout)) }
            return try outcome.get()
        }
    }

    /// Reads lines up to the last one of a reply ("250-…" lines continue, "250 …" ends).
    private mutating func readReply(_ step: SMTPError.Step) async throws -> SMTPReply {
        var code: Int?
        var lines: [String] = []
        while true {
            let bytes = Array(try await readLine(step).utf8)
            guard bytes.count >= 3, let value = Int(String(decoding: bytes[0..<3], as: UTF8.self)),
                (200...599).contains(value), code == nil || code == value,
                bytes.count == 3 || bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-")
            else { throw SMTPError(step, .malformedReply) }
            code = value
            lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
            if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") { return SMTPReply(code: value, lines: lines) }
        }
    }

    /// The next line without its line end, reading from the network as needed.
    private mutating func readLine(_ step: SMTPError.Step) async throws -> String {
        while true {
            let view = pending.readableBytesView
            if let end = view.firstIndex(of: UInt8(ascii: "\n")) {
                var line = view[view.startIndex..<end]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                let text = String(decoding: line, as: UTF8.self)
                pending.moveReaderIndex(forwardBy: end - view.startIndex + 1)
                pending.discardReadBytes()
                return text
            }
            guard pending.readableBytes < Self.maxReplyBytes else { throw SMTPError(step, .malformedReply) }
            do {
                guard var received = try await inbound.next() else {
                    throw SMTPError(step, .connectionFailed("the server closed the connection"))
                }
                pending.writeBuffer(&received)
            } catch let error as SMTPError {
                throw error
            } catch {
                throw SMTPError(step, error)
            }
        }
    }
}

extension SMTPError {
    /// A network or TLS error of NIO at this step.
    init(_ step: Step, _ error: any Error) {
        switch error {
        case let error as SMTPError: self = error
        case is NIOSSLError, is NIOSSLExtraError, is BoringSSLError: self.init(step, .tlsFailed("\(error)"))
        default: self.init(step, .connectionFailed("\(error)"))
        }
    }
}
