import Foundation

/// How the demo company closes the loop: the rules that open cases and the hours its teams work.
enum DemoCases {
    /// Detractors and very dissatisfied customers get a call back within a business day; anyone who
    /// writes that they want to leave, within two hours.
    static let rules = [
        CaseRule(
            id: "rule-detractor", name: "Detractor (NPS 0–6)", condition: .metricAtMost(.nps, 6),
            firstContactHours: 8, resolutionHours: 40, routeTo: .servingUnit),
        CaseRule(
            id: "rule-dissatisfied", name: "Dissatisfied (CSAT 1–2)", condition: .metricAtMost(.csat, 2),
            firstContactHours: 8, resolutionHours: 40, routeTo: .servingUnit),
        // Effort is the touchpoint's design: its owner looks into it.
        CaseRule(
            id: "rule-effort", name: "Hard to get help (CES 1–2)", condition: .metricAtMost(.ces, 2), priority: .low,
            firstContactHours: 16, resolutionHours: 80),
        CaseRule(
            id: "rule-leaving", name: "Wants to leave",
            condition: .textMentions(
                question: nil,
                [
                    "säga upp", "uppsäg*", "byta operatör", "opsig*", "skifte udbyder", "si opp", "oppsig*",
                    "bytte leverandør", "irtisan*", "cancel*", "switch provider", "leave you",
                ]),
            priority: .urgent, firstContactHours: 2, resolutionHours: 16, routeTo: .servingUnit),
    ]

    /// The company works Monday to Friday 08–17 with each country's public holidays off; customer
    /// service also answers in the evening and on Saturdays; stores keep shop hours.
    static func calendars(endDate: Date) -> [(unitID: String, calendar: BusinessCalendar)] {
        func hours(_ start: Int, _ end: Int) -> [OpeningInterval] {
            [OpeningInterval(start: ClockTime(hour: start, minute: 0)!, end: ClockTime(hour: end, minute: 0)!)]
        }
        let zones = ["Europe/Stockholm", "Europe/Copenhagen", "Europe/Oslo"]
        var result: [(String, BusinessCalendar)] = [
            (DemoOrganisation.companyID, BusinessCalendar.standard(timeZone: zones[0]))
        ]
        for country in DemoCountry.allCases {
            let zone = zones[country.rawValue]
            let holidays = Set(holidayDates(country, around: endDate))
            var office = BusinessCalendar.standard(timeZone: zone)
            office.daysOff = holidays
            result.append((country.regionID, office))
            var service = BusinessCalendar(
                timeZone: zone, week: Dictionary(uniqueKeysWithValues: (1...5).map { ($0, hours(8, 20)) }),
                daysOff: holidays)
            service.week[6] = hours(10, 16)
            result.append((country.customerServiceID, service))
            for store in DemoOrganisation.stores where store.country == country {
                var shop = BusinessCalendar(
                    timeZone: zone, week: Dictionary(uniqueKeysWithValues: (1...5).map { ($0, hours(10, 19)) }),
                    daysOff: holidays)
                shop.week[6] = hours(10, 16)
                result.append((store.id, shop))
            }
        }
        return result
    }

    /// The fixed-date public holidays of the years around the demo's end (the movable feasts are
    /// left out: the demo needs days off, not a complete almanac).
    private static func holidayDates(_ country: DemoCountry, around endDate: Date) -> [LocalDay] {
        let year = LocalDay(endDate, in: TimeZone(identifier: "Europe/Stockholm")!).civil.year
        let days: [(Int, Int)] =
            switch country {
            case .sweden: [(1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31)]
            case .denmark: [(1, 1), (6, 5), (12, 24), (12, 25), (12, 26)]
            case .norway: [(1, 1), (5, 1), (5, 17), (12, 24), (12, 25), (12, 26)]
            }
        return [year - 1, year, year + 1].flatMap { y in days.map { LocalDay(year: y, month: $0.0, day: $0.1) } }
    }
}

/// What the demo company's staff did with the cases its rules opened, so that the queues show a
/// working team: most cases older than a day were called back (mostly in time) and, after a few
/// days, resolved and closed; some calls went unanswered; the newest wait in the queue.
public enum DemoCaseWork {
    /// One thing done to a case, at a time.
    public struct Step: Sendable {
        public var caseID: String
        public var change: CaseChange
        public var at: Date
    }

    static let resolutions = ["explained", "apologised", "refund", "fixed", "follow_up_booked"]
    static let causes = ["waiting_time", "billing_error", "technician_late", "app_problem", "wrong_information", "price"]
    static let notes = [
        "Talked it through; the customer appreciated the call.", "Agreed on a credit on the next bill.",
        "Booked a new visit at a time that suits the customer.", "Explained the charge and sent a summary by mail.",
        "Passed the app problem to the digital team; workaround given.",
    ]

    /// The steps for the cases (by number, so the same seed gives the same work), none after `endDate`.
    public static func steps(for cases: [Case], endDate: Date, seed: UInt64) -> [Step] {
        var random = SeededRandom(seed: seed, stream: 0xCA5E)
        var steps: [Step] = []
        for record in cases.sorted(by: { $0.number < $1.number }) {
            let age = endDate.timeIntervalSince(record.createdAt)
            guard age > 86_400 else { continue }
            let hour: TimeInterval = 3_600
            if random.chance(0.15) {
                let tried = record.createdAt.addingTimeInterval(hour * (1 + 19 * random.unit()))
                if tried < endDate {
                    steps.append(
                        Step(
                            caseID: record.id,
                            change: .contact(
                                CaseContact(channel: .phone, outcome: random.pick([.noAnswer, .leftMessage])), note: nil),
                            at: tried))
                }
                continue
            }
            let contacted = record.createdAt.addingTimeInterval(hour * (0.5 + 9.5 * random.unit()))
            guard contacted < endDate else { continue }
            steps.append(
                Step(
                    caseID: record.id,
                    change: .contact(CaseContact(channel: .phone, outcome: .reached), note: random.pick(notes)), at: contacted))
            let resolved = contacted.addingTimeInterval(hour * (2 + 70 * random.unit()))
            guard age > 3 * 86_400, resolved < endDate, random.chance(0.9) else { continue }
            steps.append(
                Step(
                    caseID: record.id, change: .update(CaseEdit(rootCause: random.pick(causes))),
                    at: resolved.addingTimeInterval(-60)))
            steps.append(
                Step(
                    caseID: record.id, change: .transition(to: .resolved, resolutionCode: random.pick(resolutions)),
                    at: resolved))
            let closed = resolved.addingTimeInterval(hour * (12 + 36 * random.unit()))
            if closed < endDate {
                steps.append(Step(caseID: record.id, change: .transition(to: .closed, resolutionCode: nil), at: closed))
            }
        }
        return steps
    }
}
