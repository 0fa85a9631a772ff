import CXMCore
import Foundation

/// One alert: the change in words, the weekly control chart that triggered it, links to the comments and
/// figures behind it, and what people did about it.
public struct AlertPage: Sendable {
    public var context: PageContext
    public var alert: Alert
    public var names: AlertNames
    public var timeZone: String
    public var canManage: Bool

    public init(context: PageContext, alert: Alert, names: AlertNames, timeZone: String, canManage: Bool) {
        self.context = context
        self.alert = alert
        self.names = names
        self.timeZone = timeZone
        self.canManage = canManage
    }

    /// The weekly values against the control limits the detector drew for each week's n.
    func chart(_ t: Localizer) -> TrendChart {
        let format = LocaleFormat(t.language)
        let digits = alert.key.metric.measure == .mean ? 2 : 1
        let points = zip(alert.snapshot.periods, alert.snapshot.assessment.points).map { period, point -> TrendChart.Point in
            guard let value = point.value, point.n > 0 else { return TrendChart.Point(gap: period.label) }
            let limits = point.lower.flatMap { low in point.upper.map { Interval(low: low, high: $0) } }
            let signalled = !point.signals.isEmpty
            return TrendChart.Point(
                label: period.label, value: value, interval: limits, lowSample: point.isTooFew,
                mark: signalled ? (value < (point.center ?? value) ? .down : .up) : .none,
                valueText: format.decimal(value, fractionDigits: digits),
                intervalText: limits.map {
                    "\(format.decimal($0.low, fractionDigits: digits)) – \(format.decimal($0.high, fractionDigits: digits))"
                } ?? "",
                nText: format.integer(point.n), verdictText: point.signals.map(\.rawValue).joined(separator: ", "))
        }
        let values = points.compactMap(\.value) + points.compactMap(\.interval).flatMap { [$0.low, $0.high] }
        let axis = ChartAxis.fitted(to: values, within: Self.range(alert.key.metric, values), fullStep: 0)
        let title = t(TrendText.chartTitle, AlertMail.title(alert.key, names: names, t))
        return TrendChart(
            id: "alert-chart", title: title, summary: AlertMail.figures(alert, language: t.language, t),
            valueRange: axis.range,
            ticks: axis.ticks.map { ChartTick(value: $0, label: format.decimal($0, fractionDigits: axis.fractionDigits)) },
            points: points,
            legend: TrendChart.Legend(
                interval: t(TrendText.controlLimits), up: t(TrendText.signalled), down: nil, lowSample: t(TrendText.tooFew),
                gap: t(TrendText.noAnswers)),
            gapText: t(TrendText.noAnswers), showsComparison: true)
    }

    /// The scale a metric's values live on.
    static func range(_ metric: AlertMetric, _ values: [Double]) -> ClosedRange<Double> {
        switch metric {
        case .nps: -100...100
        case .csat, .theme: 0...100
        case .ces: 1...7
        case .rating: Swift.min(1, values.min() ?? 1)...Swift.max(5, values.max() ?? 5)
        }
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(t.language)
        let links = AlertPage.links(alert)
        return Layout.page(
            title: t(TrendText.alertTitle, AlertMail.title(alert.key, names: names, t)), context: context, section: .alerts,
            isSectionIndex: false
        ) {
            el("p") { el("a", .href("/alerts")) { t(TrendText.alerts) } }
            el("p", .class(alert.snapshot.isWorse ? "alert-summary alert-worse" : "alert-summary alert-better")) {
                el("strong") { AlertMail.figures(alert, language: t.language, t) }
            }
            el("p") {
                "\(t(TrendText.status)): \(AlertsPage.statusLabel(alert.status, t)) · \(t(TrendText.raised)): "
                    + format.date(alert.raisedAt, timeZone: timeZone) + " · \(t(TrendText.detectors)): "
                    + (alert.change?.detectors.map(\.rawValue).joined(separator: ", ") ?? "–")
            }
            el("p", .class("muted")) {
                t(
                    TrendText.falseDiscovery, format.decimal(alert.snapshot.qValue, fractionDigits: 4),
                    format.decimal(alert.snapshot.falseDiscoveryRate * 100, fractionDigits: 0))
            }
            if let reason = alert.muteReason { el("p", .class("flag")) { t(TrendText.mutedBecause, reason) } }
            if let who = alert.acknowledgedBy, alert.status == .acknowledged {
                el("p") { t(TrendText.acknowledgedBy, who) }
            }
            if alert.status == .resolved { el("p") { t(TrendText.resolvedAt) } }
            chart(t).render(t)
            el("ul", .class("link-list")) {
                if let feedback = links.feedback { el("li") { el("a", .href(feedback)) { t(TrendText.answersBehind) } } }
                if let metric = links.metric { el("li") { el("a", .href(metric)) { t(TrendText.metricByWeek) } } }
                if let changes = links.changes { el("li") { el("a", .href(changes)) { t(TrendText.whatChanged) } } }
            }
            ImprovementsTab.proposeLink(context, [EvidenceLink(kind: .alert, id: alert.id)], touchpoint: alert.key.touchpointID)
            if canManage { actions(t) }
        }
    }

    private func actions(_ t: Localizer) -> HTML {
        HTML.build {
            postForm(action: "/alerts/\(alert.id)", csrf: context.csrfToken, class: "inline-form") {
                if alert.status == .open {
                    el("button", .type("submit"), .name("action"), .value("acknowledge"), .class("button")) {
                        t(TrendText.acknowledge)
                    }
                } else if alert.status != .resolved {
                    el("button", .type("submit"), .name("action"), .value("reopen"), .class("button secondary")) {
                        t(TrendText.reopen)
                    }
                }
            }
            if alert.status != .muted && alert.status != .resolved {
                postForm(action: "/alerts/\(alert.id)", csrf: context.csrfToken) {
                    void("input", .type("hidden"), .name("action"), .value("mute"))
                    inputField(
                        FieldSpec(id: "mute-reason", name: "reason", label: t(TrendText.muteReason)), value: "", errors: [])
                    el("button", .type("submit"), .class("button secondary")) { t(TrendText.mute) }
                }
            }
            postForm(action: "/alerts/\(alert.id)", csrf: context.csrfToken) {
                void("input", .type("hidden"), .name("action"), .value("links"))
                inputField(
                    FieldSpec(id: "link-case", name: "case", label: t(TrendText.linkCase)), value: alert.caseID ?? "", errors: [])
                inputField(
                    FieldSpec(id: "link-improvement", name: "improvement", label: t(TrendText.linkImprovement)),
                    value: alert.improvement ?? "", errors: [])
                submitButton(t(TrendText.saveLinks))
            }
        }
    }

    /// The inbox and dashboard addresses of the answers behind the alert.
    static func links(_ alert: Alert) -> (feedback: String?, metric: String?, changes: String?) {
        (
            alert.answersFilter.map { URLPath.withQuery("/feedback", $0) },
            alert.metricFilter.map { URLPath.withQuery("/dashboards/trend", $0 + [("grain", "week")]) },
            alert.changeFilter.map { URLPath.withQuery("/changes", $0 + [("by", "unit,channel")]) }
        )
    }
}
