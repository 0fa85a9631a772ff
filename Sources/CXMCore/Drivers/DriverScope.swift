import Foundation

/// Where driver analysis reads responses; the store in production, an in-memory double in tests.
public protocol DriverRowSource: Sendable {
    func driverRows(_ scope: DriverScope) async throws -> [DriverRow]
}

/// Which responses a driver analysis reads.
public struct DriverScope: Sendable, Hashable {
    /// The days, both included, in the workspace's time zone.
    public var from: LocalDay
    public var to: LocalDay
    /// Narrowing lists; nil does not filter, an empty set matches nothing.
    public var touchpointIDs: Set<String>?
    public var surveyIDs: Set<String>?
    public var channelIDs: Set<String>?
    /// Units to look in (a unit and its sub-units, expanded by the caller).
    public var unitIDs: Set<String>?
    /// What the reader may see; nil for everything.
    public var visibleUnits: Set<String>?
    /// Only responses that answer this question (`nki` for the NKI overall item).
    public var answering: String?
    /// Only responses of known customers.
    public var customersOnly = false

    /// Creates a scope over the days.
    public init(from: LocalDay, to: LocalDay) {
        self.from = from
        self.to = to
    }
}
