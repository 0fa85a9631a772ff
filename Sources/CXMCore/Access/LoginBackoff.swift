import Foundation

/// How long sign-ins to one account are refused after consecutive failures: not at all for the first
/// `free` failures, then `first`, doubling with every further failure up to `longest`. Failures
/// older than `forgetAfter` no longer count.
public struct LoginBackoff: Sendable, Hashable {
    public var free: Int
    public var first: TimeInterval
    public var longest: TimeInterval
    public var forgetAfter: TimeInterval

    public init(free: Int = 5, first: TimeInterval = 60, longest: TimeInterval = 3_600, forgetAfter: TimeInterval = 86_400) {
        self.free = free
        self.first = first
        self.longest = longest
        self.forgetAfter = forgetAfter
    }

    /// How long to refuse sign-ins after this many consecutive failures; nil: not at all.
    public func lock(afterFailures failures: Int) -> TimeInterval? {
        guard failures >= free else { return nil }
        let doublings = min(failures - free, 30)
        return min(first * Double(1 << doublings), longest)
    }
}
