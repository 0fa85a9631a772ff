import CXMCore
import Foundation
import SQLKit

/// What happened to one response of a batch.
public enum InsertOutcome: Sendable, Hashable {
    /// Stored now under this id.
    case stored(id: String)
    /// A response with the same idempotency key was stored before, under this id.
    case duplicate(id: String)

    public var id: String {
        switch self {
        case .stored(let id), .duplicate(let id): id
        }
    }
}

/// What a response list is filtered by.
public struct ResponseQuery: Sendable, Hashable {
    public var surveyID: String?
    public var touchpointID: String?
    public var unitID: String?
    public var customerID: String?
    public var from: Date?
    public var to: Date?
    public var visibleUnits: Set<String>?

    public init(
        surveyID: String? = nil, touchpointID: String? = nil, unitID: String? = nil, customerID: String? = nil,
        from: Date? = nil, to: Date? = nil, visibleUnits: Set<String>? = nil
    ) {
        self.surveyID = surveyID
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.customerID = customerID
        self.from = from
        self.to = to
        self.visibleUnits = visibleUnits
    }
}

extension Store {
    /// Everything needed to resolve these submissions: their surveys (all versions), the touchpoints,
    /// units and channels they name or their surveys measure, and the customers they name. Only what
    /// the submissions refer to is read, so a single answer costs a handful of indexed lookups.
    public func responseCatalog(for submissions: [ResponseSubmission]) async throws -> ResponseCatalog {
        let surveyIDs = Array(Set(submissions.map(\.surveyID)))
        let namedUnits = Array(Set(submissions.compactMap(\.unitID)))
        let namedChannels = Array(Set(submissions.compactMap(\.channelID)))
        let namedTouchpoints = Set(submissions.compactMap(\.touchpointID))
        let namedCustomers = Set(submissions.compactMap(\.customerID))
        let identifiers = Set(submissions.compactMap(\.customer))
        let structure = try await database.read { sql in
            var surveys: [String: [Int: Survey]] = [:]
            var current: [String: Int] = [:]
            for chunk in surveyIDs.chunked(maxRows: 500) {
                let ids = Array(chunk)
                for row in try await sql.raw("SELECT id, current_version FROM surveys WHERE id IN (\(binds: ids))").all() {
                    current[try row.string("id")] = try row.int("current_version")
                }
                for row in try await sql.raw(
                    "SELECT survey_id, version, definition FROM survey_versions WHERE survey_id IN (\(binds: ids))"
                ).all() {
                    surveys[try row.string("survey_id"), default: [:]][try row.int("version")] =
                        try row.json("definition", as: Survey.self)
                }
            }
            let touchpointIDs = namedTouchpoints.union(surveys.values.flatMap { $0.values.flatMap(\.touchpointIDs) })
            var touchpoints: [Touchpoint] = []
            for chunk in Array(touchpointIDs).chunked(maxRows: 500) {
                touchpoints += try await sql.raw("SELECT * FROM touchpoints WHERE id IN (\(binds: Array(chunk)))").all()
                    .map(Self.touchpoint)
            }
            let units = try await existing(sql, table: "units", ids: namedUnits)
            let channels = try await existing(sql, table: "channels", ids: namedChannels)
            return (surveys, current, touchpoints, units, channels)
        }
        return ResponseCatalog(
            surveys: structure.0, currentVersions: structure.1,
            touchpoints: Dictionary(uniqueKeysWithValues: structure.2.map { ($0.id, $0) }), unitIDs: structure.3,
            channelIDs: structure.4, customerIDs: try await existingCustomerIDs(namedCustomers),
            customersByIdentifier: try await customerIDs(forIdentifiers: identifiers))
    }

    /// Which of the ids exist in the table.
    private func existing(_ sql: any SQLDatabase, table: String, ids: [String]) async throws -> Set<String> {
        var found: Set<String> = []
        for chunk in ids.chunked(maxRows: 500) {
            for row in try await sql.raw("SELECT id FROM \(ident: table) WHERE id IN (\(binds: Array(chunk)))").all() {
                found.insert(try row.string("id"))
            }
        }
        return found
    }

    /// Stores resolved responses in one transaction. A response whose idempotency key is already
    /// stored (or appears earlier in the same batch) is not stored again; its outcome names the first.
    public func insertResponses(_ responses: [SurveyResponse], receivedAt: Date = Date()) async throws -> [InsertOutcome] {
        guard !responses.isEmpty else { return [] }
        return try await database.write { sql in try await insertResponses(responses, receivedAt: receivedAt, on: sql) }
    }

    /// `insertResponses` inside the caller's transaction.
    func insertResponses(
        _ responses: [SurveyResponse], receivedAt: Date, on sql: any SQLDatabase
    ) async throws
        -> [InsertOutcome]
    {
        let received = Timestamp.from(receivedAt)
        var outcomes = [InsertOutcome?](repeating: nil, count: responses.count)
        var firstByKey: [String: Int] = [:]
        var fresh: [Int] = []
        for (index, response) in responses.enumerated() {
            if let key = response.idempotencyKey {
                if let first = firstByKey[key] {
                    outcomes[index] = .duplicate(id: responses[first].id)
                    continue
                }
                firstByKey[key] = index
            }
            fresh.append(index)
        }
        let keys = Array(firstByKey.keys)
        for chunk in keys.chunked(maxRows: 500) {
            let rows = try await sql.raw(
                "SELECT id, idempotency_key FROM responses WHERE idempotency_key IN (\(binds: Array(chunk)))"
            ).all()
            for row in rows {
                let index = firstByKey[try row.string("idempotency_key")]!
                outcomes[index] = .duplicate(id: try row.string("id"))
            }
        }
        let toStore = fresh.filter { outcomes[$0] == nil }.map { responses[$0] }
        let stored = try await insertNewResponses(sql, toStore, receivedAt: received)
        for (index, response) in responses.enumerated() where outcomes[index] == nil {
            if stored.contains(response.id) {
                outcomes[index] = .stored(id: response.id)
            } else if let key = response.idempotencyKey,
                let row = try await sql.raw("SELECT id FROM responses WHERE idempotency_key = \(bind: key)").first()
            {
                // Another server stored the same key between our check and our insert.
                outcomes[index] = .duplicate(id: try row.string("id"))
            } else {
                throw StoreError.conflict("response '\(response.id)' could not be stored: its id exists already")
            }
        }
        return outcomes.map { $0! }
    }

    /// Inserts responses and their answers; returns the ids actually inserted (conflicts on the
    /// idempotency key are skipped, never half-stored).
    private func insertNewResponses(
        _ sql: any SQLDatabase, _ responses: [SurveyResponse], receivedAt: Int64
    ) async throws -> Set<String> {
        guard !responses.isEmpty else { return [] }
        let context = try await rollupContext(sql, for: responses)
        var inserted: Set<String> = []
        let responseColumns = Self.responseColumns
        var calendar = LocalDayCalendar(context.timeZone)
        for chunk in responses.chunked(maxRows: 5_000) {
            var rows = JSONRows(reservingBytes: chunk.count * 300)
            for r in chunk {
                rows.startRow()
                for text in [r.id, r.surveyID] { rows.text(text) }
                rows.integer(r.surveyVersion)
                for text in [r.touchpointID, r.unitID, r.channelID, r.customerID, r.language.rawValue] { rows.text(text) }
                rows.integer(Timestamp.from(r.submittedAt))
                rows.integer(receivedAt)
                rows.text(r.idempotencyKey)
                rows.integer(calendar.day(of: r.submittedAt).number)
                rows.endRow()
            }
            let names = responseColumns.map(\.name).joined(separator: ", ")
            let returned = try await sql.raw(
                "INSERT INTO responses (\(unsafeRaw: names)) " + rows.select(responseColumns, dialect: dialect)
                    + " ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"
            ).all()
            for row in returned { inserted.insert(try row.string("id")) }
        }
        let stored = responses.filter { inserted.contains($0.id) }
        let answerColumns = Self.answerColumns
        let answerNames = answerColumns.map(\.name).joined(separator: ", ")
        var rows = JSONRows(reservingBytes: 200_000)
        for r in stored {
            let survey = context.surveys[SurveyVersionKey(id: r.surveyID, version: r.surveyVersion)]
            for answer in r.answers {
                let row = try AnswerRow(answer)
                let kind = row.score == nil ? nil : survey?.question(answer.question)?.scoreKind
                rows.startRow()
                for text in [r.id, answer.question, row.type] { rows.text(text) }
                rows.integer(row.score)
                for text in [row.choices, row.text, kind?.rawValue] { rows.text(text) }
                rows.endRow()
            }
            if rows.count >= 10_000 {
                try await sql.raw(
                    "INSERT INTO answers (\(unsafeRaw: answerNames)) " + rows.select(answerColumns, dialect: dialect)
                ).run()
                rows = JSONRows(reservingBytes: 200_000)
            }
        }
        if rows.count > 0 {
            try await sql.raw("INSERT INTO answers (\(unsafeRaw: answerNames)) " + rows.select(answerColumns, dialect: dialect))
                .run()
        }
        try await queueRollups(of: stored, surveys: context.surveys, timeZone: context.timeZone, on: sql)
        try await analyseTexts(of: stored, on: sql)
        try await openCases(for: stored, surveys: context.surveys, receivedAt: Timestamp.date(receivedAt), on: sql)
        // Answers given in the last week: an import of last year's answers posts nothing.
        let received = Timestamp.date(receivedAt)
        let fresh = stored.filter { received.timeIntervalSince($0.submittedAt) <= Self.webhookResponseMaxAge }
        if !fresh.isEmpty {
            try await queueWebhooks(sql, of: [.responseCreated], now: received) {
                fresh.map { WebhookEvent.responseCreated($0, at: received) }
            }
        }
        return inserted
    }

    /// The columns a stored response fills, in the order `insertNewResponses` writes them.
    static let responseColumns: [JSONRows.Column] = [
        ("id", false), ("survey_id", false), ("survey_version", true), ("touchpoint_id", false), ("unit_id", false),
        ("channel_id", false), ("customer_id", false), ("language", false), ("submitted_at", true),
        ("received_at", true), ("idempotency_key", false), ("local_day", true),
    ].map { JSONRows.Column(name: $0.0, integer: $0.1) }

    /// The columns a stored answer fills, in the order `insertNewResponses` writes them.
    static let answerColumns: [JSONRows.Column] = [
        ("response_id", false), ("question_key", false), ("value_kind", false), ("score", true),
        ("choices", false), ("text_value", false), ("kind", false),
    ].map { JSONRows.Column(name: $0.0, integer: $0.1) }

    /// The survey versions the responses answered and the zone their days are cut in.
    private func rollupContext(
        _ sql: any SQLDatabase, for responses: [SurveyResponse]
    ) async throws -> (surveys: [SurveyVersionKey: Survey], timeZone: TimeZone) {
        var surveys: [SurveyVersionKey: Survey] = [:]
        let ids = Array(Set(responses.map(\.surveyID)))
        for chunk in ids.chunked(maxRows: 500) {
            for row in try await sql.raw(
                "SELECT survey_id, version, definition FROM survey_versions WHERE survey_id IN (\(binds: Array(chunk)))"
            ).all() {
                let key = SurveyVersionKey(id: try row.string("survey_id"), version: try row.int("version"))
                surveys[key] = try row.json("definition", as: Survey.self)
            }
        }
        let zone =
            try await sql.raw("SELECT time_zone FROM workspace WHERE id = 'default'").first()
            .map { try $0.string("time_zone") } ?? WorkspaceSettings.initial.timeZone
        return (surveys, TimeZone(identifier: zone) ?? TimeZone(identifier: "UTC")!)
    }

    public func response(_ id: String) async throws -> SurveyResponse {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM responses WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "response", id: id)
            }
            let answers = try await self.answers(sql, of: [id])
            return try Self.response(row, answers: answers[id] ?? [])
        }
    }

    /// A page of responses, newest first.
    public func responses(_ query: ResponseQuery, page: PageRequest) async throws -> Page<SurveyResponse> {
        try await database.read { sql in
            var conditions: [SQLQueryString] = []
            if let v = query.surveyID { conditions.append("survey_id = \(bind: v)") }
            if let v = query.touchpointID { conditions.append("touchpoint_id = \(bind: v)") }
            if let v = query.unitID { conditions.append("unit_id = \(bind: v)") }
            if let v = query.customerID { conditions.append("customer_id = \(bind: v)") }
            if let v = query.from { conditions.append("submitted_at >= \(bind: Timestamp.from(v))") }
            if let v = query.to { conditions.append("submitted_at < \(bind: Timestamp.from(v))") }
            if let visible = query.visibleUnits {
                if visible.isEmpty { return Page(items: [], total: 0, offset: page.offset, limit: page.limit) }
                conditions.append("unit_id IN (\(binds: visible.sorted()))")
            }
            let filter: SQLQueryString = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let total = try await count(sql, "SELECT COUNT(*) AS n FROM responses" + filter)
            let rows = try await sql.raw(
                "SELECT * FROM responses" + filter
                    + " ORDER BY submitted_at DESC, id LIMIT \(literal: page.limit) OFFSET \(literal: page.offset)"
            ).all()
            let answers = try await self.answers(sql, of: try rows.map { try $0.string("id") })
            let items = try rows.map { try Self.response($0, answers: answers[try $0.string("id")] ?? []) }
            return Page(items: items, total: total, offset: page.offset, limit: page.limit)
        }
    }

    /// Total stored responses.
    public func responseCount() async throws -> Int {
        try await database.read { sql in try await count(sql, "SELECT COUNT(*) AS n FROM responses") }
    }

    /// Every response that names the customer, oldest first, with its answers.
    func responses(_ sql: any SQLDatabase, ofCustomer id: String) async throws -> [SurveyResponse] {
        let rows = try await sql.raw(
            "SELECT * FROM responses WHERE customer_id = \(bind: id) ORDER BY submitted_at, id"
        ).all()
        let answers = try await self.answers(sql, of: try rows.map { try $0.string("id") })
        return try rows.map { try Self.response($0, answers: answers[try $0.string("id")] ?? []) }
    }

    func answers(_ sql: any SQLDatabase, of ids: [String]) async throws -> [String: [Answer]] {
        var result: [String: [Answer]] = [:]
        for chunk in ids.chunked(maxRows: 500) where !chunk.isEmpty {
            for row in try await sql.raw(
                "SELECT * FROM answers WHERE response_id IN (\(binds: Array(chunk))) ORDER BY question_key"
            ).all() {
                result[try row.string("response_id"), default: []].append(try AnswerRow.answer(row))
            }
        }
        return result
    }

    static func response(_ row: any SQLRow, answers: [Answer]) throws -> SurveyResponse {
        SurveyResponse(
            id: try row.string("id"), surveyID: try row.string("survey_id"), surveyVersion: try row.int("survey_version"),
            touchpointID: try row.string("touchpoint_id"), unitID: try row.string("unit_id"),
            channelID: try row.string("channel_id"), customerID: try row.optionalString("customer_id"),
            language: Language(rawValue: try row.string("language")) ?? .en, submittedAt: try row.date("submitted_at"),
            answers: answers, idempotencyKey: try row.optionalString("idempotency_key"))
    }
}

/// One version of one survey.
struct SurveyVersionKey: Hashable {
    var id: String
    var version: Int
}

/// How one answer is laid out in the `answers` table: scores as integers for fast aggregation.
struct AnswerRow {
    var type: String
    var score: Int?
    var choices: String?
    var text: String?

    init(_ answer: Answer) throws {
        switch answer.value {
        case .score(let value): (type, score) = ("score", value)
        case .choice(let key): (type, choices) = ("choice", try JSONColumn.encode([key]))
        case .choices(let keys): (type, choices) = ("choices", try JSONColumn.encode(keys))
        case .text(let value): (type, text) = ("text", value)
        }
    }

    static func answer(_ row: any SQLRow) throws -> Answer {
        let key = try row.string("question_key")
        switch try row.string("value_kind") {
        case "score": return Answer(question: key, value: .score(try row.int("score")))
        case "choice": return Answer(question: key, value: .choice(try row.json("choices", as: [String].self).first ?? ""))
        case "choices": return Answer(question: key, value: .choices(try row.json("choices", as: [String].self)))
        default: return Answer(question: key, value: .text(try row.optionalString("text_value") ?? ""))
        }
    }
}
