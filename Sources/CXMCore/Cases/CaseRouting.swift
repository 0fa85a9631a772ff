/// Which unit's queue a new case goes to.
public enum CaseRouting {
    /// The rule's unit when it names one; else the unit the response came from when that lies
    /// within the touchpoint's owning unit (the store's own team, under Retail); else the owner (the
    /// app's team, whatever store the customer belongs to); else whichever is known. Units that no
    /// longer exist are passed over. Nil only when none is known.
    public static func queueUnit(
        ruleUnit: String?, responseUnit: String?, touchpointOwner: String?, tree: UnitTree
    ) -> String? {
        let known = { (id: String?) in id.flatMap { tree.units[$0] == nil ? nil : $0 } }
        if let unit = known(ruleUnit) { return unit }
        let response = known(responseUnit)
        let owner = known(touchpointOwner)
        if let response, let owner {
            return tree.ancestors(of: response).contains { $0.id == owner } ? response : owner
        }
        return response ?? owner
    }

    /// Where an overdue case goes after its team lead: the unit above, or nil at the top.
    public static func escalationUnit(above unitID: String, tree: UnitTree) -> String? {
        tree.units[unitID]?.parentID.flatMap { tree.units[$0]?.id }
    }
}
