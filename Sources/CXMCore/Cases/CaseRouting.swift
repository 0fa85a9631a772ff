/// Whose queue a rule's cases go to when it names no unit.
public enum CaseRoute: String, Sendable, Codable, Hashable, CaseIterable {
    /// The unit that owns the touchpoint (the team accountable for it).
    case touchpointOwner = "touchpoint_owner"
    /// The unit the response came from (the store, the service desk, the field team that served the customer).
    case servingUnit = "serving_unit"
}

/// Which unit's queue a new case goes to.
public enum CaseRouting {
    /// The rule's unit when it names one; else the unit its route points to; else the other one.
    /// Units that no longer exist are passed over. Nil only when none is known.
    public static func queueUnit(
        route: CaseRoute = .touchpointOwner, ruleUnit: String?, responseUnit: String?, touchpointOwner: String?,
        tree: UnitTree
    ) -> String? {
        let known = { (id: String?) in id.flatMap { tree.units[$0] == nil ? nil : $0 } }
        if let unit = known(ruleUnit) { return unit }
        let (response, owner) = (known(responseUnit), known(touchpointOwner))
        return route == .servingUnit ? response ?? owner : owner ?? response
    }

    /// Where an overdue case goes after its team lead: the unit above, or nil at the top.
    public static func escalationUnit(above unitID: String, tree: UnitTree) -> String? {
        tree.units[unitID]?.parentID.flatMap { tree.units[$0]?.id }
    }
}
