import CXMCore
import CXMStore
import CXMViews
import Foundation

/// Puts together each person's monthly results digest: the month's figures for the company and for their own
/// unit against the month before, the goals they see, the improvements delivered or measured in the month and
/// their units' open action plans. Figures are computed once per month and unit, however many people read them.
actor ResultsDigestBuilder {
    let store: Store
    let month: LocalDay
    let today: LocalDay
    private var sections: [String: ResultsDigest.Section] = [:]
    private var context: MetricContext?

    /// The metrics a digest reports, in order.
    static let metrics: [Metric] = [.nps, .csat, .ces, .nki]
    /// At most this many plans are listed (the CX lead's digest would otherwise list every team's).
    static let planLimit = 20

    init(store: Store, month: LocalDay, today: LocalDay) {
        self.store = store
        self.month = month
        self.today = today
    }

    func digest(for user: User, language: Language) async throws -> ResultsDigest {
        let shared = try await common()
        let scope = Principal.scope(for: user.role, unitID: user.unitID, in: shared.tree)
        let principal = Principal(kind: .user(id: user.id), name: user.email, role: user.role, visibleUnits: scope)
        var parts = [try await section(unit: nil)]
        if let unit = user.unitID, shared.tree.units[unit] != nil { parts.append(try await section(unit: unit)) }
        let rows = GoalTracker.rows(
            shared.goals.filter { GoalTracker.isVisible($0.goal, to: principal) }, context: try await metricContext(),
            language: language)
        let plans = shared.plans.filter { scope?.contains($0.unitID) ?? true }.prefix(Self.planLimit)
        return ResultsDigest(
            month: month, sections: parts, goals: rows,
            improvements: shared.improvements.filter { $0.isVisible(to: scope) }, plans: Array(plans),
            unitNames: shared.tree.units.mapValues(\.name))
    }

    /// What every person's digest draws on, read once for all of them: the tree, the goals tracked, the
    /// improvements delivered or measured in the month, and the open plans.
    private struct Common: Sendable {
        var tree: UnitTree
        var goals: [GoalTracker.Tracked]
        var improvements: [Improvement]
        var plans: [ActionPlan]
    }

    private var kept: Common?

    private func common() async throws -> Common {
        if let kept { return kept }
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        let start = month.start(in: zone)
        let end = month.adding(months: 1).start(in: zone)
        let inMonth = { (date: Date?) in date.map { start <= $0 && $0 < end } ?? false }
        let read = Common(
            tree: try await store.unitTree(),
            goals: try await GoalTracker(store: store).track(try await store.goals(), context: try await metricContext()),
            improvements: try await store.improvements(visibleUnits: nil).filter { item in
                inMonth(item.deliveredAt) || (item.stage == .measured && inMonth(item.stageChangedAt))
            }.sorted { $0.number < $1.number },
            plans: try await store.actionPlans(visibleUnits: nil).filter { $0.status == .open })
        kept = read
        return read
    }

    /// The month's figures for a unit's subtree (nil: the company), each against the month before.
    private func section(unit: String?) async throws -> ResultsDigest.Section {
        let key = unit ?? ""
        if let kept = sections[key] { return kept }
        let context = try await metricContext()
        var figures: [ResultsDigest.Figure] = []
        for metric in Self.metrics {
            let query = MetricQuery(
                metric: metric, from: month, to: month.adding(months: 1).adding(days: -1),
                filters: MetricFilters(units: unit.map { [$0] } ?? []), compare: .previous)
            guard let total = try await MetricEngine(context: context).evaluate(query, source: store).total else { continue }
            figures.append(
                ResultsDigest.Figure(
                    metric: metric, figure: total.figure, previous: total.baseline?.value,
                    direction: total.comparison?.direction))
        }
        let section = ResultsDigest.Section(unitName: unit.map { context.units.units[$0]?.name ?? $0 }, figures: figures)
        sections[key] = section
        return section
    }

    private func metricContext() async throws -> MetricContext {
        if let context { return context }
        let read = try await store.metricContext(visibleUnits: nil)
        context = read
        return read
    }
}
