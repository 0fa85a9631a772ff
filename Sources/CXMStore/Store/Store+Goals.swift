import CXMCore
import Foundation
import SQLKit

/// Goals and the public KPI boards that show them.
extension Store {
    /// Adds a goal (`isNew`) or replaces one; its journey, touchpoint and unit must exist, and a unit-bound
    /// person sets goals for one of their units only.
    @discardableResult
    public func saveGoal(_ goal: Goal, isNew: Bool, visibleUnits: Set<String>?, by actor: AuditActor) async throws -> Goal {
        if let units = visibleUnits {
            guard let unit = goal.unitID else {
                throw StoreError.invalid("unitID", "name one of your units: goals for the whole company are set by CX managers")
            }
            guard units.contains(unit) else {
                throw StoreError.invalid("unitID", "'\(unit)' is not one of your units; choose one you lead")
            }
        }
        try await database.write { sql in
            if let journey = goal.journeyID {
                try await requireExists(sql, table: "journeys", id: journey, field: "journeyID", entity: "journey")
            }
            if let touchpoint = goal.touchpointID {
                try await requireExists(sql, table: "touchpoints", id: touchpoint, field: "touchpointID", entity: "touchpoint")
            }
            if let unit = goal.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            if isNew {
                try await sql.raw(
                    """
                    INSERT INTO goals (id, title, metric, journey_id, touchpoint_id, unit_id, target, start_day, deadline,
                                       window_days, created_by, created_at)
                    VALUES (\(bind: goal.id), \(bind: goal.title), \(bind: goal.metric.rawValue), \(bind: goal.journeyID),
                            \(bind: goal.touchpointID), \(bind: goal.unitID), \(bind: goal.target),
                            \(bind: goal.startDay.number), \(bind: goal.deadline.number), \(bind: goal.windowDays),
                            \(bind: goal.createdBy), \(bind: Timestamp.from(goal.createdAt)))
                    """
                ).run()
            } else {
                let current = try await self.goal(sql, goal.id)
                if let units = visibleUnits, !(current.unitID.map(units.contains) ?? false) {
                    throw StoreError.notFound(entity: "goal", id: goal.id)
                }
                try await sql.raw(
                    """
                    UPDATE goals SET title = \(bind: goal.title), metric = \(bind: goal.metric.rawValue),
                           journey_id = \(bind: goal.journeyID), touchpoint_id = \(bind: goal.touchpointID),
                           unit_id = \(bind: goal.unitID), target = \(bind: goal.target),
                           deadline = \(bind: goal.deadline.number), window_days = \(bind: goal.windowDays)
                     WHERE id = \(bind: goal.id)
                    """
                ).run()
            }
            try await audit(
                sql, actor, isNew ? "create" : "update", "goal", goal.id,
                "\(goal.title): \(goal.metric.rawValue) \(goal.target) by \(goal.deadline.iso)")
        }
        return try await self.goal(goal.id)
    }

    /// Every goal, those of the whole company first, then by deadline.
    public func goals() async throws -> [Goal] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM goals ORDER BY deadline, title, id").all().map(Self.goal)
        }
        .sorted { ($0.isCompanyWide ? 0 : 1, $0.deadline, $0.title) < ($1.isCompanyWide ? 0 : 1, $1.deadline, $1.title) }
    }

    public func goal(_ id: String) async throws -> Goal {
        try await database.read { sql in try await self.goal(sql, id) }
    }

    func goal(_ sql: any SQLDatabase, _ id: String) async throws -> Goal {
        guard let row = try await sql.raw("SELECT * FROM goals WHERE id = \(bind: id)").first() else {
            throw StoreError.notFound(entity: "goal", id: id)
        }
        return try Self.goal(row)
    }

    /// Removes a goal and takes it off the boards that named it; a board left with none of the goals it was made
    /// for is revoked (an empty list would otherwise read as "all of the company's goals").
    public func deleteGoal(_ id: String, visibleUnits: Set<String>?, by actor: AuditActor) async throws {
        try await database.write { sql in
            let goal = try await self.goal(sql, id)
            if let units = visibleUnits, !(goal.unitID.map(units.contains) ?? false) {
                throw StoreError.notFound(entity: "goal", id: id)
            }
            try await sql.raw("DELETE FROM goals WHERE id = \(bind: id)").run()
            for row in try await sql.raw("SELECT id, goal_ids FROM kpi_boards").all() {
                let ids = try row.json("goal_ids", as: [String].self)
                guard ids.contains(id) else { continue }
                let left = ids.filter { $0 != id }
                let board = try row.string("id")
                try await sql.raw(
                    "UPDATE kpi_boards SET goal_ids = \(bind: try JSONColumn.encode(left)) WHERE id = \(bind: board)"
                ).run()
                if left.isEmpty {
                    try await sql.raw(
                        "UPDATE kpi_boards SET revoked_at = \(bind: Timestamp.now) WHERE id = \(bind: board) AND revoked_at IS NULL"
                    ).run()
                }
            }
            try await audit(sql, actor, "delete", "goal", id, goal.title)
        }
    }

    static func goal(_ row: any SQLRow) throws -> Goal {
        Goal(
            id: try row.string("id"), title: try row.string("title"),
            metric: Metric(rawValue: try row.string("metric")) ?? .nps, journeyID: try row.optionalString("journey_id"),
            touchpointID: try row.optionalString("touchpoint_id"), unitID: try row.optionalString("unit_id"),
            target: try row.decode(column: "target", as: Double.self), startDay: LocalDay(try row.int("start_day")),
            deadline: LocalDay(try row.int("deadline")), windowDays: try row.int("window_days"),
            createdBy: try row.string("created_by"), createdAt: try row.date("created_at"))
    }

    // MARK: KPI boards

    /// Publishes a board; the goals it names must exist.
    @discardableResult
    public func createKPIBoard(_ submitted: KPIBoard, by actor: AuditActor) async throws -> KPIBoard {
        let board: KPIBoard
        do { board = try submitted.validated() } catch { throw StoreError.invalid(error) }
        try await database.write { sql in
            for (index, id) in board.goalIDs.enumerated() {
                try await requireExists(sql, table: "goals", id: id, field: "goalIDs[\(index)]", entity: "goal")
            }
            try await sql.raw(
                """
                INSERT INTO kpi_boards (id, token, title, goal_ids, minimum_n, language, created_by, created_at)
                VALUES (\(bind: board.id), \(bind: board.token), \(bind: board.title),
                        \(bind: try JSONColumn.encode(board.goalIDs)), \(bind: board.minimumN),
                        \(bind: board.language.rawValue), \(bind: board.createdBy), \(bind: Timestamp.from(board.createdAt)))
                """
            ).run()
            // The token is the board's secret: the audit log names the board, never its link.
            try await audit(sql, actor, "create", "kpi_board", board.id, board.title)
        }
        return board
    }

    /// Every board, revoked ones too, newest first.
    public func kpiBoards() async throws -> [KPIBoard] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM kpi_boards ORDER BY created_at DESC, id").all().map(Self.kpiBoard)
        }
    }

    /// The live board with this token, or nil (unknown, malformed or revoked alike).
    public func kpiBoard(token: String) async throws -> KPIBoard? {
        guard KPIBoard.isToken(token) else { return nil }
        return try await database.read { sql in
            try await sql.raw("SELECT * FROM kpi_boards WHERE token = \(bind: token) AND revoked_at IS NULL").first()
                .map(Self.kpiBoard)
        }
    }

    /// Closes a board's link for good.
    public func revokeKPIBoard(_ id: String, by actor: AuditActor, at time: Date = Date()) async throws {
        try await database.write { sql in
            guard
                let row = try await sql.raw("SELECT title FROM kpi_boards WHERE id = \(bind: id) AND revoked_at IS NULL")
                    .first()
            else { throw StoreError.notFound(entity: "KPI board", id: id) }
            try await sql.raw("UPDATE kpi_boards SET revoked_at = \(bind: Timestamp.from(time)) WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "revoke", "kpi_board", id, try row.string("title"))
        }
    }

    static func kpiBoard(_ row: any SQLRow) throws -> KPIBoard {
        KPIBoard(
            id: try row.string("id"), token: try row.string("token"), title: try row.string("title"),
            goalIDs: try row.json("goal_ids", as: [String].self), minimumN: try row.int("minimum_n"),
            language: Language(rawValue: try row.string("language")) ?? .en, createdBy: try row.string("created_by"),
            createdAt: try row.date("created_at"), revokedAt: try row.optionalDate("revoked_at"))
    }
}

/// Which monthly results digests went to whom.
extension Store {
    /// The people who got the digest of the month (`YYYY-MM-01`).
    public func digestsSent(month: String) async throws -> Set<String> {
        try await database.read { sql in
            Set(
                try await sql.raw("SELECT user_id FROM digest_sends WHERE month = \(bind: month)").all()
                    .map { try $0.string("user_id") })
        }
    }

    /// Claims the month's digest for each of the people, once: returns those claimed by this call, so that two
    /// servers sending at once never both mail the same person.
    public func claimDigests(month: String, for userIDs: [String], at time: Date) async throws -> Set<String> {
        guard !userIDs.isEmpty else { return [] }
        return try await database.write { sql in
            var claimed = Set<String>()
            for user in userIDs {
                let row = try await sql.raw(
                    """
                    INSERT INTO digest_sends (month, user_id, sent_at) VALUES (\(bind: month), \(bind: user), \(bind: Timestamp.from(time)))
                    ON CONFLICT (month, user_id) DO NOTHING RETURNING user_id
                    """
                ).first()
                if let row { claimed.insert(try row.string("user_id")) }
            }
            return claimed
        }
    }
}
