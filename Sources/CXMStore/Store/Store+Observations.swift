import CXMCore
import Foundation
import SQLKit

/// What staff who meet customers record, and what colleagues add to it: votes ("I see this too") and comments.
extension Store {
    /// Stores an observation whose text was analysed (`language`, `themeIDs`) by the caller. The unit, the
    /// touchpoint and the customer must exist, and the unit must be one the author may see.
    @discardableResult
    public func recordObservation(
        _ submitted: ObservationDraft, language: Language, themeIDs: [String], visibleUnits: Set<String>?,
        by actor: AuditActor, at time: Date = Date()
    ) async throws -> Observation {
        let draft: ObservationDraft
        do { draft = try submitted.validated() } catch { throw StoreError.invalid(error) }
        if let units = visibleUnits {
            guard let unit = draft.unitID else {
                throw StoreError.invalid("unitID", "name the unit where you saw it; you record for your own units only")
            }
            guard units.contains(unit) else {
                throw StoreError.invalid("unitID", "'\(unit)' is not one of your units; choose one you work in")
            }
        }
        let observation = Observation(
            text: draft.text, touchpointID: draft.touchpointID, unitID: draft.unitID, frequency: draft.frequency ?? .once,
            customerID: draft.customerID, language: language, themeIDs: themeIDs,
            authorID: actor.id, authorName: actor.name, createdAt: Timestamp.date(Timestamp.from(time)))
        try await database.write { sql in
            if let unit = observation.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            if let touchpoint = observation.touchpointID {
                try await requireExists(sql, table: "touchpoints", id: touchpoint, field: "touchpointID", entity: "touchpoint")
            }
            if let customer = observation.customerID {
                try await requireExists(sql, table: "customers", id: customer, field: "customerID", entity: "customer")
            }
            try await sql.raw(
                """
                INSERT INTO observations (id, text, touchpoint_id, unit_id, frequency, customer_id, language, theme_ids,
                                          theme_id, author_id, author_name, created_at)
                VALUES (\(bind: observation.id), \(bind: observation.text), \(bind: observation.touchpointID),
                        \(bind: observation.unitID), \(bind: observation.frequency.rawValue), \(bind: observation.customerID),
                        \(bind: observation.language.rawValue), \(bind: try JSONColumn.encode(observation.themeIDs)),
                        \(bind: observation.themeID), \(bind: observation.authorID), \(bind: observation.authorName),
                        \(bind: Timestamp.from(observation.createdAt)))
                """
            ).run()
            try await audit(sql, actor, "create", "observation", observation.id, String(observation.text.prefix(120)))
        }
        return observation
    }

    /// What the list of observations shows.
    public struct ObservationQuery: Sendable, Hashable {
        public var visibleUnits: Set<String>?
        public var since: Date?
        public var unitID: String?
        public var touchpointID: String?
        public var themeID: String?
        public var customerID: String?
        public var limit: Int

        public init(
            visibleUnits: Set<String>?, since: Date? = nil, unitID: String? = nil, touchpointID: String? = nil,
            themeID: String? = nil, customerID: String? = nil, limit: Int = 2_000
        ) {
            self.visibleUnits = visibleUnits
            self.since = since
            self.unitID = unitID
            self.touchpointID = touchpointID
            self.themeID = themeID
            self.customerID = customerID
            self.limit = limit
        }
    }

    /// Observations newest first, with their votes and comments counted. A reader sees those of their units
    /// and the company-wide ones.
    public func observations(_ query: ObservationQuery) async throws -> [Observation] {
        var conditions: [SQLQueryString] = ["1 = 1"]
        if let units = query.visibleUnits {
            // A person with no unit sees the company-wide ones only (and PostgreSQL refuses an empty IN list).
            conditions.append(
                units.isEmpty ? "o.unit_id IS NULL" : "(o.unit_id IS NULL OR o.unit_id IN (\(binds: Array(units).sorted())))")
        }
        if let since = query.since { conditions.append("o.created_at >= \(bind: Timestamp.from(since))") }
        if let unit = query.unitID { conditions.append("o.unit_id = \(bind: unit)") }
        if let touchpoint = query.touchpointID { conditions.append("o.touchpoint_id = \(bind: touchpoint)") }
        if let theme = query.themeID { conditions.append("o.theme_id = \(bind: theme)") }
        if let customer = query.customerID { conditions.append("o.customer_id = \(bind: customer)") }
        let filter = conditions.joined(separator: " AND ")
        return try await database.read { sql in
            try await sql.raw(
                Self.observationColumns + filter
                    + " ORDER BY o.created_at DESC, o.id DESC LIMIT \(bind: max(1, min(query.limit, 10_000)))"
            ).all().map(Self.observation)
        }
    }

    /// One observation, if the reader may see it.
    public func observation(_ id: String, visibleUnits: Set<String>?) async throws -> Observation {
        try await database.read { sql in try await self.observation(sql, id, visibleUnits: visibleUnits) }
    }

    func observation(_ sql: any SQLDatabase, _ id: String, visibleUnits: Set<String>?) async throws -> Observation {
        guard
            let row = try await sql.raw(Self.observationColumns + "o.id = \(bind: id)").first()
        else { throw StoreError.notFound(entity: "observation", id: id) }
        let observation = try Self.observation(row)
        if let units = visibleUnits, let unit = observation.unitID, !units.contains(unit) {
            throw StoreError.notFound(entity: "observation", id: id)
        }
        return observation
    }

    /// Adds or takes back a colleague's vote; the author's own report is not a vote. Returns the votes now.
    @discardableResult
    public func voteObservation(
        _ id: String, _ vote: Bool, visibleUnits: Set<String>?, by actor: AuditActor, at time: Date = Date()
    ) async throws -> Int {
        try await database.write { sql in
            let observation = try await self.observation(sql, id, visibleUnits: visibleUnits)
            if vote {
                guard observation.authorID != actor.id else {
                    throw StoreError.invalid("vote", "you reported this yourself; votes are colleagues' \"I see this too\"")
                }
                try await sql.raw(
                    """
                    INSERT INTO observation_votes (observation_id, user_id, at)
                    VALUES (\(bind: id), \(bind: actor.id), \(bind: Timestamp.from(time)))
                    ON CONFLICT (observation_id, user_id) DO NOTHING
                    """
                ).run()
            } else {
                try await sql.raw(
                    "DELETE FROM observation_votes WHERE observation_id = \(bind: id) AND user_id = \(bind: actor.id)"
                ).run()
            }
            return try await count(sql, "SELECT COUNT(*) AS n FROM observation_votes WHERE observation_id = \(bind: id)")
        }
    }

    /// The observations among `ids` the user has voted for.
    public func observationsVoted(by userID: String, among ids: [String]) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try await database.read { sql in
            var voted = Set<String>()
            for chunk in ids.chunked(maxRows: 1_000) {
                for row in try await sql.raw(
                    """
                    SELECT observation_id FROM observation_votes
                     WHERE user_id = \(bind: userID) AND observation_id IN (\(binds: Array(chunk)))
                    """
                ).all() { voted.insert(try row.string("observation_id")) }
            }
            return voted
        }
    }

    @discardableResult
    public func commentObservation(
        _ id: String, text: String, visibleUnits: Set<String>?, by actor: AuditActor, at time: Date = Date()
    ) async throws -> ObservationComment {
        var check = Validator()
        let text = check.text(text, field: "text", maxLength: ObservationDraft.maxLength)
        if text.isEmpty { check.add("text", "must not be empty; write your comment", code: .required) }
        do { try check.finish() } catch { throw StoreError.invalid(error) }
        let comment = ObservationComment(
            observationID: id, authorName: actor.name, text: text, createdAt: Timestamp.date(Timestamp.from(time)))
        try await database.write { sql in
            _ = try await self.observation(sql, id, visibleUnits: visibleUnits)
            try await sql.raw(
                """
                INSERT INTO observation_comments (id, observation_id, author_id, author_name, text, created_at)
                VALUES (\(bind: comment.id), \(bind: id), \(bind: actor.id), \(bind: actor.name), \(bind: text),
                        \(bind: Timestamp.from(comment.createdAt)))
                """
            ).run()
        }
        return comment
    }

    /// An observation's comments, oldest first.
    public func observationComments(_ id: String, visibleUnits: Set<String>?) async throws -> [ObservationComment] {
        try await database.read { sql in
            _ = try await self.observation(sql, id, visibleUnits: visibleUnits)
            return try await sql.raw(
                "SELECT * FROM observation_comments WHERE observation_id = \(bind: id) ORDER BY created_at, id"
            ).all().map { row in
                ObservationComment(
                    id: try row.string("id"), observationID: id, authorName: try row.string("author_name"),
                    text: try row.string("text"), createdAt: try row.date("created_at"))
            }
        }
    }

    /// An observation's columns with its votes and comments counted, up to the `WHERE` its caller completes.
    private static let observationColumns: SQLQueryString = """
        SELECT o.*, (SELECT COUNT(*) FROM observation_votes v WHERE v.observation_id = o.id) AS votes,
               (SELECT COUNT(*) FROM observation_comments c WHERE c.observation_id = o.id) AS comments
          FROM observations o WHERE 
        """

    static func observation(_ row: any SQLRow) throws -> Observation {
        Observation(
            id: try row.string("id"), text: try row.string("text"), touchpointID: try row.optionalString("touchpoint_id"),
            unitID: try row.optionalString("unit_id"),
            frequency: ObservationFrequency(rawValue: try row.string("frequency")) ?? .once,
            customerID: try row.optionalString("customer_id"), language: Language(rawValue: try row.string("language")) ?? .en,
            themeIDs: try row.json("theme_ids", as: [String].self), authorID: try row.optionalString("author_id"),
            authorName: try row.string("author_name"), createdAt: try row.date("created_at"), votes: try row.int("votes"),
            comments: try row.int("comments"))
    }
}
