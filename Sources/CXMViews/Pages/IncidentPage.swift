import CXMCore
import Foundation

/// One incident valued: the customers and units it hit, for how long, the estimated cost and how it was
/// computed, and the NPS of affected against unaffected customers in the weeks after, with the verdict.
public struct IncidentPage: Sendable {
    public var context: PageContext
    public var incident: Incident
    public var valuation: IncidentValuation
    public var settings: IncidentValuationSettings
    /// Names of the units and touchpoints it hit, by id.
    public var names: [String: String]
    public var timeZone: String

    public init(
        context: PageContext, incident: Incident, valuation: IncidentValuation, settings: IncidentValuationSettings,
        names: [String: String], timeZone: String
    ) {
        self.context = context
        self.incident = incident
        self.valuation = valuation
        self.settings = settings
        self.names = names
        self.timeZone = timeZone
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        let nps = MetricFormat(.nps, t: t)
        return Layout.page(title: incident.title, context: context, section: .signals, isSectionIndex: false) {
            SignalsTab.navigation(current: .incidents, isIndex: false, t: t)
            ImprovementsTab.proposeLink(
                context, [EvidenceLink(kind: .incident, id: incident.id)], touchpoint: incident.touchpointIDs.first)
            el("dl", .class("readonly-list")) {
                fact(t(IncidentText.service), incident.service ?? "–")
                fact(t(IncidentText.severity), IncidentsPage.severity(incident.severity, t))
                fact(t(IncidentText.started), format.dateTime(incident.startedAt, timeZone: timeZone))
                fact(
                    t(IncidentText.ended),
                    incident.endedAt.map { format.dateTime($0, timeZone: timeZone) } ?? t(IncidentText.ongoing))
                fact(t(IncidentText.units), list(incident.unitIDs))
                fact(t(IncidentText.touchpoints), list(incident.touchpointIDs))
            }
            el("h2") { t(IncidentText.valuation) }
            el("dl", .class("readonly-list")) {
                fact(
                    t(IncidentText.affected),
                    valuation.affectedIsEstimate
                        ? t(IncidentText.estimate, format.integer(valuation.affectedCustomers))
                        : format.integer(valuation.affectedCustomers))
                fact(t(IncidentText.minutes), format.integer(Int(valuation.minutes.rounded())))
                fact(t(IncidentText.customerMinutes), format.integer(Int(valuation.customerMinutes.rounded())))
                if let value = settings.valuePerCustomerMinute, let cost = valuation.estimatedCost {
                    fact(
                        t(IncidentText.estimatedCost),
                        t(
                            IncidentText.costComputed, format.integer(Int(valuation.customerMinutes.rounded())),
                            format.decimal(value, fractionDigits: 2), SignalsTab.money(cost, format)))
                }
            }
            if settings.valuePerCustomerMinute == nil {
                el("p", .class("notes")) { t(IncidentText.noValue) + " " + t(IncidentText.noValueHint) }
            }
            el("h2") { t(IncidentText.comparison) }
            el("p", .class("notes")) { t(IncidentText.weeksAfter, format.integer(settings.weeksAfter)) }
            dataTable(
                caption: t(IncidentText.comparison),
                headers: [t(IncidentText.group), t(IncidentText.answers), t(TrendText.metricNPS), t(IncidentText.interval)]
            ) {
                [(t(IncidentText.affectedGroup), valuation.affected), (t(IncidentText.unaffectedGroup), valuation.unaffected)]
                    .map { name, counts in
                        el("tr") {
                            el("th", .scope("row")) { name }
                            el("td", .class("num")) { format.integer(counts.n) }
                            el("td", .class("num")) { counts.score.map { nps.value($0) } ?? "–" }
                            el("td") { nps.interval(NPSStatistics.waldInterval(counts)) }
                        }
                    }
            }
            if let test = valuation.difference {
                el("p") {
                    t(
                        IncidentText.difference, nps.change(test.difference),
                        valuation.differenceInterval.map {
                            "\(format.signedDecimal($0.low)) – \(format.signedDecimal($0.high))"
                        } ?? "–", nps.pValue(test.pValue))
                }
            }
            el("p", .class("journey-total")) { verdict(t, format) }
        }
    }

    private func verdict(_ t: Localizer, _ format: LocaleFormat) -> String {
        switch valuation.verdict {
        case .dip: t(IncidentText.verdictDip)
        case .higher: t(IncidentText.verdictHigher)
        case .noDetectableDifference:
            valuation.neededAnswers.map { t(IncidentText.verdictNoneNeeded, format.integer($0)) } ?? t(IncidentText.verdictNone)
        case .tooFewAnswers: t(IncidentText.verdictTooFew, format.integer(settings.minimumAnswers))
        }
    }

    private func list(_ ids: [String]) -> String {
        ids.isEmpty ? "–" : ids.map { names[$0] ?? $0 }.joined(separator: ", ")
    }

    private func fact(_ term: String, _ value: String) -> HTML {
        HTML.build {
            el("dt") { term }
            el("dd") { value }
        }
    }
}
