import CXMCore
import Foundation
import SQLKit

/// The improvement list: items, their evidence, moves on the board and the list's own capacity.
extension Store {
    /// Every item a reader may see (company-wide ones and those for their units), by number.
    public func improvements(visibleUnits: Set<String>?) async throws -> [Improvement] {
        try await database.read { sql in
            try await self.allImprovements(sql).filter { $0.isVisible(to: visibleUnits) }
        }
    }

    /// One item, if the reader may see it.
    public func improvement(_ id: String, visibleUnits: Set<String>?) async throws -> Improvement {
        try await database.read { sql in try await self.improvement(sql, id, visibleUnits: visibleUnits) }
    }

    func improvement(_ sql: any SQLDatabase, _ id: String, visibleUnits: Set<String>?) async throws -> Improvement {
        guard let row = try await sql.raw("SELECT * FROM improvements WHERE id = \(bind: id)").first() else {
            throw StoreError.notFound(entity: "improvement", id: id)
        }
        var item = try Self.improvement(row)
        guard item.isVisible(to: visibleUnits) else { throw StoreError.notFound(entity: "improvement", id: id) }
        item.evidence = try await evidence(sql, of: [id])[id] ?? []
        return item
    }

    /// The board: the capacity and every item, whoever reads it (limits are the whole list's).
    public func improvementBoard() async throws -> ImprovementBoard {
        try await database.read { sql in
            ImprovementBoard(capacity: try await self.improvementCapacity(sql), items: try await self.allImprovements(sql))
        }
    }

    /// Proposes an improvement. Its units must be ones the proposer sees (a unit-bound proposer names at least
    /// one), and every evidence link something they may see.
    @discardableResult
    public func proposeImprovement(
        _ draft: ImprovementDraft, visibleUnits: Set<String>?, by actor: AuditActor, at time: Date = Date()
    ) async throws -> Improvement {
        let draft = try await checkedImprovement(draft, visibleUnits: visibleUnits, newEvidence: draft.evidence ?? [])
        if visibleUnits != nil, (draft.unitIDs ?? []).isEmpty {
            throw StoreError.invalid("unitIDs", "name at least one of your units; company-wide items are proposed by CX managers")
        }
        let time = Timestamp.date(Timestamp.from(time))
        return try await database.write { sql in
            try await self.requireReferences(sql, draft)
            var item = Improvement(
                title: draft.title, problem: draft.problem ?? "", hypothesis: draft.hypothesis ?? "",
                touchpointID: draft.touchpointID, unitIDs: draft.unitIDs ?? [], ownerID: draft.ownerID,
                effortDays: draft.effortDays, evidence: draft.evidence ?? [], createdBy: actor.name, createdAt: time)
            item.proposerID = actor.id
            item.number = try await self.nextNumbers(sql, count: 1, counter: "improvement").lowerBound
            try await sql.raw(
                """
                INSERT INTO improvements (id, number, title, problem, hypothesis, touchpoint_id, unit_ids, owner_id,
                                          effort_days, stage, stage_changed_at, delivered_at, created_by, proposer_id,
                                          created_at, updated_at, version)
                VALUES (\(bind: item.id), \(bind: item.number), \(bind: item.title), \(bind: item.problem),
                        \(bind: item.hypothesis), \(bind: item.touchpointID), \(bind: try JSONColumn.encode(item.unitIDs)),
                        \(bind: item.ownerID), \(bind: item.effortDays), \(bind: item.stage.rawValue),
                        \(bind: Timestamp.from(time)), NULL, \(bind: item.createdBy), \(bind: item.proposerID),
                        \(bind: Timestamp.from(time)),
                        \(bind: Timestamp.from(time)), 1)
                """
            ).run()
            try await self.replaceEvidence(sql, item.id, item.evidence, by: actor, at: time)
            try await self.recordMove(
                sql,
                ImprovementMove(
                    improvementID: item.id, from: .proposed, to: .proposed, reasonsNeeded: [], reason: nil,
                    by: actor.name, at: time))
            try await audit(sql, actor, "create", "improvement", item.id, "improvement \(item.number): \(item.title)")
            return item
        }
    }

    /// Changes an item's fields (not its stage) against the version the person read. Evidence links the editor
    /// cannot see are kept as they are: nobody removes what they were not shown.
    @discardableResult
    public func updateImprovement(
        _ id: String, version: Int, _ draft: ImprovementDraft, visibleUnits: Set<String>?, by actor: AuditActor,
        at time: Date = Date()
    ) async throws -> Improvement {
        // Only links new to the item are checked: those it holds stay, seen or not, gone since or not.
        let held = try await improvement(id, visibleUnits: visibleUnits).evidence
        let draft = try await checkedImprovement(
            draft, visibleUnits: visibleUnits, newEvidence: (draft.evidence ?? []).filter { !held.contains($0) })
        let time = Timestamp.date(Timestamp.from(time))
        return try await database.write { sql in
            var item = try await self.improvement(sql, id, visibleUnits: visibleUnits)
            guard item.version == version else { throw Self.versionConflict(item) }
            try await self.requireReferences(sql, draft)
            let hidden = try await self.hiddenEvidence(sql, item.evidence, visibleUnits: visibleUnits)
            item.title = draft.title
            item.problem = draft.problem ?? ""
            item.hypothesis = draft.hypothesis ?? ""
            item.touchpointID = draft.touchpointID
            // Units outside the editor's view stay: they belong to someone else's part of the organisation.
            // Units or evidence left out of the change stay as they are.
            if let units = draft.unitIDs {
                // A unit-bound editor keeps at least one of their units on it: they cannot make it company-wide.
                if visibleUnits != nil, units.isEmpty {
                    throw StoreError.invalid("unitIDs", "keep at least one of your units; company-wide items are for CX managers")
                }
                let kept = item.unitIDs.filter { unit in visibleUnits.map { !$0.contains(unit) } ?? false }
                item.unitIDs = kept + units.filter { !kept.contains($0) }
            }
            item.ownerID = draft.ownerID
            item.effortDays = draft.effortDays
            if let evidence = draft.evidence { item.evidence = hidden + evidence.filter { !hidden.contains($0) } }
            item.updatedAt = time
            item.version += 1
            let updated = try await sql.raw(
                """
                UPDATE improvements SET title = \(bind: item.title), problem = \(bind: item.problem),
                       hypothesis = \(bind: item.hypothesis), touchpoint_id = \(bind: item.touchpointID),
                       unit_ids = \(bind: try JSONColumn.encode(item.unitIDs)), owner_id = \(bind: item.ownerID),
                       effort_days = \(bind: item.effortDays), updated_at = \(bind: Timestamp.from(time)),
                       version = \(bind: item.version)
                 WHERE id = \(bind: id) AND version = \(bind: version) RETURNING id
                """
            ).first()
            guard updated != nil else { throw Self.versionConflict(try await self.improvement(sql, id, visibleUnits: nil)) }
            try await self.replaceEvidence(sql, id, item.evidence, by: actor, at: time)
            try await audit(sql, actor, "update", "improvement", id, "improvement \(item.number): \(item.title)")
            return item
        }
    }

    /// Adds one piece of evidence (from the page where it was found: an alert, an observation, a theme).
    @discardableResult
    public func addEvidence(
        _ submitted: EvidenceLink, to id: String, visibleUnits: Set<String>?, by actor: AuditActor, at time: Date = Date()
    ) async throws -> Improvement {
        let link: EvidenceLink
        do { link = try submitted.validated(field: "id") } catch { throw StoreError.invalid(error) }
        try await requireVisible([link], visibleUnits: visibleUnits, field: { _ in "id" })
        return try await database.write { sql in
            var item = try await self.improvement(sql, id, visibleUnits: visibleUnits)
            guard !item.evidence.contains(link) else { return item }
            guard item.evidence.count < ImprovementDraft.maxEvidence else {
                throw StoreError.invalid("evidence", "holds \(ImprovementDraft.maxEvidence) links already; remove one first")
            }
            item.evidence.append(link)
            // A new link is a change: an edit made against the version before it must not drop it.
            item.version += 1
            item.updatedAt = Timestamp.date(Timestamp.from(time))
            try await sql.raw(
                """
                UPDATE improvements SET version = \(bind: item.version), updated_at = \(bind: Timestamp.from(time))
                 WHERE id = \(bind: id)
                """
            ).run()
            try await self.replaceEvidence(sql, id, item.evidence, by: actor, at: time)
            try await audit(sql, actor, "update", "improvement", id, "evidence added: \(link.kind.rawValue) \(link.id)")
            return item
        }
    }

    /// Moves an item on the board. A move past a WIP limit or the reserved capacity, and any setback, needs a
    /// reason; the reason and what it overrode are kept with the move.
    @discardableResult
    public func moveImprovement(
        _ id: String, version: Int, to stage: ImprovementStage, reason: String?, visibleUnits: Set<String>?,
        by actor: AuditActor, at time: Date = Date(), effect: ImprovementEffect? = nil
    ) async throws -> (improvement: Improvement, move: ImprovementMove) {
        var check = Validator()
        let reason = check.text(reason ?? "", field: "reason", maxLength: 1_000).nilIfEmpty
        do { try check.finish() } catch { throw StoreError.invalid(error) }
        let time = Timestamp.date(Timestamp.from(time))
        return try await database.write { sql in
            // Moves one at a time, so that two cannot each slip under a limit the other then fills.
            if let lock = self.dialect.lockQueue("improvements") { try await sql.raw(SQLQueryString(lock)).run() }
            var item = try await self.improvement(sql, id, visibleUnits: visibleUnits)
            guard item.version == version else { throw Self.versionConflict(item) }
            guard item.stage.moves.contains(stage) else {
                throw StoreError.invalid(
                    "stage",
                    "an item \(item.stage.rawValue) can move to \(item.stage.moves.map(\.rawValue).joined(separator: " or ")), not \(stage.rawValue)"
                )
            }
            let board = ImprovementBoard(
                capacity: try await self.improvementCapacity(sql), items: try await self.allImprovements(sql))
            let needed = board.reasonsNeeded(moving: item, to: stage)
            if !needed.isEmpty, reason == nil {
                throw StoreError.invalid(
                    "reason", needed.map(\.description).joined(separator: "; ") + "; give a reason, and it is kept with the move")
            }
            let move = ImprovementMove(
                improvementID: id, from: item.stage, to: stage, reasonsNeeded: needed, reason: reason, by: actor.name, at: time)
            item.stage = stage
            item.stageChangedAt = time
            if stage == .delivered, move.from == .inProgress { item.deliveredAt = time }
            if stage == .inProgress || stage == .accepted { item.deliveredAt = nil }
            item.updatedAt = time
            item.version += 1
            if let effect { item.effect = effect }
            let updated = try await sql.raw(
                """
                UPDATE improvements SET stage = \(bind: stage.rawValue), stage_changed_at = \(bind: Timestamp.from(time)),
                       delivered_at = \(bind: item.deliveredAt.map(Timestamp.from)), updated_at = \(bind: Timestamp.from(time)),
                       version = \(bind: item.version), effect = \(bind: try item.effect.map(JSONColumn.encode))
                 WHERE id = \(bind: id) AND version = \(bind: version) RETURNING id
                """
            ).first()
            guard updated != nil else { throw Self.versionConflict(try await self.improvement(sql, id, visibleUnits: nil)) }
            try await self.recordMove(sql, move)
            try await audit(
                sql, actor, "update", "improvement", id,
                "improvement \(item.number): \(move.from.rawValue) → \(stage.rawValue)\(reason.map { " (\($0))" } ?? "")")
            return (item, move)
        }
    }

    /// The moves of one item (nil: the whole list's, with capacity changes), newest first.
    public func improvementMoves(_ id: String? = nil, since: Date? = nil, limit: Int = 200) async throws -> [ImprovementMove] {
        var conditions: [SQLQueryString] = ["1 = 1"]
        if let id { conditions.append("improvement_id = \(bind: id)") }
        if let since { conditions.append("at >= \(bind: Timestamp.from(since))") }
        let filter = conditions.joined(separator: " AND ")
        return try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM improvement_moves WHERE " + filter
                    + " ORDER BY at DESC, id DESC LIMIT \(bind: limit)"
            ).all().compactMap { row in
                guard let improvement = try row.optionalString("improvement_id"),
                    let from = ImprovementStage(rawValue: try row.optionalString("from_stage") ?? ""),
                    let to = ImprovementStage(rawValue: try row.optionalString("to_stage") ?? "")
                else { return nil }
                return ImprovementMove(
                    improvementID: improvement, from: from, to: to,
                    reasonsNeeded: try row.json("reasons_needed", as: [ReasonNeeded].self),
                    reason: try row.optionalString("reason"), by: try row.string("by_name"), at: try row.date("at"))
            }
        }
    }

    /// Keeps an item's impact score as worked out now (it does not change the item's version).
    public func saveImpact(_ score: ImpactScore, of id: String, at time: Date = Date()) async throws {
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE improvements SET impact = \(bind: try JSONColumn.encode(score)), impact_at = \(bind: Timestamp.from(time))
                 WHERE id = \(bind: id)
                """
            ).run()
        }
    }

    /// Changes of the list's capacity, newest first: who gave improvements less room, and why.
    public func improvementCapacityChanges(limit: Int = 50) async throws -> [ImprovementCapacityChange] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM improvement_moves WHERE improvement_id IS NULL AND capacity IS NOT NULL
                 ORDER BY at DESC, id DESC LIMIT \(bind: limit)
                """
            ).all().map { row in
                let change = try row.json("capacity", as: ImprovementCapacityChange.Settings.self)
                return ImprovementCapacityChange(
                    before: change.before, after: change.after, reason: try row.optionalString("reason"),
                    by: try row.string("by_name"), at: try row.date("at"))
            }
        }
    }

    public func improvementCapacity() async throws -> ImprovementCapacity {
        try await database.read { sql in try await self.improvementCapacity(sql) }
    }

    func improvementCapacity(_ sql: any SQLDatabase) async throws -> ImprovementCapacity {
        let row = try await sql.raw("SELECT improvement_capacity FROM workspace WHERE id = 'default'").first()
        return try row?.optionalString("improvement_capacity").map {
            try JSONColumn.decode(ImprovementCapacity.self, from: $0)
        } ?? ImprovementCapacity()
    }

    /// Saves the capacity. Less room for improvements than before needs a reason, which is kept and shown on
    /// the board.
    @discardableResult
    public func saveImprovementCapacity(
        _ capacity: ImprovementCapacity, reason: String?, by actor: AuditActor, at time: Date = Date()
    ) async throws -> ImprovementCapacity {
        let valid: ImprovementCapacity
        var check = Validator()
        let reason = check.text(reason ?? "", field: "reason", maxLength: 1_000).nilIfEmpty
        do {
            try check.finish()
            valid = try capacity.validated()
        } catch { throw StoreError.invalid(error) }
        let workspace = try await workspaceSettings()
        try await database.write { sql in
            try await ensureWorkspaceRow(sql, workspace)
            let before = try await self.improvementCapacity(sql)
            guard before != valid else { return }
            if valid.isSmaller(than: before), reason == nil {
                throw StoreError.invalid(
                    "reason",
                    "gives improvements less room than before (\(ReasonNeeded.days(before.reservedDays)) → \(ReasonNeeded.days(valid.reservedDays)) person-days a month); say why, so that the list is not drained in silence"
                )
            }
            try await sql.raw(
                "UPDATE workspace SET improvement_capacity = \(bind: try JSONColumn.encode(valid)) WHERE id = 'default'"
            ).run()
            try await sql.raw(
                """
                INSERT INTO improvement_moves (improvement_id, from_stage, to_stage, reasons_needed, reason, capacity, by_name, at)
                VALUES (NULL, NULL, NULL, '[]', \(bind: reason),
                        \(bind: try JSONColumn.encode(ImprovementCapacityChange.Settings(before: before, after: valid))),
                        \(bind: actor.name), \(bind: Timestamp.from(time)))
                """
            ).run()
            try await audit(
                sql, actor, "update", "workspace", "default",
                "improvement capacity: \(ReasonNeeded.days(valid.reservedDays)) person-days a month, WIP \(valid.acceptedLimit)/\(valid.inProgressLimit)"
            )
        }
        return valid
    }

    private static func versionConflict(_ item: Improvement) -> StoreError {
        .conflict(
            "improvement \(item.number) was changed by someone else meanwhile (now version \(item.version)); reload it and make your change again"
        )
    }

    /// The draft checked, with its units within the proposer's view and its evidence visible to them.
    private func checkedImprovement(
        _ submitted: ImprovementDraft, visibleUnits: Set<String>?, newEvidence: [EvidenceLink]
    ) async throws -> ImprovementDraft {
        let draft: ImprovementDraft
        do { draft = try submitted.validated() } catch { throw StoreError.invalid(error) }
        if let units = visibleUnits {
            for (index, unit) in (draft.unitIDs ?? []).enumerated() where !units.contains(unit) {
                throw StoreError.invalid("unitIDs[\(index)]", "'\(unit)' is not one of your units")
            }
        }
        let links = draft.evidence ?? []
        let positions = newEvidence.compactMap { link in links.firstIndex(of: link) }
        try await requireVisible(
            positions.map { links[$0] }, visibleUnits: visibleUnits, field: { "evidence[\(positions[$0])].id" })
        return draft
    }

    private func requireReferences(_ sql: any SQLDatabase, _ draft: ImprovementDraft) async throws {
        if let touchpoint = draft.touchpointID {
            try await requireExists(sql, table: "touchpoints", id: touchpoint, field: "touchpointID", entity: "touchpoint")
        }
        for (index, unit) in (draft.unitIDs ?? []).enumerated() {
            try await requireExists(sql, table: "units", id: unit, field: "unitIDs[\(index)]", entity: "unit")
        }
        if let owner = draft.ownerID {
            let row = try await sql.raw("SELECT disabled FROM users WHERE id = \(bind: owner)").first()
            guard let row else { throw StoreError.invalid("ownerID", "unknown user '\(owner)'") }
            guard !(try row.bool("disabled")) else {
                throw StoreError.invalid("ownerID", "the user '\(owner)' is disabled; choose someone who can sign in")
            }
        }
    }

    private func allImprovements(_ sql: any SQLDatabase) async throws -> [Improvement] {
        var items = try await sql.raw("SELECT * FROM improvements ORDER BY number").all().map(Self.improvement)
        let evidence = try await self.evidence(sql, of: items.map(\.id))
        for index in items.indices { items[index].evidence = evidence[items[index].id] ?? [] }
        return items
    }

    private func evidence(_ sql: any SQLDatabase, of ids: [String]) async throws -> [String: [EvidenceLink]] {
        var links: [String: [EvidenceLink]] = [:]
        for chunk in ids.chunked(maxRows: 1_000) {
            for row in try await sql.raw(
                """
                SELECT improvement_id, kind, ref FROM improvement_evidence
                 WHERE improvement_id IN (\(binds: Array(chunk))) ORDER BY improvement_id, position
                """
            ).all() {
                guard let kind = EvidenceLink.Kind(rawValue: try row.string("kind")) else { continue }
                links[try row.string("improvement_id"), default: []].append(EvidenceLink(kind: kind, id: try row.string("ref")))
            }
        }
        return links
    }

    private func replaceEvidence(
        _ sql: any SQLDatabase, _ id: String, _ links: [EvidenceLink], by actor: AuditActor, at time: Date
    ) async throws {
        try await sql.raw("DELETE FROM improvement_evidence WHERE improvement_id = \(bind: id)").run()
        for (chunkIndex, chunk) in links.chunked(maxRows: 500).enumerated() {
            let insert = sql.insert(into: "improvement_evidence").columns(
                "improvement_id", "kind", "ref", "position", "added_by", "added_at")
            for (offset, link) in chunk.enumerated() {
                insert.values(
                    SQLBind(id), SQLBind(link.kind.rawValue), SQLBind(link.id), SQLBind(chunkIndex * 500 + offset),
                    SQLBind(actor.name), SQLBind(Timestamp.from(time)))
            }
            try await insert.run()
        }
    }

    private func recordMove(_ sql: any SQLDatabase, _ move: ImprovementMove) async throws {
        try await sql.raw(
            """
            INSERT INTO improvement_moves (improvement_id, from_stage, to_stage, reasons_needed, reason, capacity, by_name, at)
            VALUES (\(bind: move.improvementID), \(bind: move.from.rawValue), \(bind: move.to.rawValue),
                    \(bind: try JSONColumn.encode(move.reasonsNeeded)), \(bind: move.reason), NULL, \(bind: move.by),
                    \(bind: Timestamp.from(move.at)))
            """
        ).run()
    }

    static func improvement(_ row: any SQLRow) throws -> Improvement {
        var item = Improvement(
            id: try row.string("id"), number: try row.int("number"), title: try row.string("title"),
            problem: try row.string("problem"), hypothesis: try row.string("hypothesis"),
            touchpointID: try row.optionalString("touchpoint_id"), unitIDs: try row.json("unit_ids", as: [String].self),
            ownerID: try row.optionalString("owner_id"), effortDays: try row.decode(column: "effort_days", as: Double?.self),
            stage: ImprovementStage(rawValue: try row.string("stage")) ?? .proposed, createdBy: try row.string("created_by"),
            createdAt: try row.date("created_at"))
        item.stageChangedAt = try row.date("stage_changed_at")
        item.deliveredAt = try row.optionalDate("delivered_at")
        item.updatedAt = try row.date("updated_at")
        item.version = try row.int("version")
        // A score kept by an older cxm that no longer decodes is worked out again.
        item.impact = try row.optionalString("impact").flatMap { try? JSONColumn.decode(ImpactScore.self, from: $0) }
        item.impactAt = try row.optionalDate("impact_at")
        item.effect = try row.optionalString("effect").flatMap { try? JSONColumn.decode(ImprovementEffect.self, from: $0) }
        item.proposerID = try row.optionalString("proposer_id")
        return item
    }
}

/// A change of the improvement list's capacity.
public struct ImprovementCapacityChange: Sendable, Hashable {
    struct Settings: Codable {
        var before: ImprovementCapacity
        var after: ImprovementCapacity
    }

    public var before: ImprovementCapacity
    public var after: ImprovementCapacity
    public var reason: String?
    public var by: String
    public var at: Date
}
