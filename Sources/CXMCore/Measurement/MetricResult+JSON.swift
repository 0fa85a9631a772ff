import Foundation

/// The JSON of a result, written directly: the same document `JSONEncoder` makes with sorted keys
/// (nil values left out), several times faster for results of thousands of groups, which the
/// generic encoder spends most of a dashboard query on.
extension MetricResult {
    public func jsonText() -> String {
        var out = JSONText()
        out.object {
            $0.field("compare") { $0.string(compare.rawValue) }
            $0.field("empty") { $0.bool(isEmpty) }
            $0.field("from") { $0.string(from.iso) }
            $0.field("groupBy") { out in out.array(groupBy) { $0.string($1.rawValue) } }
            $0.field("groups") { out in out.array(groups) { $0.group($1) } }
            $0.field("metric") { $0.string(metric.rawValue) }
            $0.field("options") { $0.options(options) }
            $0.optional("question", question) { $0.string($1) }
            $0.field("suppressedGroups") { $0.int(suppressedGroups) }
            $0.field("to") { $0.string(to.iso) }
            $0.optional("total", total) { $0.group($1) }
            $0.field("totalSuppressed") { $0.bool(totalSuppressed) }
            $0.optional("weights", weights) { $0.weights($1) }
        }
        return out.text
    }
}

/// A small JSON writer: objects take their fields in the order given (callers give them sorted).
struct JSONText {
    var text = ""

    init() {}

    mutating func object(_ body: (inout Fields) -> Void) {
        text += "{"
        // Swapped, not copied, so that the text stays uniquely referenced and grows in place.
        var fields = Fields(writer: JSONText())
        swap(&fields.writer, &self)
        body(&fields)
        swap(&fields.writer, &self)
        text += "}"
    }

    mutating func array<T>(_ items: [T], _ write: (inout JSONText, T) -> Void) {
        text += "["
        for (index, item) in items.enumerated() {
            if index > 0 { text += "," }
            write(&self, item)
        }
        text += "]"
    }

    mutating func string(_ value: String) {
        text += "\""
        // Most strings need no escaping: append them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case _ where scalar.value < 0x20:
                text += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    mutating func int(_ value: Int) { text += String(value) }

    mutating func bool(_ value: Bool) { text += value ? "true" : "false" }

    /// Whole numbers without a fraction, others in Swift's shortest round-trip form, as JSONEncoder does.
    mutating func double(_ value: Double) {
        guard value.isFinite else {
            text += "null"
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            text += String(Int64(value))
        } else {
            text += "\(value)"
        }
    }

    /// The fields of one object, each preceded by a comma after the first.
    struct Fields {
        var writer: JSONText
        private var first = true

        init(writer: JSONText) { self.writer = writer }

        mutating func field(_ name: String, _ value: (inout JSONText) -> Void) {
            if !first { writer.text += "," }
            first = false
            writer.string(name)
            writer.text += ":"
            value(&writer)
        }

        mutating func optional<T>(_ name: String, _ value: T?, _ write: (inout JSONText, T) -> Void) {
            guard let value else { return }
            field(name) { write(&$0, value) }
        }
    }
}

extension JSONText {
    mutating func interval(_ interval: Interval) {
        object {
            $0.field("high") { $0.double(interval.high) }
            $0.field("low") { $0.double(interval.low) }
        }
    }

    mutating func group(_ group: MetricGroup) {
        object {
            $0.optional("baseline", group.baseline) { $0.figure($1) }
            $0.optional("baselineAnswers", group.baselineAnswers) { $0.int($1) }
            $0.optional("comparison", group.comparison) { $0.comparison($1) }
            $0.field("figure") { $0.figure(group.figure) }
            $0.field("key") { out in out.array(group.key) { $0.groupValue($1) } }
        }
    }

    mutating func groupValue(_ value: GroupValue) {
        object {
            $0.optional("depth", value.depth) { $0.int($1) }
            $0.field("grouping") { $0.string(value.grouping.rawValue) }
            $0.field("id") { $0.string(value.id) }
            $0.field("label") { $0.string(value.label) }
            $0.optional("parentID", value.parentID) { $0.string($1) }
        }
    }

    mutating func figure(_ figure: MetricFigure) {
        object {
            $0.field("details") { $0.details(figure.details) }
            $0.optional("interval", figure.interval) { $0.interval($1) }
            $0.field("lowSample") { $0.bool(figure.lowSample) }
            $0.optional("margin", figure.margin) { $0.double($1) }
            $0.field("n") { $0.int(figure.n) }
            $0.optional("neededForMargin", figure.neededForMargin) { $0.int($1) }
            $0.field("skipped") { $0.int(figure.skipped) }
            $0.field("value") { $0.double(figure.value) }
        }
    }

    mutating func details(_ details: MetricDetails) {
        object {
            $0.optional("detractors", details.detractors) { $0.int($1) }
            $0.field("distribution") { out in
                out.array(details.distribution) { out, entry in
                    out.object {
                        $0.field("count") { $0.int(entry.count) }
                        $0.field("score") { $0.int(entry.score) }
                    }
                }
            }
            $0.field("items") { out in
                out.array(details.items) { out, item in
                    out.object {
                        $0.field("item") { $0.string(item.item.rawValue) }
                        $0.field("n") { $0.int(item.n) }
                        $0.field("score") { $0.double(item.score) }
                    }
                }
            }
            $0.optional("mean", details.mean) { $0.double($1) }
            $0.optional("meanInterval", details.meanInterval) { $0.interval($1) }
            $0.optional("passives", details.passives) { $0.int($1) }
            $0.optional("promoters", details.promoters) { $0.int($1) }
            $0.optional("share", details.share) { $0.double($1) }
            $0.optional("shareInterval", details.shareInterval) { $0.interval($1) }
        }
    }

    mutating func comparison(_ comparison: ComparisonResult) {
        object {
            $0.field("adjustedPValue") { $0.double(comparison.adjustedPValue) }
            $0.field("difference") { $0.double(comparison.difference) }
            $0.field("direction") { $0.string(comparison.direction.rawValue) }
            $0.field("pValue") { $0.double(comparison.pValue) }
            $0.field("significant") { $0.bool(comparison.significant) }
            $0.field("statistic") { $0.double(comparison.statistic) }
            $0.field("test") { $0.string(comparison.test) }
        }
    }

    mutating func options(_ options: MetricOptions) {
        object {
            $0.field("confidence") { $0.double(options.confidence) }
            $0.field("correction") { $0.string(options.correction.rawValue) }
            $0.field("lowSample") { $0.int(options.lowSample) }
            $0.field("minimumSample") { $0.int(options.minimumSample) }
            $0.field("nkiWeights") { $0.string(options.nkiWeights.rawValue) }
            $0.optional("targetMargin", options.targetMargin) { $0.double($1) }
        }
    }

    mutating func weights(_ weights: NKIWeights) {
        object {
            $0.field("expectations") { $0.double(weights.expectations) }
            $0.field("ideal") { $0.double(weights.ideal) }
            $0.field("method") { $0.string(weights.method) }
            $0.optional("note", weights.note) { $0.string($1) }
            $0.field("overall") { $0.double(weights.overall) }
        }
    }
}
