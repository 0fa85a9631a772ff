import Foundation

/// A support ticket from a help desk: when it was opened, first answered and closed, what it was about.
public struct Ticket: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var sourceID: String
    /// The ticket's number in its own system; a delivery with the same number updates the ticket.
    public var externalID: String
    /// Nil while the customer is unknown or awaits identity review.
    public var customerID: String?
    public var openedAt: Date
    public var firstResponseAt: Date?
    public var closedAt: Date?
    /// The help desk's category, such as `billing` or `delivery`.
    public var category: String
    public var touchpointID: String?
    public var unitID: String?
    /// A channel key such as `email`, `phone` or `chat`.
    public var channel: String?
    /// How many times the ticket was reopened after being closed.
    public var reopenCount: Int
    public var subject: String?

    public init(
        id: String = Identifier.make(), sourceID: String, externalID: String, customerID: String? = nil, openedAt: Date,
        firstResponseAt: Date? = nil, closedAt: Date? = nil, category: String, touchpointID: String? = nil,
        unitID: String? = nil, channel: String? = nil, reopenCount: Int = 0, subject: String? = nil
    ) {
        self.id = id
        self.sourceID = sourceID
        self.externalID = externalID
        self.customerID = customerID
        self.openedAt = openedAt
        self.firstResponseAt = firstResponseAt
        self.closedAt = closedAt
        self.category = category
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.channel = channel
        self.reopenCount = reopenCount
        self.subject = subject
    }

    /// Minutes from opening to the first answer, when there was one.
    public var firstResponseMinutes: Double? { firstResponseAt.map { $0.timeIntervalSince(openedAt) / 60 } }
    /// Minutes from opening to closing, when closed.
    public var resolutionMinutes: Double? { closedAt.map { $0.timeIntervalSince(openedAt) / 60 } }
}
