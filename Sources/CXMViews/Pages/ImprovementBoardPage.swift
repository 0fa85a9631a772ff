import CXMCore
import Foundation

/// The improvement board: the list's own capacity and how much of it is taken, a column per stage with its
/// limit, the cards by impact, the moves that needed a reason, and the capacity's changes. Those who manage
/// the list change the capacity here.
///
/// Field ids for `FormError.field`: `capacity-days`, `capacity-share`, `capacity-accepted`,
/// `capacity-in-progress`, `capacity-reason`.
public struct ImprovementBoardPage: Sendable {
    public var context: PageContext
    public var board: ImprovementBoard
    /// The items the reader sees.
    public var items: [Improvement]
    public var overrides: [ImprovementMove]
    public var capacityChanges: [ImprovementCapacityChangeRow]
    public var names: ImprovementNames
    public var canPropose: Bool
    public var canManage: Bool
    public var timeZone: String

    /// A change of the capacity, for the log.
    public struct ImprovementCapacityChangeRow: Sendable {
        public var beforeDays: Double
        public var afterDays: Double
        public var reason: String?
        public var by: String
        public var at: Date

        public init(beforeDays: Double, afterDays: Double, reason: String?, by: String, at: Date) {
            self.beforeDays = beforeDays
            self.afterDays = afterDays
            self.reason = reason
            self.by = by
            self.at = at
        }
    }

    public init(
        context: PageContext, board: ImprovementBoard, items: [Improvement], overrides: [ImprovementMove],
        capacityChanges: [ImprovementCapacityChangeRow], names: ImprovementNames, canPropose: Bool, canManage: Bool,
        timeZone: String
    ) {
        self.context = context
        self.board = board
        self.items = items
        self.overrides = overrides
        self.capacityChanges = capacityChanges
        self.names = names
        self.canPropose = canPropose
        self.canManage = canManage
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        let capacity = board.capacity
        return Layout.page(title: t(ImprovementText.board), context: context, section: .improvements) {
            ImprovementsTab.navigation(current: .board, t: t)
            el("p", .class("muted")) { t(ImprovementText.boardHint) }
            el("p", .class("capacity-line")) {
                t(
                    ImprovementText.capacityLine, ImprovementsTab.days(board.committedDays, format),
                    ImprovementsTab.days(capacity.reservedDays, format), format.percent(capacity.improvementShare),
                    ImprovementsTab.days(capacity.teamDaysPerMonth, format))
            }
            if board.unestimatedInProgress > 0 {
                el("p", .class("notes")) { t(ImprovementText.unestimated, format.integer(board.unestimatedInProgress)) }
            }
            if canPropose {
                el("p") { el("a", .href("/improvements/new"), .class("button")) { t(ImprovementText.newImprovement) } }
            }
            el("div", .class("board")) {
                (ImprovementStage.board + [.declined]).map { stage in column(stage, t, format) }
            }
            learningsSection(t, format)
            overridesSection(t, format)
            capacitySection(t, format)
        }
    }

    private func column(_ stage: ImprovementStage, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        let cards = items.filter { $0.stage == stage }
        let count = board.count(at: stage)
        let limit = board.capacity.limit(of: stage)
        let titleID = "column-\(stage.rawValue)"
        return el(
            "section", .class(limit.map { count > $0 } == true ? "board-column over-limit" : "board-column"),
            .aria("labelledby", titleID)
        ) {
            el("h2", .id(titleID)) {
                ImprovementsTab.stage(stage, t) + " "
                el("span", .class("count")) {
                    limit.map { t(ImprovementText.limitOf, format.integer(count), format.integer($0)) } ?? format.integer(count)
                }
            }
            if cards.isEmpty {
                el("p", .class("no-data")) { t(ImprovementText.emptyColumn) }
            } else {
                el("ul", .class("cards")) {
                    cards.map { item in
                        el("li", .class("card")) {
                            el("a", .href(URLPath.make("/improvements", item.id))) {
                                "\(item.number). " + item.title
                            }
                            el("p", .class("notes")) {
                                [
                                    item.impact.map {
                                        t(ImprovementText.impactScore, format.decimal($0.score, fractionDigits: 1))
                                    }
                                        ?? t(ImprovementText.noImpact),
                                    names.touchpoint(item.touchpointID),
                                    item.unitIDs.isEmpty
                                        ? t(ImprovementText.wholeCompany)
                                        : item.unitIDs.map { names.units[$0] ?? $0 }.joined(separator: ", "),
                                    item.effortDays.map { t(ImprovementText.personDays, ImprovementsTab.days($0, format)) },
                                    item.ownerID.map { names.users[$0] ?? $0 },
                                ].compactMap { $0 }.joined(separator: " · ")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Measured items that did not move the score, with their hypothesis: kept in sight, not buried.
    private func learningsSection(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        let learnings = items.filter { $0.stage == .measured && $0.effect.map { $0.verdict != .improved } ?? true }
        return el("section", .aria("labelledby", "learnings-title")) {
            el("h2", .id("learnings-title")) { t(ImprovementText.learnings) }
            el("p", .class("notes")) { t(ImprovementText.learningsHint) }
            if learnings.isEmpty {
                el("p", .class("no-data")) { t(ImprovementText.noLearnings) }
            } else {
                el("ul") {
                    learnings.map { item in
                        el("li") {
                            el("a", .href(URLPath.make("/improvements", item.id))) { "\(item.number). " + item.title }
                            ": "
                                + (item.effect.map { ImprovementEffectView.verdict($0.verdict, t) }
                                    ?? t(ImprovementText.verdictTooFew))
                            if !item.hypothesis.isEmpty {
                                el("p", .class("notes")) { t(ImprovementText.hypothesis) + ": " + item.hypothesis }
                            }
                        }
                    }
                }
            }
        }
    }

    private func overridesSection(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        let titles = Dictionary(items.map { ($0.id, "\($0.number). \($0.title)") }, uniquingKeysWith: { first, _ in first })
        let visible = overrides.filter { titles[$0.improvementID] != nil }
        return el("section", .aria("labelledby", "overrides-title")) {
            el("h2", .id("overrides-title")) { t(ImprovementText.overrides) }
            el("p", .class("notes")) { t(ImprovementText.overridesHint) }
            if visible.isEmpty {
                el("p", .class("no-data")) { t(ImprovementText.noOverrides) }
            } else {
                el("ul") {
                    visible.map { move in
                        el("li") {
                            el("a", .href(URLPath.make("/improvements", move.improvementID))) { titles[move.improvementID] ?? "" }
                            ": "
                                + t(
                                    ImprovementText.moveLine, ImprovementsTab.stage(move.from, t),
                                    ImprovementsTab.stage(move.to, t),
                                    move.by) + ", " + format.dateTime(move.at, timeZone: timeZone) + ". "
                            el("span", .class("notes")) {
                                move.reasonsNeeded.map { ImprovementsTab.reason($0, t, format) }.joined(separator: "; ") + ". "
                            }
                            el("q") { move.reason ?? t(ImprovementText.noReason) }
                        }
                    }
                }
            }
        }
    }

    private func capacitySection(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        let capacity = board.capacity
        let errors = context.errors
        return el("section", .aria("labelledby", "capacity-title")) {
            el("h2", .id("capacity-title")) { t(ImprovementText.capacity) }
            if canManage {
                postForm(action: "/improvements/capacity", csrf: context.csrfToken) {
                    inputField(
                        FieldSpec(id: "capacity-days", name: "teamDaysPerMonth", label: t(ImprovementText.teamDays)),
                        value: Self.number(capacity.teamDaysPerMonth), type: "number", errors: errors)
                    inputField(
                        FieldSpec(id: "capacity-share", name: "sharePercent", label: t(ImprovementText.share)),
                        value: Self.number(capacity.improvementShare * 100), type: "number", errors: errors)
                    inputField(
                        FieldSpec(id: "capacity-accepted", name: "acceptedLimit", label: t(ImprovementText.acceptedLimit)),
                        value: String(capacity.acceptedLimit), type: "number", errors: errors)
                    inputField(
                        FieldSpec(id: "capacity-in-progress", name: "inProgressLimit", label: t(ImprovementText.inProgressLimit)),
                        value: String(capacity.inProgressLimit), type: "number", errors: errors)
                    inputField(
                        FieldSpec(
                            id: "capacity-reason", name: "reason", label: t(ImprovementText.reason),
                            hint: t(ImprovementText.capacityReasonHint)),
                        value: "", errors: errors)
                    el("div") { submitButton(t(CommonText.save)) }
                }
            }
            if !capacityChanges.isEmpty {
                el("h3") { t(ImprovementText.capacityChanges) }
                el("ul") {
                    capacityChanges.map { change in
                        el("li") {
                            t(
                                ImprovementText.capacityChange, ImprovementsTab.days(change.beforeDays, format),
                                ImprovementsTab.days(change.afterDays, format)) + ", "
                                + t(ImprovementText.byOn, change.by, format.dateTime(change.at, timeZone: timeZone)) + ": "
                            el("q") { change.reason ?? t(ImprovementText.noReason) }
                        }
                    }
                }
            }
        }
    }

    /// A number as a form field holds it: no grouping, a point for decimals.
    public static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
