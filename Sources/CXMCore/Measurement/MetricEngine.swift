/// Answers metric queries: resolves filters, fetches tallies from a source, groups them (rolling
/// units up through the tree), computes each figure with its interval, compares it with its
/// baseline and corrects the p-values for the number of comparisons made at once.
public struct MetricEngine: Sendable {
    public var context: MetricContext

    public init(context: MetricContext) { self.context = context }

    public func evaluate(_ query: MetricQuery, source: some TallySource) async throws -> MetricResult {
        let query = try query.validated()
        let scope = try MetricScope(query, context: context)
        let calculator = MetricCalculator(metric: query.metric, options: query.options, scale: scope.scale)
        let grouper = MetricGrouper(query: query, context: context, units: scope.units)
        let fetcher = Fetcher(query: query, scope: scope, context: context, source: source)

        // The current range, extended back to the baselines of a time series.
        let seriesBaseline = query.timeGrain != nil && (query.compare == .previous || query.compare == .year)
        let start = seriesBaseline ? grouper.baselinePeriod(of: query.from).start : query.from
        let fetched = try await fetcher.cells(days: min(start, query.from)..<query.days.upperBound)
        var current: [[String]: KindTallies] = [:]
        var everything: [[String]: KindTallies] = [:]
        var total: KindTallies = [:]
        var totalsByPeriod: [String: KindTallies] = [:]
        for (cell, segment) in fetched {
            let inRange = cell.day.map { $0 >= query.from } ?? true
            for key in grouper.keys(of: cell, segment: segment) {
                everything[key, default: [:]].add(cell.kind, cell.tally)
                if inRange { current[key, default: [:]].add(cell.kind, cell.tally) }
            }
            // The total counts each answer once, whatever the groupings repeat.
            if inRange && (segment == nil || fetcher.segmentsAreFilter) {
                total.add(cell.kind, cell.tally)
                if let label = grouper.periodLabel(of: cell) { totalsByPeriod[label, default: [:]].add(cell.kind, cell.tally) }
            }
        }
        if fetcher.segmentsAreGroups {
            total = try await fetcher.total(days: query.days)
        }

        // Baselines of ranges (not series) come from a second fetch over the earlier range.
        var rangeBaseline: [[String]: KindTallies] = [:]
        var totalBaseline: KindTallies?
        if let earlier = fetcher.baselineRange() {
            if !seriesBaseline {
                for (cell, segment) in try await fetcher.cells(days: earlier) {
                    for key in grouper.keys(of: cell, segment: segment) {
                        rangeBaseline[key, default: [:]].add(cell.kind, cell.tally)
                    }
                }
            }
            totalBaseline = try await fetcher.total(days: earlier)
        }

        var groups: [MetricGroup] = []
        var pending: [(index: Int, p: Double)] = []
        // Without groupings the total is the whole answer.
        let (shown, suppressed) = Self.aboveThreshold(
            query.groupBy.isEmpty ? [:] : current, minimum: query.options.minimumSample, calculator: calculator,
            grouper: grouper)
        for (key, tallies, figure) in shown {
            var group = MetricGroup(key: grouper.values(of: key), figure: figure, baseline: nil, comparison: nil)
            let baseline: KindTallies? =
                switch query.compare {
                case .none: nil
                case .previous, .year:
                    seriesBaseline ? grouper.seriesBaselineKey(of: key).flatMap { everything[$0] } : rangeBaseline[key]
                case .rest: (grouper.periodLabel(ofKey: key).flatMap { totalsByPeriod[$0] } ?? total).subtracting(tallies)
                }
            if query.compare != .none { group.baselineAnswers = baseline.flatMap { calculator.figure($0) }?.n ?? 0 }
            if let baseline, let base = calculator.figure(baseline), base.n >= query.options.minimumSample {
                group.baseline = base
                if let (test, name) = calculator.test(tallies, against: baseline) {
                    group.comparison = ComparisonResult(
                        difference: figure.value - base.value, statistic: test.statistic, pValue: test.pValue,
                        adjustedPValue: test.pValue, significant: false, direction: .unchanged, test: name)
                    pending.append((groups.count, test.pValue))
                }
            }
            groups.append(group)
        }
        let adjusted = query.options.correction.adjust(pending.map(\.p))
        let alpha = 1 - query.options.confidence
        for ((index, _), p) in zip(pending, adjusted) {
            groups[index].comparison?.settle(adjustedPValue: p, alpha: alpha)
        }
        groups = groups.map { (grouper.sortKey($0.key), $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)

        var totalGroup = calculator.figure(total).map { MetricGroup(key: [], figure: $0, baseline: nil, comparison: nil) }
        // Below the threshold not even the total is shown (its groups are below it too).
        let totalSuppressed = (totalGroup?.figure.n ?? Int.max) < query.options.minimumSample
        if totalSuppressed { totalGroup = nil }
        if fetcher.baselineRange() != nil {
            totalGroup?.baselineAnswers = totalBaseline.flatMap { calculator.figure($0) }?.n ?? 0
        }
        if let baseline = totalBaseline, let base = calculator.figure(baseline), base.n >= query.options.minimumSample,
            var headline = totalGroup
        {
            headline.baseline = base
            if let (test, name) = calculator.test(total, against: baseline) {
                headline.comparison = ComparisonResult(
                    difference: headline.figure.value - base.value, statistic: test.statistic, pValue: test.pValue,
                    adjustedPValue: test.pValue, significant: false, direction: .unchanged, test: name)
                headline.comparison?.settle(adjustedPValue: test.pValue, alpha: alpha)
            }
            totalGroup = headline
        }
        let result = MetricResult(
            metric: query.metric, question: query.question, from: query.from, to: query.to, groupBy: query.groupBy,
            compare: query.compare, options: query.options, total: totalGroup, groups: groups,
            suppressedGroups: suppressed, totalSuppressed: totalSuppressed,
            weights: query.metric == .nki
                ? NKIWeights(method: "equal", overall: 1.0 / 3, expectations: 1.0 / 3, ideal: 1.0 / 3) : nil)
        if query.metric == .nki && query.options.nkiWeights == .estimated {
            return try await applyingEstimatedWeights(to: result, query: query, scope: scope, source: source)
        }
        return result
    }
}

extension ComparisonResult {
    mutating func settle(adjustedPValue p: Double, alpha: Double) {
        adjustedPValue = p
        significant = p < alpha
        direction = !significant || difference == 0 ? .unchanged : difference > 0 ? .up : .down
    }
}

/// Fetches tallies for a query's scope, once per segment when segments are a grouping.
struct Fetcher<Source: TallySource>: Sendable {
    let query: MetricQuery
    let scope: MetricScope
    let context: MetricContext
    let source: Source

    var segmentsAreGroups: Bool { query.groupBy.contains(.segment) }
    var segmentsAreFilter: Bool { !segmentsAreGroups }

    /// The cells of the days, each with the segment it was fetched for (when segments group).
    func cells(days: Range<LocalDay>) async throws -> [(TallyCell, String?)] {
        var request = scope.request
        request.days = days
        request.groupBy = Set(query.groupBy.compactMap(\.cellDimension))
        if let grain = query.timeGrain, grain != .day {
            // Periods cut at their own starts and at the first day asked for, which may fall mid-period.
            let starts = grain.periods(from: days.lowerBound, to: days.upperBound).map(\.start) + [query.from]
            request.dayBuckets = Set(starts.filter { $0 >= days.lowerBound }).sorted()
        }
        request.segment = scope.segment
        guard segmentsAreGroups else { return try await source.tallies(request).map { ($0, nil) } }
        var result: [(TallyCell, String?)] = []
        // Grouped by segment: each group is one segment (the filtered one only, when one is filtered).
        for segment in context.segments where scope.segment == nil || scope.segment?.id == segment.id {
            var narrowed = request
            narrowed.segment = segment
            result += try await source.tallies(narrowed).map { ($0, segment.id) }
        }
        return result
    }

    /// Every answer of the days in scope, ungrouped.
    func total(days: Range<LocalDay>) async throws -> KindTallies {
        var request = scope.request
        request.days = days
        request.segment = scope.segment
        var tallies: KindTallies = [:]
        for cell in try await source.tallies(request) { tallies.add(cell.kind, cell.tally) }
        return tallies
    }

    /// The earlier range a whole range is compared with.
    func baselineRange() -> Range<LocalDay>? {
        let days = query.days
        switch query.compare {
        case .none, .rest: return nil
        case .previous:
            let length = days.upperBound.number - days.lowerBound.number
            return days.lowerBound.adding(days: -length)..<days.lowerBound
        case .year: return days.lowerBound.adding(months: -12)..<days.upperBound.adding(months: -12)
        }
    }
}

extension MetricEngine {
    /// The groups that may be shown, with their figures, and how many are hidden. A group of fewer
    /// answers than the threshold is hidden; and while the hidden groups hold fewer answers together
    /// than the threshold, they could be worked out as the total minus the groups shown, so the
    /// smallest shown groups are hidden too until they cannot (or none is left).
    static func aboveThreshold(
        _ groups: [[String]: KindTallies], minimum: Int, calculator: MetricCalculator, grouper: MetricGrouper
    ) -> (shown: [(key: [String], tallies: KindTallies, figure: MetricFigure)], hidden: Int) {
        var shown: [(key: [String], tallies: KindTallies, figure: MetricFigure)] = []
        var hidden = 0
        var hiddenAnswers = 0
        for (key, tallies) in groups {
            guard let figure = calculator.figure(tallies) else { continue }
            if figure.n >= minimum {
                shown.append((key, tallies, figure))
            } else {
                hidden += 1
                hiddenAnswers += figure.n
            }
        }
        guard hiddenAnswers > 0, hiddenAnswers < minimum else { return (shown, hidden) }
        // Smallest first; among equals, in the order the groups are listed, so the choice is stable.
        let order = shown.map { (n: $0.figure.n, sort: grouper.sortKey(grouper.values(of: $0.key))) }
        var indices = Array(shown.indices).sorted { a, b in
            order[a].n != order[b].n ? order[a].n < order[b].n : order[a].sort.lexicographicallyPrecedes(order[b].sort)
        }
        var removed = Set<Int>()
        while hiddenAnswers < minimum, !indices.isEmpty {
            let next = indices.removeFirst()
            removed.insert(next)
            hidden += 1
            hiddenAnswers += shown[next].figure.n
        }
        return (shown.indices.filter { !removed.contains($0) }.map { shown[$0] }, hidden)
    }
}
