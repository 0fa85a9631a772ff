import Foundation

extension ChangeDecomposition {
    /// Decomposes the change of the metric between two periods over the segments of one dimension.
    ///
    /// Throws for NKI, a confidence level outside (0, 1), a segment id given twice, a tally whose numbers
    /// contradict one another, and a period without answers.
    public init(
        metric: Metric, dimension: String, segments: [SegmentTallies], options: Options = .init()
    ) throws(Failure) {
        guard let measure = Measure(metric: metric, confidence: Confidence(level: options.confidence)) else {
            throw .unsupportedMetric(metric)
        }
        guard options.confidence > 0, options.confidence < 1 else { throw .invalidConfidence(options.confidence) }
        var seen: Set<String> = []
        for segment in segments {
            guard seen.insert(segment.id).inserted else { throw .duplicateSegment(segment.id) }
            guard measure.isConsistent(segment.before) else { throw .inconsistentTally(segment: segment.id, side: .before) }
            guard measure.isConsistent(segment.after) else { throw .inconsistentTally(segment: segment.id, side: .after) }
        }
        let totalBefore = segments.reduce(ScoreTally.empty) { $0 + $1.before }
        let totalAfter = segments.reduce(ScoreTally.empty) { $0 + $1.after }
        guard let before = measure.value(totalBefore) else { throw .noAnswersBefore }
        guard let after = measure.value(totalAfter) else { throw .noAnswersAfter }

        let totals = (before: measure.answers(totalBefore), after: measure.answers(totalAfter))
        var decomposed = segments.map { tallies in
            Self.segment(
                tallies, measure: measure, totals: totals, meanKPI: (before + after) / 2,
                minimumAnswers: Swift.max(1, options.minimumAnswers))
        }
        Self.settleSignificance(&decomposed, options: options)
        // Largest absolute contribution first; equal ones keep the caller's order so that pages are stable.
        decomposed = decomposed.enumerated()
            .sorted { first, second in
                let a = abs(first.element.contribution)
                let b = abs(second.element.contribution)
                return a > b || (a == b && first.offset < second.offset)
            }
            .map(\.element)

        let change = after - before
        self.init(
            metric: metric, dimension: dimension, options: options, before: before, after: after,
            answersBefore: totals.before, answersAfter: totals.after,
            interval: measure.margins(after: totalAfter, before: totalBefore).map {
                Interval(low: change - $0.below, high: change + $0.above)
            },
            test: measure.test(after: totalAfter, before: totalBefore).map {
                TestResult(difference: change, statistic: $0.statistic, pValue: $0.pValue)
            },
            method: measure.method, segments: decomposed)
    }

    /// One segment's weights, values, contributions and raw p-value.
    private static func segment(
        _ tallies: SegmentTallies, measure: Measure, totals: (before: Int, after: Int), meanKPI: Double,
        minimumAnswers: Int
    ) -> Segment {
        let answers = (before: measure.answers(tallies.before), after: measure.answers(tallies.after))
        let weights = (
            before: Double(answers.before) / Double(totals.before), after: Double(answers.after) / Double(totals.after)
        )
        let values = (before: measure.value(tallies.before), after: measure.value(tallies.after))
        // A missing period has weight 0, so any value keeps the identity; the present one makes performance 0.
        let effective = (before: values.before ?? values.after ?? 0, after: values.after ?? values.before ?? 0)
        let tooFew = Swift.min(answers.before, answers.after) < minimumAnswers
        return Segment(
            id: tallies.id, label: tallies.label, answersBefore: answers.before, answersAfter: answers.after,
            weightBefore: weights.before, weightAfter: weights.after, valueBefore: values.before,
            valueAfter: values.after,
            performance: (weights.before + weights.after) / 2 * (effective.after - effective.before),
            mix: (weights.after - weights.before) * ((effective.before + effective.after) / 2 - meanKPI),
            pValue: tooFew ? nil : measure.test(after: tallies.after, before: tallies.before)?.pValue,
            adjustedPValue: nil, significant: false, tooFew: tooFew)
    }

    /// Adjusts the p-values of the segments that were tested as one family and flags the significant ones.
    private static func settleSignificance(_ segments: inout [Segment], options: Options) {
        let tested = segments.indices.compactMap { index in segments[index].pValue.map { (index, $0) } }
        let adjusted = options.correction.adjust(tested.map(\.1))
        let alpha = Confidence(level: options.confidence).alpha
        for ((index, _), p) in zip(tested, adjusted) {
            segments[index].adjustedPValue = p
            segments[index].significant = p < alpha
        }
    }
}
