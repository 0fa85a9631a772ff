import CXMCore
import CXMStore
import CXMViews
import Foundation

/// Reads goals' progress: each goal's figure over its latest window and over the window before it was set,
/// computed over the whole company's answers in its scope (a goal is a shared number, the same for every
/// reader), with figures under the minimum left out.
struct GoalTracker: Sendable {
    let store: Store

    struct Tracked: Sendable, Encodable {
        var goal: Goal
        var progress: GoalProgress
    }

    /// The goals a reader sees: those of the whole company, journeys and touchpoints, and those of units the
    /// reader sees.
    static func visible(_ goals: [Goal], to principal: Principal) -> [Goal] {
        goals.filter { isVisible($0, to: principal) }
    }

    static func isVisible(_ goal: Goal, to principal: Principal) -> Bool {
        goal.unitID == nil || principal.canSee(unit: goal.unitID)
    }

    /// `context` is the whole company's, when the caller has read it already.
    func track(
        _ goals: [Goal], minimumN: Int = MetricOptions.anonymityThreshold, context read: MetricContext? = nil
    ) async throws -> [Tracked] {
        guard !goals.isEmpty else { return [] }
        let context: MetricContext
        if let read { context = read } else { context = try await store.metricContext(visibleUnits: nil) }
        let today = try await MetricService(store: store).today()
        var tracked: [Tracked] = []
        for goal in goals {
            let window = goal.window(endingOn: GoalProgress.readingDay(of: goal, today: today))
            let current = try await figure(goal, window, minimumN: minimumN, context: context)
            let baseline = try await figure(goal, goal.baselineWindow, minimumN: minimumN, context: context)
            tracked.append(
                Tracked(goal: goal, progress: GoalProgress.assess(goal: goal, today: today, current: current, baseline: baseline))
            )
        }
        return tracked
    }

    /// The goal's figure over the days, or nil when there were fewer answers than the minimum. A goal whose
    /// journey, touchpoint or unit has since been removed has no figure either.
    private func figure(
        _ goal: Goal, _ days: ClosedRange<LocalDay>, minimumN: Int, context: MetricContext
    ) async throws -> MetricFigure? {
        let query = MetricQuery(
            metric: goal.metric, from: days.lowerBound, to: days.upperBound, filters: goal.filters,
            options: MetricOptions(lowSample: max(30, minimumN), minimumSample: max(MetricOptions.anonymityThreshold, minimumN)))
        do {
            return try await MetricEngine(context: context).evaluate(query, source: store).total?.figure
        } catch is ValidationFailure {
            return nil
        }
    }
}

extension GoalTracker {
    /// The goals with their progress and the words for where each applies, in the language.
    func rows(
        _ goals: [Goal], minimumN: Int = MetricOptions.anonymityThreshold, language: Language
    ) async throws
        -> [GoalRow]
    {
        let context = try await store.metricContext(visibleUnits: nil)
        return Self.rows(try await track(goals, minimumN: minimumN, context: context), context: context, language: language)
    }

    /// Tracked goals with the words for where each applies: tracked once, they can be worded in every language.
    static func rows(_ tracked: [Tracked], context: MetricContext, language: Language) -> [GoalRow] {
        let t = Localizer(language)
        return tracked.map { item in
            let goal = item.goal
            let place = [
                goal.journeyID.map { id in context.journeys.first { $0.id == id }?.name ?? id },
                goal.touchpointID.map { id in context.touchpoints.first { $0.id == id }?.name ?? id },
                goal.unitID.map { context.units.units[$0]?.name ?? $0 },
            ].compactMap { $0 }
            return GoalRow(
                goal: goal, progress: item.progress,
                scope: place.isEmpty ? t(GoalText.wholeCompany) : place.joined(separator: " · "))
        }
    }
}
