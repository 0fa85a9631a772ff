import CXMCore
import SQLKit

extension Store {
    public func segments() async throws -> [Segment] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM segments ORDER BY name").all().map(Self.segment)
        }
    }

    public func segment(_ id: String) async throws -> Segment {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM segments WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "segment", id: id)
            }
            return try Self.segment(row)
        }
    }

    @discardableResult
    public func saveSegment(_ segment: Segment, by actor: AuditActor) async throws -> Segment {
        let valid: Segment
        do { valid = try segment.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            let exists = try await sql.raw("SELECT 1 AS one FROM segments WHERE id = \(bind: valid.id)").first() != nil
            let conditions = try JSONColumn.encode(valid.conditions)
            if exists {
                try await sql.raw(
                    """
                    UPDATE segments SET name = \(bind: valid.name), description = \(bind: valid.description),
                        conditions = \(bind: conditions) WHERE id = \(bind: valid.id)
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    INSERT INTO segments (id, name, description, conditions)
                    VALUES (\(bind: valid.id), \(bind: valid.name), \(bind: valid.description), \(bind: conditions))
                    """
                ).run()
            }
            try await SegmentMembership.refresh(valid, on: sql, dialect: dialect)
            try await audit(sql, actor, exists ? "update" : "create", "segment", valid.id, valid.name)
            return valid
        }
    }

    public func deleteSegment(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await requireRow(sql, "segments", id, "segment")
            try await SegmentMembership.remove(segment: id, on: sql)
            try await sql.raw("DELETE FROM segments WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "delete", "segment", id, "")
        }
    }

    static func segment(_ row: any SQLRow) throws -> Segment {
        Segment(
            id: try row.string("id"), name: try row.string("name"), description: try row.string("description"),
            conditions: try row.json("conditions", as: [SegmentCondition].self))
    }
}
