import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("Users, sessions, tokens and the audit log")
struct AccessContractTests {
    let fixture = Fixture()

    func lead() -> User {
        User(
            email: "Lead@Example.com", displayName: "Lea", role: .teamLead, unitID: "u-region",
            createdAt: Date(timeIntervalSince1970: 1_780_000_000))
    }

    @Test(arguments: TestBackend.available)
    func usersAreUniqueByEmailAndNeedAUnitWhenScoped(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let created = try await store.createUser(lead(), passwordHash: "hash", by: Fixture.actor)
            #expect(created.email == "lead@example.com")
            do {
                try await store.createUser(lead(), passwordHash: "hash", by: Fixture.actor)
                Issue.record("a second user with the same email was stored")
            } catch StoreError.invalid(let box) {
                #expect(box.failure.errors.first?.code == .alreadyInUse)
            }
            var unscoped = lead()
            unscoped.email = "other@example.com"
            unscoped.unitID = nil
            await #expect(throws: StoreError.self) { try await store.createUser(unscoped, passwordHash: "h", by: Fixture.actor) }
            let credentials = try await store.credentials(email: " LEAD@example.com ")
            #expect(credentials?.passwordHash == "hash")
        }
    }

    @Test(arguments: TestBackend.available)
    func sessionsExpireAndDisabledUsersLoseThem(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            var user = try await store.createUser(lead(), passwordHash: "hash", by: Fixture.actor)
            let now = Date()
            try await store.createSession(
                tokenHash: "t1", csrfToken: "c1", userID: user.id, expiresAt: now.addingTimeInterval(60))
            #expect(try await store.session(tokenHash: "t1")?.user.id == user.id)
            #expect(try await store.session(tokenHash: "t1", now: now.addingTimeInterval(120)) == nil)
            #expect(try await store.session(tokenHash: "unknown") == nil)
            #expect(try await store.user(user.id).lastLoginAt != nil)
            user.disabled = true
            try await store.updateUser(user, by: Fixture.actor)
            #expect(try await store.session(tokenHash: "t1") == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func tokensAreFoundByHashUntilRevoked(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let token = APIToken(name: "crm sync", role: .cxManager, unitID: nil, createdAt: Date(), createdBy: "tester")
            try await store.createAPIToken(token, secretHash: "secret-hash", by: Fixture.actor)
            #expect(try await store.apiToken(secretHash: "secret-hash")?.id == token.id)
            #expect(try await store.apiTokens().first?.lastUsedAt != nil)
            try await store.revokeAPIToken(token.id, by: Fixture.actor)
            #expect(try await store.apiToken(secretHash: "secret-hash") == nil)
            let scoped = APIToken(name: "store kiosk", role: .frontline, unitID: nil, createdAt: Date(), createdBy: "tester")
            await #expect(throws: StoreError.self) { try await store.createAPIToken(scoped, secretHash: "h2", by: Fixture.actor) }
        }
    }

    @Test(arguments: TestBackend.available)
    func everyChangeIsAudited(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            var touchpoint = fixture.touchpoint
            touchpoint.feeling = "safe"
            try await store.saveTouchpoint(touchpoint, by: Fixture.actor)
            let log = try await store.auditLog(entityType: "touchpoint", entityID: "tp-1", page: PageRequest())
            #expect(log.items.map(\.action) == ["update", "create"])
            #expect(log.items.allSatisfy { $0.actorName == "tester@example.com" })
        }
    }

    /// Failed sign-ins per account: locked from the fifth, longer with each more, forgotten after a
    /// day without failures or after a success.
    @Test(arguments: TestBackend.available)
    func failedSignInsLockAnAccountAndASuccessForgetsThem(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let backoff = LoginBackoff()
            let start = Date(timeIntervalSince1970: 1_780_000_000)
            for _ in 1...4 {
                #expect(try await store.recordFailedLogin(account: "a", now: start, backoff: backoff) == nil)
            }
            #expect(try await store.loginLockedUntil(account: "a", now: start) == nil)
            let locked = try await store.recordFailedLogin(account: "a", now: start, backoff: backoff)
            #expect(locked == start.addingTimeInterval(60))
            #expect(try await store.loginLockedUntil(account: "a", now: start.addingTimeInterval(59)) == locked)
            #expect(try await store.loginLockedUntil(account: "a", now: start.addingTimeInterval(60)) == nil)
            #expect(try await store.loginLockedUntil(account: "b", now: start) == nil)
            let sixth = start.addingTimeInterval(61)
            #expect(
                try await store.recordFailedLogin(account: "a", now: sixth, backoff: backoff) == sixth.addingTimeInterval(120))
            // A day later the count starts again.
            let later = sixth.addingTimeInterval(86_401)
            #expect(try await store.recordFailedLogin(account: "a", now: later, backoff: backoff) == nil)
            try await store.clearFailedLogins(account: "a")
            for _ in 1...4 { _ = try await store.recordFailedLogin(account: "a", now: later, backoff: backoff) }
            #expect(try await store.loginLockedUntil(account: "a", now: later) == nil)
        }
    }
}
