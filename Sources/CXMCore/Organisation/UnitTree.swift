/// The organisation tree in memory, answering the scope questions access control asks.
public struct UnitTree: Sendable {
    public let units: [String: OrgUnit]
    private let children: [String: [String]]

    public init(_ units: [OrgUnit]) {
        var byID: [String: OrgUnit] = [:]
        var children: [String: [String]] = [:]
        for unit in units {
            byID[unit.id] = unit
            if let parent = unit.parentID { children[parent, default: []].append(unit.id) }
        }
        self.units = byID
        self.children = children.mapValues { ids in ids.sorted { byID[$0]!.name < byID[$1]!.name } }
    }

    /// Units without a parent, by name.
    public var roots: [OrgUnit] {
        units.values.filter { $0.parentID == nil }.sorted { $0.name < $1.name }
    }

    public func children(of id: String) -> [OrgUnit] {
        (children[id] ?? []).compactMap { units[$0] }
    }

    /// The unit and every unit below it.
    public func subtree(of id: String) -> Set<String> {
        var result: Set<String> = []
        var pending = [id]
        while let next = pending.popLast() {
            guard result.insert(next).inserted else { continue }
            pending += children[next] ?? []
        }
        return result
    }

    /// The chain from the unit up to its root, the unit first.
    public func ancestors(of id: String) -> [OrgUnit] {
        var chain: [OrgUnit] = []
        var current = units[id]
        var seen: Set<String> = []
        while let unit = current, seen.insert(unit.id).inserted {
            chain.append(unit)
            current = unit.parentID.flatMap { units[$0] }
        }
        return chain
    }

    /// Whether giving `unitID` the parent `parentID` would make a cycle.
    public func wouldCycle(unitID: String, parentID: String?) -> Bool {
        guard let parentID else { return false }
        return subtree(of: unitID).contains(parentID)
    }
}
