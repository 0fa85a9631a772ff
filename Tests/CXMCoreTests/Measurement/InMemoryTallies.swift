import CXMCore
import Foundation

/// A tally source over responses in memory: the reference the engine tests check against, built
/// from the same `RollupTally` the store's rollups are maintained with.
struct InMemoryTallies: TallySource {
    let responses: [SurveyResponse]
    let surveys: [String: Survey]
    let zone: TimeZone
    let cells: [RollupKey: ScoreTally]
    let customers: [Customer]

    init(responses: [SurveyResponse], surveys: [Survey], customers: [Customer] = [], timeZone: String = "Europe/Stockholm") {
        zone = TimeZone(identifier: timeZone)!
        let bySurvey = Dictionary(surveys.map { ("\($0.id)#\($0.version)", $0) }) { a, _ in a }
        self.surveys = bySurvey
        self.responses = responses
        cells = RollupTally.cells(of: responses, timeZone: zone) { bySurvey["\($0)#\($1)"] }
        self.customers = customers
    }

    func tallies(_ request: TallyRequest) async throws -> [TallyCell] {
        var source = cells
        if let chosen = chosenResponses(request) {
            source = RollupTally.cells(of: chosen, timeZone: zone) { surveys["\($0)#\($1)"] }
        }
        var grouped: [TallyCell: ScoreTally] = [:]
        for (key, tally) in source {
            guard request.kinds.contains(key.kind),
                request.questionKeys?.contains(key.questionKey) ?? true,
                request.days?.contains(key.day) ?? true,
                request.surveyIDs?.contains(key.surveyID) ?? true,
                request.touchpointIDs?.contains(key.touchpointID) ?? true,
                request.unitIDs?.contains(key.unitID) ?? true,
                request.channelIDs?.contains(key.channelID) ?? true,
                request.languages?.contains(key.language) ?? true
            else { continue }
            let part = tally
            var cell = TallyCell(kind: key.kind, tally: .empty)
            if request.groupBy.contains(.day) { cell.day = key.day }
            let values: [(CellDimension, String)] = [
                (.survey, key.surveyID), (.question, key.questionKey), (.touchpoint, key.touchpointID),
                (.unit, key.unitID), (.channel, key.channelID), (.language, key.language),
            ]
            for (dimension, value) in values where request.groupBy.contains(dimension) { cell.values[dimension] = value }
            grouped[cell, default: .empty] += part
        }
        return grouped.map { cell, tally in
            var result = cell
            result.tally = tally
            return result
        }
    }

    func nkiRespondents(_ request: TallyRequest) async throws -> [NKIRespondent] {
        var calendar = LocalDayCalendar(zone)
        let keep = customerFilter(request)
        return responses.compactMap { response -> NKIRespondent? in
            guard let survey = surveys["\(response.surveyID)#\(response.surveyVersion)"] else { return nil }
            var items: [ScoreKind: Int] = [:]
            var recommendation: Int?
            for question in survey.questions {
                guard case .score(let score) = response.answer(question.key), let kind = question.scoreKind else { continue }
                if kind == .nps { recommendation = score } else { items[kind] = score }
            }
            let day = calendar.day(of: response.submittedAt)
            let values: [(CellDimension, String)] = [
                (.survey, response.surveyID), (.touchpoint, response.touchpointID), (.unit, response.unitID),
                (.channel, response.channelID), (.language, response.language.rawValue),
            ]
            guard ScoreKind.nkiItems.allSatisfy({ items[$0] != nil }),
                request.days?.contains(day) ?? true,
                values.allSatisfy({ dimension, value in
                    switch dimension {
                    case .survey: request.surveyIDs?.contains(value) ?? true
                    case .touchpoint: request.touchpointIDs?.contains(value) ?? true
                    case .unit: request.unitIDs?.contains(value) ?? true
                    case .channel: request.channelIDs?.contains(value) ?? true
                    case .language: request.languages?.contains(value) ?? true
                    default: true
                    }
                }),
                keep?(response) ?? true
            else { return nil }
            var cell = TallyCell(kind: .nkiIndex, tally: .empty)
            if request.groupBy.contains(.day) { cell.day = day }
            for (dimension, value) in values where request.groupBy.contains(dimension) { cell.values[dimension] = value }
            return NKIRespondent(
                cell: cell, items: ScoreKind.nkiItems.map { items[$0]! }, recommendation: recommendation)
        }
    }

    /// The responses a request's customer or segment filter keeps; nil when it has none.
    func chosenResponses(_ request: TallyRequest) -> [SurveyResponse]? {
        guard let keep = customerFilter(request) else { return nil }
        return responses.filter(keep)
    }

    /// Whether a response passes the request's customer and segment filters; nil when it has none.
    func customerFilter(_ request: TallyRequest) -> ((SurveyResponse) -> Bool)? {
        guard request.customerIDs != nil || request.segment != nil else { return nil }
        let ids = request.customerIDs
        let members = request.segment.map { segment in Set(customers.filter(segment.contains).map(\.id)) }
        return { response in
            guard let customer = response.customerID else { return false }
            return (ids?.contains(customer) ?? true) && (members?.contains(customer) ?? true)
        }
    }
}

extension MetricContext {
    /// The context of a demo data set, seen by everyone or by a team lead of `unit`.
    init(demo data: DemoDataSet, visibleFrom unit: String? = nil) {
        let tree = UnitTree(data.units)
        self.init(
            journeys: data.journeys, stages: data.stages, touchpoints: data.touchpoints, units: tree,
            channels: data.channels, surveys: data.surveys, segments: data.segments,
            visibleUnits: unit.map { tree.subtree(of: $0) })
    }
}
