import CXMCore
import Foundation

/// One improvement: the problem and hypothesis, where and whose, the evidence with what each piece says
/// about the problem's size, how the impact score is worked out from it, the moves it may make (with a
/// reason where one is needed) and its history.
///
/// Field id for `FormError.field`: `move-reason`.
public struct ImprovementPage: Sendable {
    public var context: PageContext
    public var item: Improvement
    public var moves: [ImprovementMove]
    public var names: ImprovementNames
    /// The stages the reader may move it to, each with the reasons the move would need.
    public var allowedMoves: [(stage: ImprovementStage, reasons: [ReasonNeeded])]
    public var canEdit: Bool
    public var timeZone: String

    public init(
        context: PageContext, item: Improvement, moves: [ImprovementMove], names: ImprovementNames,
        allowedMoves: [(stage: ImprovementStage, reasons: [ReasonNeeded])], canEdit: Bool, timeZone: String
    ) {
        self.context = context
        self.item = item
        self.moves = moves
        self.names = names
        self.allowedMoves = allowedMoves
        self.canEdit = canEdit
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(
            title: t(ImprovementText.number, format.integer(item.number)) + ": " + item.title, context: context,
            section: .improvements, isSectionIndex: false
        ) {
            ImprovementsTab.navigation(current: .board, isIndex: false, t: t)
            el("dl", .class("facts")) {
                el("dt") { t(ImprovementText.stage) }
                el("dd") { ImprovementsTab.stage(item.stage, t) }
                el("dt") { t(ImprovementText.problem) }
                el("dd") { item.problem.isEmpty ? "–" : item.problem }
                el("dt") { t(ImprovementText.hypothesis) }
                el("dd") { item.hypothesis.isEmpty ? "–" : item.hypothesis }
                el("dt") { t(ImprovementText.touchpoint) }
                el("dd") { names.touchpoint(item.touchpointID) ?? t(ImprovementText.noTouchpoint) }
                el("dt") { t(ImprovementText.units) }
                el("dd") {
                    item.unitIDs.isEmpty
                        ? t(ImprovementText.wholeCompany) : item.unitIDs.map { names.units[$0] ?? $0 }.joined(separator: ", ")
                }
                el("dt") { t(ImprovementText.owner) }
                el("dd") { item.ownerID.map { names.users[$0] ?? $0 } ?? t(ImprovementText.noOwner) }
                el("dt") { t(ImprovementText.effort) }
                el("dd") { item.effortDays.map { ImprovementsTab.days($0, format) } ?? t(ImprovementText.notEstimated) }
            }
            if canEdit {
                el("p") { el("a", .href(URLPath.make("/improvements", item.id, "/edit"))) { t(ImprovementText.edit) } }
            }
            if let effect = item.effect { ImprovementEffectView.render(effect, t, format, timeZone: timeZone) }
            impactSection(t, format)
            movesSection(t, format)
            historySection(t, format)
        }
    }

    private func impactSection(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        el("section", .aria("labelledby", "evidence-title")) {
            el("h2", .id("evidence-title")) { t(ImprovementText.evidence) }
            if let impact = item.impact, !impact.evidence.isEmpty {
                dataTable(
                    caption: t(ImprovementText.evidence),
                    headers: [
                        t(ImprovementText.evidence), t(ImprovementText.customers), t(ImprovementText.severity),
                        t(ImprovementText.readFrom),
                    ]
                ) {
                    impact.evidence.map { reach in
                        el("tr") {
                            el("th", .scope("row")) {
                                Self.kind(reach.link.kind, t) + ": "
                                if reach.hidden == true {
                                    el("span", .class("notes")) { t(ImprovementText.hiddenEvidence) }
                                } else if let path = Self.path(of: reach.link) {
                                    el("a", .href(path)) { reach.label }
                                } else {
                                    reach.label
                                }
                            }
                            el("td", .class("num")) {
                                reach.estimated
                                    ? t(ImprovementText.estimated, format.integer(reach.customers))
                                    : format.integer(reach.customers)
                            }
                            el("td", .class("num")) { format.decimal(reach.severity, fractionDigits: 2) }
                            el("td") { Self.basis(reach.basis, t, format) }
                        }
                    }
                }
                el("h3") { t(ImprovementText.howComputed) }
                el("p", .class("formula")) {
                    t(
                        ImprovementText.formula,
                        impact.customersEstimated
                            ? t(ImprovementText.estimated, format.integer(impact.customers)) : format.integer(impact.customers),
                        format.decimal(impact.importance.factor, fractionDigits: 2),
                        format.decimal(impact.severity, fractionDigits: 2),
                        format.decimal(impact.score, fractionDigits: 1))
                }
                el("ul", .class("notes")) {
                    el("li") { t(ImprovementText.customersRule) }
                    el("li") {
                        if let share = impact.importance.share {
                            t(
                                ImprovementText.importanceDriver, format.percent(share, fractionDigits: 1),
                                impact.importance.outcome ?? "NPS", format.integer(impact.importance.drivers),
                                format.decimal(impact.importance.factor, fractionDigits: 2))
                        } else {
                            t(ImprovementText.importanceNone)
                        }
                    }
                    el("li") { t(ImprovementText.severityRule) }
                }
                if let at = item.impactAt {
                    el("p", .class("notes")) { t(ImprovementText.workedOut, format.dateTime(at, timeZone: timeZone)) }
                }
            } else {
                el("p", .class("no-data")) { t(ImprovementText.noEvidence) }
            }
        }
    }

    private func movesSection(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        HTML.build {
            if !allowedMoves.isEmpty {
                el("section", .class("panel"), .aria("labelledby", "move-title")) {
                    el("h2", .id("move-title")) { t(ImprovementText.move) }
                    allowedMoves.map { move in
                        postForm(action: URLPath.make("/improvements", item.id, "/move"), csrf: context.csrfToken) {
                            void("input", .type("hidden"), .name("to"), .value(move.stage.rawValue))
                            void("input", .type("hidden"), .name("version"), .value(String(item.version)))
                            if !move.reasons.isEmpty {
                                el("p", .class("notes")) {
                                    t(
                                        ImprovementText.reasonsNeeded,
                                        move.reasons.map { ImprovementsTab.reason($0, t, format) }.joined(separator: "; "))
                                }
                                inputField(
                                    FieldSpec(
                                        id: "move-reason-\(move.stage.rawValue)", name: "reason",
                                        label: t(ImprovementText.reason),
                                        hint: t(ImprovementText.moveReasonHint), required: true),
                                    value: "", errors: context.errors)
                            }
                            el("div") { submitButton(t(ImprovementText.moveTo, ImprovementsTab.stage(move.stage, t))) }
                        }
                    }
                }
            }
        }
    }

    private func historySection(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        el("section", .aria("labelledby", "history-title")) {
            el("h2", .id("history-title")) { t(ImprovementText.history) }
            el("ul") {
                moves.map { move in
                    el("li") {
                        (move.from == move.to
                            ? t(ImprovementText.proposedBy, move.by)
                            : t(
                                ImprovementText.moveLine, ImprovementsTab.stage(move.from, t), ImprovementsTab.stage(move.to, t),
                                move.by)) + ", " + format.dateTime(move.at, timeZone: timeZone)
                        if !move.reasonsNeeded.isEmpty || move.reason != nil {
                            ". "
                            el("q") { move.reason ?? t(ImprovementText.noReason) }
                        }
                    }
                }
            }
        }
    }

    static func kind(_ kind: EvidenceLink.Kind, _ t: Localizer) -> String {
        switch kind {
        case .response: t(ImprovementText.kindResponse)
        case .theme: t(ImprovementText.kindTheme)
        case .alert: t(ImprovementText.kindAlert)
        case .case: t(ImprovementText.kindCase)
        case .observation: t(ImprovementText.kindObservation)
        case .incident: t(ImprovementText.kindIncident)
        case .funnelStep: t(ImprovementText.kindFunnelStep)
        }
    }

    /// The page a piece of evidence is on, where it has one.
    static func path(of link: EvidenceLink) -> String? {
        switch link.kind {
        case .response: nil
        case .theme: URLPath.make("/feedback/themes", link.id)
        case .alert: URLPath.make("/alerts", link.id)
        case .case: URLPath.make("/cases", link.id)
        case .observation: URLPath.make("/observations", link.id)
        case .incident: URLPath.make("/incidents", link.id)
        case .funnelStep: link.funnelStep.map { URLPath.make("/funnels", $0.funnelID) }
        }
    }

    static func basis(_ basis: EvidenceReach.Basis, _ t: Localizer, _ format: LocaleFormat) -> String {
        switch basis {
        case .score(let value): t(ImprovementText.basisScore, format.decimal(value, fractionDigits: 1))
        case .negativeMentions(let negative, let mentions):
            t(ImprovementText.basisMentions, format.integer(negative), format.integer(mentions))
        case .alert(let worse): worse ? t(ImprovementText.basisAlertWorse) : t(ImprovementText.basisAlert)
        case .casePriority(let priority): t(ImprovementText.basisPriority, CaseLabels.priority(priority, t))
        case .incidentMinutes(let minutes): t(ImprovementText.basisMinutes, format.integer(minutes))
        case .dropOff(let dropped, let reached): t(ImprovementText.basisDropOff, format.integer(dropped), format.integer(reached))
        case .reported: t(ImprovementText.basisReported)
        case .unavailable: t(ImprovementText.basisUnavailable)
        }
    }
}
