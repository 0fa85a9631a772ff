import Foundation

/// The answer to a `ChangeQuery`: the same total change decomposed once per dimension asked. Encodes as
/// the API, the page's data and `cxm changes --format json` show it.
public struct ChangeResult: Sendable, Encodable {
    public var query: ChangeQuery
    public var decompositions: [ChangeDecomposition]
    /// The period nobody answered in, if one did not: then there is no change to explain.
    public var periodWithoutAnswers: ChangeDecomposition.Side?

    /// Creates a result.
    public init(
        query: ChangeQuery, decompositions: [ChangeDecomposition], periodWithoutAnswers: ChangeDecomposition.Side? = nil
    ) {
        self.query = query
        self.decompositions = decompositions
        self.periodWithoutAnswers = periodWithoutAnswers
    }

    /// The overall change, the same in every decomposition.
    public var total: ChangeDecomposition? { decompositions.first }

    private enum Key: String, CodingKey {
        case metric, question, before, after, valueBefore, valueAfter, change, interval, pValue, answersBefore
        case answersAfter, dimensions, dimension, performance, mix, largestContributors, segments, from, to
        case periodWithoutAnswers
    }

    private enum SegmentKey: String, CodingKey {
        case id, label, answersBefore, answersAfter, valueBefore, valueAfter, performance, mix, contribution, pAdjusted
        case significant, tooFew
    }

    /// Encodes the change as the API shows it; with a period nobody answered in, only the periods and which
    /// one it was, since there is no change to show.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(query.metric, forKey: .metric)
        try container.encodeIfPresent(query.question, forKey: .question)
        var before = container.nestedContainer(keyedBy: Key.self, forKey: .before)
        try before.encode(query.baseFrom.iso, forKey: .from)
        try before.encode(query.baseTo.iso, forKey: .to)
        var after = container.nestedContainer(keyedBy: Key.self, forKey: .after)
        try after.encode(query.from.iso, forKey: .from)
        try after.encode(query.to.iso, forKey: .to)
        try container.encodeIfPresent(periodWithoutAnswers?.rawValue, forKey: .periodWithoutAnswers)
        try container.encodeIfPresent(total?.before, forKey: .valueBefore)
        try container.encodeIfPresent(total?.after, forKey: .valueAfter)
        try container.encodeIfPresent(total?.change, forKey: .change)
        try container.encodeIfPresent(total?.interval, forKey: .interval)
        try container.encodeIfPresent(total?.test?.pValue, forKey: .pValue)
        try container.encodeIfPresent(total?.answersBefore, forKey: .answersBefore)
        try container.encodeIfPresent(total?.answersAfter, forKey: .answersAfter)
        var dimensions = container.nestedUnkeyedContainer(forKey: .dimensions)
        for decomposition in decompositions {
            var dimension = dimensions.nestedContainer(keyedBy: Key.self)
            try dimension.encode(decomposition.dimension, forKey: .dimension)
            try dimension.encode(decomposition.performance, forKey: .performance)
            try dimension.encode(decomposition.mix, forKey: .mix)
            try dimension.encode(decomposition.largestContributors().map(\.id), forKey: .largestContributors)
            var segments = dimension.nestedUnkeyedContainer(forKey: .segments)
            for segment in decomposition.segments {
                var item = segments.nestedContainer(keyedBy: SegmentKey.self)
                try item.encode(segment.id, forKey: .id)
                try item.encode(segment.label, forKey: .label)
                try item.encode(segment.answersBefore, forKey: .answersBefore)
                try item.encode(segment.answersAfter, forKey: .answersAfter)
                try item.encodeIfPresent(segment.valueBefore, forKey: .valueBefore)
                try item.encodeIfPresent(segment.valueAfter, forKey: .valueAfter)
                try item.encode(segment.performance, forKey: .performance)
                try item.encode(segment.mix, forKey: .mix)
                try item.encode(segment.contribution, forKey: .contribution)
                try item.encodeIfPresent(segment.adjustedPValue, forKey: .pAdjusted)
                try item.encode(segment.significant, forKey: .significant)
                try item.encode(segment.tooFew, forKey: .tooFew)
            }
        }
    }
}
