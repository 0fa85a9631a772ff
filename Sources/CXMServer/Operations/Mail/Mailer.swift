import CXMCore
import CXMStore
import Foundation
import Logging
import ServiceLifecycle

/// How e-mail leaves a cxm server.
public enum MailTransport: Sendable, Hashable {
    /// Each message as an `.eml` file in this folder, written whole and then renamed, for a mail
    /// system's pickup folder (or to read them in development and tests).
    case directory(String)
    /// A program that reads one message on standard input and sends it, such as
    /// `/usr/sbin/sendmail -t -i`; a non-zero exit status is a failure, and so is taking longer than
    /// a minute (it is then stopped, well inside the message's two-minute claim).
    case command([String])
    /// An SMTP server (a submission port with STARTTLS and a login, usually).
    case smtp(SMTPSettings)

    /// `--mail-command` text split at spaces (no quoting: name a wrapper script for anything more).
    public static func command(line: String) -> MailTransport? {
        let words = line.split(separator: " ").map(String.init)
        return words.isEmpty ? nil : .command(words)
    }

    /// Hands one message over; throws when it was not taken. The pickup folder and the command
    /// read the addresses from the message's headers; SMTP takes them from the envelope.
    func deliver(_ message: String, id: String, envelope: MailEnvelope) async throws {
        switch self {
        case .directory(let folder):
            let directory = URL(fileURLWithPath: folder)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let partial = directory.appendingPathComponent(".\(id).eml.partial")
            try Data(message.utf8).write(to: partial)
            // Each message has its own id: the rename never replaces another message.
            try FileManager.default.moveItem(at: partial, to: directory.appendingPathComponent("\(id).eml"))
        case .command(let arguments):
            try await Self.run(arguments, input: Data(message.utf8))
        case .smtp(let settings):
            try await SMTPClient(settings: settings).send(message, envelope: envelope)
        }
    }

    static let commandTimeout: Duration = .seconds(60)

    private static func run(_ arguments: [String], input: Data) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        let exited = AsyncStream<Int32> { continuation in
            process.terminationHandler = { continuation.yield($0.terminationStatus) }
        }
        try process.run()
        let watchdog = Task {
            try await Task.sleep(for: commandTimeout)
            process.terminate()
        }
        defer { watchdog.cancel() }
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
        var status: Int32 = -1
        for await code in exited {
            status = code
            break
        }
        if process.terminationReason == .uncaughtSignal {
            throw MailError("\(arguments[0]) did not finish within \(commandTimeout) and was stopped")
        }
        guard status == 0 else {
            let message = String(decoding: stderr.fileHandleForReading.availableData.prefix(500), as: UTF8.self)
            throw MailError("\(arguments[0]) exited with status \(status): \(message)")
        }
    }
}

/// The sender and recipients of one message as SMTP's MAIL FROM and RCPT TO name them; the
/// message's own From and To headers are for people to read.
public struct MailEnvelope: Sendable, Hashable {
    public var sender: String
    public var recipients: [String]

    public init(sender: String, recipients: [String]) {
        self.sender = sender
        self.recipients = recipients
    }
}

struct MailError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Sends what the outbox holds. Every server runs one; messages are claimed for a lease in the
/// database, so each is sent by one server, and one whose server died while sending it is sent
/// again when the lease runs out (at least once, never lost).
public struct Mailer: Service {
    let store: Store
    let transport: MailTransport
    let from: String
    let checkEvery: Duration
    let logger: Logger

    public init(store: Store, transport: MailTransport, from: String, checkEvery: Duration, logger: Logger) {
        self.store = store
        self.transport = transport
        self.from = from
        self.checkEvery = checkEvery
        self.logger = logger
    }

    static let lease: TimeInterval = 120
    static let maxAttempts = 8

    public func run() async throws {
        await repeatUntilShutdown(every: checkEvery, logger: logger, failure: "reading the outbox failed") {
            try await sendDue()
        }
    }

    /// Sends every message that is due; returns how many were sent.
    @discardableResult
    public func sendDue() async throws -> Int {
        var sent = 0
        while true {
            // Each claim's lease starts when it is made, however long earlier batches took.
            let now = Date()
            let batch = try await store.claimMail(limit: 10, lease: Self.lease, now: now)
            guard !batch.isEmpty else { return sent }
            for queued in batch {
                do {
                    let message = try queued.mail.message(from: from, date: Date(), messageID: queued.id)
                    let envelope = MailEnvelope(sender: from, recipients: [queued.mail.to])
                    try await transport.deliver(message, id: queued.id, envelope: envelope)
                    try await store.markMailSent(queued.id)
                    sent += 1
                    // The address is personal data and the body holds a secret: neither is logged.
                    logger.info("sent an e-mail", metadata: ["message": "\(queued.id)"])
                } catch {
                    // A server's permanent refusal (an unknown recipient, say) would only be repeated.
                    let permanent = (error as? SMTPError)?.isPermanent == true
                    let retry =
                        permanent || queued.attempts >= Self.maxAttempts
                        ? nil : Date().addingTimeInterval(min(21_600, 60 * pow(2, Double(queued.attempts - 1))))
                    if (error as? SMTPError)?.isRecipientRejected == true, queued.invitationID != nil {
                        // A hard bounce: the invitation is marked, so that its reminders stop and its
                        // survey's figures show it.
                        try await store.markMailBounced(queued.id, error: "\(error)")
                    } else {
                        try await store.markMailFailed(queued.id, error: "\(error)", retryAt: retry)
                    }
                    logger.warning(
                        retry == nil ? "gave up sending an e-mail" : "sending an e-mail failed; it will be tried again",
                        metadata: ["message": "\(queued.id)", "attempt": "\(queued.attempts)", "error": "\(error)"])
                }
            }
        }
    }
}
