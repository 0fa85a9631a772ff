import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// "What changed" under /api/v1: a KPI's move between two periods split into what each touchpoint, unit
/// and channel contributed by its own performance and by its share of the answers (mix).
struct ChangesAPI {
    let store: Store

    /// One segment's part in the change.
    struct SegmentBody: Encodable, Sendable {
        var id: String
        var label: String
        var answersBefore: Int
        var answersAfter: Int
        var valueBefore: Double?
        var valueAfter: Double?
        var performance: Double
        var mix: Double
        var contribution: Double
        var pAdjusted: Double?
        var significant: Bool
        var tooFew: Bool
    }

    /// One dimension's decomposition.
    struct DimensionBody: Encodable, Sendable {
        var dimension: String
        var performance: Double
        var mix: Double
        var largestContributors: [String]
        var segments: [SegmentBody]
    }

    struct Body: Encodable, Sendable {
        var metric: Metric
        var before: [String: String]
        var after: [String: String]
        var valueBefore: Double
        var valueAfter: Double
        var change: Double
        var interval: Interval?
        var pValue: Double?
        var answersBefore: Int
        var answersAfter: Int
        var dimensions: [DimensionBody]
    }

    static let dimensions: [String: CellDimension] = ["touchpoint": .touchpoint, "unit": .unit, "channel": .channel]

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/changes", .requires(.read)) { request, context in
            try JSONOutput.response(try await changes(request, principal: try context.actor))
        }
    }

    private func changes(_ request: Request, principal: Principal) async throws -> Body {
        var check = Validator()
        let metricText = request.query("metric") ?? "nps"
        let metric = Metric(rawValue: metricText)
        check.check(
            metric != nil && metric != .nki, "metric",
            "'\(metricText)' is not one of nps, csat, ces, rating (NKI weights differ by period)")
        let question = request.query("question")
        check.check(metric != .rating || question != nil, "question", "is required for the rating metric: name its key")
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        func day(_ name: String) -> LocalDay? {
            guard let text = request.query(name) else { return nil }
            let parsed = LocalDay(iso: text)
            check.check(parsed != nil, name, "'\(text)' is not a date; write it as YYYY-MM-DD")
            return parsed
        }
        let to = day("to") ?? LocalDay(Date(), in: zone)
        let from = day("from") ?? to.adding(days: -27)
        let length = to.number - from.number + 1
        let baseTo = day("baseTo") ?? from.adding(days: -1)
        let baseFrom = day("baseFrom") ?? baseTo.adding(days: -(length - 1))
        check.check(from <= to && baseFrom <= baseTo, "from", "each period must start on or before its last day")
        check.check(baseTo < from, "baseTo", "the earlier period must end before the later one starts")
        let names = (request.query("by") ?? "touchpoint,unit,channel").split(separator: ",").map(String.init)
        for name in names where Self.dimensions[name] == nil {
            check.add("by", "'\(name)' is not one of touchpoint, unit, channel")
        }
        let metricContext = try await store.metricContext(visibleUnits: principal.visibleUnits)
        var units: Set<String>? = principal.visibleUnits
        if let unit = request.query("unit") {
            if metricContext.units.units[unit] == nil || !(principal.visibleUnits?.contains(unit) ?? true) {
                check.add("unit", "unknown unit '\(unit)' or outside the units you may see")
            } else {
                let subtree = metricContext.units.subtree(of: unit)
                units = units.map { $0.intersection(subtree) } ?? subtree
            }
        }
        var touchpoints: Set<String>?
        if let journey = request.query("journey") {
            let stages = Set(metricContext.stages.filter { $0.journeyID == journey }.map(\.id))
            check.check(!stages.isEmpty, "journey", "unknown journey '\(journey)'")
            touchpoints = Set(metricContext.touchpoints.filter { stages.contains($0.stageID) }.map(\.id))
        }
        if let touchpoint = request.query("touchpoint") {
            check.check(
                metricContext.touchpoints.contains { $0.id == touchpoint }, "touchpoint", "unknown touchpoint '\(touchpoint)'")
            touchpoints = touchpoints.map { $0.intersection([touchpoint]) } ?? [touchpoint]
        }
        do { try check.finish() } catch { throw AppError.badRequest(error) }
        guard let metric else { throw AppError.badRequest(ValidationFailure(field: "metric", "is required")) }

        let labels = Self.labels(metricContext)
        var dimensions: [DimensionBody] = []
        var total: ChangeDecomposition?
        for name in names {
            guard let dimension = Self.dimensions[name] else { continue }
            var segments: [String: ChangeDecomposition.SegmentTallies] = [:]
            for (days, isBefore) in [(baseFrom..<baseTo.adding(days: 1), true), (from..<to.adding(days: 1), false)] {
                var request = TallyRequest(
                    kinds: metric.kinds, questionKeys: question.map { [$0] }, days: days, touchpointIDs: touchpoints,
                    unitIDs: units, groupBy: [dimension])
                request.forceRaw = false
                for cell in try await store.tallies(request) {
                    let id = cell[dimension] ?? ""
                    var segment =
                        segments[id]
                        ?? ChangeDecomposition.SegmentTallies(id: id, label: labels[name]?[id] ?? id)
                    if isBefore { segment.before += cell.tally } else { segment.after += cell.tally }
                    segments[id] = segment
                }
            }
            let decomposition: ChangeDecomposition
            do {
                decomposition = try ChangeDecomposition(
                    metric: metric, dimension: name, segments: Self.mergingSmall(Array(segments.values)))
            } catch {
                throw AppError.badRequest(ValidationFailure(field: "from", "\(error)"))
            }
            total = total ?? decomposition
            dimensions.append(
                DimensionBody(
                    dimension: name, performance: decomposition.performance, mix: decomposition.mix,
                    largestContributors: decomposition.largestContributors().map(\.id),
                    segments: decomposition.segments.map {
                        SegmentBody(
                            id: $0.id, label: $0.label, answersBefore: $0.answersBefore, answersAfter: $0.answersAfter,
                            valueBefore: $0.valueBefore, valueAfter: $0.valueAfter, performance: $0.performance, mix: $0.mix,
                            contribution: $0.contribution, pAdjusted: $0.adjustedPValue, significant: $0.significant,
                            tooFew: $0.tooFew)
                    }))
        }
        guard let total else { throw AppError.badRequest(ValidationFailure(field: "by", "name at least one dimension")) }
        return Body(
            metric: metric, before: ["from": baseFrom.iso, "to": baseTo.iso], after: ["from": from.iso, "to": to.iso],
            valueBefore: total.before, valueAfter: total.after, change: total.change, interval: total.interval,
            pValue: total.test?.pValue, answersBefore: total.answersBefore, answersAfter: total.answersAfter,
            dimensions: dimensions)
    }

    /// Segments with fewer answers than the anonymity threshold in a period they answered in are pooled as
    /// `_other`; while the pool is itself too small or holds a single segment, the next smallest segment joins
    /// it, so that no one's answers can be singled out. The sums stay exact.
    static func mergingSmall(_ segments: [ChangeDecomposition.SegmentTallies]) -> [ChangeDecomposition.SegmentTallies] {
        let threshold = MetricOptions.anonymityThreshold
        let isSmall = { (before: ScoreTally, after: ScoreTally) in
            [before.answered, after.answered].contains { $0 > 0 && $0 < threshold }
        }
        var kept = segments.filter { !isSmall($0.before, $0.after) }.sorted {
            ($0.before.answered + $0.after.answered, $0.id) < ($1.before.answered + $1.after.answered, $1.id)
        }
        var pooled = segments.filter { isSmall($0.before, $0.after) }
        guard !pooled.isEmpty else { return kept }
        var other = ChangeDecomposition.SegmentTallies(id: "_other", label: "other")
        for segment in pooled {
            other.before += segment.before
            other.after += segment.after
        }
        while (isSmall(other.before, other.after) || pooled.count < 2), !kept.isEmpty {
            let next = kept.removeFirst()
            pooled.append(next)
            other.before += next.before
            other.after += next.after
        }
        return kept.sorted { $0.id < $1.id } + [other]
    }

    static func labels(_ context: MetricContext) -> [String: [String: String]] {
        [
            "touchpoint": Dictionary(context.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
            "unit": context.units.units.mapValues(\.name),
            "channel": Dictionary(context.channels.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
        ]
    }
}
