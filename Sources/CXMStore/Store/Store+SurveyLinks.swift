import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Stores a new public or kiosk link; its touchpoint must be one the survey measures.
    @discardableResult
    public func createSurveyLink(_ link: SurveyLink, by actor: AuditActor) async throws -> SurveyLink {
        let valid: SurveyLink
        do { valid = try link.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            try await requireExists(sql, table: "surveys", id: valid.surveyID, field: "surveyID", entity: "survey")
            let attached = try await sql.raw(
                """
                SELECT 1 AS one FROM survey_touchpoints
                 WHERE survey_id = \(bind: valid.surveyID) AND touchpoint_id = \(bind: valid.touchpointID)
                """
            ).first()
            if attached == nil {
                throw StoreError.invalid("touchpointID", "the survey does not measure touchpoint '\(valid.touchpointID)'")
            }
            if let unit = valid.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            try await sql.raw(
                """
                INSERT INTO survey_links (id, token, survey_id, kind, touchpoint_id, unit_id, label, created_at, disabled)
                VALUES (\(bind: valid.id), \(bind: valid.token), \(bind: valid.surveyID), \(bind: valid.kind.rawValue),
                        \(bind: valid.touchpointID), \(bind: valid.unitID), \(bind: valid.label),
                        \(bind: Timestamp.from(valid.createdAt)), \(bind: valid.disabled))
                """
            ).run()
            try await audit(sql, actor, "create", "survey_link", valid.id, "\(valid.kind.rawValue) link '\(valid.label)'")
            return valid
        }
    }

    /// The links of a survey, newest first.
    public func surveyLinks(survey surveyID: String) async throws -> [SurveyLink] {
        try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM survey_links WHERE survey_id = \(bind: surveyID) ORDER BY created_at DESC, id DESC"
            ).all().map(Self.surveyLink)
        }
    }

    /// The link with this id, of the named survey.
    public func surveyLink(_ id: String, survey surveyID: String) async throws -> SurveyLink {
        try await database.read { sql in
            guard
                let row = try await sql.raw(
                    "SELECT * FROM survey_links WHERE id = \(bind: id) AND survey_id = \(bind: surveyID)"
                ).first()
            else { throw StoreError.notFound(entity: "survey link", id: id) }
            return try Self.surveyLink(row)
        }
    }

    /// The link with this token, or nil.
    public func surveyLink(token: String) async throws -> SurveyLink? {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM survey_links WHERE token = \(bind: token)").first().map(Self.surveyLink)
        }
    }

    /// Opens or closes a link for answers.
    public func setSurveyLinkDisabled(_ id: String, _ disabled: Bool, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await requireExists(sql, table: "survey_links", id: id, field: "id", entity: "survey link")
            try await sql.raw("UPDATE survey_links SET disabled = \(bind: disabled) WHERE id = \(bind: id)").run()
            try await audit(sql, actor, disabled ? "disable" : "enable", "survey_link", id, disabled ? "closed" : "opened")
        }
    }

    static func surveyLink(_ row: any SQLRow) throws -> SurveyLink {
        SurveyLink(
            id: try row.string("id"), token: try row.string("token"), surveyID: try row.string("survey_id"),
            kind: SurveyLink.Kind(rawValue: try row.string("kind")) ?? .public, touchpointID: try row.string("touchpoint_id"),
            unitID: try row.optionalString("unit_id"), label: try row.string("label"), createdAt: try row.date("created_at"),
            disabled: try row.bool("disabled"))
    }

    // MARK: Drafts

    /// The draft whose token has this hash, or nil.
    public func responseDraft(tokenHash: String) async throws -> ResponseDraft? {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM response_drafts WHERE token_hash = \(bind: tokenHash)").first()
                .map(Self.responseDraft)
        }
    }

    /// Unfinished drafts whose time to count as a response has come, with their token hashes.
    public func draftsToComplete(now: Date = Date(), limit: Int = 500) async throws -> [(draft: ResponseDraft, tokenHash: String)]
    {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM response_drafts
                 WHERE complete_after <= \(bind: Timestamp.from(now)) AND completed_at IS NULL
                 ORDER BY complete_after LIMIT \(bind: limit)
                """
            ).all().map { (try Self.responseDraft($0), try $0.string("token_hash")) }
        }
    }

    /// Drafts not touched since `before` go: answered ones served only their thank-you page, and
    /// unfinished ones were left (what a widget answer counts for is stored long before). Returns how many.
    @discardableResult
    public func purgeDrafts(before: Date) async throws -> Int {
        try await database.write { sql in
            try await sql.raw(
                "DELETE FROM response_drafts WHERE updated_at < \(bind: Timestamp.from(before)) RETURNING id"
            ).all().count
        }
    }

    /// Gives an unfinished draft a new token (its old one stops working).
    public func rekeyDraft(from oldHash: String, to newHash: String) async throws {
        try await database.write { sql in
            try await sql.raw(
                "UPDATE response_drafts SET token_hash = \(bind: newHash) WHERE token_hash = \(bind: oldHash) AND completed_at IS NULL"
            ).run()
        }
    }

    /// A draft that cannot count as a response (a required answer is missing) is left as it is.
    public func keepDraftUnfinished(tokenHash: String) async throws {
        try await database.write { sql in
            try await sql.raw("UPDATE response_drafts SET complete_after = NULL WHERE token_hash = \(bind: tokenHash)").run()
        }
    }

    /// The link with this id, or nil.
    public func surveyLink(id: String) async throws -> SurveyLink? {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM survey_links WHERE id = \(bind: id)").first().map(Self.surveyLink)
        }
    }

    /// The draft answering an invitation, or nil.
    public func responseDraft(invitation invitationID: String) async throws -> ResponseDraft? {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM response_drafts WHERE invitation_id = \(bind: invitationID)").first()
                .map(Self.responseDraft)
        }
    }

    /// Saves a draft's answers and screen, creating it on its first save. A completed draft is
    /// never changed again.
    public func saveResponseDraft(_ draft: ResponseDraft, tokenHash: String) async throws {
        try await database.write { sql in
            let answers = try JSONColumn.encode(draft.answers)
            let updated = Timestamp.from(draft.updatedAt)
            let existing = try await sql.raw("SELECT id FROM response_drafts WHERE token_hash = \(bind: tokenHash)").first()
            if existing == nil {
                try await sql.raw(
                    """
                    INSERT INTO response_drafts (id, token_hash, link_id, invitation_id, survey_id, survey_version, language,
                                                 answers, screen, created_at, updated_at, complete_after)
                    VALUES (\(bind: draft.id), \(bind: tokenHash), \(bind: draft.linkID), \(bind: draft.invitationID),
                            \(bind: draft.surveyID),
                            \(bind: draft.surveyVersion), \(bind: draft.language.rawValue), \(bind: answers),
                            \(bind: draft.screen), \(bind: Timestamp.from(draft.createdAt)), \(bind: updated),
                            \(bind: draft.completeAfter.map(Timestamp.from)))
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    UPDATE response_drafts SET language = \(bind: draft.language.rawValue), answers = \(bind: answers),
                           screen = \(bind: draft.screen), updated_at = \(bind: updated),
                           complete_after = \(bind: draft.completeAfter.map(Timestamp.from))
                     WHERE token_hash = \(bind: tokenHash) AND completed_at IS NULL
                    """
                ).run()
            }
        }
    }

    static func responseDraft(_ row: any SQLRow) throws -> ResponseDraft {
        ResponseDraft(
            id: try row.string("id"), linkID: try row.optionalString("link_id"),
            invitationID: try row.optionalString("invitation_id"), surveyID: try row.string("survey_id"),
            surveyVersion: try row.int("survey_version"),
            language: Language(rawValue: try row.string("language")) ?? .en,
            answers: try row.json("answers", as: [Answer].self), screen: try row.int("screen"),
            createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"),
            completedAt: try row.optionalDate("completed_at"), responseID: try row.optionalString("response_id"),
            completeAfter: try row.optionalDate("complete_after"))
    }
}

/// A respondent's last page: the draft with its final answers, the hash of its token, and the
/// response it makes.
public struct DraftSubmission: Sendable {
    public var draft: ResponseDraft
    public var tokenHash: String
    public var response: SurveyResponse

    public init(draft: ResponseDraft, tokenHash: String, response: SurveyResponse) {
        self.draft = draft
        self.tokenHash = tokenHash
        self.response = response
    }
}

extension Store {
    /// Stores respondents' responses and marks their drafts answered (and the invitations they
    /// answer) in one transaction, so that many survey pages sent at once cost one commit. A draft
    /// answered before (the last page sent twice) stores nothing and names the response it made.
    public func submitDrafts(_ submissions: [DraftSubmission], receivedAt: Date = Date()) async throws -> [InsertOutcome] {
        guard !submissions.isEmpty else { return [] }
        return try await database.write { sql in
            let at = Timestamp.from(receivedAt)
            var answered: [String: String] = [:]
            var open: Set<String> = []
            for chunk in submissions.map(\.tokenHash).chunked(maxRows: 500) {
                for row in try await sql.raw(
                    "SELECT token_hash, response_id, completed_at FROM response_drafts WHERE token_hash IN (\(binds: Array(chunk)))"
                ).all() {
                    let hash = try row.string("token_hash")
                    if try row.optionalDate("completed_at") != nil {
                        answered[hash] = try row.optionalString("response_id")
                    } else {
                        open.insert(hash)
                    }
                }
            }
            var outcomes = [InsertOutcome?](repeating: nil, count: submissions.count)
            var firstByHash: [String: Int] = [:]
            var fresh: [Int] = []
            for (index, item) in submissions.enumerated() {
                if let id = answered[item.tokenHash] {
                    outcomes[index] = .duplicate(id: id)
                } else if firstByHash[item.tokenHash] == nil {
                    firstByHash[item.tokenHash] = index
                    fresh.append(index)
                }
            }
            let stored = try await insertResponses(fresh.map { submissions[$0].response }, receivedAt: receivedAt, on: sql)
            for (position, index) in fresh.enumerated() { outcomes[index] = stored[position] }
            for (index, item) in submissions.enumerated() where outcomes[index] == nil {
                outcomes[index] = outcomes[firstByHash[item.tokenHash]!].map { .duplicate(id: $0.id) }
            }
            var inserts: [SQLQueryString] = []
            for index in fresh {
                let item = submissions[index]
                let draft = item.draft
                let answers = try JSONColumn.encode(draft.answers)
                let responseID = outcomes[index]!.id
                if open.contains(item.tokenHash) {
                    try await sql.raw(
                        """
                        UPDATE response_drafts SET language = \(bind: draft.language.rawValue), answers = \(bind: answers),
                               screen = \(bind: draft.screen), updated_at = \(bind: at), completed_at = \(bind: at),
                               response_id = \(bind: responseID)
                         WHERE token_hash = \(bind: item.tokenHash) AND completed_at IS NULL
                        """
                    ).run()
                } else {
                    inserts.append(
                        """
                        (\(bind: draft.id), \(bind: item.tokenHash), \(bind: draft.linkID), \(bind: draft.invitationID),
                         \(bind: draft.surveyID), \(bind: draft.surveyVersion), \(bind: draft.language.rawValue), \(bind: answers),
                         \(bind: draft.screen), \(bind: Timestamp.from(draft.createdAt)), \(bind: at), \(bind: at), \(bind: responseID))
                        """)
                }
                if let invitation = draft.invitationID {
                    try await sql.raw(
                        """
                        UPDATE invitations SET status = 'responded', responded_at = \(bind: at), response_id = \(bind: responseID),
                               next_reminder_at = NULL
                         WHERE id = \(bind: invitation) AND status <> 'responded'
                        """
                    ).run()
                }
            }
            for chunk in inserts.chunked(maxRows: 500) {
                try await sql.raw(
                    """
                    INSERT INTO response_drafts (id, token_hash, link_id, invitation_id, survey_id, survey_version, language,
                                                 answers, screen, created_at, updated_at, completed_at, response_id)
                    VALUES \(Array(chunk).joined(separator: ", "))
                    """
                ).run()
            }
            return outcomes.map { $0! }
        }
    }
}
