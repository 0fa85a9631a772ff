import Foundation

/// An order or another business event with a value (a renewal, a return, an upgrade).
public struct BusinessEvent: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var sourceID: String
    public var externalID: String
    public var customerID: String?
    public var at: Date
    /// What happened: `order` unless the source says otherwise.
    public var type: String
    public var value: Double?
    public var touchpointID: String?
    public var unitID: String?
    public var channel: String?

    public init(
        id: String = Identifier.make(), sourceID: String, externalID: String, customerID: String? = nil, at: Date,
        type: String = "order", value: Double? = nil, touchpointID: String? = nil, unitID: String? = nil,
        channel: String? = nil
    ) {
        self.id = id
        self.sourceID = sourceID
        self.externalID = externalID
        self.customerID = customerID
        self.at = at
        self.type = type
        self.value = value
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.channel = channel
    }
}
