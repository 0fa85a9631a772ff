import CXMCore
import Foundation

/// A delivered improvement's measured effect: NPS before and after in its units and in the others, the
/// estimate with its interval, and the verdict.
enum ImprovementEffectView {
    static func render(_ effect: ImprovementEffect, _ t: Localizer, _ format: LocaleFormat, timeZone: String) -> HTML {
        el("section", .class("panel"), .aria("labelledby", "effect-title")) {
            el("h2", .id("effect-title")) { t(ImprovementText.effect) + ": " + verdict(effect.verdict, t) }
            el("p", .class("notes")) {
                t(ImprovementText.effectHint, format.integer(effect.weeks), format.date(effect.deliveredAt, timeZone: timeZone))
            }
            dataTable(
                caption: t(ImprovementText.effect),
                headers: [
                    t(ImprovementText.units), t(ImprovementText.before), t(ImprovementText.after), t(ImprovementText.change),
                ]
            ) {
                row(t(ImprovementText.treatedGroup), effect.treated, format)
                if let control = effect.control { row(t(ImprovementText.controlGroup), control, format) }
            }
            if let estimate = effect.estimate, let interval = effect.interval {
                el("p", .class("formula")) {
                    t(
                        effect.againstControl ? ImprovementText.estimateDiD : ImprovementText.estimateChange,
                        format.signedDecimal(estimate, fractionDigits: 1), format.signedDecimal(interval.low, fractionDigits: 1),
                        format.signedDecimal(interval.high, fractionDigits: 1))
                }
            }
            switch effect.verdict {
            case .noDetectableChange:
                el("p") {
                    effect.neededAnswers.map { t(ImprovementText.verdictNoneNeeded, format.integer($0)) }
                        ?? t(ImprovementText.verdictNone)
                }
            case .tooFewAnswers: el("p") { t(ImprovementText.verdictTooFew) }
            case .improved, .worse: HTML(text: "")
            }
            if !effect.complete { el("p", .class("notes")) { t(ImprovementText.incomplete) } }
        }
    }

    private static func row(_ label: String, _ periods: ImprovementEffect.Periods, _ format: LocaleFormat) -> HTML {
        el("tr") {
            el("th", .scope("row")) { label }
            el("td", .class("num")) { score(periods.before, format) }
            el("td", .class("num")) { score(periods.after, format) }
            el("td", .class("num")) { change(periods, format) }
        }
    }

    private static func change(_ periods: ImprovementEffect.Periods, _ format: LocaleFormat) -> String {
        guard let change = periods.change, let interval = periods.changeInterval else { return "–" }
        let low = format.signedDecimal(interval.low, fractionDigits: 1)
        let high = format.signedDecimal(interval.high, fractionDigits: 1)
        return "\(format.signedDecimal(change, fractionDigits: 1)) (\(low) – \(high))"
    }

    private static func score(_ counts: NPSCounts, _ format: LocaleFormat) -> String {
        "\(counts.score.map { format.decimal($0, fractionDigits: 1) } ?? "–") (n = \(format.integer(counts.n)))"
    }

    static func verdict(_ verdict: ImprovementEffect.Verdict, _ t: Localizer) -> String {
        switch verdict {
        case .improved: t(ImprovementText.verdictImproved)
        case .noDetectableChange: t(ImprovementText.verdictNone)
        case .worse: t(ImprovementText.verdictWorse)
        case .tooFewAnswers: t(ImprovementText.verdictTooFew)
        }
    }
}
