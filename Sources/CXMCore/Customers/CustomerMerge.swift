import Foundation

/// Two records of one person made one: what the surviving customer looks like afterwards. The
/// survivor's values win; the other fills what the survivor lacks; consent takes the stricter of the two,
/// because either record may hold the customer's "no".
public enum CustomerMerge {
    public static func combined(survivor: Customer, merged: Customer) -> Customer {
        var result = survivor
        for identifier in merged.identifiers where !result.identifiers.contains(identifier) {
            result.identifiers.append(identifier)
        }
        for (key, value) in merged.attributes where result.attributes[key] == nil {
            result.attributes[key] = value
        }
        result.consent = Consent(
            maySurvey: survivor.consent.maySurvey && merged.consent.maySurvey,
            mayContact: survivor.consent.mayContact && merged.consent.mayContact)
        result.unitID = survivor.unitID ?? merged.unitID
        result.preferredLanguage = survivor.preferredLanguage ?? merged.preferredLanguage
        return result
    }
}

/// A merge as it was recorded, so that it can be shown and undone.
public struct CustomerMergeRecord: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var at: Date
    public var actorName: String
    public var survivorID: String
    public var mergedID: String
    /// The merged customer's name, kept so that the audit trail can say who was merged.
    public var mergedName: String
    /// How many records moved to the survivor, by kind (`responses`, `tickets`, …).
    public var moved: [String: Int]
    public var undoneAt: Date?

    public init(
        id: String, at: Date, actorName: String, survivorID: String, mergedID: String, mergedName: String,
        moved: [String: Int], undoneAt: Date? = nil
    ) {
        self.id = id
        self.at = at
        self.actorName = actorName
        self.survivorID = survivorID
        self.mergedID = mergedID
        self.mergedName = mergedName
        self.moved = moved
        self.undoneAt = undoneAt
    }
}
