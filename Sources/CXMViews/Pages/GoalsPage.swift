import CXMCore
import Foundation

/// The goals every team sees, with their progress; the form to set one (for those who may), and the public
/// KPI boards with their links (for those who publish them).
///
/// Field ids for `FormError.field`: `goal-title`, `goal-metric`, `goal-journey`, `goal-touchpoint`, `goal-unit`,
/// `goal-target`, `goal-deadline`, `goal-window`; `board-title`, `board-minimum`.
public struct GoalsPage: Sendable {
    public var context: PageContext
    public var rows: [GoalRow]
    /// Goals the reader may remove.
    public var removable: Set<String>
    public var canSetGoals: Bool
    public var journeys: [SelectOption]
    public var touchpoints: [SelectOption]
    /// The units the reader may set goals for; `mayOmitUnit` when the whole company is theirs.
    public var units: [SelectOption]
    public var mayOmitUnit: Bool
    public var draft: GoalDraft
    public var boards: [KPIBoard]?
    /// The address the server is reached at, for whole board links.
    public var baseURL: String
    public var timeZone: String

    public init(
        context: PageContext, rows: [GoalRow], removable: Set<String>, canSetGoals: Bool, journeys: [SelectOption],
        touchpoints: [SelectOption], units: [SelectOption], mayOmitUnit: Bool, draft: GoalDraft, boards: [KPIBoard]?,
        baseURL: String, timeZone: String
    ) {
        self.context = context
        self.rows = rows
        self.removable = removable
        self.canSetGoals = canSetGoals
        self.journeys = journeys
        self.touchpoints = touchpoints
        self.units = units
        self.mayOmitUnit = mayOmitUnit
        self.draft = draft
        self.boards = boards
        self.baseURL = baseURL
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: t(GoalText.goals), context: context, section: .improvements) {
            ImprovementsTab.navigation(current: .goals, t: t)
            el("p", .class("hint")) { t(GoalText.goalsHint) }
            el("p") { el("a", .href("/goals/digest")) { t(DigestText.preview) } }
            if rows.isEmpty {
                el("p", .class("no-data")) { t(GoalText.noGoals) }
            } else {
                el("ul", .class("goal-cards")) {
                    rows.map { row in
                        GoalCard.render(
                            row, t: t,
                            extra: HTML.build {
                                if removable.contains(row.goal.id) {
                                    postForm(
                                        action: URLPath.make("/goals", row.goal.id, "/delete"), csrf: context.csrfToken,
                                        class: "inline-form"
                                    ) {
                                        el("button", .type("submit"), .class("button button-quiet")) {
                                            t(GoalText.deleteGoal)
                                        }
                                    }
                                }
                            })
                    }
                }
            }
            if canSetGoals { goalForm(t) }
            if let boards { boardsSection(boards, t) }
        }
    }

    private func goalForm(_ t: Localizer) -> HTML {
        let errors = context.errors
        return HTML.build {
            el("h2") { t(GoalText.newGoal) }
            postForm(action: "/goals", csrf: context.csrfToken) {
                inputField(
                    FieldSpec(id: "goal-title", name: "title", label: t(GoalText.goalTitle), required: true),
                    value: draft.title, errors: errors)
                selectField(
                    FieldSpec(id: "goal-metric", name: "metric", label: t(GoalText.metric)),
                    options: Goal.metrics.map { SelectOption(value: $0.rawValue, label: DashboardLabels.metricName($0, t)) },
                    selected: draft.metric, errors: errors)
                selectField(
                    FieldSpec(id: "goal-journey", name: "journey", label: t(GoalText.journey)),
                    options: [SelectOption(value: "", label: t(GoalText.anyJourney))] + journeys, selected: draft.journeyID,
                    errors: errors)
                selectField(
                    FieldSpec(id: "goal-touchpoint", name: "touchpoint", label: t(GoalText.touchpoint)),
                    options: [SelectOption(value: "", label: t(GoalText.anyTouchpoint))] + touchpoints,
                    selected: draft.touchpointID, errors: errors)
                selectField(
                    FieldSpec(id: "goal-unit", name: "unit", label: t(GoalText.unit)),
                    options: (mayOmitUnit ? [SelectOption(value: "", label: t(GoalText.allUnits))] : []) + units,
                    selected: draft.unitID, errors: errors)
                inputField(
                    FieldSpec(
                        id: "goal-target", name: "target", label: t(GoalText.target), hint: t(GoalText.targetHint),
                        required: true),
                    value: draft.target.map { $0 == $0.rounded() && abs($0) < 1e6 ? String(Int($0)) : String($0) } ?? "",
                    type: "text", errors: errors)
                inputField(
                    FieldSpec(
                        id: "goal-deadline", name: "deadline", label: t(GoalText.deadline), hint: t(GoalText.deadlineHint),
                        required: true),
                    value: draft.deadline?.iso ?? "", type: "date", errors: errors)
                inputField(
                    FieldSpec(id: "goal-window", name: "windowDays", label: t(GoalText.window), hint: t(GoalText.windowHint)),
                    value: String(draft.windowDays ?? Goal.defaultWindowDays), type: "number", errors: errors)
                el("div") { submitButton(t(GoalText.addGoal)) }
            }
        }
    }

    private func boardsSection(_ boards: [KPIBoard], _ t: Localizer) -> HTML {
        let format = LocaleFormat(context.language)
        let errors = context.errors
        return HTML.build {
            el("h2") { t(GoalText.kpiBoards) }
            el("p", .class("hint")) { t(GoalText.kpiBoardsHint) }
            if boards.isEmpty {
                el("p", .class("no-data")) { t(GoalText.noBoards) }
            } else {
                el("ul", .class("suggestion-list")) {
                    boards.map { board in
                        el("li") {
                            el("p") { el("strong") { board.title } }
                            el("p", .class("muted")) {
                                t(
                                    GoalText.boardLine, format.integer(board.minimumN),
                                    format.date(board.createdAt, timeZone: timeZone))
                            }
                            if let revoked = board.revokedAt {
                                el("p") { t(GoalText.revokedOn, format.date(revoked, timeZone: timeZone)) }
                            } else {
                                el("p") {
                                    el("a", .href(board.path)) { t(GoalText.openBoard) }
                                    " · "
                                    el("a", .href(board.path + "?tv=1")) { t(GoalText.tvMode) }
                                }
                                el("p") { el("code", .class("board-link")) { baseURL + board.path } }
                                postForm(
                                    action: URLPath.make("/goals/boards", board.id, "/revoke"), csrf: context.csrfToken,
                                    class: "inline-form"
                                ) { dangerButton(t(GoalText.revoke)) }
                            }
                        }
                    }
                }
            }
            el("h3") { t(GoalText.newBoard) }
            postForm(action: "/goals/boards", csrf: context.csrfToken) {
                inputField(
                    FieldSpec(id: "board-title", name: "title", label: t(GoalText.boardTitle), required: true), value: "",
                    errors: errors)
                inputField(
                    FieldSpec(
                        id: "board-minimum", name: "minimumN", label: t(GoalText.minimumN), hint: t(GoalText.minimumNHint)),
                    value: String(KPIBoard.defaultMinimumN), type: "number", errors: errors)
                selectField(
                    FieldSpec(id: "board-language", name: "language", label: t(GoalText.boardLanguage)),
                    options: Language.allCases.map {
                        SelectOption(value: $0.rawValue, label: Labels.languageName($0, in: context.language))
                    },
                    selected: context.language.rawValue, errors: errors)
                if !rows.isEmpty {
                    checkboxGroup(
                        legend: t(GoalText.boardGoals), hint: t(GoalText.boardGoalsHint), name: "goal",
                        idPrefix: "board-goal", options: rows.map { SelectOption(value: $0.goal.id, label: $0.goal.title) },
                        checked: [], errors: errors)
                }
                el("div") { submitButton(t(GoalText.createBoard)) }
            }
        }
    }
}
