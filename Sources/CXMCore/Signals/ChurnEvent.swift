import Foundation

/// A customer leaving: when, why (a code for counting and the customer's own words), and the
/// yearly revenue that leaves with them.
public struct ChurnEvent: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var sourceID: String
    public var externalID: String
    public var customerID: String?
    public var at: Date
    /// A reason code such as `price`, `moved` or `service`.
    public var reason: String
    public var reasonText: String?
    /// Yearly revenue lost, in the workspace's currency.
    public var revenue: Double?

    public init(
        id: String = Identifier.make(), sourceID: String, externalID: String, customerID: String? = nil, at: Date,
        reason: String, reasonText: String? = nil, revenue: Double? = nil
    ) {
        self.id = id
        self.sourceID = sourceID
        self.externalID = externalID
        self.customerID = customerID
        self.at = at
        self.reason = reason
        self.reasonText = reasonText
        self.revenue = revenue
    }
}
