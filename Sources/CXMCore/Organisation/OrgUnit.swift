/// A node of the organisation tree (company → region → branch, store or team).
public struct OrgUnit: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var parentID: String?
    public var name: String
    /// company, region, branch, store, team, department, or another word the company uses.
    public var kind: String
    /// An optional external code (cost centre, store number) used by imports.
    public var code: String?

    public init(id: String = Identifier.make(), parentID: String?, name: String, kind: String, code: String? = nil) {
        self.id = id
        self.parentID = parentID
        self.name = name
        self.kind = kind
        self.code = code
    }

    /// The kinds the user interface offers; others are allowed.
    public static let suggestedKinds = ["company", "region", "branch", "store", "team", "department"]

    /// Checks the unit's own fields; the tree's shape is checked by `UnitTree`.
    public func validated() throws(ValidationFailure) -> OrgUnit {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        result.kind = check.name(kind, field: "kind", maxLength: 40)
        if let code { result.code = check.text(code, field: "code", maxLength: 64) }
        if result.code?.isEmpty == true { result.code = nil }
        try check.finish()
        return result
    }
}
