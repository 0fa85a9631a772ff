import CXMCore
import SQLKit

extension Store {
    /// Every unit; the tree is small enough to hold in memory for scope checks.
    public func units() async throws -> [OrgUnit] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM units ORDER BY name").all().map(Self.unit)
        }
    }

    public func unitTree() async throws -> UnitTree { UnitTree(try await units()) }

    public func unit(_ id: String) async throws -> OrgUnit {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM units WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "unit", id: id)
            }
            return try Self.unit(row)
        }
    }

    /// Creates a unit under an existing parent (or as a root).
    @discardableResult
    public func createUnit(_ unit: OrgUnit, by actor: AuditActor) async throws -> OrgUnit {
        let valid: OrgUnit
        do { valid = try unit.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            if let parent = valid.parentID {
                try await requireExists(sql, table: "units", id: parent, field: "parentID", entity: "unit")
            }
            if try await sql.raw("SELECT 1 AS one FROM units WHERE id = \(bind: valid.id)").first() != nil {
                throw StoreError.conflict("a unit with the id '\(valid.id)' exists already")
            }
            try await checkUnitCode(sql, valid)
            try await sql.raw(
                """
                INSERT INTO units (id, parent_id, name, kind, code)
                VALUES (\(bind: valid.id), \(bind: valid.parentID), \(bind: valid.name), \(bind: valid.kind), \(bind: valid.code))
                """
            ).run()
            try await audit(sql, actor, "create", "unit", valid.id, valid.name)
            return valid
        }
    }

    /// Updates a unit; refuses a parent that would make the tree a cycle.
    @discardableResult
    public func updateUnit(_ unit: OrgUnit, by actor: AuditActor) async throws -> OrgUnit {
        let valid: OrgUnit
        do { valid = try unit.validated() } catch { throw StoreError.invalid(error) }
        let tree = try await unitTree()
        guard tree.units[valid.id] != nil else { throw StoreError.notFound(entity: "unit", id: valid.id) }
        if let parent = valid.parentID, tree.units[parent] == nil {
            throw StoreError.invalid("parentID", "unknown unit '\(parent)'")
        }
        if tree.wouldCycle(unitID: valid.id, parentID: valid.parentID) {
            throw StoreError.invalid("parentID", "a unit cannot be placed under itself or one of its own units")
        }
        return try await database.write { sql in
            try await checkUnitCode(sql, valid)
            try await sql.raw(
                """
                UPDATE units SET parent_id = \(bind: valid.parentID), name = \(bind: valid.name),
                    kind = \(bind: valid.kind), code = \(bind: valid.code) WHERE id = \(bind: valid.id)
                """
            ).run()
            try await audit(sql, actor, "update", "unit", valid.id, valid.name)
            return valid
        }
    }

    /// Deletes a unit that nothing refers to any more.
    public func deleteUnit(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            guard try await sql.raw("SELECT 1 AS one FROM units WHERE id = \(bind: id)").first() != nil else {
                throw StoreError.notFound(entity: "unit", id: id)
            }
            let references: [(String, String)] = [
                ("units", "parent_id"), ("touchpoints", "owner_unit_id"), ("users", "unit_id"),
                ("customers", "unit_id"), ("responses", "unit_id"), ("api_tokens", "unit_id"),
            ]
            for (table, column) in references {
                let n = try await count(
                    sql, "SELECT COUNT(*) AS n FROM \(ident: table) WHERE \(ident: column) = \(bind: id)")
                if n > 0 {
                    throw StoreError.conflict("unit '\(id)' is still used by \(n) row(s) of \(table); move them first")
                }
            }
            try await sql.raw("DELETE FROM units WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "delete", "unit", id, "")
        }
    }

    private func checkUnitCode(_ sql: any SQLDatabase, _ unit: OrgUnit) async throws {
        guard let code = unit.code else { return }
        let clash = try await sql.raw("SELECT id FROM units WHERE code = \(bind: code) AND id <> \(bind: unit.id)").first()
        if clash != nil { throw StoreError.invalid("code", "the code '\(code)' is used by another unit") }
    }

    static func unit(_ row: any SQLRow) throws -> OrgUnit {
        OrgUnit(
            id: try row.string("id"), parentID: try row.optionalString("parent_id"), name: try row.string("name"),
            kind: try row.string("kind"), code: try row.optionalString("code"))
    }
}
