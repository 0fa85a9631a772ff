import CXMCore
import Foundation

/// What one person's monthly results digest holds: last month's figures for the company and for their own
/// units, each against the month before; the goals they see; the improvements delivered or measured; and their
/// units' action plans.
public struct ResultsDigest: Sendable {
    public struct Figure: Sendable {
        public var metric: Metric
        public var figure: MetricFigure
        /// The month before, and whether the change is significant.
        public var previous: Double?
        public var direction: CXMCore.ComparisonResult.Direction?

        public init(metric: Metric, figure: MetricFigure, previous: Double?, direction: CXMCore.ComparisonResult.Direction?) {
            self.metric = metric
            self.figure = figure
            self.previous = previous
            self.direction = direction
        }
    }

    /// The figures of one part of the company: the whole, or one of the reader's units (nil name: the whole).
    public struct Section: Sendable {
        public var unitName: String?
        public var figures: [Figure]

        public init(unitName: String?, figures: [Figure]) {
            self.unitName = unitName
            self.figures = figures
        }
    }

    /// The month's first day.
    public var month: LocalDay
    public var sections: [Section]
    public var goals: [GoalRow]
    public var improvements: [Improvement]
    public var plans: [ActionPlan]
    public var unitNames: [String: String]

    public init(
        month: LocalDay, sections: [Section], goals: [GoalRow], improvements: [Improvement], plans: [ActionPlan],
        unitNames: [String: String]
    ) {
        self.month = month
        self.sections = sections
        self.goals = goals
        self.improvements = improvements
        self.plans = plans
        self.unitNames = unitNames
    }

    /// The month's last day.
    public var lastDay: LocalDay { month.adding(months: 1).adding(days: -1) }

    /// The first day of the month before the one `day` falls in: the month a digest sent on `day` reports.
    public static func reportedMonth(before day: LocalDay) -> LocalDay {
        let (year, month, _) = day.civil
        return LocalDay(year: year, month: month, day: 1).adding(months: -1)
    }
}

/// The digest as mail (plain text and HTML) in the reader's language, and as the page that previews it.
public struct ResultsDigestMail: Sendable {
    public var digest: ResultsDigest
    public var language: Language
    public var recipientName: String
    public var workspaceName: String
    public var linkBase: String
    public var today: LocalDay

    public init(
        digest: ResultsDigest, language: Language, recipientName: String, workspaceName: String, linkBase: String,
        today: LocalDay
    ) {
        self.digest = digest
        self.language = language
        self.recipientName = recipientName
        self.workspaceName = workspaceName
        self.linkBase = linkBase
        self.today = today
    }

    private var t: Localizer { Localizer(language) }
    private var format: LocaleFormat { LocaleFormat(language) }

    public var subject: String { t(DigestText.subject, workspaceName, format.monthAndYear(digest.month)) }

    /// "NPS +21.0 (95 % interval +18.0 – +24.0, 2,672 answers), up from +17.4".
    func line(_ figure: ResultsDigest.Figure) -> String {
        let metric = MetricFormat(figure.metric, t: t)
        var text = t(
            DigestText.figure, metric.shortName, metric.value(figure.figure.value), metric.interval(figure.figure.interval),
            format.integer(figure.figure.n))
        if let previous = figure.previous, let direction = figure.direction {
            let before = metric.value(previous)
            text +=
                ", "
                + (direction == .up
                    ? t(DigestText.up, before)
                    : direction == .down ? t(DigestText.down, before) : t(DigestText.unchanged, before))
        }
        return text
    }

    func goalLine(_ row: GoalRow) -> String {
        let metric = MetricFormat(row.goal.metric, t: t)
        // The figure as the company's are given: with its interval and n.
        let now =
            row.progress.value.map {
                t(
                    DigestText.figure, metric.shortName, metric.value($0), metric.interval(row.progress.interval),
                    format.integer(row.progress.n))
            } ?? GoalCard.status(.tooFew, t)
        return t(DigestText.goalLine, row.goal.title, now, metric.level(row.goal.target)) + " · "
            + GoalCard.status(row.progress.status, t)
    }

    func improvementLine(_ item: Improvement) -> String {
        t(ImprovementText.number, format.integer(item.number)) + ": " + item.title + " (" + ImprovementsTab.stage(item.stage, t)
            + (item.effect.map { ", " + ImprovementEffectView.verdict($0.verdict, t) } ?? "") + ")"
    }

    func planLine(_ plan: ActionPlan) -> String {
        let progress = plan.progress(today: today)
        return t(
            DigestText.planLine, plan.title, digest.unitNames[plan.unitID] ?? plan.unitID, format.integer(progress.done),
            format.integer(progress.total), format.integer(progress.overdue))
    }

    func sectionTitle(_ section: ResultsDigest.Section) -> String { section.unitName ?? t(GoalText.wholeCompany) }

    public var text: String {
        var lines = [t(CaseText.mailGreeting, recipientName), "", t(DigestText.intro)]
        for section in digest.sections {
            lines += ["", sectionTitle(section)]
            lines += section.figures.isEmpty ? ["- " + t(DigestText.noFigures)] : section.figures.map { "- " + line($0) }
        }
        if !digest.goals.isEmpty {
            lines += ["", t(GoalText.goals)] + digest.goals.map { "- " + goalLine($0) }
            lines.append(t(DigestText.read, linkBase + "/goals"))
        }
        lines += ["", t(DigestText.improvements)]
        lines +=
            digest.improvements.isEmpty
            ? ["- " + t(DigestText.noImprovements)]
            : digest.improvements.map { "- " + improvementLine($0) + " " + linkBase + "/improvements/" + $0.id }
        if !digest.plans.isEmpty {
            lines += ["", t(DigestText.plans)] + digest.plans.map { "- " + planLine($0) + " " + linkBase + "/plans/" + $0.id }
        }
        lines += ["", "-- ", t(DigestText.footer, workspaceName)]
        return lines.joined(separator: "\n")
    }

    /// The content as HTML, for the mail and for the preview page alike (no styles of its own).
    public func content(links: Bool) -> HTML {
        HTML.build {
            digest.sections.map { section in
                HTML.build {
                    el("h2") { sectionTitle(section) }
                    if section.figures.isEmpty {
                        el("p") { t(DigestText.noFigures) }
                    } else {
                        el("ul") { section.figures.map { figure in el("li") { line(figure) } } }
                    }
                }
            }
            if !digest.goals.isEmpty {
                el("h2") { t(GoalText.goals) }
                el("ul") { digest.goals.map { row in el("li") { goalLine(row) } } }
                if links { el("p") { el("a", .href(linkBase + "/goals")) { t(DigestText.read, linkBase + "/goals") } } }
            }
            el("h2") { t(DigestText.improvements) }
            if digest.improvements.isEmpty {
                el("p") { t(DigestText.noImprovements) }
            } else {
                el("ul") {
                    digest.improvements.map { item in
                        el("li") {
                            links
                                ? el("a", .href(linkBase + URLPath.make("/improvements", item.id))) { improvementLine(item) }
                                : HTML(text: improvementLine(item))
                        }
                    }
                }
            }
            if !digest.plans.isEmpty {
                el("h2") { t(DigestText.plans) }
                el("ul") {
                    digest.plans.map { plan in
                        el("li") {
                            links
                                ? el("a", .href(linkBase + URLPath.make("/plans", plan.id))) { planLine(plan) }
                                : HTML(text: planLine(plan))
                        }
                    }
                }
            }
        }
    }

    public var html: String {
        StaffMail(
            language: language, subject: subject, greeting: t(CaseText.mailGreeting, recipientName),
            introduction: t(DigestText.intro), footer: t(DigestText.footer, workspaceName)
        ).render { content(links: true) }
    }
}

/// The digest as a page: what the signed-in person's next (or last) digest says.
public struct ResultsDigestPage: Sendable {
    public var context: PageContext
    public var mail: ResultsDigestMail

    public init(context: PageContext, mail: ResultsDigestMail) {
        self.context = context
        self.mail = mail
    }

    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(
            title: mail.subject, context: context, section: .improvements, isSectionIndex: false
        ) {
            ImprovementsTab.navigation(current: .goals, isIndex: false, t: t)
            el("p", .class("hint")) { t(DigestText.previewHint) }
            el("p") { t(DigestText.intro) }
            mail.content(links: true)
        }
    }
}
