import CXMCore
import Foundation

/// A queue of cases: mine, my units' or the unassigned ones, filtered and ordered, as cards that
/// read well on a phone. Team leads select cases and assign or reprioritise them together, and see
/// each person's open and overdue cases.
public struct CasesPage: Sendable {
    /// Which cases the queue shows.
    public enum Scope: String, Sendable, CaseIterable {
        case mine, units, unassigned
    }

    /// The filters as chosen (or defaulted).
    public struct Filters: Sendable, Equatable {
        public var scope: Scope
        public var unitID: String?
        /// `open`, `all` or a status.
        public var status: String
        public var priority: CasePriority?
        public var overdueOnly: Bool
        public var order: String

        public init(
            scope: Scope = .units, unitID: String? = nil, status: String = "open", priority: CasePriority? = nil,
            overdueOnly: Bool = false, order: String = "due"
        ) {
            self.scope = scope
            self.unitID = unitID
            self.status = status
            self.priority = priority
            self.overdueOnly = overdueOnly
            self.order = order
        }

        /// The filters as query parameters, for paging links.
        var query: [(String, String)] {
            [
                ("scope", scope.rawValue), ("unit", unitID ?? ""), ("status", status), ("priority", priority?.rawValue ?? ""),
                ("overdue", overdueOnly ? "1" : ""), ("order", order),
            ]
        }
    }

    /// One case in the list.
    public struct Row: Sendable {
        public var record: Case
        public var unitName: String
        public var assigneeName: String?
        public var customerName: String?

        public init(record: Case, unitName: String, assigneeName: String?, customerName: String?) {
            self.record = record
            self.unitName = unitName
            self.assigneeName = assigneeName
            self.customerName = customerName
        }
    }

    /// One person's open work.
    public struct Workload: Sendable {
        public var name: String
        public var open: Int
        public var overdue: Int

        public init(name: String, open: Int, overdue: Int) {
            self.name = name
            self.open = open
            self.overdue = overdue
        }
    }

    public var context: PageContext
    public var filters: Filters
    public var rows: [Row]
    public var paging: Paging
    /// The units the viewer may filter by.
    public var units: [SelectOption]
    /// People the selected cases can be given to (team leads only; empty hides the bulk form).
    public var assignees: [SelectOption]
    public var workload: [Workload]
    public var now: Date
    public var timeZone: String
    /// Whether the viewer may choose the follow-up survey (a link to its page).
    public var canManageRules: Bool

    public init(
        context: PageContext, filters: Filters, rows: [Row], paging: Paging, units: [SelectOption],
        assignees: [SelectOption] = [], workload: [Workload] = [], now: Date, timeZone: String,
        canManageRules: Bool = false
    ) {
        self.context = context
        self.filters = filters
        self.rows = rows
        self.paging = paging
        self.units = units
        self.assignees = assignees
        self.workload = workload
        self.now = now
        self.timeZone = timeZone
        self.canManageRules = canManageRules
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let bulk = !assignees.isEmpty
        return Layout.page(title: t(CaseText.cases), context: context, section: .cases) {
            el("p") {
                el("a", .href("/cases/report")) { t(CaseText.reportLink) }
                if canManageRules {
                    " · "
                    el("a", .href("/cases/follow-up")) { t(CaseText.followUpLink) }
                }
            }
            el("form", Attribute("method", "get"), Attribute("action", "/cases"), .class("filter-form")) {
                selectField(
                    FieldSpec(id: "cases-scope", name: "scope", label: t(CaseText.show)),
                    options: [
                        SelectOption(value: Scope.mine.rawValue, label: t(CaseText.scopeMine)),
                        SelectOption(value: Scope.units.rawValue, label: t(CaseText.scopeUnits)),
                        SelectOption(value: Scope.unassigned.rawValue, label: t(CaseText.scopeUnassigned)),
                    ], selected: filters.scope.rawValue, errors: [])
                selectField(
                    FieldSpec(id: "cases-unit", name: "unit", label: t(CaseText.unit)),
                    options: [SelectOption(value: "", label: t(CaseText.anyUnit))] + units, selected: filters.unitID ?? "",
                    errors: [])
                selectField(
                    FieldSpec(id: "cases-status", name: "status", label: t(CaseText.status)),
                    options: CaseLabels.statusOptions(t), selected: filters.status, errors: [])
                selectField(
                    FieldSpec(id: "cases-priority", name: "priority", label: t(CaseText.priority)),
                    options: [SelectOption(value: "", label: t(CaseText.anyPriority))]
                        + CasePriority.allCases.reversed().map {
                            SelectOption(value: $0.rawValue, label: CaseLabels.priority($0, t))
                        },
                    selected: filters.priority?.rawValue ?? "", errors: [])
                selectField(
                    FieldSpec(id: "cases-order", name: "order", label: t(CaseText.order)),
                    options: [
                        SelectOption(value: "due", label: t(CaseText.orderDue)),
                        SelectOption(value: "priority", label: t(CaseText.orderPriority)),
                        SelectOption(value: "newest", label: t(CaseText.orderNewest)),
                        SelectOption(value: "oldest", label: t(CaseText.orderOldest)),
                    ], selected: filters.order, errors: [])
                checkboxField(
                    FieldSpec(id: "cases-overdue", name: "overdue", label: t(CaseText.overdueOnly)), checked: filters.overdueOnly,
                    value: "1", errors: [])
                el("div", .class("filter-actions")) { submitButton(t(CaseText.show)) }
            }
            if rows.isEmpty {
                el("p", .class("muted")) { t(CaseText.noCases) }
            } else if bulk {
                postForm(action: "/cases/bulk", csrf: context.csrfToken, class: "case-bulk") {
                    el("div", .role("group"), .aria("label", t(CaseText.cases))) { list(t, selectable: true) }
                    el("fieldset", .class("panel")) {
                        el("legend") { t(CaseText.bulkLegend) }
                        selectField(
                            FieldSpec(id: "bulk-assignee", name: "assignee", label: t(CaseText.bulkAssign)),
                            options: [
                                SelectOption(value: "", label: t(CaseText.noChange)),
                                SelectOption(value: "none", label: t(CaseText.toQueue)),
                            ] + assignees, selected: "", errors: context.errors)
                        selectField(
                            FieldSpec(id: "bulk-priority", name: "priority", label: t(CaseText.priority)),
                            options: [SelectOption(value: "", label: t(CaseText.noChange))]
                                + CasePriority.allCases.reversed().map {
                                    SelectOption(value: $0.rawValue, label: CaseLabels.priority($0, t))
                                }, selected: "", errors: [])
                        void("input", .type("hidden"), .name("return_to"), .value(URLPath.withQuery("/cases", filters.query)))
                        el("div") { submitButton(t(CaseText.bulkApply)) }
                    }
                }
            } else {
                list(t, selectable: false)
            }
            paging.render(t) { page in URLPath.withQuery("/cases", filters.query + [("page", String(page))]) }
            if !workload.isEmpty {
                dataTable(
                    caption: t(CaseText.workload),
                    headers: [t(CaseText.assignee), t(CaseText.openCount), t(CaseText.overdueCount)]
                ) {
                    workload.map { row in
                        el("tr") {
                            el("th", .scope("row")) { row.name }
                            el("td") { LocaleFormat(t.language).integer(row.open) }
                            el("td") { LocaleFormat(t.language).integer(row.overdue) }
                        }
                    }
                }
            }
        }
    }

    private func list(_ t: Localizer, selectable: Bool) -> HTML {
        el("ul", .class("case-list")) {
            rows.map { row in
                let record = row.record
                let due = CaseLabels.due(record, now: now, timeZone: timeZone, t)
                return el("li", .class(due?.overdue == true ? "card case-card case-overdue" : "card case-card")) {
                    el("p", .class("case-title")) {
                        if selectable {
                            void(
                                "input", .type("checkbox"), .id("select-\(record.id)"), .name("case"),
                                .value("\(record.id):\(record.version)"),
                                .aria("label", t(CaseText.selectCase, String(record.number))))
                        }
                        el("a", .href(URLPath.make("/cases", record.id))) {
                            el("span", .class("case-number")) { t(CaseText.caseNumber, String(record.number)) }
                            " · "
                            record.title
                        }
                    }
                    el("p", .class("meta")) {
                        el("span") { CaseLabels.status(record.status, t) }
                        if record.priority >= .high {
                            el("span", .class("flag flag-down")) { CaseLabels.priority(record.priority, t) }
                        } else {
                            el("span") { CaseLabels.priority(record.priority, t) }
                        }
                        el("span") { row.unitName }
                        el("span") { "\(t(CaseText.assignee)): \(row.assigneeName ?? t(CaseText.nobody))" }
                        if let customer = row.customerName { el("span") { customer } }
                    }
                    if let due {
                        el("p", .class(due.overdue ? "case-due flag-down" : "case-due")) { due.text }
                    }
                }
            }
        }
    }
}
