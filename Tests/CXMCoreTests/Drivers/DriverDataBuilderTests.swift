import Foundation
import Testing

@testable import CXMCore

@Suite("Driver data from responses")
struct DriverDataBuilderTests {
    static let day = LocalDay(year: 2026, month: 5, day: 4)

    static let support = Survey(
        id: "s-support", name: "Support", touchpointIDs: ["tp-phone"], languages: [.en, .sv],
        questions: [
            Question(key: "nps", type: .nps, text: LocalizedText([.en: "Recommend?"])),
            Question(key: "ces", type: .ces, text: LocalizedText([.en: "Easy?", .sv: "Lätt?"])),
            Question(
                key: "resolved", type: .singleChoice, text: LocalizedText([.en: "Resolved?"]),
                options: [
                    ChoiceOption(key: "yes", label: LocalizedText([.en: "Yes"])),
                    ChoiceOption(key: "no", label: LocalizedText([.en: "No"])),
                ]),
            Question(key: "comment", type: .openText, text: LocalizedText([.en: "Why?"])),
        ])

    static let relationship = Survey(
        id: "s-nki", name: "NKI", touchpointIDs: ["tp-bill"], languages: [.en],
        questions: [
            Question(key: "o", type: .nki, text: LocalizedText([.en: "Overall"]), nkiItem: .overall),
            Question(key: "e", type: .nki, text: LocalizedText([.en: "Expectations"]), nkiItem: .expectations),
            Question(key: "i", type: .nki, text: LocalizedText([.en: "Ideal"]), nkiItem: .ideal),
            Question(key: "nps", type: .nps, text: LocalizedText([.en: "Recommend?"])),
        ])

    static func builder(_ language: Language = .en, funnels: [Funnel] = []) -> DriverDataBuilder {
        let taxonomy = Taxonomy(themes: [
            Theme(id: "waiting", names: LocalizedText([.en: "Waiting time"]), patterns: [:]),
            Theme(id: "waiting.queue", names: LocalizedText([.en: "Queue"]), patterns: [:]),
        ])
        return DriverDataBuilder(
            catalog: DriverCatalog(
                surveys: [support, relationship], taxonomy: taxonomy,
                touchpoints: [
                    Touchpoint(id: "tp-phone", stageID: "st", name: "Call us", position: 0, channelID: "c", ownerUnitID: "u")
                ], funnels: funnels, language: language))
    }

    static func row(
        _ id: String, nps: Int?, ces: Int? = nil, resolved: String? = nil, text: Bool = false, waiting: Bool = false,
        customer: String? = nil, survey: String = "s-support", touchpoint: String = "tp-phone"
    ) -> DriverRow {
        var scores: [String: Int] = [:]
        scores["nps"] = nps
        scores["ces"] = ces
        return DriverRow(
            responseID: id, surveyID: survey, touchpointID: touchpoint, customerID: customer, day: day, scores: scores,
            choices: resolved.map { ["resolved": $0] } ?? [:], hasText: text,
            themes: waiting ? ["waiting": [.negative], "waiting.queue": [.negative]] : [:])
    }

    @Test("Response level: other scales, choice options against the most common one, negative themes among texts")
    func responseLevel() throws {
        var rows = (0..<30).map { Self.row("r\($0)", nps: $0 % 11, ces: 1 + $0 % 7, resolved: $0 % 3 == 0 ? "no" : "yes") }
        rows += (30..<75).map { Self.row("r\($0)", nps: $0 % 11, text: true, waiting: $0 % 2 == 0) }
        rows.append(Self.row("no-outcome", nps: nil, ces: 3))

        let data = Self.builder(.sv).responseLevel(outcome: "nps", rows: rows)

        #expect(data.rows == 75)
        #expect(data.drivers.map(\.id) == ["ces", "resolved=no", "theme:waiting:negative"])
        #expect(data.drivers[0].label == "Lätt?" && data.drivers[0].kind == .rating)
        #expect(data.drivers[1].label == "Resolved?: No")
        let resolved = data.drivers[1].values
        #expect(resolved[0] == 1 && resolved[1] == 0 && resolved[40].isNaN)
        let waiting = data.drivers[2].values
        #expect(waiting[0].isNaN && waiting[30] == 1 && waiting[31] == 0)
        #expect(data.drivers[2].label == "Waiting time")
    }

    @Test("Signals from other systems are drivers of known customers' answers when enough have them and enough do not")
    func signalDrivers() throws {
        var rows: [DriverRow] = []
        for index in 0..<60 {
            var row = Self.row("r\(index)", nps: index % 11, customer: index < 50 ? "c\(index)" : nil)
            if index < 25 { row.signals = SignalDriver.of(ticketsBefore: index < 5 ? 2 : 1, incidentsBefore: 0) }
            rows.append(row)
        }

        let data = Self.builder(.nb).responseLevel(outcome: "nps", rows: rows)

        // Five repeat contacts are too few, and no one was hit by an incident.
        let signal = try #require(data.drivers.first { $0.kind == .signal })
        #expect(data.drivers.filter { $0.kind == .signal }.map(\.id) == ["signal:ticket-30d"])
        #expect(signal.label == "Kontaktet kundeservice de 30 dagene før")
        #expect(signal.values[0] == 1 && signal.values[30] == 0 && signal.values[55].isNaN)
        #expect(signal.values.filter { $0 == 1 }.count == 25)
    }

    @Test("A customer's tickets and incidents before the answer become its signals")
    func signalsOfCounts() {
        let cases: [(tickets: Int, incidents: Int, expected: Set<SignalDriver>)] = [
            (0, 0, []), (1, 0, [.recentTicket]), (3, 1, [.recentTicket, .repeatContact, .recentIncident]),
            (0, 2, [.recentIncident]),
        ]
        for item in cases {
            #expect(SignalDriver.of(ticketsBefore: item.tickets, incidentsBefore: item.incidents) == item.expected)
        }
        for language in Language.allCases {
            #expect(SignalDriver.allCases.allSatisfy { !$0.label(in: language).isEmpty })
        }
    }

    @Test("The NKI index outcome needs all three items and leaves the items out of the drivers")
    func nkiOutcome() {
        let full = DriverRow(
            responseID: "a", surveyID: "s-nki", touchpointID: "tp-bill", day: Self.day,
            scores: ["o": 10, "e": 7, "i": 4, "nps": 9])
        var partial = full
        partial.scores["i"] = nil

        let builder = Self.builder()
        let data = builder.responseLevel(outcome: DriverDataBuilder.nkiOutcome, rows: [full, partial])

        #expect(builder.outcomeValue("nki", in: full).map { isClose($0, (100 + 200.0 / 3 + 100.0 / 3) / 3) } == true)
        #expect(builder.outcomeValue("nki", in: partial) == nil)
        #expect(data.rows == 1 && data.drivers.map(\.id) == ["nps"])
    }

    @Test("Customer level: each customer's mean experience per touchpoint (0–100) against their relationship answer")
    func customerLevel() {
        let rows = [
            Self.row("1", nps: 8, ces: 7, customer: "c1"),
            Self.row("2", nps: 2, ces: 4, customer: "c1"),
            Self.row("3", nps: 9, ces: 1, customer: "c2"),
            Self.row("4", nps: 5, ces: 4),
            Self.row("5", nps: 6, customer: "c1", survey: "s-nki", touchpoint: "tp-bill"),
            Self.row("6", nps: 10, customer: "c1", survey: "s-nki", touchpoint: "tp-bill"),
            Self.row("7", nps: 3, customer: "c3", survey: "s-nki", touchpoint: "tp-bill"),
        ]

        let data = Self.builder().customerLevel(
            outcome: "nps", outcomeSurveys: ["s-nki"], touchpointIDs: ["tp-phone", "tp-bill"], rows: rows)

        #expect(data.outcome.values == [8, 3])
        #expect(data.drivers.map(\.id) == ["touchpoint:tp-phone"])
        #expect(data.drivers[0].label == "Call us")
        #expect(data.drivers[0].values[0] == 75 && data.drivers[0].values[1].isNaN)
    }

    @Test("A response's experience is its most specific scale, placed on 0–100")
    func experience() {
        let builder = Self.builder()

        #expect(builder.experience(of: Self.row("a", nps: 3, ces: 4)) == 50)
        #expect(builder.experience(of: Self.row("b", nps: 7)) == 70)
        #expect(builder.experience(of: Self.row("c", nps: nil)) == nil)
    }

    @Test("A funnel known customers left unfinished is a driver of their answers when enough did and enough did not")
    func funnelDrivers() throws {
        let checkout = Funnel(id: "f-checkout", name: "Checkout", steps: [FunnelStep(event: "a"), FunnelStep(event: "b")])
        let signup = Funnel(id: "f-signup", name: "Sign-up", steps: [FunnelStep(event: "c"), FunnelStep(event: "d")])
        var rows: [DriverRow] = []
        for index in 0..<60 {
            var row = Self.row("r\(index)", nps: index % 11, customer: index < 50 ? "c\(index)" : nil)
            if index < 22 { row.unfinishedFunnels.insert("f-checkout") }
            if index < 3 { row.unfinishedFunnels.insert("f-signup") }
            rows.append(row)
        }

        let data = Self.builder(.sv, funnels: [signup, checkout]).responseLevel(outcome: "nps", rows: rows)

        // Three who left the sign-up are too few to say anything about it.
        let funnels = data.drivers.filter { $0.id.hasPrefix("funnel:") }
        #expect(funnels.map(\.id) == ["funnel:f-checkout:unfinished"])
        #expect(funnels[0].kind == .signal && funnels[0].label == "Lämnade ”Checkout” ofullbordad de 30 dagarna innan")
        #expect(funnels[0].values[0] == 1 && funnels[0].values[30] == 0 && funnels[0].values[55].isNaN)
        #expect(funnels[0].values.filter { $0 == 1 }.count == 22)
        // Without the funnel in the catalog (deleted since), there is no driver for it.
        #expect(!Self.builder(.sv).responseLevel(outcome: "nps", rows: rows).drivers.contains { $0.id.hasPrefix("funnel:") })
        for language in Language.allCases {
            #expect(FunnelDriver.label(funnel: "Checkout", in: language).contains("Checkout"))
        }
    }

    @Test("The latest attempt at a funnel before the answer decides whether it was left unfinished")
    func unfinishedFunnel() {
        let minute: Int64 = 60_000
        let day = 1_440 * minute
        let window = 60 * minute
        let answer = 100 * day
        func unfinished(_ starts: [Int64], _ finishes: [Int64]) -> Bool {
            FunnelDriver.unfinished(starts: starts, finishes: finishes, windowMilliseconds: window, answeredAt: answer)
        }
        // No attempt, or none in the 30 days before: nothing was left.
        #expect(!unfinished([], []))
        #expect(!unfinished([answer - 31 * day], []))
        // Began and finished within the window; began and never finished; finished too late.
        #expect(!unfinished([answer - day], [answer - day + 10 * minute]))
        #expect(unfinished([answer - day], []))
        #expect(unfinished([answer - day], [answer - day + 61 * minute]))
        // A finish before the attempt began does not finish it.
        #expect(unfinished([answer - day], [answer - 2 * day]))
        // An earlier attempt left, the latest finished: not unfinished when answering.
        #expect(!unfinished([answer - 5 * day, answer - day], [answer - day + minute]))
        // The latest left, an earlier one finished: unfinished.
        #expect(unfinished([answer - 5 * day, answer - day], [answer - 5 * day + minute]))
        // A second first step inside the window is the same attempt, finished by the last step after it.
        #expect(!unfinished([answer - day, answer - day + 20 * minute], [answer - day + 50 * minute]))
        // An attempt still in its window at the answer, not finished by then, counts as left; events after
        // the answer are not looked at.
        #expect(unfinished([answer - 10 * minute], [answer + minute]))
        #expect(!unfinished([answer + minute], []))
    }
}
