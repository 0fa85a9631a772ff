import CXMCore
import Foundation

/// A goal with its progress and the words for where it applies, as the goals page and the public KPI board
/// show it.
public struct GoalRow: Sendable {
    public var goal: Goal
    public var progress: GoalProgress
    /// "Store visits · Göteborg Nordstan", or the whole company.
    public var scope: String

    public init(goal: Goal, progress: GoalProgress, scope: String) {
        self.goal = goal
        self.progress = progress
        self.scope = scope
    }
}

/// One goal as a card: its figure with the interval and n, the target and deadline, the honest status, the pace
/// and how much of the way has been come.
enum GoalCard {
    static func render(_ row: GoalRow, heading: String = "h2", t: Localizer, extra: HTML = HTML.build {}) -> HTML {
        let goal = row.goal
        let progress = row.progress
        let format = LocaleFormat(t.language)
        let figures = MetricFormat(goal.metric, t: t)
        return el("li", .class("goal-card")) {
            el(heading) { goal.title }
            el("p", .class("muted")) { DashboardLabels.metricShortName(goal.metric, t) + " · " + row.scope }
            if let value = progress.value {
                el("p", .class("goal-value")) { figures.value(value) }
                el("p") {
                    [
                        progress.interval.map { t(GoalText.intervalOf, figures.interval($0)) },
                        t(GoalText.answers, format.integer(progress.n)),
                    ].compactMap { $0 }.joined(separator: " · ")
                }
            } else {
                el("p", .class("goal-value muted")) { "–" }
            }
            el("p", .class("goal-status \(progress.status.rawValue)")) { status(progress.status, t) }
            el("p") { t(GoalText.targetBy, figures.level(goal.target), format.day(goal.deadline)) }
            if let share = progress.share {
                let shown = min(max(share, 0), 1)
                bar(shown)
                el("p") {
                    t(GoalText.share, format.percent(share, fractionDigits: 0))
                        + (progress.baseline.map { " · " + t(GoalText.baseline, figures.value($0)) } ?? "")
                }
            }
            if let pace = progress.pace, !progress.closed { el("p", .class("muted")) { self.pace(pace, t) } }
            el("p", .class("muted")) {
                progress.closed
                    ? t(GoalText.deadlinePassed, format.day(progress.day))
                    : t(GoalText.daysLeft, format.integer(progress.daysLeft)) + " · "
                        + DashboardLabels.days(from: progress.from, to: progress.day, t)
            }
            extra
        }
    }

    /// A bar filled to the share (0…1); an SVG, because the pages allow no inline styles.
    static func bar(_ share: Double) -> HTML {
        el(
            "svg", .class("goal-bar"), Attribute("viewBox", "0 0 100 6"), Attribute("preserveAspectRatio", "none"),
            .aria("hidden", "true"), Attribute("focusable", "false")
        ) {
            void("rect", .class("goal-bar-track"), Attribute("width", "100"), Attribute("height", "6"))
            void(
                "rect", .class("goal-bar-fill"), Attribute("width", String(Int((share * 100).rounded()))),
                Attribute("height", "6"))
        }
    }

    static func status(_ status: GoalProgress.Status, _ t: Localizer) -> String {
        switch status {
        case .reached: t(GoalText.statusReached)
        case .atTarget: t(GoalText.statusAtTarget)
        case .withinReach: t(GoalText.statusWithinReach)
        case .below: t(GoalText.statusBelow)
        case .tooFew: t(GoalText.statusTooFew)
        }
    }

    static func pace(_ pace: GoalProgress.Pace, _ t: Localizer) -> String {
        switch pace {
        case .ahead: t(GoalText.paceAhead)
        case .onPace: t(GoalText.paceOnPace)
        case .behind: t(GoalText.paceBehind)
        }
    }
}
