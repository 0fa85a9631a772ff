import Foundation

/// A driver analysis with what it was asked, and at customer level the journey's importance–performance
/// matrix.
public struct DriverResult: Sendable, Hashable, Codable {
    public var outcome: String
    public var outcomeLabel: String
    public var level: DriverQuery.Level
    public var from: LocalDay
    public var to: LocalDay
    /// The touchpoints in scope (all when the query named none).
    public var touchpoints: [String]
    /// Customer level: the surveys whose answers are the outcome.
    public var outcomeSurveys: [String]
    public var report: DriverReport
    public var matrix: ImportanceMatrix?
    /// The first day of the matrix's performance period (its last 90 days).
    public var performanceFrom: LocalDay?
    /// When a kept result was computed; nil for one computed for this request.
    public var computedAt: Date?

    /// Creates a result.
    public init(
        outcome: String, outcomeLabel: String, level: DriverQuery.Level, from: LocalDay, to: LocalDay, touchpoints: [String],
        outcomeSurveys: [String], report: DriverReport, matrix: ImportanceMatrix? = nil, performanceFrom: LocalDay? = nil
    ) {
        self.outcome = outcome
        self.outcomeLabel = outcomeLabel
        self.level = level
        self.from = from
        self.to = to
        self.touchpoints = touchpoints
        self.outcomeSurveys = outcomeSurveys
        self.report = report
        self.matrix = matrix
        self.performanceFrom = performanceFrom
    }
}

/// Resolves a driver query against the workspace, reads the rows and runs the analysis: the same
/// numbers for the API, the pages and `cxm drivers`.
public struct DriverEngine: Sendable {
    /// How many days at the end of the period the matrix's performance covers: current, not a year ago.
    public static let performanceDays = 90

    public let context: MetricContext
    public let taxonomy: Taxonomy?
    public let language: Language

    /// Creates an engine; labels are written in `language`.
    public init(context: MetricContext, taxonomy: Taxonomy?, language: Language = .en) {
        self.context = context
        self.taxonomy = taxonomy
        self.language = language
    }

    /// Runs the query; names the workspace does not know are reported as a validation failure.
    public func evaluate(_ query: DriverQuery, source: some DriverRowSource) async throws -> DriverResult {
        let resolved = try resolve(query)
        let catalog = { (rows: [DriverRow]) -> DriverDataBuilder in
            // The wording of the surveys actually answered, so that a key shared by surveys reads as asked here.
            let used = Set(rows.map(\.surveyID))
            return DriverDataBuilder(
                catalog: DriverCatalog(
                    surveys: context.surveys.filter { used.contains($0.id) } + context.surveys.filter { !used.contains($0.id) },
                    taxonomy: taxonomy, touchpoints: context.touchpoints, funnels: context.funnels, language: language))
        }
        let builder = catalog([])
        var scope = DriverScope(from: query.from, to: query.to)
        scope.touchpointIDs = resolved.touchpoints.map(Set.init)
        scope.surveyIDs = query.surveys.isEmpty ? nil : Set(query.surveys)
        scope.channelIDs = query.channels.isEmpty ? nil : Set(query.channels)
        scope.unitIDs = resolved.units
        var result = DriverResult(
            outcome: query.outcome, outcomeLabel: builder.outcomeLabel(query.outcome), level: query.level, from: query.from,
            to: query.to, touchpoints: resolved.touchpoints ?? [], outcomeSurveys: resolved.outcomeSurveys,
            report: DriverReport(
                outcome: DriverSummary(id: query.outcome, label: query.outcome, n: 0), missing: query.options.missing,
                confidence: query.options.confidence, n: 0))
        switch query.level {
        case .response:
            scope.answering = query.outcome
            let rows = try await source.driverRows(scope)
            let rowBuilder = catalog(rows)
            result.outcomeLabel = rowBuilder.outcomeLabel(query.outcome)
            let data = try chosen(rowBuilder.responseLevel(outcome: query.outcome, rows: rows), query.drivers)
            result.report = DriverAnalysis.analyse(data, options: query.options)
        case .customer:
            let experiences = try await source.driverRows(scope)
            var outcomeScope = DriverScope(from: query.from, to: query.to)
            outcomeScope.surveyIDs = Set(resolved.outcomeSurveys)
            outcomeScope.unitIDs = resolved.units
            outcomeScope.customersOnly = true
            let outcomes = try await source.driverRows(outcomeScope)
            let seen = Set(experiences.map(\.responseID))
            let rows = experiences + outcomes.filter { !seen.contains($0.responseID) }
            let touchpoints = ordered(resolved.touchpoints ?? context.touchpoints.map(\.id))
            let data = try chosen(
                builder.customerLevel(
                    outcome: query.outcome, outcomeSurveys: Set(resolved.outcomeSurveys),
                    touchpointIDs: touchpoints.map(\.id), rows: rows),
                query.drivers)
            let report = DriverAnalysis.analyse(data, options: query.options)
            result.report = report
            let start = Swift.max(query.from, query.to.adding(days: -(Self.performanceDays - 1)))
            result.performanceFrom = start
            let recent = experiences.filter { $0.day >= start && !resolved.outcomeSurveys.contains($0.surveyID) }
            result.matrix = ImportanceMatrix(
                report: report,
                touchpoints: touchpoints.filter { tp in data.drivers.contains { $0.id == "touchpoint:\(tp.id)" } },
                performance: Self.performance(recent, builder: builder), tones: Self.tones(recent),
                confidence: query.options.confidence)
        }
        return result
    }

    /// The touchpoints in journey order (stage position, then touchpoint position).
    func ordered(_ ids: [String]) -> [Touchpoint] {
        let wanted = Set(ids)
        let stagePosition = Dictionary(context.stages.map { ($0.id, $0.position) }) { a, _ in a }
        return context.touchpoints.filter { wanted.contains($0.id) }.sorted { a, b in
            let (sa, sb) = (stagePosition[a.stageID] ?? 0, stagePosition[b.stageID] ?? 0)
            return sa != sb ? sa < sb : a.position < b.position
        }
    }

    /// Keeps only the drivers the query names, refusing names that are not among the candidates.
    private func chosen(_ data: DriverData, _ ids: [String]) throws(ValidationFailure) -> DriverData {
        guard !ids.isEmpty else { return data }
        var check = Validator()
        let known = Set(data.drivers.map(\.id))
        for id in ids where !known.contains(id) {
            check.add("drivers", "'\(id)' is not a driver here; use \(data.drivers.map(\.id).joined(separator: ", "))")
        }
        try check.finish()
        var data = data
        data.drivers = data.drivers.filter { ids.contains($0.id) }
        return data
    }

    /// Each touchpoint's mean experience (0–100) over the rows.
    static func performance(_ rows: [DriverRow], builder: DriverDataBuilder) -> [String: MeanSummary] {
        var values: [String: [Double]] = [:]
        for row in rows { if let value = builder.experience(of: row) { values[row.touchpointID, default: []].append(value) } }
        return values.mapValues { MeanSummary(values: $0) }
    }

    /// Each touchpoint's open-text answers and how many were positive and negative.
    static func tones(_ rows: [DriverRow]) -> [String: (texts: Int, positive: Int, negative: Int)] {
        var tones: [String: (texts: Int, positive: Int, negative: Int)] = [:]
        for row in rows where row.hasText {
            tones[row.touchpointID, default: (0, 0, 0)].texts += 1
            if row.textSentiment == .positive { tones[row.touchpointID, default: (0, 0, 0)].positive += 1 }
            if row.textSentiment == .negative { tones[row.touchpointID, default: (0, 0, 0)].negative += 1 }
        }
        return tones
    }
}
