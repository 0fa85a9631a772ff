import CXMCore
import Foundation
import Testing

@Suite("Sign-in back-off")
struct LoginBackoffTests {
    @Test func fourFailuresAreFreeThenTheLockDoublesUpToAnHour() {
        let backoff = LoginBackoff()
        #expect((1...4).map { backoff.lock(afterFailures: $0) } == [nil, nil, nil, nil])
        #expect((5...12).map { backoff.lock(afterFailures: $0) } == [60, 120, 240, 480, 960, 1920, 3600, 3600])
        #expect(backoff.lock(afterFailures: 10_000) == 3600)
    }
}
