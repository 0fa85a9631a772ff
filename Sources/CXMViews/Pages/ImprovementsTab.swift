import CXMCore

/// The pages of the Improvements section (the board and the observations it draws on), and the names
/// they show for ids.
enum ImprovementsTab: CaseIterable {
    case board, observations, plans, goals

    var path: String {
        switch self {
        case .board: "/improvements"
        case .observations: "/observations"
        case .plans: "/plans"
        case .goals: "/goals"
        }
    }

    func title(_ t: Localizer) -> String {
        switch self {
        case .board: t(ImprovementText.board)
        case .observations: t(ImprovementText.observations)
        case .plans: t(PlanText.plans)
        case .goals: t(GoalText.goals)
        }
    }

    /// The sub-navigation; on a detail page (`isIndex` false) the current tab is marked `true`, not `page`.
    static func navigation(current: ImprovementsTab, isIndex: Bool = true, t: Localizer) -> HTML {
        el("nav", .class("sub-nav"), .aria("label", t(CommonText.improvements))) {
            el("ul") {
                allCases.map { tab in
                    el("li") {
                        el("a", .href(tab.path), tab == current ? .aria("current", isIndex ? "page" : "true") : nil) {
                            tab.title(t)
                        }
                    }
                }
            }
        }
    }

    /// The new-improvement form with this evidence (and touchpoint) filled in.
    static func proposeURL(_ evidence: [EvidenceLink], touchpoint: String? = nil) -> String {
        URLPath.withQuery(
            "/improvements/new",
            [("evidence", ImprovementFormPage.evidenceText(Array(evidence.prefix(50))))]
                + (touchpoint.map { [("touchpoint", $0)] } ?? []))
    }

    /// "Propose an improvement from this", for those who may.
    static func proposeLink(_ context: PageContext, _ evidence: [EvidenceLink], touchpoint: String? = nil) -> HTML {
        HTML.build {
            if context.canProposeImprovements {
                el("p", .class("propose-link")) {
                    el("a", .href(proposeURL(evidence, touchpoint: touchpoint))) {
                        Localizer(context.language)(ImprovementText.proposeFrom)
                    }
                }
            }
        }
    }

    static func frequency(_ frequency: ObservationFrequency, _ t: Localizer) -> String {
        switch frequency {
        case .once: t(ImprovementText.once)
        case .weekly: t(ImprovementText.weekly)
        case .daily: t(ImprovementText.daily)
        case .hourly: t(ImprovementText.hourly)
        }
    }

    static func stage(_ stage: ImprovementStage, _ t: Localizer) -> String {
        switch stage {
        case .proposed: t(ImprovementText.proposed)
        case .accepted: t(ImprovementText.accepted)
        case .inProgress: t(ImprovementText.inProgress)
        case .delivered: t(ImprovementText.delivered)
        case .measured: t(ImprovementText.measured)
        case .declined: t(ImprovementText.declined)
        }
    }

    static func days(_ value: Double, _ format: LocaleFormat) -> String {
        format.decimal(value, fractionDigits: value == value.rounded() ? 0 : 1)
    }

    /// What a move needs a reason for, in words.
    static func reason(_ needed: ReasonNeeded, _ t: Localizer, _ format: LocaleFormat) -> String {
        switch needed {
        case .wipLimit(let stage, let limit, let count):
            t(ImprovementText.wipLimit, Self.stage(stage, t), format.integer(count), format.integer(limit))
        case .capacity(let reserved, let committed):
            t(ImprovementText.overCapacity, days(committed, format), days(reserved, format))
        case .setback(let from, let to): t(ImprovementText.setback, Self.stage(from, t), Self.stage(to, t))
        }
    }
}

/// Names for the ids improvement pages show, in the reader's language.
public struct ImprovementNames: Sendable {
    public var touchpoints: [String: String]
    public var units: [String: String]
    public var themes: [String: String]
    public var users: [String: String]

    public init(
        touchpoints: [String: String] = [:], units: [String: String] = [:], themes: [String: String] = [:],
        users: [String: String] = [:]
    ) {
        self.touchpoints = touchpoints
        self.units = units
        self.themes = themes
        self.users = users
    }

    func touchpoint(_ id: String?) -> String? { id.map { touchpoints[$0] ?? $0 } }
    func unit(_ id: String?) -> String? { id.map { units[$0] ?? $0 } }
}
