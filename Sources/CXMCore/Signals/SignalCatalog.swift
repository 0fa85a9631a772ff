import Foundation

/// What a signal is checked against: its source, the known touchpoints, units and channels, the
/// owners of the identifiers the batch names, and the time span cxm accepts.
public struct SignalCatalog: Sendable {
    public var source: SignalSource
    public var touchpointIDs: Set<String>
    public var unitIDs: Set<String>
    public var channelKeys: Set<String>
    public var owners: [CustomerIdentifier: String]
    /// The start of the workspace: nothing happened before it.
    public var began: Date
    public var now: Date
    public var phoneCountry: PhoneCountry?

    /// How far ahead of the server's clock a source's clock may run.
    public static let clockSkew: TimeInterval = 5 * 60

    /// Why a channel key is refused, with the keys that would be accepted (or how to make one).
    public static func unknownChannel(_ key: String, known: Set<String>) -> String {
        known.isEmpty
            ? "unknown channel '\(key)': no channels are defined yet; add one (POST /api/v1/channels) or leave channel out"
            : "unknown channel '\(key)'; use one of \(known.sorted().joined(separator: ", "))"
    }

    public init(
        source: SignalSource, touchpointIDs: Set<String>, unitIDs: Set<String>, channelKeys: Set<String>,
        owners: [CustomerIdentifier: String], began: Date, now: Date, phoneCountry: PhoneCountry?
    ) {
        self.source = source
        self.touchpointIDs = touchpointIDs
        self.unitIDs = unitIDs
        self.channelKeys = channelKeys
        self.owners = owners
        self.began = began
        self.now = now
        self.phoneCountry = phoneCountry
    }
}

/// A checked signal, its customer match, and what was noticed but not refused.
public struct ResolvedSignal: Sendable, Hashable {
    public var record: SignalRecord
    public var match: CustomerMatch
    /// The identifiers the record named, for creating a customer or reviewing a match.
    public var identifiers: [CustomerIdentifier]
    public var customerName: String?
    /// For incidents: named customers that matched nobody, or several customers.
    public var warnings: [FieldError]
    /// When the record last changed in the sending system, when it said.
    public var sourceUpdatedAt: Date?

    public init(
        record: SignalRecord, match: CustomerMatch, identifiers: [CustomerIdentifier], customerName: String? = nil,
        warnings: [FieldError] = [], sourceUpdatedAt: Date? = nil
    ) {
        self.record = record
        self.match = match
        self.identifiers = identifiers
        self.customerName = customerName
        self.warnings = warnings
        self.sourceUpdatedAt = sourceUpdatedAt
    }
}
