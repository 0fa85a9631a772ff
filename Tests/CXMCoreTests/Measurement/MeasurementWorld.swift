import CXMCore
import Foundation

/// A small workspace with answers whose counts are known, for engine tests: one journey of two
/// stages and three touchpoints, a company with a region of two stores and a third store.
struct MeasurementWorld {
    static let zone = TimeZone(identifier: "Europe/Stockholm")!
    let units = [
        OrgUnit(id: "company", parentID: nil, name: "Company", kind: "company"),
        OrgUnit(id: "region", parentID: "company", name: "Region", kind: "region"),
        OrgUnit(id: "store-a", parentID: "region", name: "Store A", kind: "store"),
        OrgUnit(id: "store-b", parentID: "region", name: "Store B", kind: "store"),
        OrgUnit(id: "store-c", parentID: "company", name: "Store C", kind: "store"),
    ]
    let channels = [Channel(id: "web", key: "web", name: "Web", kind: "web")]
    let journey = Journey(id: "j", name: "Journey", position: 0)
    let stages = [
        Stage(id: "s1", journeyID: "j", name: "Choose", phase: .before, position: 0),
        Stage(id: "s2", journeyID: "j", name: "Use", phase: .during, position: 1),
    ]
    let touchpoints = [
        Touchpoint(id: "tp1", stageID: "s1", name: "Compare", position: 0, channelID: "web", ownerUnitID: "company"),
        Touchpoint(id: "tp2", stageID: "s1", name: "Order", position: 1, channelID: "web", ownerUnitID: "company"),
        Touchpoint(id: "tp3", stageID: "s2", name: "Support", position: 0, channelID: "web", ownerUnitID: "company"),
    ]
    let survey = Survey(
        id: "sv", name: "Survey", touchpointIDs: ["tp1", "tp2", "tp3"], languages: [.en],
        questions: [
            Question(key: "nps", type: .nps, text: LocalizedText([.en: "Recommend?"])),
            Question(key: "csat", type: .csat, text: LocalizedText([.en: "Satisfied?"])),
            Question(key: "ces", type: .ces, text: LocalizedText([.en: "Easy?"])),
            Question(key: "overall", type: .nki, text: LocalizedText([.en: "Overall"]), nkiItem: .overall),
            Question(key: "expect", type: .nki, text: LocalizedText([.en: "Expectations"]), nkiItem: .expectations),
            Question(key: "ideal", type: .nki, text: LocalizedText([.en: "Ideal"]), nkiItem: .ideal),
            Question(key: "speed", type: .rating, text: LocalizedText([.en: "Speed"]), scaleMin: 1, scaleMax: 10),
            Question(key: "comment", type: .openText, text: LocalizedText([.en: "Comment"])),
        ])

    /// Noon of a day in March 2026, in the workspace zone.
    static func date(day: Int, hour: Int = 12) -> Date {
        LocalDay(year: 2026, month: 3, day: day).start(in: zone).addingTimeInterval(TimeInterval(hour * 3600))
    }

    static let from = LocalDay(year: 2026, month: 3, day: 1)
    static let to = LocalDay(year: 2026, month: 3, day: 31)

    func response(
        _ answers: [String: Int], touchpoint: String = "tp1", unit: String = "store-a", day: Int = 10, hour: Int = 12,
        customer: String? = nil
    ) -> SurveyResponse {
        SurveyResponse(
            surveyID: "sv", surveyVersion: 1, touchpointID: touchpoint, unitID: unit, channelID: "web",
            customerID: customer, language: .en, submittedAt: Self.date(day: day, hour: hour),
            answers: answers.map { Answer(question: $0.key, value: .score($0.value)) } + [
                Answer(question: "comment", value: .text("fine"))
            ], idempotencyKey: nil)
    }

    /// NPS answers: so many of each score.
    func npsResponses(
        promoters: Int, passives: Int, detractors: Int, touchpoint: String = "tp1", unit: String = "store-a", day: Int = 10
    ) -> [SurveyResponse] {
        (0..<promoters).map { response(["nps": 9 + $0 % 2], touchpoint: touchpoint, unit: unit, day: day) }
            + (0..<passives).map { response(["nps": 7 + $0 % 2], touchpoint: touchpoint, unit: unit, day: day) }
            + (0..<detractors).map { response(["nps": $0 % 7], touchpoint: touchpoint, unit: unit, day: day) }
    }

    func context(visibleFrom unit: String? = nil) -> MetricContext {
        let tree = UnitTree(units)
        return MetricContext(
            journeys: [journey], stages: stages, touchpoints: touchpoints, units: tree, channels: channels,
            surveys: [survey], segments: [], visibleUnits: unit.map { tree.subtree(of: $0) })
    }

    func evaluate(
        _ query: MetricQuery, _ responses: [SurveyResponse], visibleFrom unit: String? = nil
    ) async throws
        -> MetricResult
    {
        try await MetricEngine(context: context(visibleFrom: unit))
            .evaluate(query, source: InMemoryTallies(responses: responses, surveys: [survey]))
    }

    func query(
        _ metric: Metric, by groups: [MetricGrouping] = [], compare: ComparisonMode = .none,
        filters: MetricFilters = .init(), question: String? = nil, from: LocalDay = from, to: LocalDay = to
    ) -> MetricQuery {
        MetricQuery(metric: metric, question: question, from: from, to: to, filters: filters, groupBy: groups, compare: compare)
    }
}
