import Foundation

/// What Norrsken's other systems know, for the demo: the help desk's tickets, the billing system's
/// churn, the network operations centre's incidents (the fibre outage in western Norway among them),
/// and the web shop's behavioural events and orders, with a checkout funnel whose payment step loses
/// the most visitors (in the app most of all).
///
/// Deterministic like the rest of the demo. Customers who feel worse about the company (their
/// lasting mood, which also drives their survey answers) contact support more and leave more, so the
/// churn report finds that detractors leave more without being told.
public struct DemoSignals: Sendable {
    public var sources: [SignalSource]
    /// Records per source, in the order they are sent.
    public var signals: [(sourceID: String, submissions: [SignalSubmission])]
    /// The web shop's events (source `web`).
    public var events: [BehaviourEventSubmission]
    public var funnel: Funnel
    /// Customers who left the checkout and customers who finished it, for slicing dashboards by.
    public var funnelSegments: [Segment] {
        let conditions = FunnelProgress.segmentConditions(funnel)
        return [
            Segment(
                id: "segment-left-checkout", name: "Left the web checkout unfinished",
                description: "Signed-in customers whose latest attempt at the web checkout stopped before the order.",
                conditions: conditions.left),
            Segment(
                id: "segment-finished-checkout", name: "Finished the web checkout",
                description: "Signed-in customers whose latest attempt at the web checkout ended in an order.",
                conditions: conditions.finished),
        ]
    }
    /// What an affected customer-minute of an incident is valued at.
    public var valuePerCustomerMinute = 0.4

    static let checkoutSteps = ["Plan Viewed", "Added to Cart", "Checkout Started", "Payment Entered", "Order Completed"]

    public init(_ data: DemoDataSet) {
        var random = SeededRandom(seed: data.seed, stream: 7)
        let calendar = data.calendar
        let days = calendar.dayStarts.count
        func time(day: Int, fromHour: Double, hours: Double, random: inout SeededRandom) -> Date {
            Date(
                timeIntervalSinceReferenceDate: min(
                    calendar.endTime - 60, calendar.dayStarts[day] + (fromHour + random.unit() * hours) * 3600))
        }
        func crm(_ customer: Customer) -> String { customer.identifiers.first { $0.system == "crm" }!.value }
        let hit = Set(data.patterns.outageCustomerIDs)
        let cesDay = calendar.dayIndex(daysBeforeEnd: DemoPatterns.cesChangeDaysBeforeEnd)

        sources = [
            SignalSource(id: "helpdesk", name: "Help desk", kinds: [.ticket], identifierMap: ["customer_no": "crm"]),
            SignalSource(id: "billing", name: "Billing", kinds: [.churn], identifierMap: ["customer_no": "crm"]),
            SignalSource(id: "noc", name: "Network operations centre", kinds: [.incident], identifierMap: ["customer_no": "crm"]),
            SignalSource(id: "web", name: "Web shop and app", kinds: [.event, .order], identifierMap: ["userId": "crm"]),
        ]

        // Tickets: unhappier customers contact support more; the outage and the new app login add theirs.
        var tickets: [SignalSubmission] = []
        for (index, customer) in data.customers.enumerated() {
            let profile = data.profiles[index]
            let rate = 0.3 * exp(-0.7 * profile.offset)
            let count = Int(rate) + (random.chance(rate - Double(Int(rate))) ? 1 : 0)
            for _ in 0..<count {
                let day = random.below(days)
                let category = DemoTicketCategory.draw(fibre: profile.hasFibre, afterNewLogin: day >= cesDay, &random)
                tickets.append(
                    Self.ticket(
                        "HD-\(100_000 + tickets.count)", customer: crm(customer), category: category,
                        opened: time(day: day, fromHour: 8, hours: 11, random: &random), unit: profile.country.customerServiceID,
                        language: profile.language, now: data.endDate, &random))
            }
            if hit.contains(customer.id) && random.chance(0.35) {
                let opened = data.patterns.outageStart.addingTimeInterval(random.unit() * 8 * 3600)
                tickets.append(
                    Self.ticket(
                        "HD-\(100_000 + tickets.count)", customer: crm(customer), category: .outage, opened: opened,
                        unit: profile.country.customerServiceID, language: profile.language, now: data.endDate, &random))
            }
        }

        // Churn in the last 150 days: the lasting mood decides who leaves; the outage adds to it.
        var churn: [SignalSubmission] = []
        for (index, customer) in data.customers.enumerated() {
            let profile = data.profiles[index]
            let wasHit = hit.contains(customer.id)
            guard random.chance(0.022 * exp(-1.3 * profile.offset) + (wasHit ? 0.06 : 0)) else { continue }
            let reason = DemoChurnReason.draw(mood: profile.offset, hit: wasHit, &random)
            var record = SignalSubmission(type: .churn, id: "CH-\(70_000 + churn.count)")
            record.customer = ["customer_no": crm(customer)]
            let day = days - 1 - random.below(150)
            record.at = time(day: max(0, day), fromHour: 0, hours: 24, random: &random)
            record.reason = reason.rawValue
            if random.chance(0.45) { record.reasonText = reason.words(profile.language) }
            record.revenue = Self.yearlyRevenue(customer)
            churn.append(record)
        }

        // Incidents: the outage names its customers; the others hit a share of everyone.
        var outage = SignalSubmission(type: .incident, id: "NOC-4711")
        outage.title = "Fibre outage in western Norway"
        outage.severity = .critical
        outage.startedAt = data.patterns.outageStart
        outage.endedAt = data.patterns.outageEnd
        outage.service = "Fibre broadband"
        outage.touchpoints = ["tp-outage-notice"]
        outage.units = DemoPatterns.outageStoreIDs
        outage.customers = data.customers.filter { hit.contains($0.id) }.map { ["customer_no": crm($0)] }
        var incidents = [outage]
        for (number, title, severity, daysBeforeEnd, hours, share, touchpoint) in [
            (4702, "App login errors after the new sign-in", IncidentSeverity.major, 119, 3.0, 0.12, "tp-app-login"),
            (4688, "Invoice e-mails delayed", .minor, 200, 30.0, 0.08, "tp-first-bill"),
            (4720, "Mobile data slow in Copenhagen", .minor, 20, 5.0, 0.04, "tp-outage-notice"),
        ] {
            var incident = SignalSubmission(type: .incident, id: "NOC-\(number)")
            incident.title = title
            incident.severity = severity
            let started = time(day: calendar.dayIndex(daysBeforeEnd: daysBeforeEnd), fromHour: 7, hours: 4, random: &random)
            incident.startedAt = started
            incident.endedAt = started.addingTimeInterval(hours * 3600)
            incident.touchpoints = [touchpoint]
            incident.affectedShare = share
            incidents.append(incident)
        }

        // The web shop: visitors of the last 60 days; some sign in at checkout.
        var events: [BehaviourEventSubmission] = []
        var orders: [SignalSubmission] = []
        let visitors = max(40, data.customers.count * 3 / 4)
        for visitor in 0..<visitors {
            let device = "anon-\(demoPadded(visitor, width: 6))"
            let app = random.chance(0.3)
            let customer =
                random.chance(0.35) && !data.customers.isEmpty ? data.customers[random.below(data.customers.count)] : nil
            let day = days - 1 - random.below(min(60, days))
            // Early enough that the whole visit is over by the end of the demo.
            var at = min(
                time(day: day, fromHour: 7, hours: 16, random: &random),
                Date(timeIntervalSinceReferenceDate: calendar.endTime - 7_200))
            // How far the visitor gets: each step's chance of the next; the app's payment form loses most.
            let onward = [0.48, 0.72, app ? 0.41 : 0.64, 0.9]
            let gaps: [(Double, Double)] = [(30, 450), (20, 280), (60, 660), (5, 55)]
            var step = 0
            var sent = 0
            func send(_ name: String, signedIn: Bool) {
                var event = BehaviourEventSubmission(
                    event: name, userId: signedIn ? customer.map(crm) : nil, anonymousId: device, timestamp: at)
                event.messageId = "\(device)-\(sent)"
                event.channel = app ? "app" : "web"
                event.sessionId = "s-\(device)"
                events.append(event)
                sent += 1
            }
            send(Self.checkoutSteps[0], signedIn: false)
            if random.chance(0.3) {
                at.addTimeInterval(20 + random.unit() * 200)
                send("Coverage Checked", signedIn: false)
            }
            while step < 4 && random.chance(onward[step]) {
                at.addTimeInterval(gaps[step].0 + random.unit() * gaps[step].1)
                step += 1
                send(Self.checkoutSteps[step], signedIn: step >= 2)
            }
            if step == 4, let customer {
                var order = SignalSubmission(type: .order, id: "WEB-\(500_000 + orders.count)")
                order.customer = ["userId": crm(customer)]
                order.at = at
                order.eventType = "subscription"
                order.value = Self.yearlyRevenue(customer)
                order.touchpoint = "tp-web-order"
                order.channel = app ? "app" : "web"
                orders.append(order)
            }
        }
        self.events = events
        signals = [("helpdesk", tickets), ("billing", churn), ("noc", incidents), ("web", orders)]
        funnel = Funnel(
            id: "funnel-web-checkout", name: "Web checkout",
            steps: [
                FunnelStep(event: "Plan Viewed", touchpointID: "tp-web-compare", feedbackLinkID: "link-website"),
                FunnelStep(event: "Added to Cart"),
                FunnelStep(event: "Checkout Started", touchpointID: "tp-web-order"),
                FunnelStep(event: "Payment Entered", touchpointID: "tp-web-order"),
                FunnelStep(event: "Order Completed", touchpointID: "tp-web-order"),
            ],
            windowMinutes: 60)
    }

    /// A year of the customer's plan.
    static func yearlyRevenue(_ customer: Customer) -> Double {
        guard case .number(let revenue)? = customer.attributes["yearly_revenue"] else { return 0 }
        return revenue
    }

    private static func ticket(
        _ id: String, customer: String, category: DemoTicketCategory, opened: Date, unit: String, language: Language,
        now: Date, _ random: inout SeededRandom
    ) -> SignalSubmission {
        var ticket = SignalSubmission(type: .ticket, id: id)
        ticket.customer = ["customer_no": customer]
        ticket.openedAt = opened
        ticket.category = category.rawValue
        ticket.touchpoint = category.touchpointID
        ticket.channel = ["email", "chat", "phone"][random.below(3)]
        ticket.unit = unit
        ticket.subject = category.subject(language)
        // First answers mostly within hours, a tail over a day; a fifth need another go.
        let answer = min(3 * 86_400, exp(4.3 + random.normal() * 1.1) * 60)
        let resolve = answer + min(20 * 86_400, exp(9.6 + random.normal() * 1.3))
        if opened.addingTimeInterval(answer) < now { ticket.firstResponseAt = opened.addingTimeInterval(answer) }
        if opened.addingTimeInterval(resolve) < now { ticket.closedAt = opened.addingTimeInterval(resolve) }
        ticket.reopened = random.chance(category == .fibreFault || category == .outage ? 0.22 : 0.1) ? 1 : 0
        return ticket
    }
}
