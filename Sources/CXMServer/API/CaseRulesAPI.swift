import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// When responses open cases (/api/v1/case-rules), the survey closing a case sends
/// (/api/v1/case-follow-up), and the business hours the targets count in
/// (/api/v1/units/{id}/business-hours).
struct CaseRulesAPI {
    let store: Store

    /// A unit's hours: its own, or inherited (from the unit named, or cxm's default).
    struct HoursBody: Encodable {
        var unitID: String
        var inherited: Bool
        var calendar: BusinessCalendar
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/case-rules", .requires(.readCases)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.caseRules()))
        }
        routes.post("/api/v1/case-rules", .requires(.manageCaseRules)) { request, context in
            var rule = try await JSONInput.decode(CaseRule.self, from: request, context: context)
            rule.id = Identifier.make()
            return try JSONOutput.created(
                try await store.saveCaseRule(rule, by: context.actor.auditActor), in: "/api/v1/case-rules")
        }
        routes.get("/api/v1/case-rules/{id}", .requires(.readCases)) { _, context in
            try JSONOutput.response(try await rule(context))
        }
        routes.put("/api/v1/case-rules/{id}", .requires(.manageCaseRules)) { request, context in
            let current = try await rule(context)
            var rule = try await JSONInput.decode(CaseRule.self, from: request, context: context)
            rule.id = current.id
            return try JSONOutput.response(try await store.saveCaseRule(rule, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/case-rules/{id}", .requires(.manageCaseRules)) { _, context in
            try await store.deleteCaseRule(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }

        routes.get("/api/v1/case-follow-up", .requires(.readCases)) { _, _ in
            try JSONOutput.response(try await store.caseFollowUp())
        }
        routes.put("/api/v1/case-follow-up", .requires(.manageCaseRules)) { request, context in
            let followUp = try await JSONInput.decode(CaseFollowUp.self, from: request, context: context)
            return try JSONOutput.response(try await store.saveCaseFollowUp(followUp, by: context.actor.auditActor))
        }

        routes.get("/api/v1/units/{id}/business-hours", .requires(.read)) { _, context in
            let unit = try await store.unit(try context.id())
            let own = try await store.ownUnitCalendar(unit.id)
            let calendar = try await store.unitCalendar(unit.id)
            return try JSONOutput.response(HoursBody(unitID: unit.id, inherited: own == nil, calendar: calendar))
        }
        routes.put("/api/v1/units/{id}/business-hours", .requires(.editUnits)) { request, context in
            let unit = try await store.unit(try context.id())
            let calendar = try await JSONInput.decode(BusinessCalendar.self, from: request, context: context)
            try await store.saveUnitCalendar(calendar, unit: unit.id, by: context.actor.auditActor)
            return try JSONOutput.response(
                HoursBody(unitID: unit.id, inherited: false, calendar: try await store.unitCalendar(unit.id)))
        }
        routes.delete("/api/v1/units/{id}/business-hours", .requires(.editUnits)) { _, context in
            let unit = try await store.unit(try context.id())
            try await store.saveUnitCalendar(nil, unit: unit.id, by: context.actor.auditActor)
            return Response(status: .noContent)
        }
    }

    private func rule(_ context: AppContext) async throws -> CaseRule {
        let id = try context.id()
        guard let rule = try await store.caseRules().first(where: { $0.id == id }) else {
            throw AppError.notFound("case rule '\(id)' does not exist")
        }
        return rule
    }
}
