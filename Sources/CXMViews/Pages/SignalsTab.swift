import CXMCore

/// The pages of the Signals section (incidents, churn, tickets), for the sub-navigation between them.
enum SignalsTab: CaseIterable {
    case incidents, churn, tickets

    var path: String {
        switch self {
        case .incidents: "/incidents"
        case .churn: "/churn"
        case .tickets: "/tickets"
        }
    }

    func title(_ t: Localizer) -> String {
        switch self {
        case .incidents: t(IncidentText.incidents)
        case .churn: t(ChurnText.churn)
        case .tickets: t(TicketText.tickets)
        }
    }

    /// The sub-navigation; on a detail page (`isIndex` false) the current tab is marked `true`, not `page`.
    static func navigation(current: SignalsTab, isIndex: Bool = true, t: Localizer) -> HTML {
        el("nav", .class("sub-nav"), .aria("label", t(CommonText.signals))) {
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

    /// The from/to form of a report over a period.
    static func periodForm(action: String, fromText: String, toText: String, t: Localizer) -> HTML {
        el("form", Attribute("method", "get"), Attribute("action", action), .class("filter-form")) {
            inputField(
                FieldSpec(id: "period-from", name: "from", label: t(ChurnText.from)), value: fromText, type: "date", errors: [])
            inputField(FieldSpec(id: "period-to", name: "to", label: t(ChurnText.to)), value: toText, type: "date", errors: [])
            el("div", .class("filter-actions")) { submitButton(t(ChurnText.show)) }
        }
    }

    /// An amount of money in the workspace's currency, whole.
    static func money(_ value: Double, _ format: LocaleFormat) -> String { format.decimal(value, fractionDigits: 0) }

    /// A share with its interval and n: "12% (9%–15%, n = 340)".
    static func share(_ share: CountShare?, _ format: LocaleFormat) -> HTML {
        guard let share else { return HTML(text: "–") }
        return HTML.build {
            format.percent(share.share, fractionDigits: 1)
            el("span", .class("notes")) {
                let interval = share.interval.map {
                    "\(format.percent($0.low, fractionDigits: 1))–\(format.percent($0.high, fractionDigits: 1)), "
                }
                " (\(interval ?? "")n = \(format.integer(share.n)))"
            }
        }
    }
}
