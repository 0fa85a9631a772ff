import Foundation

/// How badly an incident hit customers.
public enum IncidentSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    case minor, major, critical

    var rank: Int {
        switch self {
        case .minor: 0
        case .major: 1
        case .critical: 2
        }
    }

    public static func < (lhs: IncidentSeverity, rhs: IncidentSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// An outage or deviation: when it started and ended, which touchpoints and units it hit, and
/// which customers (named, or as a share of the customers the units serve).
public struct Incident: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var sourceID: String
    public var externalID: String
    public var title: String
    public var severity: IncidentSeverity
    public var startedAt: Date
    /// Nil while the incident is still going on.
    public var endedAt: Date?
    /// The affected service as the source names it (`mobile data`, `checkout`).
    public var service: String?
    public var touchpointIDs: [String]
    public var unitIDs: [String]
    /// The customers known to have been hit.
    public var customerIDs: [String]
    /// When customers are not named: the share (0–1) of the affected units' customers that was hit.
    public var affectedShare: Double?

    public init(
        id: String = Identifier.make(), sourceID: String, externalID: String, title: String,
        severity: IncidentSeverity, startedAt: Date, endedAt: Date? = nil, service: String? = nil,
        touchpointIDs: [String] = [], unitIDs: [String] = [], customerIDs: [String] = [], affectedShare: Double? = nil
    ) {
        self.id = id
        self.sourceID = sourceID
        self.externalID = externalID
        self.title = title
        self.severity = severity
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.service = service
        self.touchpointIDs = touchpointIDs
        self.unitIDs = unitIDs
        self.customerIDs = customerIDs
        self.affectedShare = affectedShare
    }

    /// Minutes from start to end, or to `now` while it lasts.
    public func minutes(now: Date) -> Double { max(0, (endedAt ?? now).timeIntervalSince(startedAt) / 60) }
}
