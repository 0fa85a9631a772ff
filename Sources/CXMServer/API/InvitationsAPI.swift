import CXMCore
import CXMStore
import Foundation
import HTTPTypes
import Hummingbird

/// Survey invitations under /api/v1: the trigger other systems call after an interaction, the
/// invitations with the reason each suppressed one was not sent, response rates, and the rules.
struct InvitationsAPI {
    let store: Store

    /// An invitation as the API shows it: the suppression reason as a code and a sentence.
    struct InvitationOutput: Encodable, Identifiable {
        struct Reason: Encodable {
            var code: String
            var explanation: String
        }
        var id: String
        var surveyID: String
        var touchpointID: String
        var customerID: String
        var channel: Invitation.Channel
        var language: Language
        var status: Invitation.Status
        var reason: Reason?
        var eventAt: Date
        var sendAt: Date
        var expiresAt: Date
        var sentAt: Date?
        var openedAt: Date?
        var respondedAt: Date?
        var responseID: String?
        var remindersSent: Int
        var duplicate: Bool?

        init(_ invitation: Invitation, duplicate: Bool? = nil) {
            id = invitation.id
            surveyID = invitation.surveyID
            touchpointID = invitation.touchpointID
            customerID = invitation.customerID
            channel = invitation.channel
            language = invitation.language
            status = invitation.status
            reason = invitation.reason.map { Reason(code: $0.code, explanation: $0.explanation) }
            eventAt = invitation.eventAt
            sendAt = invitation.sendAt
            expiresAt = invitation.expiresAt
            sentAt = invitation.sentAt
            openedAt = invitation.openedAt
            respondedAt = invitation.respondedAt
            responseID = invitation.responseID
            remindersSent = invitation.remindersSent
            self.duplicate = duplicate
        }
    }

    /// A funnel with its response rate spelled out.
    struct FunnelOutput: Encodable {
        var touchpointID: String
        var channel: Invitation.Channel
        var requested: Int
        var scheduled: Int
        var suppressed: [String: Int]
        var sent: Int
        var opened: Int
        var responded: Int
        var bounced: Int
        var expired: Int
        var responseRate: Double?
        var responseRateInterval: Interval?

        init(_ funnel: InvitationFunnel) {
            touchpointID = funnel.touchpointID
            channel = funnel.channel
            requested = funnel.requested
            scheduled = funnel.scheduled
            suppressed = funnel.suppressed
            sent = funnel.sent
            opened = funnel.opened
            responded = funnel.responded
            bounced = funnel.bounced
            expired = funnel.expired
            responseRate = funnel.responseRate?.share
            responseRateInterval = funnel.responseRate?.interval
        }
    }

    static let maxBatch = 10_000

    struct BatchInput: Decodable {
        var triggers: [TriggerRequest]
    }

    /// One trigger of a batch: its invitation, or what is wrong with it.
    struct BatchItem: Encodable {
        var index: Int
        var invitation: InvitationOutput?
        var errors: [FieldError]?
    }

    struct BatchOutput: Encodable {
        var scheduled: Int
        var suppressed: Int
        var duplicates: Int
        var rejected: Int
        var results: [BatchItem]
    }

    func register(in routes: inout RouteTable) {
        routes.post("/api/v1/triggers", .requires(.submitResponses)) { request, context in
            var trigger = try await JSONInput.decode(TriggerRequest.self, from: request, context: context)
            if trigger.idempotencyKey == nil { trigger.idempotencyKey = request.headers[HTTPField.Name("Idempotency-Key")!] }
            let outcome = try await store.trigger(trigger)
            var response = try JSONOutput.response(
                InvitationOutput(outcome.invitation, duplicate: outcome.duplicate), status: outcome.duplicate ? .ok : .accepted)
            response.headers[.location] = "/api/v1/invitations/\(outcome.invitation.id)"
            return response
        }
        routes.post("/api/v1/triggers:batch", .requires(.submitResponses)) { request, context in
            let input = try await JSONInput.decode(BatchInput.self, from: request, context: context)
            guard input.triggers.count <= Self.maxBatch else {
                throw AppError.badRequest(
                    ValidationFailure(
                        field: "triggers", "holds \(input.triggers.count) items; send at most \(Self.maxBatch) per call"))
            }
            let result = try await store.triggerBatch(input.triggers)
            var items = [BatchItem?](repeating: nil, count: input.triggers.count)
            for (index, outcome) in result.outcomes {
                items[index] = BatchItem(
                    index: index, invitation: InvitationOutput(outcome.invitation, duplicate: outcome.duplicate))
            }
            for (index, failure) in result.rejected {
                items[index] = BatchItem(
                    index: index, errors: failure.errors.map { FieldError("triggers[\(index)].\($0.field)", $0.message) })
            }
            let output = BatchOutput(
                scheduled: result.outcomes.count { !$0.outcome.duplicate && $0.outcome.invitation.status == .scheduled },
                suppressed: result.outcomes.count { !$0.outcome.duplicate && $0.outcome.invitation.status == .suppressed },
                duplicates: result.outcomes.count { $0.outcome.duplicate }, rejected: result.rejected.count,
                results: items.compactMap { $0 })
            return try JSONOutput.response(output)
        }
        routes.get("/api/v1/invitations/{id}", .requires(.editCustomers)) { _, context in
            try JSONOutput.response(InvitationOutput(try await store.invitation(try context.id())))
        }
        routes.get("/api/v1/surveys/{id}/invitations", .requires(.editCustomers)) { request, context in
            let status = try request.query("status").map { raw in
                guard let status = Invitation.Status(rawValue: raw) else {
                    throw AppError.badRequest(
                        ValidationFailure(
                            field: "status",
                            "must be one of \(Invitation.Status.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
                return status
            }
            let limit = min(max(Int(request.query("limit") ?? "") ?? 100, 1), 1000)
            let invitations = try await store.invitations(survey: try context.id(), status: status, limit: limit)
            return try JSONOutput.response(ListBody(items: invitations.map { InvitationOutput($0) }))
        }
        routes.get("/api/v1/surveys/{id}/invitation-funnels", .requires(.read)) { _, context in
            let surveyID = try context.id()
            _ = try await store.survey(surveyID)
            return try JSONOutput.response(
                ListBody(items: try await store.invitationFunnels(survey: surveyID).map(FunnelOutput.init)))
        }
        routes.get("/api/v1/surveys/{id}/distribution", .requires(.read)) { _, context in
            let surveyID = try context.id()
            _ = try await store.survey(surveyID)
            return try JSONOutput.response(try await store.distributionSettings(survey: surveyID))
        }
        routes.put("/api/v1/surveys/{id}/distribution", .requires(.editSurveys)) { request, context in
            let settings = try await JSONInput.decode(DistributionSettings.self, from: request, context: context)
            return try JSONOutput.response(
                try await store.saveDistributionSettings(settings, survey: try context.id(), by: context.actor.auditActor))
        }
        routes.get("/api/v1/workspace/contact-rules", .requires(.read)) { _, _ in
            try JSONOutput.response(try await store.contactRules())
        }
        routes.put("/api/v1/workspace/contact-rules", .requires(.editSurveys)) { request, context in
            let rules = try await JSONInput.decode(ContactRules.self, from: request, context: context)
            return try JSONOutput.response(try await store.saveContactRules(rules, by: context.actor.auditActor))
        }
    }
}
