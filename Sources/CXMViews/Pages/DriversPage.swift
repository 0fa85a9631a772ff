import CXMCore
import Foundation

/// "What drives NPS": the driver analysis of an outcome with intervals, significance before rank, what was
/// left out and why, and at customer level the journey's importance–performance matrix.
public struct DriversPage: Sendable {
    /// The form's choices and values.
    public struct Form: Sendable {
        public var outcomes: [SelectOption]
        public var journeys: [SelectOption]
        public var touchpoints: [SelectOption]
        public var outcome: String
        public var level: DriverQuery.Level
        public var journey: String?
        public var touchpoint: String?
        public var from: String
        public var to: String

        public init(
            outcomes: [SelectOption], journeys: [SelectOption], touchpoints: [SelectOption], outcome: String,
            level: DriverQuery.Level, journey: String?, touchpoint: String?, from: String, to: String
        ) {
            self.outcomes = outcomes
            self.journeys = journeys
            self.touchpoints = touchpoints
            self.outcome = outcome
            self.level = level
            self.journey = journey
            self.touchpoint = touchpoint
            self.from = from
            self.to = to
        }
    }

    public var context: PageContext
    public var form: Form
    public var result: DriverResult
    /// The workspace time zone, for when a kept result was computed.
    public var timeZone: String

    public init(context: PageContext, form: Form, result: DriverResult, timeZone: String = "UTC") {
        self.context = context
        self.form = form
        self.result = result
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(t.language)
        let report = result.report
        return Layout.page(
            title: t(DriverText.title, result.outcomeLabel), context: context, section: .dashboards, isSectionIndex: false
        ) {
            el("p", .class("lead")) { t(DriverText.intro) }
            filterForm(t)
            if let computedAt = result.computedAt {
                el("p", .class("muted")) { t(DriverText.keptResult, format.dateTime(computedAt, timeZone: timeZone)) }
            }
            el("p") {
                t(DriverText.sample, format.integer(report.n), report.missing.rawValue)
                    + (report.smallestPairN.map { " (min. \(format.integer($0)))" } ?? "")
            }
            if let problem = report.problem {
                el("p", .class("flag flag-low"), .role("status")) { t(DriverText.cannotEstimate, Self.describe(problem, t)) }
            }
            if let rSquared = report.rSquared {
                el("p") {
                    t(
                        DriverText.rSquared, format.percent(rSquared, fractionDigits: 0),
                        format.decimal(rSquared, fractionDigits: 3),
                        report.rSquaredInterval.map {
                            "\(format.decimal($0.low, fractionDigits: 3))–\(format.decimal($0.high, fractionDigits: 3))"
                        } ?? "–")
                }
                driverTable(t, format)
                el("p", .class("muted")) {
                    t(DriverText.method, format.integer(report.replicates))
                        + (report.shapleyComputed ? "" : " " + t(DriverText.noShapley))
                }
            }
            if !report.excluded.isEmpty {
                el("h2") { t(DriverText.leftOut) }
                el("ul") { report.excluded.map { excluded in el("li") { Self.describe(excluded, t) } } }
            }
            if let matrix = result.matrix { matrixSection(matrix, t, format) }
        }
    }

    private func filterForm(_ t: Localizer) -> HTML {
        let any = SelectOption(value: "", label: t(DriverText.anyOption))
        return el("form", Attribute("method", "get"), Attribute("action", "/drivers"), .class("filter-form")) {
            selectField(
                FieldSpec(id: "outcome", name: "outcome", label: t(DriverText.outcome)), options: form.outcomes,
                selected: form.outcome, errors: [])
            selectField(
                FieldSpec(id: "level", name: "level", label: t(DriverText.level)),
                options: [
                    SelectOption(value: "response", label: t(DriverText.levelResponse)),
                    SelectOption(value: "customer", label: t(DriverText.levelCustomer)),
                ], selected: form.level.rawValue, errors: [])
            selectField(
                FieldSpec(id: "journey", name: "journey", label: t(DriverText.journey)), options: [any] + form.journeys,
                selected: form.journey ?? "", errors: [])
            selectField(
                FieldSpec(id: "touchpoint", name: "touchpoint", label: t(DriverText.touchpoint)),
                options: [any] + form.touchpoints, selected: form.touchpoint ?? "", errors: [])
            inputField(FieldSpec(id: "from", name: "from", label: t(DriverText.from)), value: form.from, type: "date", errors: [])
            inputField(FieldSpec(id: "to", name: "to", label: t(DriverText.to)), value: form.to, type: "date", errors: [])
            submitButton(t(DriverText.analyse))
        }
    }

    private func driverTable(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        let interval = { (value: Interval?) in
            value.map { "\(format.decimal($0.low, fractionDigits: 3))–\(format.decimal($0.high, fractionDigits: 3))" } ?? ""
        }
        return el("table", .class("data-table drivers")) {
            el("thead") {
                el("tr") {
                    [
                        DriverText.rank, .driver, .kind, .share, .relativeWeight, .shapley, .correlation, .answers,
                    ].map { key in el("th", Attribute("scope", "col")) { t(key) } }
                }
            }
            el("tbody") {
                result.report.drivers.map { driver in
                    el("tr", .class(driver.significant ? "significant" : "not-significant")) {
                        el("td") { driver.rank.map(String.init) ?? t(DriverText.notRanked) }
                        el("th", Attribute("scope", "row")) {
                            driver.driver.label
                            if !driver.significant {
                                " "
                                el("span", .class("muted")) { "(\(t(DriverText.notSignificant)))" }
                            }
                        }
                        el("td") { Self.kind(driver.driver.kind, t) }
                        el("td") {
                            el(
                                "meter", Attribute("min", "0"), Attribute("max", "100"),
                                Attribute("value", String(min(100, max(0, driver.share))))
                            ) { "" }
                            " \(format.decimal(driver.share, fractionDigits: 1)) %"
                        }
                        el("td") {
                            "\(format.decimal(driver.relativeWeight, fractionDigits: 3)) "
                            el("span", .class("muted")) { interval(driver.relativeWeightInterval) }
                        }
                        el("td") {
                            driver.shapley.map { format.decimal($0, fractionDigits: 3) } ?? "–"
                            " "
                            el("span", .class("muted")) { interval(driver.shapleyInterval) }
                        }
                        el("td") { format.signedDecimal(driver.correlation, fractionDigits: 2) }
                        el("td") { format.integer(driver.pairN) }
                    }
                }
            }
        }
    }

    private func matrixSection(_ matrix: ImportanceMatrix, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        HTML.build {
            el("h2") { t(DriverText.matrix) }
            el("p") { t(DriverText.matrixIntro, result.performanceFrom?.iso ?? result.from.iso) }
            el("table", .class("data-table matrix")) {
                el("thead") {
                    el("tr") {
                        [DriverText.touchpoint, .quadrant, .importance, .performance, .answers, .desiredFeeling, .comments].map {
                            key in el("th", Attribute("scope", "col")) { t(key) }
                        }
                    }
                }
                el("tbody") {
                    matrix.points.map { point in
                        el("tr", .class(point.quadrant.map { "quadrant-\($0.rawValue)" } ?? "")) {
                            el("th", Attribute("scope", "row")) { point.name }
                            el("td") { point.quadrant.map { Self.quadrant($0, t) } ?? "–" }
                            el("td") {
                                if let importance = point.importance {
                                    "\(format.decimal(importance, fractionDigits: 1)) %"
                                    if !point.significant {
                                        " "
                                        el("span", .class("muted")) { "(\(t(DriverText.notSignificant)))" }
                                    }
                                } else {
                                    t(DriverText.notEstimated)
                                }
                            }
                            el("td") {
                                point.performance.map { format.decimal($0, fractionDigits: 1) } ?? "–"
                                if point.lowSample { " (\(t(DriverText.smallSample)))" }
                            }
                            el("td") { format.integer(point.n) }
                            el("td") { point.desiredFeeling }
                            el("td") { point.texts > 0 ? "\(point.positive) / \(point.negative) (\(point.texts))" : "–" }
                        }
                    }
                }
            }
        }
    }

    static func quadrant(_ quadrant: ImportanceMatrix.Quadrant, _ t: Localizer) -> String {
        switch quadrant {
        case .fixFirst: t(DriverText.fixFirst)
        case .keepUp: t(DriverText.keepUp)
        case .hygiene: t(DriverText.hygiene)
        case .lowerPriority: t(DriverText.lowerPriority)
        }
    }

    static func kind(_ kind: DriverKind?, _ t: Localizer) -> String {
        switch kind {
        case .rating: t(DriverText.kindRating)
        case .choice: t(DriverText.kindChoice)
        case .theme: t(DriverText.kindTheme)
        case .touchpoint: t(DriverText.kindTouchpoint)
        case .signal: t(DriverText.kindSignal)
        case .column, nil: t(DriverText.kindColumn)
        }
    }

    static func describe(_ problem: DriverProblem, _ t: Localizer) -> String {
        switch problem.reason {
        case .noDrivers: t(DriverText.noDrivers)
        case .tooFewResponses: t(DriverText.tooFewResponses, String(problem.n), String(problem.needed ?? 0))
        case .outcomeWithoutVariance: t(DriverText.outcomeWithoutVariance)
        case .inconsistentPairwise: t(DriverText.inconsistentPairwise)
        }
    }

    static func describe(_ excluded: ExcludedDriver, _ t: Localizer) -> String {
        switch excluded.reason {
        case .noVariance: t(DriverText.noVariance, excluded.driver.label)
        case .tooFewAnswers:
            t(DriverText.tooFewAnswers, excluded.driver.label, String(excluded.pairN), String(excluded.needed ?? 0))
        case .collinear: t(DriverText.collinear, excluded.driver.label, excluded.collinearWith.joined(separator: ", "))
        }
    }
}
