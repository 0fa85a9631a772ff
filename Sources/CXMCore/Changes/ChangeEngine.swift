import Foundation

/// Answers "what changed": resolves a `ChangeQuery` against the workspace and what the asker may see, reads
/// both periods' tallies per dimension, pools segments too small to show, and decomposes the change.
public struct ChangeEngine: Sendable {
    public var context: MetricContext

    /// Creates an engine over the workspace as the asker sees it (`context.visibleUnits`).
    public init(context: MetricContext) {
        self.context = context
    }

    /// The change split by each dimension the query names; names it does not know are refused with their
    /// parameter, and a period nobody answered in gives a result that says so (`periodWithoutAnswers`).
    public func evaluate(_ query: ChangeQuery, source: some TallySource) async throws -> ChangeResult {
        let (touchpoints, units) = try resolve(query)
        let labels = labels()
        var decompositions: [ChangeDecomposition] = []
        for dimension in query.dimensions {
            var segments: [String: ChangeDecomposition.SegmentTallies] = [:]
            let periods = [
                (query.baseFrom..<query.baseTo.adding(days: 1), true), (query.from..<query.to.adding(days: 1), false),
            ]
            for (days, isBefore) in periods {
                let request = TallyRequest(
                    kinds: query.metric.kinds, questionKeys: query.question.map { [$0] }, days: days,
                    touchpointIDs: touchpoints, unitIDs: units, groupBy: [dimension])
                for cell in try await source.tallies(request) {
                    let id = cell[dimension] ?? ""
                    var segment =
                        segments[id]
                        ?? ChangeDecomposition.SegmentTallies(id: id, label: labels[dimension]?[id] ?? id)
                    if isBefore { segment.before += cell.tally } else { segment.after += cell.tally }
                    segments[id] = segment
                }
            }
            do {
                decompositions.append(
                    try ChangeDecomposition(
                        metric: query.metric, dimension: dimension.rawValue,
                        segments: Self.poolingSmall(Array(segments.values))))
            } catch .noAnswersBefore {
                return ChangeResult(query: query, decompositions: [], periodWithoutAnswers: .before)
            } catch .noAnswersAfter {
                return ChangeResult(query: query, decompositions: [], periodWithoutAnswers: .after)
            } catch {
                throw ValidationFailure(field: "metric", "\(error)")
            }
        }
        return ChangeResult(query: query, decompositions: decompositions)
    }

    /// The id under which segments too small to show are pooled.
    public static let pooledID = "_other"

    /// Segments with fewer answers than the anonymity threshold in a period they answered in are pooled as
    /// `_other`; while the pool is itself too small or holds a single segment, the next smallest segment joins
    /// it, so that no one's answers can be singled out. The sums stay exact.
    public static func poolingSmall(
        _ segments: [ChangeDecomposition.SegmentTallies]
    ) -> [ChangeDecomposition.SegmentTallies] {
        let threshold = MetricOptions.anonymityThreshold
        let isSmall = { (before: ScoreTally, after: ScoreTally) in
            [before.answered, after.answered].contains { $0 > 0 && $0 < threshold }
        }
        var kept = segments.filter { !isSmall($0.before, $0.after) }.sorted {
            ($0.before.answered + $0.after.answered, $0.id) < ($1.before.answered + $1.after.answered, $1.id)
        }
        var pooled = segments.filter { isSmall($0.before, $0.after) }
        guard !pooled.isEmpty else { return kept.sorted { $0.id < $1.id } }
        var other = ChangeDecomposition.SegmentTallies(id: pooledID, label: "other")
        for segment in pooled {
            other.before += segment.before
            other.after += segment.after
        }
        while isSmall(other.before, other.after) || pooled.count < 2, !kept.isEmpty {
            let next = kept.removeFirst()
            pooled.append(next)
            other.before += next.before
            other.after += next.after
        }
        return kept.sorted { $0.id < $1.id } + [other]
    }

    /// The touchpoints and units in scope (nil for all), every name checked against the workspace.
    private func resolve(_ query: ChangeQuery) throws(ValidationFailure) -> (Set<String>?, Set<String>?) {
        var check = Validator()
        if query.metric == .rating, let question = query.question {
            let ratings = Set(context.surveys.flatMap(\.questions).filter { $0.type == .rating }.map(\.key))
            check.check(
                ratings.contains(question), "question",
                "no survey asks a rating question with the key '\(question)'; use one of \(ratings.sorted().joined(separator: ", "))"
            )
        }
        var units = context.visibleUnits
        if let unit = query.unit {
            if context.units.units[unit] == nil || !(context.visibleUnits?.contains(unit) ?? true) {
                check.add("unit", "unknown unit '\(unit)' or outside the units you may see")
            } else {
                let subtree = context.units.subtree(of: unit)
                units = units.map { $0.intersection(subtree) } ?? subtree
            }
        }
        var touchpoints: Set<String>?
        if let journey = query.journey {
            let stages = Set(context.stages.filter { $0.journeyID == journey }.map(\.id))
            check.check(!stages.isEmpty, "journey", "unknown journey '\(journey)'")
            touchpoints = Set(context.touchpoints.filter { stages.contains($0.stageID) }.map(\.id))
        }
        if let touchpoint = query.touchpoint {
            check.check(
                context.touchpoints.contains { $0.id == touchpoint }, "touchpoint", "unknown touchpoint '\(touchpoint)'")
            touchpoints = touchpoints.map { $0.intersection([touchpoint]) } ?? [touchpoint]
        }
        try check.finish()
        return (touchpoints, units)
    }

    private func labels() -> [CellDimension: [String: String]] {
        [
            .touchpoint: Dictionary(context.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
            .unit: context.units.units.mapValues(\.name),
            .channel: Dictionary(context.channels.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
        ]
    }
}
