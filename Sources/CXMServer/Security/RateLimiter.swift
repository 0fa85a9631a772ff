import Foundation
import Synchronization

/// How many requests one client may make to a guarded endpoint: `burst` at once, then one more every
/// `interval` seconds.
public struct RateLimit: Sendable, Hashable {
    public var burst: Int
    public var interval: TimeInterval

    public init(burst: Int, interval: TimeInterval) {
        self.burst = burst
        self.interval = interval
    }

    /// Sign-in attempts per client address: 30 at once, then one every 3 s (20 a minute).
    public static let signIn = RateLimit(burst: 30, interval: 3)

    /// Survey pages sent per client address: 120 at once, then two a second. A store's kiosk or an
    /// office behind one address answers far less; a script flooding the endpoint is slowed.
    public static let respondent = RateLimit(burst: 120, interval: 0.5)
}

/// Token buckets per client, in this process (each server counts its own clients). A client whose
/// bucket is empty is told how long to wait.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let limit: RateLimit
    private let buckets = Mutex<[String: Bucket]>([:])
    /// Above this many clients, full buckets are dropped (they hold nothing a new one would not).
    private let pruneAbove = 10_000

    init(_ limit: RateLimit) {
        self.limit = limit
    }

    /// Takes one request from the client's bucket: nil when it may go ahead, otherwise the seconds
    /// until it may.
    func admit(_ client: String, at now: ContinuousClock.Instant = .now) -> TimeInterval? {
        let burst = Double(limit.burst)
        let perSecond = 1 / max(limit.interval, 0.001)
        return buckets.withLock { buckets in
            var bucket = buckets[client] ?? Bucket(tokens: burst, updated: now)
            bucket.tokens = min(burst, bucket.tokens + Self.seconds(now - bucket.updated) * perSecond)
            bucket.updated = now
            defer {
                buckets[client] = bucket
                if buckets.count > pruneAbove { Self.prune(&buckets, burst: burst, perSecond: perSecond, now: now) }
            }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / perSecond }
            bucket.tokens -= 1
            return nil
        }
    }

    private static func prune(_ buckets: inout [String: Bucket], burst: Double, perSecond: Double, now: ContinuousClock.Instant) {
        buckets = buckets.filter { _, bucket in
            bucket.tokens + seconds(now - bucket.updated) * perSecond < burst
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        max(0, Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
