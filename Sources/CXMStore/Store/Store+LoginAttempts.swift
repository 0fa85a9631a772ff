import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Until when sign-ins to the account are refused; nil when they are not.
    public func loginLockedUntil(account: String, now: Date) async throws -> Date? {
        try await database.read { sql in
            let row = try await sql.raw(
                "SELECT locked_until FROM login_attempts WHERE account = \(bind: account) AND locked_until > \(bind: Timestamp.from(now))"
            ).first()
            return try row?.decode(column: "locked_until", as: Int64?.self).map(Timestamp.date)
        }
    }

    /// Counts a failed sign-in (failures older than the back-off's memory start the count again);
    /// returns until when the account is now locked, if it is.
    public func recordFailedLogin(account: String, now: Date, backoff: LoginBackoff) async throws -> Date? {
        let at = Timestamp.from(now)
        let forgotten = at - Int64(backoff.forgetAfter * 1000)
        return try await database.write { sql in
            let row = try await sql.raw(
                """
                INSERT INTO login_attempts (account, failures, last_failure_at, locked_until)
                VALUES (\(bind: account), 1, \(bind: at), NULL)
                ON CONFLICT (account) DO UPDATE SET
                    failures = CASE WHEN login_attempts.last_failure_at < \(bind: forgotten) THEN 1
                                    ELSE login_attempts.failures + 1 END,
                    last_failure_at = excluded.last_failure_at
                RETURNING failures
                """
            ).first()
            let failures = try row?.decode(column: "failures", as: Int.self) ?? 1
            guard let lock = backoff.lock(afterFailures: failures) else { return nil }
            let until = now.addingTimeInterval(lock)
            try await sql.raw(
                "UPDATE login_attempts SET locked_until = \(bind: Timestamp.from(until)) WHERE account = \(bind: account)"
            ).run()
            return until
        }
    }

    /// Forgets the account's failures after a successful sign-in.
    public func clearFailedLogins(account: String) async throws {
        try await database.write { sql in
            try await sql.raw("DELETE FROM login_attempts WHERE account = \(bind: account)").run()
        }
    }
}
