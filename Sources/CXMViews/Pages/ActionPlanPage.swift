import CXMCore
import Foundation

/// One team's action plan: what in the results it answers, the team's suggestions ("what would be the best
/// action plan for you?") and comments, and the actions with owners, due dates and status.
///
/// Field ids for `FormError.field`: `suggestion-text`, `plan-comment-text`, `action-title`, `action-owner`,
/// `action-due`.
public struct ActionPlanPage: Sendable {
    public var context: PageContext
    public var plan: ActionPlan
    public var entries: [PlanEntry]
    public var names: ImprovementNames
    /// Whether the reader leads it: adds and changes actions, closes and reopens it.
    public var canLead: Bool
    /// Whether the reader may suggest and comment.
    public var canContribute: Bool
    public var readerID: String?
    /// Who may own an action: the people of the plan's unit and those above it.
    public var people: [SelectOption]
    public var today: LocalDay
    public var timeZone: String

    public init(
        context: PageContext, plan: ActionPlan, entries: [PlanEntry], names: ImprovementNames, canLead: Bool,
        canContribute: Bool, readerID: String?, people: [SelectOption], today: LocalDay, timeZone: String
    ) {
        self.context = context
        self.plan = plan
        self.entries = entries
        self.names = names
        self.canLead = canLead
        self.canContribute = canContribute
        self.readerID = readerID
        self.people = people
        self.today = today
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        let isOpen = plan.status == .open
        let suggestions = entries.filter { $0.kind == .suggestion }
        let comments = entries.filter { $0.kind == .comment }
        let progress = plan.progress(today: today)
        return Layout.page(
            title: t(PlanText.number, format.integer(plan.number)) + ": " + plan.title, context: context,
            section: .improvements, isSectionIndex: false
        ) {
            ImprovementsTab.navigation(current: .plans, isIndex: false, t: t)
            el("dl", .class("facts")) {
                el("dt") { t(PlanText.unit) }
                el("dd") { names.unit(plan.unitID) ?? plan.unitID }
                el("dt") { t(PlanText.lead) }
                el("dd") { t(PlanText.byOn, plan.leadName, format.date(plan.createdAt, timeZone: timeZone)) }
                el("dt") { t(PlanText.status) }
                el("dd") {
                    (isOpen ? t(PlanText.open) : t(PlanText.closed)) + " · "
                        + t(PlanText.doneOf, format.integer(progress.done), format.integer(progress.total))
                        + (progress.overdue > 0 ? " · " + t(PlanText.overdue, format.integer(progress.overdue)) : "")
                }
                if !plan.focus.isEmpty {
                    el("dt") { t(PlanText.focus) }
                    el("dd") { plan.focus }
                }
                if let source = plan.sourcePath, ActionPlanDraft.isLocalPath(source) {
                    el("dt") { t(PlanText.source) }
                    el("dd") { el("a", .href(source)) { t(PlanText.openResults) } }
                }
            }
            if !isOpen { el("p", .class("notice")) { t(PlanText.closedNote) } }
            el("h2") { t(PlanText.question) }
            if suggestions.isEmpty {
                el("p", .class("no-data")) { t(PlanText.noSuggestions) }
            } else {
                el("ul", .class("suggestion-list")) {
                    suggestions.map { entry in suggestionItem(entry, isOpen: isOpen, t, format) }
                }
            }
            if canContribute, isOpen {
                postForm(action: URLPath.make("/plans", plan.id, "/entries"), csrf: context.csrfToken) {
                    void("input", .type("hidden"), .name("kind"), .value("suggestion"))
                    textAreaField(
                        FieldSpec(id: "suggestion-text", name: "text", label: t(PlanText.suggestion), required: true),
                        lines: [], rows: 3, errors: context.errors)
                    el("div") { submitButton(t(PlanText.addSuggestion)) }
                }
            }
            el("h2") { t(PlanText.actions) }
            actionsTable(isOpen: isOpen, t, format)
            if canLead, isOpen { actionForm(title: "", suggestionID: nil, idPrefix: "action", t) }
            el("h2") { t(PlanText.comments) }
            if comments.isEmpty {
                el("p", .class("no-data")) { t(PlanText.noComments) }
            } else {
                el("ul", .class("comment-list")) {
                    comments.map { entry in
                        el("li") {
                            el("p") { entry.text }
                            el("p", .class("notes")) {
                                t(PlanText.byOn, entry.authorName, format.dateTime(entry.createdAt, timeZone: timeZone))
                            }
                        }
                    }
                }
            }
            if canContribute, isOpen {
                postForm(action: URLPath.make("/plans", plan.id, "/entries"), csrf: context.csrfToken) {
                    void("input", .type("hidden"), .name("kind"), .value("comment"))
                    textAreaField(
                        FieldSpec(id: "plan-comment-text", name: "text", label: t(PlanText.comment), required: true),
                        lines: [], rows: 3, errors: context.errors)
                    el("div") { submitButton(t(PlanText.addComment)) }
                }
            }
            if canLead {
                postForm(action: URLPath.make("/plans", plan.id, "/status"), csrf: context.csrfToken, class: "inline-form") {
                    void("input", .type("hidden"), .name("status"), .value(isOpen ? "closed" : "open"))
                    el("button", .type("submit"), .class("button button-quiet")) {
                        isOpen ? t(PlanText.closePlan) : t(PlanText.reopenPlan)
                    }
                }
            }
            el("p") { el("a", .href("/plans")) { t(PlanText.backToPlans) } }
        }
    }

    private func suggestionItem(_ entry: PlanEntry, isOpen: Bool, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        el("li") {
            el("p") { entry.text }
            el("p", .class("notes")) {
                t(PlanText.byOn, entry.authorName, format.dateTime(entry.createdAt, timeZone: timeZone))
                if entry.actionID != nil { " · " + t(PlanText.takenUp) }
            }
            if canLead, isOpen, entry.actionID == nil {
                el("details") {
                    el("summary") { t(PlanText.makeAction) }
                    actionForm(title: String(entry.text.prefix(300)), suggestionID: entry.id, idPrefix: "action-\(entry.id)", t)
                }
            }
        }
    }

    /// The form adding an action (from a suggestion when `suggestionID` is given).
    private func actionForm(title: String, suggestionID: String?, idPrefix: String, _ t: Localizer) -> HTML {
        let errors = suggestionID == nil ? context.errors : []
        return postForm(action: URLPath.make("/plans", plan.id, "/actions"), csrf: context.csrfToken) {
            if let suggestionID { void("input", .type("hidden"), .name("suggestion"), .value(suggestionID)) }
            inputField(
                FieldSpec(id: "\(idPrefix)-title", name: "title", label: t(PlanText.action), required: true), value: title,
                errors: errors)
            selectField(
                FieldSpec(id: "\(idPrefix)-owner", name: "owner", label: t(PlanText.owner)),
                options: [SelectOption(value: "", label: t(PlanText.noOwner))] + people, selected: nil, errors: errors)
            inputField(
                FieldSpec(id: "\(idPrefix)-due", name: "due", label: t(PlanText.due)), value: "", type: "date", errors: errors)
            el("div") { submitButton(t(PlanText.addAction)) }
        }
    }

    private func actionsTable(isOpen: Bool, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        HTML.build {
            if plan.actions.isEmpty {
                el("p", .class("no-data")) { t(PlanText.noActions) }
            } else {
                el("div", .class("table-wrap plan-actions")) {
                    el("table") {
                        el("caption") { t(PlanText.actions) }
                        el("thead") {
                            el("tr") {
                                el("th", .scope("col")) { t(PlanText.action) }
                                el("th", .scope("col")) { t(PlanText.owner) }
                                el("th", .scope("col")) { t(PlanText.due) }
                                el("th", .scope("col")) { t(PlanText.status) }
                            }
                        }
                        el("tbody") { plan.actions.map { actionRow($0, t, format) } }
                    }
                }
            }
        }
    }

    private func actionRow(_ action: PlanAction, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        // A closed plan's actions stand as they were left: no form invites a change the store would refuse.
        let mayChange = plan.status == .open && (canLead || (action.ownerID != nil && action.ownerID == readerID))
        let statuses = PlanAction.Status.allCases.map { SelectOption(value: $0.rawValue, label: ActionPlansPage.status($0, t)) }
        return el("tr") {
            el("th", .scope("row")) { action.title }
            el("td") { action.ownerID.map { names.users[$0] ?? $0 } ?? t(PlanText.noOwner) }
            el("td") {
                action.due.map { format.day($0) } ?? t(PlanText.noDue)
                if action.isOverdue(today: today) {
                    void("br")
                    el("strong") { t(PlanText.isOverdue) }
                }
            }
            el("td") {
                if mayChange {
                    postForm(
                        action: URLPath.make("/plans", plan.id, "/actions/\(action.id)"), csrf: context.csrfToken,
                        class: "inline-form"
                    ) {
                        selectField(
                            FieldSpec(id: "action-status-\(action.id)", name: "status", label: t(PlanText.status)),
                            options: statuses, selected: action.status.rawValue, errors: [])
                        submitButton(t(PlanText.save))
                    }
                } else {
                    ActionPlansPage.status(action.status, t)
                }
            }
        }
    }
}
