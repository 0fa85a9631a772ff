import CXMCore
import Foundation
import SQLKit

/// The follow-up survey after a closed case: the workspace's setting, and the invitation that
/// closing a case makes.
extension Store {
    public func caseFollowUp() async throws -> CaseFollowUp {
        try await database.read { sql in try await Self.caseFollowUp(sql) }
    }

    static func caseFollowUp(_ sql: any SQLDatabase) async throws -> CaseFollowUp {
        let row = try await sql.raw("SELECT case_follow_up FROM workspace WHERE id = 'default'").first()
        return try row?.optionalString("case_follow_up").map { try JSONColumn.decode(CaseFollowUp.self, from: $0) }
            ?? CaseFollowUp()
    }

    /// Validates and saves the setting; the survey must exist and measure at least one touchpoint.
    @discardableResult
    public func saveCaseFollowUp(_ followUp: CaseFollowUp, by actor: AuditActor) async throws -> CaseFollowUp {
        let valid: CaseFollowUp
        do { valid = try followUp.validated() } catch { throw StoreError.invalid(error) }
        let settings = try await workspaceSettings()
        try await database.write { sql in
            if let survey = valid.surveyID {
                try await requireExists(sql, table: "surveys", id: survey, field: "surveyID", entity: "survey")
            }
            try await ensureWorkspaceRow(sql, settings)
            try await sql.raw(
                "UPDATE workspace SET case_follow_up = \(bind: try JSONColumn.encode(valid)) WHERE id = 'default'"
            ).run()
            try await audit(
                sql, actor, "update", "workspace", "default",
                valid.surveyID.map { "case follow-up: survey \($0), \(valid.delayHours) hours after closing" }
                    ?? "case follow-up: none")
        }
        return valid
    }

    /// Invites the customer of a case just closed to the follow-up survey, in the caller's
    /// transaction, and returns the timeline entry that says so (or why it was held back). Nil
    /// when no follow-up applies: none chosen, no customer, never reached, or the survey gone.
    /// Closing the case again makes no second invitation: the case's key finds the first. Clients
    /// cannot use that key (`TriggerRequest.followUpKeyPrefix`).
    func scheduleFollowUp(
        _ sql: any SQLDatabase, for record: Case, at time: Date, by actor: CaseActor
    ) async throws
        -> CaseEvent?
    {
        let followUp = try await Self.caseFollowUp(sql)
        guard followUp.applies(to: record), let surveyID = followUp.surveyID, let customer = record.customerID else {
            return nil
        }
        let key = TriggerRequest.followUpKeyPrefix + record.id
        var event = CaseEvent(caseID: record.id, at: time, actorID: actor.id, actorName: actor.name, kind: .followUp)
        if let row = try await sql.raw("SELECT * FROM invitations WHERE trigger_key = \(bind: key)").first() {
            let earlier = try Self.invitation(row)
            if earlier.reason == .caseReopened {
                // Held back when the case was reopened: decided afresh now that it is closed again.
                try await sql.raw("DELETE FROM invitations WHERE id = \(bind: earlier.id)").run()
            } else {
                // Closed before and sent (or on its way, or held back for good): no second survey.
                event.followUp = CaseFollowUpNote(
                    invitationID: earlier.id, surveyID: earlier.surveyID, sendAt: earlier.sendAt,
                    suppressed: earlier.reason, repeated: true)
                return event
            }
        }
        let measured = try await sql.raw(
            "SELECT touchpoint_id FROM survey_touchpoints WHERE survey_id = \(bind: surveyID) ORDER BY touchpoint_id"
        ).all().map { try $0.string("touchpoint_id") }
        // The case's own touchpoint when the survey measures it, so that the answer lands where the case began.
        guard let touchpoint = record.touchpointID.flatMap({ measured.contains($0) ? $0 : nil }) ?? measured.first else {
            return nil
        }
        var request = TriggerRequest(
            touchpointID: touchpoint, surveyID: surveyID, customerID: customer, eventAt: time,
            delayMinutes: followUp.delayHours * 60, idempotencyKey: key)
        request.followUp = true
        let result = try await Self.decideTriggers(
            [(0, request)], into: TriggerBatchResult(), now: time, dialect: dialect, on: sql)
        // Refused only if the customer or touchpoint vanished within this transaction: nothing to send.
        guard let outcome = result.outcomes.first?.outcome else { return nil }
        event.followUp = CaseFollowUpNote(
            invitationID: outcome.invitation.id, surveyID: surveyID, sendAt: outcome.invitation.sendAt,
            suppressed: outcome.invitation.reason, repeated: outcome.duplicate)
        return event
    }

    /// A closed case reopened: its follow-up survey, if it has not gone out yet, is held back (the
    /// customer would be asked whether a problem still being worked on was solved); closing the case
    /// again decides it afresh. Returns the timeline entry, or nil when nothing was waiting.
    func holdFollowUp(
        _ sql: any SQLDatabase, for record: Case, at time: Date, by actor: CaseActor
    ) async throws
        -> CaseEvent?
    {
        let reason = SuppressionReason.caseReopened
        guard
            let row = try await sql.raw(
                """
                UPDATE invitations SET status = 'suppressed', reason_code = \(bind: reason.code),
                       reason = \(bind: try JSONColumn.encode(reason))
                 WHERE trigger_key = \(bind: TriggerRequest.followUpKeyPrefix + record.id) AND status = 'scheduled'
                RETURNING id, survey_id, send_at
                """
            ).first()
        else { return nil }
        var event = CaseEvent(caseID: record.id, at: time, actorID: actor.id, actorName: actor.name, kind: .followUp)
        event.followUp = CaseFollowUpNote(
            invitationID: try row.string("id"), surveyID: try row.string("survey_id"), sendAt: try row.date("send_at"),
            suppressed: reason, repeated: false)
        return event
    }
}
