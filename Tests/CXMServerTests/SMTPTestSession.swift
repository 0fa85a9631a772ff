import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL

/// The test server's side of one connection, on its event loop: reads lines, answers them, and
/// writes what it accepted into the shared record.
final class SMTPTestSession: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// What the next line is: a command, a line of the message, or an answer to an AUTH challenge.
    private enum Mode {
        case command
        case data
        case authPlain
        case authLoginUser
        case authLoginPassword(user: String)
    }

    private let behaviour: SMTPTestServer.Behaviour
    private let record: NIOLockedValueBox<SMTPTestServer.Record>
    private let tls: NIOSSLContext
    private var pending = ByteBuffer()
    private var mode = Mode.command
    private var encrypted: Bool
    private var authenticatedAs: String?
    private var sender: String?
    private var recipients: [String] = []
    private var data: [String] = []

    init(behaviour: SMTPTestServer.Behaviour, record: NIOLockedValueBox<SMTPTestServer.Record>, tls: NIOSSLContext) {
        self.behaviour = behaviour
        self.record = record
        self.tls = tls
        self.encrypted = behaviour.implicitTLS
    }

    func channelActive(context: ChannelHandlerContext) {
        if !behaviour.silent { reply(context, "220 test.invalid ESMTP cxm test server") }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        pending.writeBuffer(&bytes)
        guard !behaviour.silent else { return }
        while let end = pending.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            let view = pending.readableBytesView
            var line = view[view.startIndex..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            let text = String(decoding: line, as: UTF8.self)
            pending.moveReaderIndex(forwardBy: end - view.startIndex + 1)
            if handle(text, context) == .startTLS {
                // Whatever came with STARTTLS was sent in plain text: it is dropped, as RFC 3207 asks.
                pending.clear()
                do {
                    try context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls), position: .first)
                } catch {
                    context.close(promise: nil)
                }
                return
            }
        }
        pending.discardReadBytes()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    /// Whether reading goes on, or stops for TLS to be put under the connection first.
    private enum Next { case goOn, startTLS }

    /// Answers one line; says when TLS must start before the next byte is read.
    private func handle(_ line: String, _ context: ChannelHandlerContext) -> Next {
        switch mode {
        case .data:
            if line == "." {
                let message = SMTPTestServer.Received(
                    sender: sender ?? "", recipients: recipients, data: data.map { $0 + "\r\n" }.joined(),
                    encrypted: encrypted, authenticatedAs: authenticatedAs)
                record.withLockedValue { $0.messages.append(message) }
                (mode, sender, recipients, data) = (.command, nil, [], [])
                reply(context, "250 2.0.0 Ok: queued")
            } else {
                data.append(line.hasPrefix(".") ? String(line.dropFirst()) : line)
            }
            return .goOn
        case .authPlain:
            mode = .command
            checkPlain(line, context)
            return .goOn
        case .authLoginUser:
            mode = .authLoginPassword(user: Self.decode(line))
            reply(context, "334 UGFzc3dvcmQ6")
            return .goOn
        case .authLoginPassword(let user):
            mode = .command
            check(user, Self.decode(line), context)
            return .goOn
        case .command:
            record.withLockedValue { $0.commands.append(.init(line: line, encrypted: encrypted)) }
            return command(line, context)
        }
    }

    /// Answers one command as a small mail server would, or as the behaviour says.
    private func command(_ line: String, _ context: ChannelHandlerContext) -> Next {
        let verb = line.split(separator: " ").first.map { $0.uppercased() } ?? ""
        let argument = line.dropFirst(verb.count).trimmingCharacters(in: .whitespaces)
        switch verb {
        case "EHLO":
            var lines = ["test.invalid greets \(argument)", "8BITMIME", "SIZE 10240000"]
            if behaviour.offersStartTLS, !encrypted { lines.append("STARTTLS") }
            if encrypted || !behaviour.offersStartTLS { lines.append("AUTH " + behaviour.authMechanisms.joined(separator: " ")) }
            lines.append("HELP")
            let text = lines.enumerated().map { "250\($0.offset == lines.count - 1 ? " " : "-")\($0.element)" }
            reply(context, text.joined(separator: "\r\n"))
        case "STARTTLS" where behaviour.offersStartTLS && !encrypted:
            reply(context, "220 2.0.0 Ready to start TLS")
            (encrypted, authenticatedAs, sender, recipients) = (true, nil, nil, [])
            return .startTLS
        case "AUTH":
            let words = argument.split(separator: " ").map(String.init)
            switch words.first?.uppercased() {
            case "PLAIN" where words.count == 2: checkPlain(words[1], context)
            case "PLAIN":
                mode = .authPlain
                reply(context, "334 ")
            case "LOGIN":
                mode = .authLoginUser
                reply(context, "334 VXNlcm5hbWU6")
            default: reply(context, "504 5.5.4 Unrecognized authentication type")
            }
        case "MAIL":
            if behaviour.login != nil, authenticatedAs == nil {
                reply(context, "530 5.7.0 Authentication required")
            } else if behaviour.temporaryFailure {
                reply(context, "451 4.3.0 Mail server temporarily unavailable, try again later")
            } else {
                sender = Self.address(argument)
                reply(context, "250 2.1.0 Ok")
            }
        case "RCPT":
            let recipient = Self.address(argument)
            if sender == nil {
                reply(context, "503 5.5.1 Need MAIL first")
            } else if behaviour.rejectedRecipients.contains(recipient) {
                reply(context, "550 5.1.1 <\(recipient)>: Recipient address rejected: User unknown")
            } else {
                recipients.append(recipient)
                reply(context, "250 2.1.5 Ok")
            }
        case "DATA":
            if recipients.isEmpty {
                reply(context, "503 5.5.1 Need RCPT first")
            } else {
                mode = .data
                reply(context, "354 End data with <CR><LF>.<CR><LF>")
            }
        case "RSET", "NOOP":
            (sender, recipients) = (nil, [])
            reply(context, "250 2.0.0 Ok")
        case "QUIT":
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: "221 2.0.0 Bye\r\n"))).whenComplete { _ in
                bound.value.close(promise: nil)
            }
        default:
            reply(context, "502 5.5.2 Command not recognized")
        }
        return .goOn
    }

    /// AUTH PLAIN's token: NUL, user, NUL, password, in base64.
    private func checkPlain(_ token: String, _ context: ChannelHandlerContext) {
        let parts = Self.decode(token).split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { return reply(context, "501 5.5.2 Cannot decode the credentials") }
        check(parts[1], parts[2], context)
    }

    /// Accepts any login when none is required, else exactly the one configured.
    private func check(_ user: String, _ password: String, _ context: ChannelHandlerContext) {
        if let login = behaviour.login, login != (user, password) {
            reply(context, "535 5.7.8 Authentication credentials invalid")
        } else {
            authenticatedAs = user
            reply(context, "235 2.7.0 Authentication successful")
        }
    }

    private func reply(_ context: ChannelHandlerContext, _ text: String) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
    }

    private static func decode(_ base64: String) -> String {
        Data(base64Encoded: base64).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The address between `<` and `>` in `FROM:<…> BODY=8BITMIME` or `TO:<…>`.
    private static func address(_ argument: String) -> String {
        guard let open = argument.firstIndex(of: "<"), let close = argument[open...].firstIndex(of: ">") else { return "" }
        return String(argument[argument.index(after: open)..<close])
    }
}
