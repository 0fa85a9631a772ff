import CXMCore
import CXMStore
import Foundation
import Testing

/// Goals, KPI boards and teams' action plans behave alike on SQLite and PostgreSQL: kept within the units their
/// people lead, links that stop answering once revoked, and plans whose suggestions become actions.
@Suite("Goals and action plans")
struct GoalsAndPlansContractTests {
    static let day = Date(timeIntervalSince1970: 1_780_000_000)
    static let today = LocalDay(year: 2026, month: 5, day: 28)

    func goal(_ title: String, unit: String? = nil, touchpoint: String? = nil) -> Goal {
        Goal(
            title: title, metric: .nps, touchpointID: touchpoint, unitID: unit, target: 30, startDay: Self.today,
            deadline: Self.today.adding(days: 180), createdBy: "tester", createdAt: Self.day)
    }

    @Test(arguments: TestBackend.available)
    func goalsStayWithinTheirUnitsAndLeaveTheBoardsWhenRemoved(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Fixture().install(in: store)
            let storeOne: Set<String> = ["u-store1"]
            let company = try await store.saveGoal(goal("Company NPS"), isNew: true, visibleUnits: nil, by: Fixture.actor)
            let local = try await store.saveGoal(
                goal("Store One NPS", unit: "u-store1", touchpoint: "tp-1"), isNew: true, visibleUnits: storeOne,
                by: Fixture.actor)
            #expect(local.unitID == "u-store1" && local.touchpointID == "tp-1" && local.target == 30)
            // A unit-bound lead names one of their units; unknown places are refused by field.
            await #expect(throws: StoreError.self) {
                try await store.saveGoal(goal("x"), isNew: true, visibleUnits: storeOne, by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.saveGoal(goal("x", unit: "u-store2"), isNew: true, visibleUnits: storeOne, by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.saveGoal(goal("x", unit: "u-nowhere"), isNew: true, visibleUnits: nil, by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.saveGoal(goal("x", touchpoint: "tp-nowhere"), isNew: true, visibleUnits: nil, by: Fixture.actor)
            }
            // The company's goals come first.
            #expect(try await store.goals().map(\.id) == [company.id, local.id])
            var changed = local
            changed.target = 40
            changed.title = "Store One NPS, raised"
            #expect(try await store.saveGoal(changed, isNew: false, visibleUnits: storeOne, by: Fixture.actor).target == 40)
            // Store Two's lead can neither change nor remove Store One's goal, nor the company's.
            await #expect(throws: StoreError.self) {
                try await store.saveGoal(changed, isNew: false, visibleUnits: ["u-store2"], by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.deleteGoal(company.id, visibleUnits: storeOne, by: Fixture.actor)
            }

            let board = try await store.createKPIBoard(
                KPIBoard(
                    title: "Our goals", goalIDs: [company.id, local.id], language: .sv, createdBy: "tester",
                    createdAt: Self.day), by: Fixture.actor)
            #expect(try await store.kpiBoard(token: board.token)?.goalIDs == [company.id, local.id])
            #expect(try await store.kpiBoard(token: "not-a-token") == nil)
            await #expect(throws: StoreError.self) {
                try await store.createKPIBoard(
                    KPIBoard(title: "x", goalIDs: ["no-such-goal"], language: .sv, createdBy: "tester", createdAt: Self.day),
                    by: Fixture.actor)
            }
            // Removing a goal takes it off the board; revoking the board closes its link for good.
            try await store.deleteGoal(local.id, visibleUnits: storeOne, by: Fixture.actor)
            #expect(try await store.kpiBoard(token: board.token)?.goalIDs == [company.id])
            // A board left with none of its goals is revoked, not turned into "every goal".
            let single = try await store.createKPIBoard(
                KPIBoard(title: "Company only", goalIDs: [company.id], language: .sv, createdBy: "tester", createdAt: Self.day),
                by: Fixture.actor)
            try await store.revokeKPIBoard(board.id, by: Fixture.actor)
            #expect(try await store.kpiBoard(token: board.token) == nil)
            try await store.deleteGoal(company.id, visibleUnits: nil, by: Fixture.actor)
            #expect(try await store.kpiBoard(token: single.token) == nil)
            #expect(try await store.kpiBoards().first?.revokedAt != nil)
            await #expect(throws: StoreError.self) { try await store.revokeKPIBoard(board.id, by: Fixture.actor) }
            // The audit log names the board but never its link.
            let audit = try await store.auditLog(entityType: "kpi_board", entityID: board.id, page: .init())
            #expect(!audit.items.isEmpty && audit.items.allSatisfy { !$0.summary.contains(board.token) })
        }
    }

    @Test(arguments: TestBackend.available)
    func teamsSuggestAndTheLeadTurnsSuggestionsIntoActions(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Fixture().install(in: store)
            let member = try await store.createUser(
                User(
                    email: "member@example.com", displayName: "Member", role: .frontline, unitID: "u-store1", createdAt: Self.day),
                passwordHash: "hash", by: Fixture.actor)
            let storeOne: Set<String> = ["u-store1"]
            let memberActor = AuditActor(id: member.id, name: "Member")
            await #expect(throws: StoreError.self) {
                try await store.startActionPlan(
                    ActionPlanDraft(unitID: "u-store2", title: "Not mine"), visibleUnits: storeOne, by: Fixture.actor)
            }
            let plan = try await store.startActionPlan(
                ActionPlanDraft(unitID: "u-store1", title: " Shorter queues ", focus: "NPS 12", sourcePath: "/dashboards"),
                visibleUnits: storeOne, by: Fixture.actor, at: Self.day)
            let second = try await store.startActionPlan(
                ActionPlanDraft(unitID: "u-store2", title: "Friendlier calls"), visibleUnits: nil, by: Fixture.actor,
                at: Self.day.addingTimeInterval(60))
            #expect(plan.title == "Shorter queues" && second.number == plan.number + 1)

            let suggestion = try await store.addPlanEntry(
                .suggestion, text: "A queue host at lunch", to: plan.id, visibleUnits: storeOne, by: memberActor,
                at: Self.day.addingTimeInterval(120))
            try await store.addPlanEntry(
                .comment, text: "Agreed", to: plan.id, visibleUnits: storeOne, by: Fixture.actor,
                at: Self.day.addingTimeInterval(180))
            await #expect(throws: StoreError.self) {
                try await store.addPlanEntry(.suggestion, text: "  ", to: plan.id, visibleUnits: storeOne, by: memberActor)
            }
            // Store Two's people do not see Store One's plan.
            await #expect(throws: StoreError.self) {
                try await store.addPlanEntry(.comment, text: "hi", to: plan.id, visibleUnits: ["u-store2"], by: memberActor)
            }
            #expect(try await store.actionPlans(visibleUnits: ["u-store2"]).map(\.id) == [second.id])
            #expect(try await store.actionPlans(visibleUnits: []).isEmpty)

            // An owner works with the unit: not a viewer, not someone of another store.
            let viewer = try await store.createUser(
                User(email: "viewer@example.com", role: .viewer, unitID: nil, createdAt: Self.day), passwordHash: "hash",
                by: Fixture.actor)
            let elsewhere = try await store.createUser(
                User(email: "two@example.com", role: .frontline, unitID: "u-store2", createdAt: Self.day),
                passwordHash: "hash", by: Fixture.actor)
            for owner in [viewer.id, elsewhere.id] {
                await #expect(throws: StoreError.self) {
                    try await store.addPlanAction(
                        PlanActionDraft(title: "x", ownerID: owner), to: plan.id, visibleUnits: storeOne, by: Fixture.actor)
                }
            }
            let action = try await store.addPlanAction(
                PlanActionDraft(
                    title: "Queue host 11–13", ownerID: member.id, due: Self.today.adding(days: 14),
                    suggestionID: suggestion.id), to: plan.id, visibleUnits: storeOne, by: Fixture.actor)
            await #expect(throws: StoreError.self) {
                try await store.addPlanAction(
                    PlanActionDraft(title: "x", ownerID: "no-such-user"), to: plan.id, visibleUnits: storeOne, by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.addPlanAction(
                    PlanActionDraft(title: "x", suggestionID: "no-such-entry"), to: plan.id, visibleUnits: storeOne,
                    by: Fixture.actor)
            }
            // A suggestion becomes one action, not two.
            await #expect(throws: StoreError.self) {
                try await store.addPlanAction(
                    PlanActionDraft(title: "Again", suggestionID: suggestion.id), to: plan.id, visibleUnits: storeOne,
                    by: Fixture.actor)
            }
            let entries = try await store.planEntries(plan.id, visibleUnits: storeOne)
            #expect(entries.map(\.kind) == [.suggestion, .comment])
            #expect(entries.first?.actionID == action.id)

            // A status change keeps the rest; clearing the due day empties it.
            let doing = try await store.updatePlanAction(
                action.id, in: plan.id, PlanActionDraft(status: .doing), visibleUnits: storeOne, by: memberActor)
            #expect(doing.status == .doing && doing.ownerID == member.id && doing.due == Self.today.adding(days: 14))
            let undated = try await store.updatePlanAction(
                action.id, in: plan.id, PlanActionDraft(), clearDue: true, visibleUnits: storeOne, by: Fixture.actor)
            #expect(undated.due == nil && undated.status == .doing)
            await #expect(throws: StoreError.self) {
                try await store.updatePlanAction(
                    "no-such-action", in: plan.id, PlanActionDraft(status: .done), visibleUnits: storeOne, by: Fixture.actor)
            }

            let read = try await store.actionPlan(plan.id, visibleUnits: storeOne)
            #expect(read.suggestions == 1 && read.comments == 1 && read.actions.map(\.id) == [action.id])
            #expect(read.progress(today: Self.today).doing == 1)

            // A closed plan takes no more suggestions or actions, until it is reopened.
            let closed = try await store.setActionPlanStatus(plan.id, .closed, visibleUnits: storeOne, by: Fixture.actor)
            #expect(closed.status == .closed && closed.closedAt != nil)
            await #expect(throws: StoreError.self) {
                try await store.addPlanEntry(.suggestion, text: "late", to: plan.id, visibleUnits: storeOne, by: memberActor)
            }
            await #expect(throws: StoreError.self) {
                try await store.addPlanAction(
                    PlanActionDraft(title: "late"), to: plan.id, visibleUnits: storeOne, by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.updatePlanAction(
                    action.id, in: plan.id, PlanActionDraft(status: .done), visibleUnits: storeOne, by: memberActor)
            }
            let reopened = try await store.setActionPlanStatus(plan.id, .open, visibleUnits: storeOne, by: Fixture.actor)
            #expect(reopened.status == .open && reopened.closedAt == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func aMonthsDigestIsClaimedOncePerPerson(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            #expect(try await store.claimDigests(month: "2026-05-01", for: ["a", "b"], at: Self.day) == ["a", "b"])
            // A second server, or a second round, gets only those not yet claimed.
            #expect(try await store.claimDigests(month: "2026-05-01", for: ["a", "b", "c"], at: Self.day) == ["c"])
            #expect(try await store.claimDigests(month: "2026-06-01", for: ["a"], at: Self.day) == ["a"])
            #expect(try await store.digestsSent(month: "2026-05-01") == ["a", "b", "c"])
        }
    }
}
