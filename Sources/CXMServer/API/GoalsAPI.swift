import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Goals with their progress (/api/v1/goals) and the public KPI boards that show them (/api/v1/kpi-boards).
struct GoalsAPI {
    let store: Store

    struct GoalsBody: Encodable, Sendable {
        var items: [GoalTracker.Tracked]
    }

    struct BoardInput: Decodable {
        var title: String
        var goalIDs: [String]?
        var minimumN: Int?
        var language: Language?
    }

    struct BoardsBody: Encodable, Sendable {
        var items: [KPIBoard]
    }

    func register(in routes: inout RouteTable) {
        let tracker = GoalTracker(store: store)
        routes.get("/api/v1/goals", .requires(.read)) { _, context in
            let goals = GoalTracker.visible(try await store.goals(), to: try context.actor)
            return try JSONOutput.response(GoalsBody(items: try await tracker.track(goals)))
        }
        routes.post("/api/v1/goals", .requires(.manageGoals)) { request, context in
            let principal = try context.actor
            let draft = try await JSONInput.decode(GoalDraft.self, from: request, context: context)
            let today = try await MetricService(store: store).today()
            let goal: Goal
            do { goal = try draft.validated(today: today, by: principal.actorID, at: Date()) } catch let failure
                as ValidationFailure
            {
                throw AppError.unprocessable(failure)
            }
            let saved = try await store.saveGoal(
                goal, isNew: true, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            guard let tracked = try await tracker.track([saved]).first else { throw AppError.notFound("goal vanished") }
            return try JSONOutput.response(tracked, status: .created)
        }
        routes.get("/api/v1/goals/{id}", .requires(.read)) { _, context in
            let principal = try context.actor
            let goal = try await store.goal(try context.id())
            guard GoalTracker.isVisible(goal, to: principal) else {
                throw AppError.notFound("goal '\(goal.id)' does not exist or is outside your units")
            }
            guard let tracked = try await tracker.track([goal]).first else { throw AppError.notFound("goal vanished") }
            return try JSONOutput.response(tracked)
        }
        routes.put("/api/v1/goals/{id}", .requires(.manageGoals)) { request, context in
            let principal = try context.actor
            let current = try await store.goal(try context.id())
            let draft = try await JSONInput.decode(GoalDraft.self, from: request, context: context)
            let today = try await MetricService(store: store).today()
            var goal: Goal
            do {
                goal = try draft.validated(today: today, id: current.id, by: current.createdBy, at: current.createdAt)
            } catch let failure as ValidationFailure { throw AppError.unprocessable(failure) }
            // A changed goal keeps the day it was set, and so its baseline.
            goal.startDay = current.startDay
            let saved = try await store.saveGoal(
                goal, isNew: false, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            guard let tracked = try await tracker.track([saved]).first else { throw AppError.notFound("goal vanished") }
            return try JSONOutput.response(tracked)
        }
        routes.delete("/api/v1/goals/{id}", .requires(.manageGoals)) { _, context in
            let principal = try context.actor
            try await store.deleteGoal(try context.id(), visibleUnits: principal.visibleUnits, by: principal.auditActor)
            await KPIBoardCache.shared.clear()
            return Response(status: .noContent)
        }
        routes.get("/api/v1/kpi-boards", .requires(.publishKPIBoards)) { _, _ in
            try JSONOutput.response(BoardsBody(items: try await store.kpiBoards()))
        }
        routes.post("/api/v1/kpi-boards", .requires(.publishKPIBoards)) { request, context in
            let principal = try context.actor
            let input = try await JSONInput.decode(BoardInput.self, from: request, context: context)
            let board = try await store.createKPIBoard(
                KPIBoard(
                    title: input.title, goalIDs: input.goalIDs ?? [], minimumN: input.minimumN ?? KPIBoard.defaultMinimumN,
                    language: input.language ?? context.language, createdBy: principal.actorID, createdAt: Date()),
                by: principal.auditActor)
            return try JSONOutput.created(board, in: "/api/v1/kpi-boards")
        }
        routes.delete("/api/v1/kpi-boards/{id}", .requires(.publishKPIBoards)) { _, context in
            try await store.revokeKPIBoard(try context.id(), by: try context.actor.auditActor)
            await KPIBoardCache.shared.clear()
            return Response(status: .noContent)
        }
    }
}
