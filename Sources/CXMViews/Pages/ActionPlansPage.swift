import CXMCore
import Foundation

/// Every team's action plan the reader sees, rolled up: how many are open, in how many units, how far their
/// actions have come and what is overdue; one row per plan, grouped by unit.
public struct ActionPlansPage: Sendable {
    public var context: PageContext
    public var plans: [ActionPlan]
    public var names: ImprovementNames
    public var today: LocalDay
    public var timeZone: String

    public init(context: PageContext, plans: [ActionPlan], names: ImprovementNames, today: LocalDay, timeZone: String) {
        self.context = context
        self.plans = plans
        self.names = names
        self.today = today
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        let open = plans.filter { $0.status == .open }
        let progress = open.map { $0.progress(today: today) }
        let sorted = plans.sorted { left, right in
            let (l, r) = (names.unit(left.unitID) ?? "", names.unit(right.unitID) ?? "")
            if l != r { return l < r }
            if left.status != right.status { return left.status == .open }
            return left.number > right.number
        }
        return Layout.page(title: t(PlanText.plans), context: context, section: .improvements) {
            ImprovementsTab.navigation(current: .plans, t: t)
            el("p", .class("hint")) { t(PlanText.plansHint) }
            if context.canLeadActionPlans {
                el("p") { el("a", .class("button"), .href("/plans/new")) { t(PlanText.startPlan) } }
            }
            if plans.isEmpty {
                el("p", .class("no-data")) { t(PlanText.noPlans) }
            } else {
                el("p", .class("plan-rollup")) {
                    t(
                        PlanText.rollup, format.integer(open.count), format.integer(Set(open.map(\.unitID)).count),
                        format.integer(progress.map(\.done).reduce(0, +)), format.integer(progress.map(\.total).reduce(0, +)),
                        format.integer(progress.map(\.overdue).reduce(0, +)))
                }
                el("div", .class("table-wrap")) {
                    el("table") {
                        el("caption") { t(PlanText.plans) }
                        el("thead") {
                            el("tr") {
                                el("th", .scope("col")) { t(PlanText.unit) }
                                el("th", .scope("col")) { t(PlanText.plan) }
                                el("th", .scope("col")) { t(PlanText.lead) }
                                el("th", .scope("col")) { t(PlanText.actions) }
                                el("th", .scope("col")) { t(PlanText.status) }
                            }
                        }
                        el("tbody") {
                            sorted.map { plan in
                                let progress = plan.progress(today: today)
                                return el("tr") {
                                    el("td") { names.unit(plan.unitID) ?? plan.unitID }
                                    el("th", .scope("row")) {
                                        el("a", .href(URLPath.make("/plans", plan.id))) {
                                            t(PlanText.number, format.integer(plan.number)) + ": " + plan.title
                                        }
                                        void("br")
                                        el("span", .class("muted")) {
                                            t(PlanText.suggestionsCount, format.integer(plan.suggestions))
                                        }
                                    }
                                    el("td") {
                                        plan.leadName + " · " + format.date(plan.createdAt, timeZone: timeZone)
                                    }
                                    el("td") {
                                        if let share = progress.share { GoalCard.bar(share) }
                                        t(PlanText.doneOf, format.integer(progress.done), format.integer(progress.total))
                                        if progress.overdue > 0 {
                                            void("br")
                                            el("strong") { t(PlanText.overdue, format.integer(progress.overdue)) }
                                        }
                                    }
                                    el("td") { plan.status == .open ? t(PlanText.open) : t(PlanText.closed) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func status(_ status: PlanAction.Status, _ t: Localizer) -> String {
        switch status {
        case .planned: t(PlanText.statusPlanned)
        case .doing: t(PlanText.statusDoing)
        case .done: t(PlanText.statusDone)
        case .dropped: t(PlanText.statusDropped)
        }
    }
}

/// The form that starts a team's plan, filled in from the result page it was opened on.
///
/// Field ids for `FormError.field`: `plan-unit`, `plan-title`, `plan-focus`.
public struct ActionPlanFormPage: Sendable {
    public var context: PageContext
    public var draft: ActionPlanDraft
    public var units: [SelectOption]

    public init(context: PageContext, draft: ActionPlanDraft, units: [SelectOption]) {
        self.context = context
        self.draft = draft
        self.units = units
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        return Layout.page(title: t(PlanText.startPlan), context: context, section: .improvements, isSectionIndex: false) {
            ImprovementsTab.navigation(current: .plans, isIndex: false, t: t)
            el("p", .class("hint")) { t(PlanText.plansHint) }
            postForm(action: "/plans", csrf: context.csrfToken) {
                selectField(
                    FieldSpec(id: "plan-unit", name: "unit", label: t(PlanText.unit), required: true), options: units,
                    selected: draft.unitID, errors: errors)
                inputField(
                    FieldSpec(
                        id: "plan-title", name: "title", label: t(PlanText.title), hint: t(PlanText.titleHint), required: true),
                    value: draft.title, errors: errors)
                textAreaField(
                    FieldSpec(id: "plan-focus", name: "focus", label: t(PlanText.focus), hint: t(PlanText.focusHint)),
                    lines: [draft.focus ?? ""], rows: 4, errors: errors)
                if let source = draft.sourcePath {
                    void("input", .type("hidden"), .name("source"), .value(source))
                    el("p") { el("a", .href(source)) { t(PlanText.source) } }
                }
                el("div") { submitButton(t(PlanText.startPlan)) }
            }
        }
    }
}
