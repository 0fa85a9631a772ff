import CXMCore
import CXMStore
import Foundation
import SQLKit
import Testing

/// Password resets by e-mail and the outbox that carries their links.
@Suite("Password resets and the outbox")
struct PasswordResetContractTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    static func analyst(_ store: Store) async throws -> User {
        try await store.createUser(
            User(email: "anna@example.se", role: .analyst, unitID: nil, language: .sv, createdAt: now),
            passwordHash: "old-hash", by: Fixture.actor)
    }

    static func mail(_ user: User) -> OutgoingMail {
        OutgoingMail(to: user.email, subject: "Reset", body: "link for \(user.email)")
    }

    @Test(arguments: TestBackend.available)
    func aResetLinkWorksOnceBeforeItExpiresAndEndsEverySession(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let user = try await Self.analyst(store)
            try await store.createSession(
                tokenHash: "session", csrfToken: "c", userID: user.id, expiresAt: Self.now.addingTimeInterval(1e9))
            // Unknown and disabled addresses queue nothing.
            #expect(
                !(try await store.requestPasswordReset(
                    email: "nobody@example.se", tokenHash: "x", now: Self.now, lifetime: 3600, compose: Self.mail)))
            #expect(try await store.outboxState().waiting == 0)

            #expect(
                try await store.requestPasswordReset(
                    email: " Anna@Example.se ", tokenHash: "first", now: Self.now, lifetime: 3600, compose: Self.mail))
            #expect(
                try await store.requestPasswordReset(
                    email: "anna@example.se", tokenHash: "second", now: Self.now.addingTimeInterval(60), lifetime: 3600,
                    compose: Self.mail))
            #expect(try await store.outboxState().waiting == 2)
            // The newer link replaces the older one.
            #expect(try await store.passwordResetUser(tokenHash: "first", now: Self.now.addingTimeInterval(120)) == nil)
            #expect(try await store.passwordResetUser(tokenHash: "second", now: Self.now.addingTimeInterval(120))?.id == user.id)
            // Expired after its lifetime.
            #expect(try await store.passwordResetUser(tokenHash: "second", now: Self.now.addingTimeInterval(3_700)) == nil)
            #expect(
                try await store.completePasswordReset(
                    tokenHash: "second", passwordHash: "late", now: Self.now.addingTimeInterval(3_700)) == nil)

            let changed = try await store.completePasswordReset(
                tokenHash: "second", passwordHash: "new-hash", now: Self.now.addingTimeInterval(300))
            #expect(changed?.id == user.id)
            #expect(try await store.credentials(email: user.email)?.passwordHash == "new-hash")
            #expect(try await store.session(tokenHash: "session", now: Self.now) == nil)
            // Spent: a second use changes nothing.
            #expect(
                try await store.completePasswordReset(
                    tokenHash: "second", passwordHash: "again", now: Self.now.addingTimeInterval(301)) == nil)
            #expect(try await store.credentials(email: user.email)?.passwordHash == "new-hash")
            let audit = try await store.auditLog(entityType: "user", entityID: user.id, page: PageRequest(offset: 0, limit: 20))
            #expect(audit.items.contains { $0.action == "request_password_reset" })
            #expect(audit.items.contains { $0.action == "reset_password" })
        }
    }

    @Test(arguments: TestBackend.available)
    func resetsPerHourAreLimitedAndConcurrentUsesSpendATokenOnce(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            _ = try await Self.analyst(store)
            var queued = 0
            for minute in 0..<5 {
                if try await store.requestPasswordReset(
                    email: "anna@example.se", tokenHash: "t\(minute)", now: Self.now.addingTimeInterval(Double(minute) * 60),
                    lifetime: 3600, compose: Self.mail)
                {
                    queued += 1
                }
            }
            #expect(queued == Store.maxPasswordResetsPerHour)
            // An hour later, links can be asked for again.
            #expect(
                try await store.requestPasswordReset(
                    email: "anna@example.se", tokenHash: "later", now: Self.now.addingTimeInterval(3_700), lifetime: 3600,
                    compose: Self.mail))
            let uses = try await withThrowingTaskGroup(of: Bool.self) { group in
                for attempt in 0..<4 {
                    group.addTask {
                        try await store.completePasswordReset(
                            tokenHash: "later", passwordHash: "h\(attempt)", now: Self.now.addingTimeInterval(3_800)) != nil
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(uses == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func everyMessageIsClaimedOnceUntilItsLeaseRunsOut(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            for number in 0..<12 {
                _ = try await store.createUser(
                    User(email: "u\(number)@example.se", role: .viewer, unitID: nil, createdAt: Self.now), passwordHash: "h",
                    by: Fixture.actor)
                _ = try await store.requestPasswordReset(
                    email: "u\(number)@example.se", tokenHash: "t\(number)", now: Self.now, lifetime: 3600, compose: Self.mail)
            }
            let claims = try await withThrowingTaskGroup(of: [QueuedMail].self) { group in
                for _ in 0..<4 { group.addTask { try await store.claimMail(limit: 5, lease: 120, now: Self.now) } }
                return try await group.reduce([], +)
            }
            #expect(claims.count == 12)
            #expect(Set(claims.map(\.id)).count == 12)
            #expect(claims.allSatisfy { $0.attempts == 1 && $0.mail.body.hasPrefix("link for ") })
            #expect(try await store.claimMail(limit: 20, lease: 120, now: Self.now.addingTimeInterval(60)).isEmpty)

            let (sent, failing, lost) = (claims[0], claims[1], claims[2])
            try await store.markMailSent(sent.id)
            try await store.markMailFailed(failing.id, error: "connection refused", retryAt: Self.now.addingTimeInterval(600))
            try await store.markMailFailed(claims[3].id, error: "rejected", retryAt: nil)
            #expect(try await store.outboxState() == (waiting: 10, failed: 1))
            // After the lease, what was claimed but never reported (a server that died) is due again.
            let again = try await store.claimMail(limit: 20, lease: 120, now: Self.now.addingTimeInterval(130))
            #expect(Set(again.map(\.id)) == Set(claims.dropFirst(4).map(\.id) + [lost.id]))
            #expect(again.allSatisfy { $0.attempts == 2 })
            for message in again { try await store.markMailSent(message.id) }
            let retried = try await store.claimMail(limit: 20, lease: 120, now: Self.now.addingTimeInterval(700))
            #expect(retried.map(\.id) == [failing.id])
            // A retry planned after the link expires is not made; an expired message goes unsent.
            try await store.markMailFailed(failing.id, error: "timeout", retryAt: Self.now.addingTimeInterval(4_000))
            #expect(try await store.outboxState() == (waiting: 0, failed: 1))
        }
    }

    @Test(arguments: TestBackend.available)
    func aMessageWhoseLinkExpiredIsNeverSent(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            _ = try await Self.analyst(store)
            #expect(
                try await store.requestPasswordReset(
                    email: "anna@example.se", tokenHash: "t", now: Self.now, lifetime: 600, compose: Self.mail))
            #expect(try await store.claimMail(limit: 10, lease: 120, now: Self.now.addingTimeInterval(601)).isEmpty)
            #expect(try await store.outboxState() == (waiting: 0, failed: 0))
        }
    }
}
