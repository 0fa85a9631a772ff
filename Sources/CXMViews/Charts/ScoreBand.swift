import CXMCore

/// The colour band of a score on the journey heat map: five bands from lowest to highest, and two
/// states that are deliberately not coloured as scores: a low sample and no data.
///
/// The colour is never the only signal: cards also print the value, and the stylesheet pairs each band
/// with a border style, so the map still reads in grey-scale print.
public enum ScoreBand: String, Sendable, CaseIterable, Equatable {
    case band1, band2, band3, band4, band5
    case lowSample
    case noData

    /// The CSS class that colours a card.
    public var cssClass: String {
        switch self {
        case .band1: "score-1"
        case .band2: "score-2"
        case .band3: "score-3"
        case .band4: "score-4"
        case .band5: "score-5"
        case .lowSample: "score-low"
        case .noData: "score-none"
        }
    }

    /// The five score bands, lowest first.
    public static let scoreBands: [ScoreBand] = [.band1, .band2, .band3, .band4, .band5]

    /// The four cut points between the five bands, in the metric's unit. Each band starts at its cut point.
    ///
    /// NPS, CSAT and NKI use cut points practitioners read the way the seeds do (an NPS below 0 is poor,
    /// 60 and above excellent); a rating splits its scale into five equal parts.
    public static func cutPoints(for metric: Metric, scale: ClosedRange<Int>? = nil) -> [Double] {
        switch metric {
        case .nps: return [0, 20, 40, 60]
        case .csat: return [60, 70, 80, 90]
        case .nki: return [50, 60, 70, 80]
        case .ces: return [3, 4, 5, 6]
        case .rating:
            let range = metric.valueRange(scale: scale)
            let step = (range.upperBound - range.lowerBound) / 5
            return (1...4).map { range.lowerBound + Double($0) * step }
        }
    }

    /// The band of a value.
    public static func of(value: Double, metric: Metric, scale: ClosedRange<Int>? = nil) -> ScoreBand {
        let below = cutPoints(for: metric, scale: scale).filter { value >= $0 }.count
        return scoreBands[min(below, scoreBands.count - 1)]
    }

    /// The band of a figure: `noData` without one, `lowSample` when too few answered to colour it as a score.
    public static func of(_ figure: MetricFigure?, metric: Metric, scale: ClosedRange<Int>? = nil) -> ScoreBand {
        guard let figure else { return .noData }
        if figure.lowSample { return .lowSample }
        return of(value: figure.value, metric: metric, scale: scale)
    }

    /// The band's range as bounds, `nil` at the open ends: for the legend.
    public static func bounds(
        of band: ScoreBand, metric: Metric, scale: ClosedRange<Int>? = nil
    ) -> (lower: Double?, upper: Double?)? {
        guard let index = scoreBands.firstIndex(of: band) else { return nil }
        let cuts = cutPoints(for: metric, scale: scale)
        return (index == 0 ? nil : cuts[index - 1], index == cuts.count ? nil : cuts[index])
    }
}
