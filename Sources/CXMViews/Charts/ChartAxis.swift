import Foundation

/// A value axis fitted to the data: wide enough for every interval, padded a little, with ticks on round
/// steps (1, 2, 2.5 or 5 × 10ᵏ), and never beyond the metric's valid range.
///
/// An axis over the metric's whole range turns intervals of a few points into specks; an axis fitted to
/// the data shows them. When the data already covers most of the range, the whole range is clearer.
struct ChartAxis: Equatable {
    /// The values the axis spans; the plot maps its ends to the edges.
    var range: ClosedRange<Double>
    /// Tick values, lowest first, each a whole multiple of `step`.
    var ticks: [Double]
    /// The distance between ticks.
    var step: Double

    /// Digits after the separator a tick label needs to tell its ticks apart (`2.5` needs one, `0.25` two).
    var fractionDigits: Int {
        var digits = 0
        while digits < 6 {
            let scaled = step * pow(10, Double(digits))
            if abs(scaled - scaled.rounded()) < 1e-6 { return digits }
            digits += 1
        }
        return digits
    }

    /// The share of the valid range above which the whole range is shown rather than a zoom.
    static let fullRangeShare = 0.6
    /// The padding added on each side, as a share of the data's span.
    static let padding = 0.1

    /// The axis for `values` (interval bounds, points, a reference) within `valid`, with at most `maxTicks` ticks.
    ///
    /// `fullStep` is the tick step used when the whole range is shown, so a full axis keeps its familiar ticks.
    static func fitted(
        to values: [Double], within valid: ClosedRange<Double>, fullStep: Double, maxTicks: Int = 7
    ) -> ChartAxis {
        let validSpan = valid.upperBound - valid.lowerBound
        // The whole range keeps the ticks it always had: even steps from its lower end.
        let fullStep = fullStep > 0 ? fullStep : max(validSpan, 1)
        let fullTicks = stride(from: valid.lowerBound, through: valid.upperBound + fullStep / 1000, by: fullStep).map { $0 }
        let full = ChartAxis(range: valid, ticks: fullTicks, step: fullStep)
        let inside = values.filter(\.isFinite).map { min(max($0, valid.lowerBound), valid.upperBound) }
        guard let low = inside.min(), let high = inside.max(), validSpan > 0 else { return full }
        // A single value, or values that barely differ, still get an axis a fiftieth of the range wide.
        let span = max(high - low, validSpan / 50)
        let middle = (low + high) / 2
        let padded = (middle - span / 2 - span * padding)...(middle + span / 2 + span * padding)
        if padded.upperBound - padded.lowerBound >= validSpan * fullRangeShare { return full }
        let step = niceStep(for: padded, maxTicks: maxTicks)
        let lower = max(valid.lowerBound, (padded.lowerBound / step).rounded(.down) * step)
        let upper = min(valid.upperBound, (padded.upperBound / step).rounded(.up) * step)
        return ChartAxis(range: lower...upper, ticks: ticks(in: lower...upper, step: step), step: step)
    }

    /// The smallest round step that covers `range`, rounded outward, in at most `maxTicks` ticks.
    static func niceStep(for range: ClosedRange<Double>, maxTicks: Int) -> Double {
        let intervals = Double(max(1, maxTicks - 1))
        let raw = (range.upperBound - range.lowerBound) / intervals
        let first = (log10(max(raw, 1e-9))).rounded(.down) - 1
        // Rounding outward adds at most a step at each end, so for four intervals or more a step ten times the
        // raw one always fits; the bound only keeps a degenerate request from looping.
        for exponent in stride(from: first, through: first + 3, by: 1) {
            let magnitude = pow(10, exponent)
            for mantissa in [1, 2, 2.5, 5] {
                let step = mantissa * magnitude
                let count = (range.upperBound / step).rounded(.up) - (range.lowerBound / step).rounded(.down)
                if count <= intervals { return step }
            }
        }
        return pow(10, first + 4)
    }

    /// Every whole multiple of `step` inside `range`, computed from integers so no tick drifts.
    static func ticks(in range: ClosedRange<Double>, step: Double) -> [Double] {
        guard step > 0 else { return [] }
        let first = Int((range.lowerBound / step - 1e-9).rounded(.up))
        let last = Int((range.upperBound / step + 1e-9).rounded(.down))
        guard first <= last else { return [] }
        return (first...last).map { Double($0) * step }
    }
}
