import Synchronization

/// Live counts of the connection pool's use, for the metrics endpoint.
public final class PoolCounters: Sendable {
    private let inUse = Atomic<Int>(0)
    private let acquired = Atomic<Int>(0)
    private let waitedNanoseconds = Atomic<Int>(0)

    public init() {}

    /// A snapshot: connections lent out now, lent in total, and total time spent waiting for one.
    public var snapshot: (inUse: Int, acquired: Int, waitedSeconds: Double) {
        (
            inUse.load(ordering: .relaxed), acquired.load(ordering: .relaxed),
            Double(waitedNanoseconds.load(ordering: .relaxed)) / 1e9
        )
    }

    func lent(afterWaiting duration: Duration) {
        inUse.add(1, ordering: .relaxed)
        acquired.add(1, ordering: .relaxed)
        let nanoseconds = duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
        waitedNanoseconds.add(Int(nanoseconds), ordering: .relaxed)
    }

    func returned() {
        inUse.subtract(1, ordering: .relaxed)
    }
}
