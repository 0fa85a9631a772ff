import CXMCore
import Foundation
import SQLKit

/// What a batch of triggers came to: each good trigger's invitation, and each bad one's problem.
public struct TriggerBatchResult: Sendable {
    public var outcomes: [(index: Int, outcome: TriggerOutcome)] = []
    public var rejected: [(index: Int, failure: ValidationFailure)] = []
}

extension Store {
    /// Decides many triggers at once (a file of a day's interactions, a batch from a CRM) in one
    /// transaction: customers, surveys, earlier invitations and responses are read once for the
    /// batch, the contact rules decide in time order (each invitation let through counts against the
    /// later ones), and the invitations are inserted many rows per statement.
    public func triggerBatch(_ requests: [TriggerRequest], now: Date = Date()) async throws -> TriggerBatchResult {
        var result = TriggerBatchResult()
        var valid: [(index: Int, request: TriggerRequest)] = []
        for (index, request) in requests.enumerated() {
            do { valid.append((index, try request.validated(now: now))) } catch {
                result.rejected.append((index, error))
            }
        }
        let dialect = self.dialect
        return try await database.write { [valid, result] sql in
            try await Self.decideTriggers(valid, into: result, now: now, dialect: dialect, on: sql)
        }
    }

    /// `triggerBatch` for valid requests inside the caller's transaction.
    static func decideTriggers(
        _ valid: [(index: Int, request: TriggerRequest)], into result: TriggerBatchResult, now: Date, dialect: Dialect,
        on sql: any SQLDatabase
    ) async throws -> TriggerBatchResult {
        var result = result
        let rules = try await Self.contactRules(sql)
        let catalog = try await TriggerCatalog.load(sql, requests: valid.map(\.request), dialect: dialect)
        var history = try await catalog.history(sql)
        var decided: [(index: Int, invitation: Invitation, request: InvitationRequest)] = []
        var keys = catalog.existingKeys
        for (index, request) in valid {
            if let key = request.idempotencyKey, let existing = keys[key] {
                // The same key for another interaction is the caller's mistake, not a retry.
                if existing.touchpointID != request.touchpointID
                    || request.customerID.map({ $0 != existing.customerID }) == true
                {
                    result.rejected.append(
                        (
                            index,
                            ValidationFailure(
                                field: "idempotencyKey",
                                "'\(key)' was used for another interaction (touchpoint '\(existing.touchpointID)'); give each interaction its own key"
                            )
                        ))
                } else {
                    result.outcomes.append((index, TriggerOutcome(invitation: existing, duplicate: true)))
                }
                continue
            }
            do throws(ValidationFailure) {
                let (invitation, governed) = try catalog.invitation(for: request, now: now)
                decided.append((index, invitation, governed))
                if let key = request.idempotencyKey { keys[key] = invitation }
            } catch {
                result.rejected.append((index, error))
            }
        }
        // Interactions in the order they happened: with equal sending times (all due now, say)
        // the earlier interaction is the one invited.
        decided.sort { ($0.invitation.eventAt, $0.index) < ($1.invitation.eventAt, $1.index) }
        let decisions = ContactGovernor(rules: rules).decide(decided.map(\.request), history: &history)
        var invitations: [Invitation] = []
        for (position, decision) in decisions.enumerated() {
            var invitation = decided[position].invitation
            if case .suppress(let reason) = decision {
                invitation.status = .suppressed
                invitation.reason = reason
            }
            invitations.append(invitation)
            result.outcomes.append((decided[position].index, TriggerOutcome(invitation: invitation, duplicate: false)))
        }
        try await Self.insert(invitations, on: sql)
        result.outcomes.sort { $0.index < $1.index }
        result.rejected.sort { $0.index < $1.index }
        return result
    }

    /// Many invitations, 500 rows per statement.
    static func insert(_ invitations: [Invitation], on sql: any SQLDatabase) async throws {
        // One encoder for the batch: making one per row costs more than the rows.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for start in stride(from: 0, to: invitations.count, by: 500) {
            let chunk = invitations[start..<min(start + 500, invitations.count)]
            var rows: [SQLQueryString] = []
            for invitation in chunk {
                rows.append(
                    """
                    (\(bind: invitation.id), \(bind: invitation.surveyID), \(bind: invitation.touchpointID),
                     \(bind: invitation.unitID), \(bind: invitation.customerID), \(bind: invitation.channel.rawValue),
                     \(bind: invitation.language.rawValue), \(bind: invitation.triggerKey),
                     \(bind: Timestamp.from(invitation.eventAt)), \(bind: Timestamp.from(invitation.createdAt)),
                     \(bind: Timestamp.from(invitation.sendAt)), \(bind: Timestamp.from(invitation.expiresAt)),
                     \(bind: invitation.status.rawValue), \(bind: invitation.reason?.code),
                     \(bind: try invitation.reason.map { String(decoding: try encoder.encode($0), as: UTF8.self) }), 0)
                    """)
            }
            try await sql.raw(
                """
                INSERT INTO invitations (id, survey_id, touchpoint_id, unit_id, customer_id, channel, language, trigger_key,
                                         event_at, created_at, send_at, expires_at, status, reason_code, reason, reminders_sent)
                VALUES \(rows.joined(separator: ", "))
                """
            ).run()
        }
    }
}
