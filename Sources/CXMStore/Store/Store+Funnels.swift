import CXMCore
import Foundation
import SQLKit

extension Store {
    public func funnels() async throws -> [Funnel] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM funnels ORDER BY name, id").all().map(Self.funnel)
        }
    }

    public func funnel(_ id: String) async throws -> Funnel {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM funnels WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "funnel", id: id)
            }
            return try Self.funnel(row)
        }
    }

    /// Creates the funnel (with a new id when it has none), or replaces the one with its id.
    @discardableResult
    public func saveFunnel(_ funnel: Funnel, by actor: AuditActor) async throws -> Funnel {
        try await database.write { sql in try await self.saveFunnel(sql, funnel, by: actor) }
    }

    /// Sets (or, with nil, removes) the feedback prompt of one step, numbered from 1, reading and writing the
    /// funnel in one transaction: an edit of the funnel saved meanwhile is kept, not overwritten with the
    /// copy the prompt form was drawn from.
    public func setFunnelPrompt(funnelID: String, step: Int, linkID: String?, by actor: AuditActor) async throws -> Funnel {
        try await database.write { sql in
            guard var funnel = try await sql.raw("SELECT * FROM funnels WHERE id = \(bind: funnelID)").first().map(Self.funnel)
            else { throw StoreError.notFound(entity: "funnel", id: funnelID) }
            guard funnel.steps.indices.contains(step - 1) else {
                throw StoreError.invalid("step", "must be the number of one of the funnel's steps, 1–\(funnel.steps.count)")
            }
            funnel.steps[step - 1].feedbackLinkID = linkID
            return try await self.saveFunnel(sql, funnel, by: actor)
        }
    }

    private func saveFunnel(_ sql: any SQLDatabase, _ funnel: Funnel, by actor: AuditActor) async throws -> Funnel {
        let touchpoints = Set(try await sql.raw("SELECT id FROM touchpoints").all().map { try $0.string("id") })
        // A prompt kept as it was stays valid when its link was closed since: the page says so, and
        // the funnel can still be renamed or its other prompts changed.
        let promptLinks = Set(try await Self.promptLinks(sql).map(\.id))
        var kept: [Int: String] = [:]
        if !funnel.id.isEmpty,
            let stored = try await sql.raw("SELECT * FROM funnels WHERE id = \(bind: funnel.id)").first().map(Self.funnel)
        {
            for (index, step) in stored.steps.enumerated() where funnel.steps.indices.contains(index) {
                let event = funnel.steps[index].event.trimmedWhitespace.composed
                if let link = step.feedbackLinkID, event == step.event { kept[index] = link }
            }
        }
        var valid: Funnel
        do throws(ValidationFailure) {
            valid = try funnel.validated(touchpointIDs: touchpoints, promptLinkIDs: promptLinks, keptPrompts: kept)
        } catch {
            throw StoreError.invalid(error)
        }
        let now = Timestamp.now
        let steps = try JSONColumn.encode(valid.steps)
        if valid.id.isEmpty { valid.id = Identifier.make() }
        let exists = try await sql.raw("SELECT 1 AS one FROM funnels WHERE id = \(bind: valid.id)").first() != nil
        if !exists {
            try await sql.raw(
                """
                INSERT INTO funnels (id, name, steps, window_minutes, created_at, updated_at)
                VALUES (\(bind: valid.id), \(bind: valid.name), \(bind: steps), \(bind: valid.windowMinutes), \(bind: now), \(bind: now))
                """
            ).run()
            try await self.audit(sql, actor, "create", "funnel", valid.id, "created funnel \(valid.name)")
        } else {
            try await sql.raw(
                """
                UPDATE funnels SET name = \(bind: valid.name), steps = \(bind: steps),
                    window_minutes = \(bind: valid.windowMinutes), updated_at = \(bind: now), progress_through = 0
                WHERE id = \(bind: valid.id)
                """
            ).run()
            try await self.audit(sql, actor, "update", "funnel", valid.id, "changed funnel \(valid.name)")
        }
        return valid
    }

    /// The survey links a funnel step's feedback prompt may use: public (a kiosk link does not run on a web
    /// site) and open, by label.
    public func promptLinks() async throws -> [SurveyLink] {
        try await database.read { try await Self.promptLinks($0) }
    }

    static func promptLinks(_ sql: any SQLDatabase) async throws -> [SurveyLink] {
        try await sql.raw(
            """
            SELECT * FROM survey_links WHERE kind = \(bind: SurveyLink.Kind.public.rawValue) AND disabled = \(bind: false)
            ORDER BY label, id
            """
        ).all().map(Self.surveyLink)
    }

    /// How many answers a step's feedback prompt brought in the period: responses to the link's survey at
    /// its touchpoint (and unit, when the link names one), in the units the viewer may see.
    public func promptAnswers(_ link: SurveyLink, from: Date, to: Date, visibleUnits: Set<String>?) async throws -> Int {
        if let visible = visibleUnits, visible.isEmpty { return 0 }
        return try await database.read { sql in
            var query: SQLQueryString = """
                SELECT COUNT(*) AS n FROM responses WHERE survey_id = \(bind: link.surveyID)
                AND touchpoint_id = \(bind: link.touchpointID)
                AND submitted_at >= \(bind: Timestamp.from(from)) AND submitted_at < \(bind: Timestamp.from(to))
                """
            if let unit = link.unitID { query += " AND unit_id = \(bind: unit)" }
            if let visible = visibleUnits?.sorted() { query += " AND unit_id IN (\(binds: visible))" }
            return try await sql.raw(query).first()?.int("n") ?? 0
        }
    }

    public func deleteFunnel(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await self.requireRow(sql, "funnels", id, "funnel")
            try await sql.raw("DELETE FROM funnels WHERE id = \(bind: id)").run()
            try await self.dropFunnelProgress(sql, funnel: id)
            try await self.audit(sql, actor, "delete", "funnel", id, "deleted funnel \(id)")
        }
    }

    static func funnel(_ row: any SQLRow) throws -> Funnel {
        Funnel(
            id: try row.string("id"), name: try row.string("name"), steps: try row.json("steps", as: [FunnelStep].self),
            windowMinutes: try row.int("window_minutes"))
    }

    /// Counts the funnel for visitors whose first step falls in `[from, to)`, optionally only those who
    /// are customers in a segment. Each visitor enters at their first first-step event of the period and
    /// reaches each later step at its first event after the step before and within the window from the
    /// entry. The visitors are split into two ranges counted on two connections at once.
    public func funnelCounts(_ funnel: Funnel, from: Date, to: Date, segmentID: String? = nil) async throws -> FunnelCounts {
        let (names, range) = try await database.read { sql -> ([Int64?], (Int64, Int64)?) in
            var names: [Int64?] = []
            for step in funnel.steps {
                names.append(
                    try await sql.raw("SELECT id FROM event_names WHERE name = \(bind: step.event)").first()?
                        .decode(column: "id", as: Int64.self))
            }
            guard let first = names.first ?? nil,
                let row = try await sql.raw(
                    "SELECT MIN(actor_id) AS low, MAX(actor_id) AS high FROM behaviour_events WHERE name_id = \(bind: first)"
                ).first(),
                let low = try row.decode(column: "low", as: Int64?.self),
                let high = try row.decode(column: "high", as: Int64?.self)
            else { return (names, nil) }
            return (names, (low, high))
        }
        guard let range, let firstName = names.first ?? nil else { return FunnelCounts() }
        // Steps whose event never came cannot be reached; the steps before them still count.
        let reachable = Array(names.prefix { $0 != nil }.compactMap { $0 })
        let query = FunnelQuery(
            names: [firstName] + reachable.dropFirst(), from: Timestamp.from(from), to: Timestamp.from(to),
            window: funnel.windowMilliseconds, segmentID: segmentID, dialect: dialect)
        let middle = range.0 + (range.1 - range.0) / 2
        async let lower = database.read { try await query.counts($0, actors: range.0...middle) }
        async let upper = database.read { try await query.counts($0, actors: (middle + 1)...max(middle + 1, range.1)) }
        let counts = try await lower.adding(try await upper)
        return counts.padded(to: funnel.steps.count)
    }
}

extension FunnelCounts {
    /// Every channel with a stage for each step, unreached steps counting nobody.
    func padded(to steps: Int) -> FunnelCounts {
        FunnelCounts(
            channels: channels.mapValues { stages in
                stages + Array(repeating: FunnelCounts.Stage(), count: Swift.max(0, steps - stages.count))
            })
    }
}

/// The funnel as chained stages: stage 1 holds each visitor's entry, every later stage the visitors
/// of the one before who reached the next step in time. Stages are materialised, since each is read
/// twice (by the next stage and by the counts), and every step is one index seek per visitor along
/// `behaviour_events_funnel`.
struct FunnelQuery {
    var names: [Int64]
    var from: Int64
    var to: Int64
    var window: Int64
    var segmentID: String?
    var dialect: Dialect

    func counts(_ sql: any SQLDatabase, actors: ClosedRange<Int64>) async throws -> FunnelCounts {
        var query = SQLQueryString("WITH ")
        // The entry: each visitor's first first-step event of the period, with that event's channel.
        let segment: SQLQueryString =
            segmentID.map {
                """
                 AND actor_id IN (SELECT a.id FROM event_actors a JOIN segment_members m ON m.customer_id = a.customer_id
                 WHERE m.segment_id = \(bind: $0))
                """
            } ?? ""
        let entries: SQLQueryString = """
            FROM behaviour_events WHERE name_id = \(bind: names[0]) AND at >= \(bind: from) AND at < \(bind: to)
            AND actor_id >= \(bind: actors.lowerBound) AND actor_id <= \(bind: actors.upperBound)
            """
        switch dialect.kind {
        case .sqlite:
            // SQLite takes a bare column of a MIN() aggregate from the row holding the minimum.
            query += "s1 AS MATERIALIZED (SELECT actor_id AS actor, channel, MIN(at) AS t1, MIN(at) AS t, 0 AS d "
            query += entries + segment + " GROUP BY actor_id)"
        case .postgres:
            query += "s1 AS MATERIALIZED (SELECT DISTINCT ON (actor_id) actor_id AS actor, channel, at AS t1, at AS t, 0 AS d "
            query += entries + segment + " ORDER BY actor_id, at, id)"
        }
        // Both databases would pull the inner SELECT up into the stage and evaluate its correlated seek once
        // for each use of `t` (three); an OFFSET keeps it a subquery, evaluated once a visitor (~25 % faster).
        let fence =
            switch dialect.kind {
            case .sqlite: " LIMIT -1 OFFSET 0"
            case .postgres: " OFFSET 0"
            }
        for (index, name) in names.enumerated().dropFirst() {
            let stage = index + 1
            query += """
                , s\(unsafeRaw: String(stage)) AS MATERIALIZED (
                  SELECT actor, channel, t1, t, t - tp AS d FROM (
                    SELECT p.actor, p.channel, p.t1, p.t AS tp,
                      (SELECT MIN(e.at) FROM behaviour_events e WHERE e.name_id = \(bind: name) AND e.actor_id = p.actor
                       AND e.at >= p.t AND e.at <= p.t1 + \(bind: window)) AS t
                    FROM s\(unsafeRaw: String(stage - 1)) p\(unsafeRaw: fence)) x
                  WHERE t IS NOT NULL)
                """
        }
        let bucket = FunnelReport.bucketExpression("d")
        let sinceStart = FunnelReport.bucketExpression("(t - t1)")
        var parts = [
            "SELECT 1 AS stage, 0 AS since_start, channel, 0 AS bucket, COUNT(*) AS n, CAST(0 AS DOUBLE PRECISION) AS total FROM s1 GROUP BY channel"
        ]
        for stage in 2...max(2, names.count) where stage <= names.count {
            parts.append(
                """
                SELECT \(stage) AS stage, 0 AS since_start, channel, \(bucket) AS bucket, COUNT(*) AS n,
                  CAST(SUM(d) AS DOUBLE PRECISION) AS total FROM s\(stage) GROUP BY channel, \(bucket)
                """)
        }
        if names.count > 1 {
            parts.append(
                """
                SELECT \(names.count) AS stage, 1 AS since_start, channel, \(sinceStart) AS bucket, COUNT(*) AS n,
                  CAST(SUM(t - t1) AS DOUBLE PRECISION) AS total FROM s\(names.count) GROUP BY channel, \(sinceStart)
                """)
        }
        query += SQLQueryString(" " + parts.joined(separator: " UNION ALL "))
        var channels: [String?: [FunnelCounts.Stage]] = [:]
        let buckets = FunnelReport.timeBucketEdges.count + 1
        for row in try await sql.raw(query).all() {
            let stage = try row.int("stage") - 1
            let channel = try row.optionalString("channel")
            let n = try row.int("n")
            let bucket = try row.int("bucket")
            let total = try row.decode(column: "total", as: Double?.self) ?? 0
            var stages = channels[channel] ?? Array(repeating: FunnelCounts.Stage(), count: names.count)
            if try row.int("since_start") == 1 {
                if stages[stage].fromStart.isEmpty { stages[stage].fromStart = Array(repeating: 0, count: buckets) }
                stages[stage].fromStart[bucket] += n
                stages[stage].fromStartMilliseconds += total
            } else if stage == 0 {
                stages[0].actors += n
            } else {
                if stages[stage].fromPrevious.isEmpty { stages[stage].fromPrevious = Array(repeating: 0, count: buckets) }
                stages[stage].actors += n
                stages[stage].fromPrevious[bucket] += n
                stages[stage].fromPreviousMilliseconds += total
            }
            channels[channel] = stages
        }
        return FunnelCounts(channels: channels)
    }
}
