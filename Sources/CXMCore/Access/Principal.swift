/// Who is asking: a signed-in user or an API token, with their role and unit scope resolved.
public struct Principal: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case user(id: String)
        case token(id: String)
    }

    public var kind: Kind
    /// An email or token name, for the audit log.
    public var name: String
    public var role: Role
    /// The units this principal may see; nil means all units.
    public var visibleUnits: Set<String>?

    public init(kind: Kind, name: String, role: Role, visibleUnits: Set<String>?) {
        self.kind = kind
        self.name = name
        self.role = role
        self.visibleUnits = visibleUnits
    }

    /// Resolves the unit scope of a role in the organisation tree.
    public static func scope(for role: Role, unitID: String?, in tree: UnitTree) -> Set<String>? {
        switch role.scopeRule {
        case .everything: return nil
        case .unitSubtree: return unitID.map { tree.subtree(of: $0) } ?? []
        case .ownUnit: return unitID.map { [$0] } ?? []
        }
    }

    public func may(_ permission: Permission) -> Bool { role.allows(permission) }

    /// Whether something that belongs to the unit is visible.
    public func canSee(unit: String?) -> Bool {
        guard let visibleUnits else { return true }
        guard let unit else { return false }
        return visibleUnits.contains(unit)
    }

    public var actorID: String {
        switch kind {
        case .user(let id), .token(let id): id
        }
    }
}
