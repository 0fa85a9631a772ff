import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Queues messages for the mailer, in one transaction; each expires unsent after `lifetime`.
    public func queueMails(_ mails: [OutgoingMail], lifetime: TimeInterval = 86_400, now: Date = Date()) async throws {
        guard !mails.isEmpty else { return }
        let at = Timestamp.from(now)
        let expires = Timestamp.from(now.addingTimeInterval(lifetime))
        try await database.write { sql in
            for mail in mails {
                try await sql.raw(
                    """
                    INSERT INTO outbox (id, recipient, subject, body, html, headers, created_at, attempts, next_attempt_at,
                                        expires_at)
                    VALUES (\(bind: Identifier.make(at: now)), \(bind: mail.to), \(bind: mail.subject), \(bind: mail.body),
                            \(bind: mail.html), \(bind: try JSONColumn.encode(mail.headers)), \(bind: at), 0, \(bind: at),
                            \(bind: expires))
                    """
                ).run()
            }
        }
    }
}
