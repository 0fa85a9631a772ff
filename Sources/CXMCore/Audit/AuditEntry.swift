import Foundation

/// A record of one change: who did what to which entity, and when.
public struct AuditEntry: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var at: Date
    public var actorID: String
    public var actorName: String
    /// `create`, `update`, `delete`, `login`, `import`, …
    public var action: String
    public var entityType: String
    public var entityID: String
    /// A short human summary; never holds secrets.
    public var summary: String

    public init(
        id: String = Identifier.make(), at: Date, actorID: String, actorName: String, action: String,
        entityType: String, entityID: String, summary: String
    ) {
        self.id = id
        self.at = at
        self.actorID = actorID
        self.actorName = actorName
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.summary = summary
    }
}
