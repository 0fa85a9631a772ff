import CXMCore
import Foundation

/// "What changed": a KPI's move between two periods with its interval and test, split by touchpoint, unit
/// and channel into performance and mix, the largest contributors first; the same numbers as
/// /api/v1/changes and `cxm changes`.
public struct ChangesPage: Sendable {
    /// The form's choices.
    public struct Choices: Sendable {
        public var journeys: [SelectOption]
        public var units: [SelectOption]
        public var touchpoints: [SelectOption]

        /// Creates the choices.
        public init(journeys: [SelectOption], units: [SelectOption], touchpoints: [SelectOption]) {
            self.journeys = journeys
            self.units = units
            self.touchpoints = touchpoints
        }
    }

    public var context: PageContext
    public var choices: Choices
    public var result: ChangeResult

    /// Creates the page.
    public init(context: PageContext, choices: Choices, result: ChangeResult) {
        self.context = context
        self.choices = choices
        self.result = result
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(t.language)
        let name = DashboardLabels.metricShortName(result.query.metric, t)
        return Layout.page(title: t(ChangeText.title, name), context: context, section: .dashboards, isSectionIndex: false) {
            el("p", .class("lead")) { t(ChangeText.intro) }
            form(t)
            if let side = result.periodWithoutAnswers {
                el("p", .class("flag flag-low"), .role("status")) {
                    side == .before
                        ? t(
                            ChangeText.noAnswersEarlier, "\(format.day(result.query.baseFrom))–\(format.day(result.query.baseTo))"
                        )
                        : t(ChangeText.noAnswersLater, "\(format.day(result.query.from))–\(format.day(result.query.to))")
                }
            }
            if let total = result.total { summary(total, name, t, format) }
            result.decompositions.map { dimension(of: $0, t, format) }
            el("p", .class("muted")) { t(ChangeText.method) }
        }
    }

    /// Digits a value of the metric is shown with: NPS points and CSAT percent with one, means with two.
    private var digits: Int { result.query.metric == .ces || result.query.metric == .rating ? 2 : 1 }

    private func form(_ t: Localizer) -> HTML {
        let query = result.query
        let any = SelectOption(value: "", label: t(ChangeText.anyOption))
        let metrics: [Metric] = [.nps, .csat, .ces]
        return el("form", Attribute("method", "get"), Attribute("action", "/changes"), .class("filter-form")) {
            selectField(
                FieldSpec(id: "metric", name: "metric", label: t(ChangeText.metric)),
                options: metrics.map { SelectOption(value: $0.rawValue, label: DashboardLabels.metricName($0, t)) },
                selected: query.metric.rawValue, errors: [])
            inputField(
                FieldSpec(id: "baseFrom", name: "baseFrom", label: "\(t(ChangeText.earlier)): \(t(ChangeText.from))"),
                value: query.baseFrom.iso, type: "date", errors: [])
            inputField(
                FieldSpec(id: "baseTo", name: "baseTo", label: "\(t(ChangeText.earlier)): \(t(ChangeText.to))"),
                value: query.baseTo.iso, type: "date", errors: [])
            inputField(
                FieldSpec(id: "from", name: "from", label: "\(t(ChangeText.later)): \(t(ChangeText.from))"),
                value: query.from.iso, type: "date", errors: [])
            inputField(
                FieldSpec(id: "to", name: "to", label: "\(t(ChangeText.later)): \(t(ChangeText.to))"), value: query.to.iso,
                type: "date", errors: [])
            selectField(
                FieldSpec(id: "journey", name: "journey", label: t(ChangeText.journey)), options: [any] + choices.journeys,
                selected: query.journey ?? "", errors: [])
            selectField(
                FieldSpec(id: "unit", name: "unit", label: t(ChangeText.unit)), options: [any] + choices.units,
                selected: query.unit ?? "", errors: [])
            selectField(
                FieldSpec(id: "touchpoint", name: "touchpoint", label: t(ChangeText.touchpoint)),
                options: [any] + choices.touchpoints, selected: query.touchpoint ?? "", errors: [])
            // What the form does not ask is kept as it came (an alert's link narrows to a question and splits by
            // unit and channel).
            if let question = query.question { void("input", .type("hidden"), .name("question"), .value(question)) }
            void("input", .type("hidden"), .name("by"), .value(query.dimensions.map(\.rawValue).joined(separator: ",")))
            submitButton(t(ChangeText.compare))
        }
    }

    private func summary(_ total: ChangeDecomposition, _ name: String, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        let query = result.query
        let number = { (value: Double) in format.decimal(value, fractionDigits: digits) }
        let interval = total.interval.map {
            "\(format.signedDecimal($0.low, fractionDigits: digits)) – \(format.signedDecimal($0.high, fractionDigits: digits))"
        }
        return HTML.build {
            el("p") {
                t(
                    ChangeText.summary, name, number(total.before), format.integer(total.answersBefore),
                    "\(format.day(query.baseFrom))–\(format.day(query.baseTo))", number(total.after),
                    format.integer(total.answersAfter), "\(format.day(query.from))–\(format.day(query.to))",
                    format.signedDecimal(total.change, fractionDigits: digits), interval ?? "–")
            }
            if let test = total.test {
                let p = format.decimal(test.pValue, fractionDigits: test.pValue < 0.001 ? 4 : 3)
                if test.pValue < 0.05 {
                    el("p", .class(total.change >= 0 ? "flag flag-up" : "flag flag-down")) { t(ChangeText.significant, p) }
                } else {
                    el("p", .class("flag flag-low"), .role("status")) { t(ChangeText.notSignificant, p) }
                }
            } else {
                el("p", .class("flag flag-low"), .role("status")) { t(ChangeText.noTest) }
            }
        }
    }

    private func dimension(of decomposition: ChangeDecomposition, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        let number = { (value: Double?) in value.map { format.decimal($0, fractionDigits: digits) } ?? "–" }
        let signed = { (value: Double) in format.signedDecimal(value, fractionDigits: digits) }
        let largest = decomposition.largestContributors()
        let label = { (segment: ChangeDecomposition.Segment) in
            segment.id == ChangeEngine.pooledID ? t(ChangeText.other) : segment.label
        }
        let heading: ChangeText =
            switch decomposition.dimension {
            case CellDimension.unit.rawValue: .byUnit
            case CellDimension.channel.rawValue: .byChannel
            default: .byTouchpoint
            }
        let segments = decomposition.segments.sorted { abs($0.contribution) > abs($1.contribution) }
        return HTML.build {
            el("h2") { t(heading) }
            el("p") {
                t(ChangeText.split, signed(decomposition.performance), signed(decomposition.mix))
                if !largest.isEmpty { " " + t(ChangeText.largest, largest.map(label).joined(separator: ", ")) }
            }
            el("div", .class("table-wrap")) {
                el("table", .class("data-table changes")) {
                    el("thead") {
                        el("tr") {
                            [ChangeText.segment, .answers, .value, .performance, .mix, .contribution, .adjustedP].map { key in
                                el("th", Attribute("scope", "col")) { t(key) }
                            }
                        }
                    }
                    el("tbody") {
                        segments.map { segment in
                            el("tr", .class(largest.contains { $0.id == segment.id } ? "largest" : "")) {
                                el("th", Attribute("scope", "row")) { label(segment) }
                                el("td") {
                                    "\(format.integer(segment.answersBefore)) → \(format.integer(segment.answersAfter))"
                                }
                                el("td") { "\(number(segment.valueBefore)) → \(number(segment.valueAfter))" }
                                el("td") { signed(segment.performance) }
                                el("td") { signed(segment.mix) }
                                el("td") {
                                    el("strong") { signed(segment.contribution) }
                                }
                                el("td") {
                                    if segment.tooFew {
                                        el("span", .class("muted")) { t(ChangeText.tooFew) }
                                    } else {
                                        segment.adjustedPValue.map { format.decimal($0, fractionDigits: 3) } ?? "–"
                                        if segment.significant {
                                            " "
                                            el("span", .class(segment.performance >= 0 ? "mark-up" : "mark-down")) {
                                                t(ChangeText.realChange)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
