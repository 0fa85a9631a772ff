/// Why an SMTP delivery failed, and whether trying again could help. Its description names the
/// step and the server's reply code and text, never the password or the message's body, and
/// shows envelope addresses as `<sender>` and `<recipient>` (they are personal data, and the
/// description goes to the log and the outbox).
public struct SMTPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The part of the dialogue that failed.
    public enum Step: String, Sendable, Hashable {
        case connect = "connecting"
        case greeting = "greeting"
        case hello = "EHLO"
        case startTLS = "STARTTLS"
        case authentication = "AUTH"
        case sender = "MAIL FROM"
        case recipient = "RCPT TO"
        case data = "DATA"
        case message = "end of message"
    }

    /// What went wrong at that step.
    public enum Reason: Sendable, Hashable {
        /// The server answered with a reply code that refuses the command (4xx, 5xx or unexpected).
        case replied(code: Int, text: String)
        /// No complete reply (or connection) within the timeout.
        case timedOut(Duration)
        /// The connection could not be made or ended early.
        case connectionFailed(String)
        /// The TLS handshake failed: an untrusted certificate, a wrong name, no common protocol.
        case tlsFailed(String)
        /// Security is `.startTLS` and the server does not offer it: nothing more was said.
        case startTLSNotOffered
        /// Credentials are configured but the server offers neither AUTH PLAIN nor LOGIN.
        case noSupportedAuthentication(offered: String)
        /// The server's answer is not an SMTP reply.
        case malformedReply
        /// An envelope address is empty, not one address, or could inject a command.
        case invalidAddress
    }

    public let step: Step
    public let reason: Reason

    public init(_ step: Step, _ reason: Reason) {
        self.step = step
        self.reason = reason
    }

    /// The server's reply code, when it answered.
    public var replyCode: Int? {
        if case .replied(let code, _) = reason { return code }
        return nil
    }

    /// Whether this message was refused for good (a 5xx reply to MAIL, RCPT or DATA, or an
    /// address that cannot be sent to): sending it again would fail the same way. Everything else
    /// (4xx replies, timeouts, connection, TLS and login problems) may pass and is worth a retry.
    public var isPermanent: Bool {
        switch (step, reason) {
        case (_, .invalidAddress): true
        case (.sender, .replied(let code, _)), (.recipient, .replied(let code, _)), (.data, .replied(let code, _)),
            (.message, .replied(let code, _)):
            (500...599).contains(code)
        default: false
        }
    }

    /// Whether the server refused the recipient's address for good (a 5xx reply to RCPT TO): a
    /// hard bounce, to be recorded against the address.
    public var isRecipientRejected: Bool { step == .recipient && isPermanent }

    public var description: String {
        let kind = isPermanent ? "permanent" : "temporary"
        switch reason {
        case .replied(let code, let text):
            return "SMTP \(step.rawValue) refused (\(kind)): \(code) \(text)"
        case .timedOut(let timeout):
            return "SMTP \(step.rawValue): no answer within \(timeout) (\(kind))"
        case .connectionFailed(let detail):
            return "SMTP \(step.rawValue): connection failed (\(kind)): \(detail)"
        case .tlsFailed(let detail):
            return "SMTP \(step.rawValue): TLS failed (\(kind)): \(detail)"
        case .startTLSNotOffered:
            return "SMTP: the server does not offer STARTTLS; nothing was sent unencrypted (\(kind))"
        case .noSupportedAuthentication(let offered):
            return "SMTP AUTH: the server offers neither PLAIN nor LOGIN (it offers: \(offered)) (\(kind))"
        case .malformedReply:
            return "SMTP \(step.rawValue): the server's answer is not an SMTP reply (\(kind))"
        case .invalidAddress:
            return "SMTP \(step.rawValue): an envelope address is not a single e-mail address (\(kind))"
        }
    }
}
