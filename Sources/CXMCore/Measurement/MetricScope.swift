/// A query's filters resolved against the workspace: the tally request every fetch starts from,
/// the units in scope for roll-up, and the segment members when a segment filters.
struct MetricScope: Sendable {
    var request: TallyRequest
    var scale: ClosedRange<Int>?
    /// The units answers may come from; nil for every unit.
    var units: Set<String>?
    var segment: Segment?

    /// Resolves the filters, naming every unknown value.
    init(_ query: MetricQuery, context: MetricContext) throws(ValidationFailure) {
        var check = Validator()
        request = TallyRequest(kinds: query.metric.kinds, days: query.days, forceRaw: query.rawRows)
        if let key = query.question {
            let found = context.questions(key)
            let fitting = found.filter { query.metric.applies(to: $0.type) }
            if query.metric == .nki {
                check.add("question", "the NKI index is computed from all three NKI items; leave 'question' out")
            } else if found.isEmpty {
                check.add("question", "no survey asks a question with the key '\(key)'")
            } else if fitting.isEmpty, let type = found.first?.type {
                let hint = Metric.measuring(type).map { "; use metric=\($0.rawValue)" } ?? "; it has no score"
                check.add(
                    "question",
                    "'\(key)' is a \(type.rawValue) question and \(query.metric.rawValue) applies only to \(query.metric.rawValue) questions\(hint)"
                )
            }
            request.questionKeys = [key]
            scale = fitting.first?.scale
        }
        let touchpoints = context.touchpointsByID
        let stages = context.stagesByID
        var chosen: Set<String>?
        func narrow(_ ids: Set<String>) { chosen = chosen.map { $0.intersection(ids) } ?? ids }
        if !query.filters.journeys.isEmpty {
            for id in query.filters.journeys where !context.journeys.contains(where: { $0.id == id }) {
                check.add("journey", "unknown journey '\(id)'")
            }
            let wanted = Set(query.filters.journeys)
            narrow(Set(touchpoints.values.filter { stages[$0.stageID].map { wanted.contains($0.journeyID) } ?? false }.map(\.id)))
        }
        if !query.filters.stages.isEmpty {
            for id in query.filters.stages where stages[id] == nil { check.add("stage", "unknown stage '\(id)'") }
            let wanted = Set(query.filters.stages)
            narrow(Set(touchpoints.values.filter { wanted.contains($0.stageID) }.map(\.id)))
        }
        if !query.filters.touchpoints.isEmpty {
            for id in query.filters.touchpoints where touchpoints[id] == nil {
                check.add("touchpoint", "unknown touchpoint '\(id)'")
            }
            narrow(Set(query.filters.touchpoints))
        }
        request.touchpointIDs = chosen
        var units: Set<String>?
        if !query.filters.units.isEmpty {
            var subtrees = Set<String>()
            for id in query.filters.units {
                if context.units.units[id] == nil {
                    check.add("unit", "unknown unit '\(id)'")
                } else if let visible = context.visibleUnits, !visible.contains(id) {
                    check.add("unit", "unit '\(id)' is outside the units you may see")
                } else {
                    subtrees.formUnion(context.units.subtree(of: id))
                }
            }
            units = subtrees
        }
        if let visible = context.visibleUnits { units = units.map { $0.intersection(visible) } ?? visible }
        self.units = units
        request.unitIDs = units
        if !query.filters.channels.isEmpty {
            for id in query.filters.channels where !context.channels.contains(where: { $0.id == id }) {
                check.add("channel", "unknown channel '\(id)'")
            }
            request.channelIDs = Set(query.filters.channels)
        }
        if !query.filters.languages.isEmpty {
            for code in query.filters.languages where Language(rawValue: code) == nil {
                check.add("language", "'\(code)' is not a supported language; use en, sv, da, nb or fi")
            }
            request.languages = Set(query.filters.languages)
        }
        if !query.filters.surveys.isEmpty {
            for id in query.filters.surveys where !context.surveys.contains(where: { $0.id == id }) {
                check.add("survey", "unknown survey '\(id)'")
            }
            request.surveyIDs = Set(query.filters.surveys)
        }
        if let id = query.filters.segment {
            segment = context.segments.first { $0.id == id }
            if segment == nil { check.add("segment", "unknown segment '\(id)'") }
        }
        try check.finish()
    }
}
