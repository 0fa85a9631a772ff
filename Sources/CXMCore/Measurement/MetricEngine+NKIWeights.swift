/// NKI with estimated item weights: the weights are fitted once over every respondent in scope
/// (PLS, Mode A, centroid scheme, against the recommendation score), then each group's index is the
/// mean of its respondents' weighted indexes with a t interval. Too few respondents for a stable fit
/// falls back to equal weights and says why.
extension MetricEngine {
    func applyingEstimatedWeights(
        to result: MetricResult, query: MetricQuery, scope: MetricScope, source: some TallySource
    ) async throws -> MetricResult {
        var request = scope.request
        request.groupBy = Set(query.groupBy.compactMap(\.cellDimension))
        request.segment = scope.segment
        let respondents = try await source.nkiRespondents(request)
        let fitted = respondents.filter { $0.recommendation != nil }
        var result = result
        guard
            let fit = NKIStatistics.plsWeights(
                items: fitted.map { $0.items.map(Double.init) }, outcome: fitted.map { Double($0.recommendation!) },
                minimumRespondents: NKIWeighting.minimumRespondents)
        else {
            result.weights = NKIWeights(
                method: "equal",
                overall: 1.0 / 3, expectations: 1.0 / 3, ideal: 1.0 / 3,
                note:
                    "estimated weights need at least \(NKIWeighting.minimumRespondents) respondents who answered all three items and the recommendation question; \(fitted.count) did, so equal weights are used"
            )
            return result
        }
        result.weights = NKIWeights(
            method: "pls-centroid", overall: fit.weights[0], expectations: fit.weights[1], ideal: fit.weights[2],
            note: "fitted on \(fitted.count) respondents against the recommendation score")
        let grouper = MetricGrouper(query: query, context: context, units: scope.units)
        var byGroup: [[String]: [Double]] = [:]
        var all: [Double] = []
        for respondent in respondents {
            let index = respondent.index(weights: fit.weights)
            all.append(index)
            for key in grouper.keys(of: respondent.cell, segment: nil) { byGroup[key, default: []].append(index) }
        }
        let confidence = Confidence(level: query.options.confidence)
        func refigure(_ figure: MetricFigure, _ values: [Double]) -> MetricFigure {
            var figure = figure
            let summary = MeanSummary(values: values)
            let interval = MeanStatistics.tInterval(summary, confidence: confidence)
            figure.value = summary.mean
            figure.n = summary.n
            figure.interval = interval
            figure.margin = interval?.margin
            figure.lowSample = summary.n < query.options.lowSample
            return figure
        }
        if let total = result.total, !all.isEmpty { result.total?.figure = refigure(total.figure, all) }
        result.groups = result.groups.compactMap { group in
            guard let values = byGroup[group.key.map(\.id)], values.count >= query.options.minimumSample else {
                return nil
            }
            var group = group
            group.figure = refigure(group.figure, values)
            return group
        }
        return result
    }
}
