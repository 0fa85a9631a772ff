import CXMCore
import SQLKit

extension Store {
    /// Every journey in order, with counts of stages and touchpoints.
    public func journeySummaries() async throws -> [JourneySummary] {
        try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT j.*,
                    (SELECT COUNT(*) FROM stages s WHERE s.journey_id = j.id) AS stage_count,
                    (SELECT COUNT(*) FROM touchpoints t JOIN stages s ON s.id = t.stage_id
                     WHERE s.journey_id = j.id) AS touchpoint_count
                FROM journeys j ORDER BY j.position, j.name
                """
            ).all()
            return try rows.map {
                JourneySummary(
                    journey: try Self.journey($0), stageCount: try $0.int("stage_count"),
                    touchpointCount: try $0.int("touchpoint_count"))
            }
        }
    }

    /// A journey with its stages and touchpoints, all in order.
    public func journeyMap(_ id: String) async throws -> JourneyMap {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM journeys WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "journey", id: id)
            }
            let stages = try await sql.raw(
                "SELECT * FROM stages WHERE journey_id = \(bind: id) ORDER BY position, name"
            ).all().map(Self.stage)
            let touchpoints = try await sql.raw(
                """
                SELECT t.* FROM touchpoints t JOIN stages s ON s.id = t.stage_id
                WHERE s.journey_id = \(bind: id) ORDER BY t.position, t.name
                """
            ).all().map(Self.touchpoint)
            let byStage = Dictionary(grouping: touchpoints, by: \.stageID)
            return JourneyMap(
                journey: try Self.journey(row),
                stages: stages.map { StageMap(stage: $0, touchpoints: byStage[$0.id] ?? []) })
        }
    }

    @discardableResult
    public func createJourney(_ journey: Journey, by actor: AuditActor) async throws -> Journey {
        let valid: Journey
        do { valid = try journey.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO journeys (id, name, description, position)
                VALUES (\(bind: valid.id), \(bind: valid.name), \(bind: valid.description), \(bind: valid.position))
                """
            ).run()
            try await audit(sql, actor, "create", "journey", valid.id, valid.name)
            return valid
        }
    }

    @discardableResult
    public func updateJourney(_ journey: Journey, by actor: AuditActor) async throws -> Journey {
        let valid: Journey
        do { valid = try journey.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            try await requireRow(sql, "journeys", valid.id, "journey")
            try await sql.raw(
                """
                UPDATE journeys SET name = \(bind: valid.name), description = \(bind: valid.description),
                    position = \(bind: valid.position) WHERE id = \(bind: valid.id)
                """
            ).run()
            try await audit(sql, actor, "update", "journey", valid.id, valid.name)
            return valid
        }
    }

    /// Deletes a journey with its stages and touchpoints, unless responses refer to them.
    public func deleteJourney(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await requireRow(sql, "journeys", id, "journey")
            let used = try await count(
                sql,
                """
                SELECT COUNT(*) AS n FROM responses r JOIN touchpoints t ON t.id = r.touchpoint_id
                JOIN stages s ON s.id = t.stage_id WHERE s.journey_id = \(bind: id)
                """)
            if used > 0 {
                throw StoreError.conflict("journey '\(id)' has \(used) responses at its touchpoints; it cannot be deleted")
            }
            try await sql.raw(
                """
                DELETE FROM survey_touchpoints WHERE touchpoint_id IN
                    (SELECT t.id FROM touchpoints t JOIN stages s ON s.id = t.stage_id WHERE s.journey_id = \(bind: id))
                """
            ).run()
            try await sql.raw("DELETE FROM journeys WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "delete", "journey", id, "")
        }
    }

    public func stage(_ id: String) async throws -> Stage {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM stages WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "stage", id: id)
            }
            return try Self.stage(row)
        }
    }

    /// Creates or updates a stage of an existing journey.
    @discardableResult
    public func saveStage(_ stage: Stage, by actor: AuditActor) async throws -> Stage {
        let valid: Stage
        do { valid = try stage.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            try await requireExists(sql, table: "journeys", id: valid.journeyID, field: "journeyID", entity: "journey")
            let exists = try await sql.raw("SELECT 1 AS one FROM stages WHERE id = \(bind: valid.id)").first() != nil
            if exists {
                try await sql.raw(
                    """
                    UPDATE stages SET journey_id = \(bind: valid.journeyID), name = \(bind: valid.name),
                        phase = \(bind: valid.phase.rawValue), position = \(bind: valid.position)
                    WHERE id = \(bind: valid.id)
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    INSERT INTO stages (id, journey_id, name, phase, position)
                    VALUES (\(bind: valid.id), \(bind: valid.journeyID), \(bind: valid.name),
                            \(bind: valid.phase.rawValue), \(bind: valid.position))
                    """
                ).run()
            }
            try await audit(sql, actor, exists ? "update" : "create", "stage", valid.id, valid.name)
            return valid
        }
    }

    public func deleteStage(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await requireRow(sql, "stages", id, "stage")
            let used = try await count(
                sql,
                """
                SELECT COUNT(*) AS n FROM responses r JOIN touchpoints t ON t.id = r.touchpoint_id
                WHERE t.stage_id = \(bind: id)
                """)
            if used > 0 {
                throw StoreError.conflict("stage '\(id)' has \(used) responses at its touchpoints; it cannot be deleted")
            }
            try await sql.raw(
                "DELETE FROM survey_touchpoints WHERE touchpoint_id IN (SELECT id FROM touchpoints WHERE stage_id = \(bind: id))"
            ).run()
            try await sql.raw("DELETE FROM stages WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "delete", "stage", id, "")
        }
    }

    public func touchpoint(_ id: String) async throws -> Touchpoint {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM touchpoints WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "touchpoint", id: id)
            }
            return try Self.touchpoint(row)
        }
    }

    /// Every touchpoint, in journey order.
    public func touchpoints() async throws -> [Touchpoint] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT t.* FROM touchpoints t JOIN stages s ON s.id = t.stage_id JOIN journeys j ON j.id = s.journey_id
                ORDER BY j.position, j.name, s.position, t.position
                """
            ).all().map(Self.touchpoint)
        }
    }

    /// Creates or updates a touchpoint; its stage, channel and owning unit must exist.
    @discardableResult
    public func saveTouchpoint(_ touchpoint: Touchpoint, by actor: AuditActor) async throws -> Touchpoint {
        let valid: Touchpoint
        do { valid = try touchpoint.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            try await requireExists(sql, table: "stages", id: valid.stageID, field: "stageID", entity: "stage")
            try await requireExists(sql, table: "channels", id: valid.channelID, field: "channelID", entity: "channel")
            try await requireExists(sql, table: "units", id: valid.ownerUnitID, field: "ownerUnitID", entity: "unit")
            let exists = try await sql.raw("SELECT 1 AS one FROM touchpoints WHERE id = \(bind: valid.id)").first() != nil
            try await sql.raw(Self.touchpointUpsert(valid, exists: exists)).run()
            try await audit(sql, actor, exists ? "update" : "create", "touchpoint", valid.id, valid.name)
            return valid
        }
    }

    public func deleteTouchpoint(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await requireRow(sql, "touchpoints", id, "touchpoint")
            let used = try await count(sql, "SELECT COUNT(*) AS n FROM responses WHERE touchpoint_id = \(bind: id)")
            if used > 0 { throw StoreError.conflict("touchpoint '\(id)' has \(used) responses; it cannot be deleted") }
            try await sql.raw("DELETE FROM survey_touchpoints WHERE touchpoint_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM touchpoints WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "delete", "touchpoint", id, "")
        }
    }

    static func touchpointUpsert(_ t: Touchpoint, exists: Bool) throws -> SQLQueryString {
        let functional = try JSONColumn.encode(t.functionalNeeds)
        let emotional = try JSONColumn.encode(t.emotionalNeeds)
        let hygiene = try JSONColumn.encode(t.hygieneFactors)
        let blueprint = try JSONColumn.encode(t.blueprint)
        if exists {
            return """
                UPDATE touchpoints SET stage_id = \(bind: t.stageID), name = \(bind: t.name), position = \(bind: t.position),
                    channel_id = \(bind: t.channelID), owner_unit_id = \(bind: t.ownerUnitID), feeling = \(bind: t.feeling),
                    functional_needs = \(bind: functional), emotional_needs = \(bind: emotional),
                    hygiene_factors = \(bind: hygiene), blueprint = \(bind: blueprint)
                WHERE id = \(bind: t.id)
                """
        }
        return """
            INSERT INTO touchpoints (id, stage_id, name, position, channel_id, owner_unit_id, feeling,
                functional_needs, emotional_needs, hygiene_factors, blueprint)
            VALUES (\(bind: t.id), \(bind: t.stageID), \(bind: t.name), \(bind: t.position), \(bind: t.channelID),
                \(bind: t.ownerUnitID), \(bind: t.feeling), \(bind: functional), \(bind: emotional), \(bind: hygiene),
                \(bind: blueprint))
            """
    }

    func requireRow(_ sql: any SQLDatabase, _ table: String, _ id: String, _ entity: String) async throws {
        if try await sql.raw("SELECT 1 AS one FROM \(ident: table) WHERE id = \(bind: id)").first() == nil {
            throw StoreError.notFound(entity: entity, id: id)
        }
    }

    static func journey(_ row: any SQLRow) throws -> Journey {
        Journey(
            id: try row.string("id"), name: try row.string("name"), description: try row.string("description"),
            position: try row.int("position"))
    }

    static func stage(_ row: any SQLRow) throws -> Stage {
        Stage(
            id: try row.string("id"), journeyID: try row.string("journey_id"), name: try row.string("name"),
            phase: StagePhase(rawValue: try row.string("phase")) ?? .custom, position: try row.int("position"))
    }

    static func touchpoint(_ row: any SQLRow) throws -> Touchpoint {
        Touchpoint(
            id: try row.string("id"), stageID: try row.string("stage_id"), name: try row.string("name"),
            position: try row.int("position"), channelID: try row.string("channel_id"),
            ownerUnitID: try row.string("owner_unit_id"), feeling: try row.string("feeling"),
            functionalNeeds: try row.json("functional_needs", as: [String].self),
            emotionalNeeds: try row.json("emotional_needs", as: [String].self),
            hygieneFactors: try row.json("hygiene_factors", as: [String].self),
            blueprint: try row.json("blueprint", as: ServiceBlueprint.self))
    }
}
