import CXMCore
import CXMViews
import Foundation

/// Sample incidents, churn and tickets for the Signals pages, with figures simple enough to check by hand.
enum SignalFixtures {
    static let started = Date(timeIntervalSince1970: 1_773_133_800)  // 2026-03-10 09:10 UTC
    static let settings = IncidentValuationSettings(valuePerCustomerMinute: 0.4)

    /// 8.5 hours (510 minutes) without service for 120 named customers.
    static func incident(text: String = "Sample") -> Incident {
        Incident(
            id: "inc-1", sourceID: "noc", externalID: "NOC-1", title: "\(text) outage", severity: .critical,
            startedAt: started, endedAt: started.addingTimeInterval(8.5 * 3600), service: "\(text) service",
            touchpointIDs: ["t1"], unitIDs: ["u1"])
    }

    /// Affected NPS −30 (n = 100) against +10 (n = 1,000): a dip of 40 points, 61,200 customer-minutes, cost 24,480.
    static func valuation(
        _ incident: Incident, settings: IncidentValuationSettings = SignalFixtures.settings
    ) -> IncidentValuation {
        IncidentValuation.value(
            incident, affectedCustomers: 120, affectedIsEstimate: false,
            affected: NPSCounts(promoters: 20, passives: 30, detractors: 50),
            unaffected: NPSCounts(promoters: 400, passives: 300, detractors: 300), settings: settings,
            now: started.addingTimeInterval(86_400 * 60))
    }

    static func cost(valuePerCustomerMinute: Double? = 0.4) -> PoorExperienceCost {
        let oslo = TimeZone(identifier: "Europe/Oslo") ?? .gmt
        return PoorExperienceCost.make(
            from: LocalDay(year: 2026, month: 3, day: 1).start(in: oslo),
            to: LocalDay(year: 2026, month: 6, day: 1).start(in: oslo),
            zone: oslo, incidents: [PoorExperienceCost.IncidentCost(startedAt: started, customerMinutes: 61_200)],
            churn: [0: PoorExperienceCost.ChurnTotals(churned: 12, revenue: 54_000, detractors: 7, detractorRevenue: 33_000)],
            valuePerCustomerMinute: valuePerCustomerMinute)
    }

    static func incidents(_ context: PageContext, text: String = "Sample", valuePerCustomerMinute: Double? = 0.4) -> IncidentsPage
    {
        let incident = Self.incident(text: text)
        return IncidentsPage(
            context: context,
            rows: [
                IncidentsPage.Row(
                    incident: incident, affectedCustomers: 120, affectedIsEstimate: false,
                    estimatedCost: valuePerCustomerMinute.map { $0 * 61_200 })
            ],
            paging: Paging(page: 1, pageSize: 25, totalCount: 1), cost: cost(valuePerCustomerMinute: valuePerCustomerMinute),
            timeZone: "Europe/Oslo", now: started.addingTimeInterval(86_400))
    }

    static func incidentPage(
        _ context: PageContext, text: String = "Sample", settings: IncidentValuationSettings = SignalFixtures.settings
    )
        -> IncidentPage
    {
        let incident = Self.incident(text: text)
        return IncidentPage(
            context: context, incident: incident, valuation: valuation(incident, settings: settings), settings: settings,
            names: ["u1": "\(text) store", "t1": "\(text) touchpoint"], timeZone: "Europe/Oslo")
    }

    /// Detractors: 20 of 100 left; passives 8 of 100, promoters 8 of 200: detractors leave 3.75× as often as the rest.
    static func churn(_ context: PageContext, text: String = "Sample") -> ChurnPage {
        var customers: [ChurnReport.Customer] = []
        for (category, count, churned) in [(NPSCategory.detractor, 100, 20), (.passive, 100, 8), (.promoter, 200, 8)] {
            for index in 0..<count {
                let left = index < churned
                customers.append(
                    ChurnReport.Customer(
                        category: category, churned: left, revenueLost: left ? 1_000 : nil,
                        reason: left ? (index % 2 == 0 ? "\(text) price" : "service") : nil, revenue: 500))
            }
        }
        return ChurnPage(
            context: context, report: ChurnReport.make(customers), from: started, to: started.addingTimeInterval(90 * 86_400),
            fromText: "2026-03-10", toText: "2026-06-07", timeZone: "Europe/Oslo")
    }

    /// Four tickets of three customers out of 20, one a repeat, one reopened.
    static func tickets(_ context: PageContext, text: String = "Sample") -> TicketsPage {
        let day: TimeInterval = 86_400
        let tickets = [
            TicketMetrics.Ticket(
                customerID: "c1", openedAt: started, firstResponseAt: started.addingTimeInterval(3_600),
                closedAt: started.addingTimeInterval(7_200), category: "\(text) billing", touchpointID: "t1"),
            TicketMetrics.Ticket(
                customerID: "c1", openedAt: started.addingTimeInterval(2 * day), closedAt: started.addingTimeInterval(3 * day),
                category: "\(text) billing", touchpointID: "t1"),
            TicketMetrics.Ticket(
                customerID: "c2", openedAt: started.addingTimeInterval(day), closedAt: started.addingTimeInterval(2 * day),
                reopenCount: 1, category: "outage", touchpointID: "t1"),
            TicketMetrics.Ticket(customerID: "c3", openedAt: started.addingTimeInterval(day), category: "outage"),
        ]
        let metrics = TicketMetrics(
            tickets: tickets, period: started..<started.addingTimeInterval(30 * day), customers: 20,
            now: started.addingTimeInterval(60 * day))
        return TicketsPage(
            context: context, metrics: metrics, touchpoints: ["t1": "\(text) help line"], fromText: "2026-03-10",
            toText: "2026-04-08")
    }
}
