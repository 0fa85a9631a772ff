import CXMCore
import Foundation
import Testing

/// Goals refuse targets the metric cannot reach and say where they stand only as far as the interval allows;
/// action plans count their actions honestly and keep their links inside cxm.
@Suite("Goals and action plans")
struct GoalTests {
    static let today = LocalDay(year: 2026, month: 11, day: 28)
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    func draft(
        _ metric: String = "nps", target: Double? = 30, deadline: LocalDay? = Self.today.adding(days: 180)
    )
        -> GoalDraft
    {
        GoalDraft(title: "NPS in the stores", metric: metric, unitID: "u-store1", target: target, deadline: deadline)
    }

    func fields(_ draft: GoalDraft) -> [String] {
        do {
            _ = try draft.validated(today: Self.today, by: "u", at: Self.now)
            return []
        } catch { return error.errors.map(\.field) }
    }

    @Test func targetsOutsideTheMetricsRangeAreRefusedByName() throws {
        #expect(fields(draft("nps", target: 120)) == ["target"])
        #expect(fields(draft("nps", target: -101)) == ["target"])
        #expect(fields(draft("nps", target: -100)) == ["target"])  // always met
        #expect(fields(draft("csat", target: 100.5)) == ["target"])
        #expect(fields(draft("ces", target: 8)) == ["target"])
        #expect(fields(draft("ces", target: 0.5)) == ["target"])
        #expect(fields(draft("nki", target: -1)) == ["target"])
        #expect(fields(draft("nps", target: .nan)) == ["target"])
        #expect(fields(draft("nps", target: nil)) == ["target"])
        // Within range they pass, at the top too.
        #expect(fields(draft("nps", target: 100)).isEmpty)
        #expect(fields(draft("ces", target: 5.5)).isEmpty)
        #expect(fields(draft("csat", target: 85)).isEmpty)
        let message = try #require(
            { () -> String? in
                do {
                    _ = try draft("ces", target: 8).validated(today: Self.today, by: "u", at: Self.now)
                    return nil
                } catch let failure as ValidationFailure { return failure.errors.first?.message } catch { return nil }
            }())
        #expect(message.contains("between 1 and 7"))
    }

    @Test func otherBadGoalsNameTheirField() {
        #expect(fields(draft("rating")) == ["metric"])
        #expect(fields(draft("nope")) == ["metric"])
        #expect(fields(draft(deadline: Self.today)) == ["deadline"])
        #expect(fields(draft(deadline: nil)) == ["deadline"])
        #expect(fields(draft(deadline: Self.today.adding(days: 6 * 366))) == ["deadline"])
        var both = draft()
        both.journeyID = "j-1"
        both.touchpointID = "tp-1"
        #expect(fields(both) == ["touchpointID"])
        var window = draft()
        window.windowDays = 3
        #expect(fields(window) == ["windowDays"])
        var untitled = draft()
        untitled.title = "  "
        #expect(fields(untitled) == ["title"])
    }

    @Test func aValidGoalStartsTodayWithItsBaselineBefore() throws {
        let goal = try draft().validated(today: Self.today, by: "u", at: Self.now)
        #expect(goal.startDay == Self.today && goal.metric == .nps && goal.windowDays == 90)
        #expect(goal.baselineWindow == Self.today.adding(days: -90)...Self.today.adding(days: -1))
        #expect(goal.window(endingOn: Self.today) == Self.today.adding(days: -89)...Self.today)
        #expect(goal.filters.units == ["u-store1"] && goal.filters.journeys.isEmpty)
        #expect(!goal.isCompanyWide)
    }

    func figure(_ value: Double, _ low: Double, _ high: Double, n: Int = 200) -> MetricFigure {
        MetricFigure(
            value: value, n: n, skipped: 0, interval: Interval(low: low, high: high), lowSample: n < 30,
            details: MetricDetails())
    }

    func goal(target: Double = 30) -> Goal {
        Goal(
            title: "g", metric: .nps, target: target, startDay: Self.today.adding(days: -100),
            deadline: Self.today.adding(days: 100), createdBy: "u", createdAt: Self.now)
    }

    @Test func theStatusIsOnlyAsSureAsTheInterval() {
        let g = goal()
        func status(_ current: MetricFigure?) -> GoalProgress.Status {
            GoalProgress.assess(goal: g, today: Self.today, current: current, baseline: nil).status
        }
        #expect(status(figure(35, 31, 39)) == .reached)
        #expect(status(figure(33, 27, 39)) == .atTarget)
        #expect(status(figure(30, 25, 35)) == .atTarget)
        #expect(status(figure(27, 22, 32)) == .withinReach)
        #expect(status(figure(20, 15, 25)) == .below)
        #expect(status(nil) == .tooFew)
    }

    @Test func paceAndShareAreReadAgainstTheStraightLineFromTheBaseline() throws {
        let g = goal()
        // Half-way through the time: the line stands at 10 + (30 − 10) / 2 = 20.
        let behind = GoalProgress.assess(goal: g, today: Self.today, current: figure(14, 10, 18), baseline: figure(10, 6, 14))
        #expect(behind.expected == 20)
        #expect(behind.pace == .behind)
        #expect(abs(try #require(behind.share) - 0.2) < 1e-12)
        let onPace = GoalProgress.assess(goal: g, today: Self.today, current: figure(19, 15, 23), baseline: figure(10, 6, 14))
        #expect(onPace.pace == .onPace)
        let ahead = GoalProgress.assess(goal: g, today: Self.today, current: figure(26, 22, 30), baseline: figure(10, 6, 14))
        #expect(ahead.pace == .ahead && ahead.daysLeft == 100 && !ahead.closed)
        // A baseline already at or above the target has no way to go: no share, no pace.
        let there = GoalProgress.assess(goal: g, today: Self.today, current: figure(40, 35, 45), baseline: figure(31, 27, 35))
        #expect(there.share == nil && there.pace == nil && there.status == .reached)
    }

    @Test func afterTheDeadlineTheReadingStopsThere() {
        let g = goal()
        let later = Self.today.adding(days: 150)
        let progress = GoalProgress.assess(goal: g, today: later, current: figure(25, 20, 30), baseline: nil)
        #expect(progress.closed && progress.daysLeft == 0)
        #expect(progress.day == g.deadline)
        #expect(GoalProgress.readingDay(of: g, today: later) == g.deadline)
        #expect(progress.from == g.deadline.adding(days: -89))
    }

    @Test func kpiBoardsNeverShowFiguresUnderTheAnonymityThreshold() {
        func fields(_ board: KPIBoard) -> [String] {
            do {
                _ = try board.validated()
                return []
            } catch { return error.errors.map(\.field) }
        }
        let board = KPIBoard(title: "Our goals", language: .sv, createdBy: "u", createdAt: Self.now)
        #expect(fields(board).isEmpty)
        #expect(KPIBoard.isToken(board.token) && board.token.count >= 22)
        #expect(board.token != KPIBoard(title: "x", language: .sv, createdBy: "u", createdAt: Self.now).token)
        var few = board
        few.minimumN = MetricOptions.anonymityThreshold - 1
        #expect(fields(few) == ["minimumN"])
        var twice = board
        twice.goalIDs = ["g1", "g1"]
        #expect(fields(twice) == ["goalIDs"])
        var bad = board
        bad.goalIDs = ["not an id!"]
        #expect(fields(bad) == ["goalIDs[0]"])
        var untitled = board
        untitled.title = ""
        #expect(fields(untitled) == ["title"])
    }

    @Test func planProgressCountsWhatIsMeantToHappen() {
        let created = Self.now
        func action(_ status: PlanAction.Status, due: Int?) -> PlanAction {
            PlanAction(
                planID: "p", title: "a", due: due.map { Self.today.adding(days: $0) }, status: status, createdAt: created,
                updatedAt: created)
        }
        let actions = [
            action(.done, due: -10), action(.done, due: nil), action(.doing, due: -1), action(.planned, due: 5),
            action(.planned, due: -3), action(.dropped, due: -30),
        ]
        let progress = PlanProgress(actions, today: Self.today)
        #expect(progress.total == 5 && progress.done == 2 && progress.dropped == 1)
        // Done and dropped actions are never overdue; due today is not yet overdue.
        #expect(progress.overdue == 2)
        #expect(progress.share == 0.4)
        #expect(!action(.planned, due: 0).isOverdue(today: Self.today))
        #expect(PlanProgress([], today: Self.today).share == nil)
    }

    @Test func plansNeedATeamAndKeepTheirLinksInsideCxm() {
        func fields(_ draft: ActionPlanDraft) -> [String] {
            do {
                _ = try draft.validated()
                return []
            } catch { return error.errors.map(\.field) }
        }
        #expect(fields(ActionPlanDraft(unitID: "u-store1", title: "Shorter queues", sourcePath: "/dashboards?unit=u")).isEmpty)
        #expect(fields(ActionPlanDraft(unitID: nil, title: "Shorter queues")) == ["unitID"])
        #expect(fields(ActionPlanDraft(unitID: "u-store1", title: " ")) == ["title"])
        for path in ["//evil.example/x", "https://evil.example", "javascript:alert(1)", "/\\evil.example", "/a\nb"] {
            #expect(fields(ActionPlanDraft(unitID: "u-store1", title: "t", sourcePath: path)) == ["sourcePath"], "\(path)")
        }
        #expect(throws: ValidationFailure.self) { try PlanActionDraft(title: nil).validated(isNew: true) }
        #expect(throws: ValidationFailure.self) { try PlanActionDraft(title: "  ").validated(isNew: false) }
        #expect(throws: ValidationFailure.self) { try PlanActionDraft(title: "x", ownerID: "bad id!").validated(isNew: true) }
    }
}
