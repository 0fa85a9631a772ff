import Foundation

/// A record whose identifiers named several customers, waiting for a person to say whose it is.
public struct IdentityReview: Sendable, Codable, Hashable, Identifiable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Waiting for a decision.
        case open
        /// Linked to one of the candidates (by a reviewer or by merging them).
        case linked
        /// Left unlinked on purpose.
        case dismissed
    }

    public var id: String
    public var createdAt: Date
    public var kind: SignalKind
    public var recordID: String
    public var sourceID: String
    /// The identifiers the record named (`crm:1001`, `email:bo@example.se`).
    public var identifiers: [String]
    /// The customers those identifiers belong to.
    public var candidates: [String]
    public var status: Status
    public var customerID: String?
    public var resolvedAt: Date?
    public var resolvedBy: String?

    public init(
        id: String, createdAt: Date, kind: SignalKind, recordID: String, sourceID: String, identifiers: [String],
        candidates: [String], status: Status, customerID: String? = nil, resolvedAt: Date? = nil, resolvedBy: String? = nil
    ) {
        self.id = id
        self.createdAt = createdAt
        self.kind = kind
        self.recordID = recordID
        self.sourceID = sourceID
        self.identifiers = identifiers
        self.candidates = candidates
        self.status = status
        self.customerID = customerID
        self.resolvedAt = resolvedAt
        self.resolvedBy = resolvedBy
    }
}
