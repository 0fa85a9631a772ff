import Foundation

/// The finest cell answers are tallied in: a day × survey × question × touchpoint × unit × channel ×
/// language. Coarser rollups leave dimensions empty.
public struct RollupKey: Sendable, Hashable, Codable {
    public var day: LocalDay
    public var surveyID: String
    public var questionKey: String
    public var kind: ScoreKind
    public var touchpointID: String
    public var unitID: String
    public var channelID: String
    public var language: String

    public init(
        day: LocalDay, surveyID: String, questionKey: String, kind: ScoreKind, touchpointID: String, unitID: String,
        channelID: String, language: String
    ) {
        self.day = day
        self.surveyID = surveyID
        self.questionKey = questionKey
        self.kind = kind
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.channelID = channelID
        self.language = language
    }

    /// The key with the dimensions the grain drops emptied (and, in a weekly grain, the day moved to
    /// its week's Monday).
    public func coarsened(to grain: RollupGrain) -> RollupKey {
        var key = self
        if grain.isWeekly { key.day = day.adding(days: -day.weekday) }
        if !grain.dimensions.contains(.touchpoint) { key.touchpointID = "" }
        if !grain.dimensions.contains(.unit) { key.unitID = "" }
        if !grain.dimensions.contains(.channel) { key.channelID = "" }
        if !grain.dimensions.contains(.language) { key.language = "" }
        return key
    }
}

/// The rollups kept: the full cell, and coarser ones that answer the common questions (by
/// touchpoint, by unit, overall) from far fewer rows. Day, survey and question are in every grain;
/// a weekly grain keeps weeks (the row's day is the week's Monday) instead of days.
public enum RollupGrain: Int, Sendable, Codable, CaseIterable, Hashable {
    case full = 0
    case touchpoint = 1
    case unit = 2
    case overall = 3
    /// Touchpoints within units: what a team lead's journey map and trends read.
    case touchpointUnit = 4
    /// Touchpoints within units by ISO week: what the alert check reads (every series over two years,
    /// a seventh of the daily rows).
    case touchpointUnitWeek = 5

    /// The dimensions (beyond day, survey and question) the grain keeps.
    public var dimensions: Set<CellDimension> {
        switch self {
        case .full: [.touchpoint, .unit, .channel, .language]
        case .touchpoint: [.touchpoint]
        case .unit: [.unit]
        case .overall: []
        case .touchpointUnit, .touchpointUnitWeek: [.touchpoint, .unit]
        }
    }

    /// Whether the grain's rows hold weeks (Monday to Sunday, the day being the Monday) rather than days.
    public var isWeekly: Bool { self == .touchpointUnitWeek }

    /// The coarsest grain that keeps every needed dimension; a weekly one only when the request's days
    /// are cut at Mondays (`weekAligned`), so that every week falls wholly inside or outside each range.
    public static func coarsest(keeping needed: Set<CellDimension>, weekAligned: Bool = false) -> RollupGrain {
        let optional = needed.subtracting([.day, .survey, .question])
        let candidates: [RollupGrain] =
            weekAligned
            ? [.overall, .touchpoint, .unit, .touchpointUnitWeek, .touchpointUnit, .full]
            : [.overall, .touchpoint, .unit, .touchpointUnit, .full]
        return candidates.first { optional.isSubset(of: $0.dimensions) } ?? .full
    }
}

/// The columns a tally can be grouped or filtered by in the store.
public enum CellDimension: String, Sendable, Codable, CaseIterable, Hashable {
    case day, survey, question, touchpoint, unit, channel, language
}

/// Turns responses into tallies per finest cell, as rollups store them.
public enum RollupTally {
    /// The tallies of the responses; `survey` returns the version each response answered.
    public static func cells(
        of responses: [SurveyResponse], timeZone: TimeZone, survey: (String, Int) -> Survey?
    ) -> [RollupKey: ScoreTally] {
        var cells: [RollupKey: ScoreTally] = [:]
        forEachScore(of: responses, timeZone: timeZone, survey: survey) { key, score, _ in
            if let score {
                cells[key, default: .empty].add(score: score)
            } else {
                cells[key, default: .empty].addSkip()
            }
        }
        return cells
    }

    /// Calls `body` once for every scale question each response was asked, with its finest cell,
    /// its score (nil when skipped) and the response's customer, and once for the NKI index of a
    /// survey that asks all three NKI items (the sum of the three, or nil unless all three were answered).
    public static func forEachScore(
        of responses: [SurveyResponse], timeZone: TimeZone, survey: (String, Int) -> Survey?,
        _ body: (RollupKey, Int?, String?) -> Void
    ) {
        var calendar = LocalDayCalendar(timeZone)
        for response in responses {
            guard let definition = survey(response.surveyID, response.surveyVersion) else { continue }
            let day = calendar.day(of: response.submittedAt)
            func key(_ question: String, _ kind: ScoreKind) -> RollupKey {
                RollupKey(
                    day: day, surveyID: response.surveyID, questionKey: question, kind: kind,
                    touchpointID: response.touchpointID, unitID: response.unitID, channelID: response.channelID,
                    language: response.language.rawValue)
            }
            var nkiSum = 0
            var nkiAnswered = 0
            for question in definition.questions {
                guard let kind = question.scoreKind else { continue }
                if case .score(let score) = response.answer(question.key) {
                    body(key(question.key, kind), score, response.customerID)
                    if question.type == .nki {
                        nkiSum += score
                        nkiAnswered += 1
                    }
                } else {
                    body(key(question.key, kind), nil, response.customerID)
                }
            }
            if definition.asksFullNKI {
                body(key(ScoreKind.nkiIndexKey, .nkiIndex), nkiAnswered == 3 ? nkiSum : nil, response.customerID)
            }
        }
    }
}
