import Foundation

extension DriverEngine {
    /// A query's names resolved against the workspace.
    struct Resolved {
        /// The touchpoints in scope; nil for all.
        var touchpoints: [String]?
        /// The units in scope with their subtrees, within what the asker may see; nil for all.
        var units: Set<String>?
        var outcomeSurveys: [String]
    }

    /// Checks every name in the query, reporting each unknown one with the parameter it came from.
    func resolve(_ query: DriverQuery) throws(ValidationFailure) -> Resolved {
        var check = Validator()
        let scaleKeys = Set(context.surveys.flatMap(\.questions).filter { $0.scale != nil }.map(\.key))
        if query.outcome != DriverDataBuilder.nkiOutcome && !scaleKeys.contains(query.outcome) {
            check.add(
                "outcome",
                "no survey asks a scale question with the key '\(query.outcome)'; use nki or one of \(scaleKeys.sorted().joined(separator: ", "))"
            )
        }
        var touchpoints: Set<String>?
        if let journey = query.journey {
            if let found = context.journeys.first(where: { $0.id == journey }) {
                let stages = Set(context.stages.filter { $0.journeyID == found.id }.map(\.id))
                touchpoints = Set(context.touchpoints.filter { stages.contains($0.stageID) }.map(\.id))
            } else {
                check.add("journey", "unknown journey '\(journey)'")
            }
        }
        if !query.touchpoints.isEmpty {
            let known = Set(context.touchpoints.map(\.id))
            for id in query.touchpoints where !known.contains(id) { check.add("touchpoint", "unknown touchpoint '\(id)'") }
            touchpoints = touchpoints.map { $0.intersection(query.touchpoints) } ?? Set(query.touchpoints)
        }
        for id in query.channels where !context.channels.contains(where: { $0.id == id }) {
            check.add("channel", "unknown channel '\(id)'")
        }
        for id in query.surveys where !context.surveys.contains(where: { $0.id == id }) {
            check.add("survey", "unknown survey '\(id)'")
        }
        var units: Set<String>?
        if !query.units.isEmpty {
            var subtrees = Set<String>()
            for id in query.units {
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
        var outcomeSurveys: [String] = []
        if query.level == .customer {
            outcomeSurveys = resolveOutcomeSurveys(query, check: &check)
        } else if query.outcomeSurvey != nil {
            check.add("outcomeSurvey", "applies to level=customer only; leave it out or add level=customer")
        }
        try check.finish()
        return Resolved(touchpoints: touchpoints.map { Array($0).sorted() }, units: units, outcomeSurveys: outcomeSurveys)
    }

    /// The relationship survey: the one named, or else the surveys that ask the full NKI and the outcome.
    private func resolveOutcomeSurveys(_ query: DriverQuery, check: inout Validator) -> [String] {
        let asks = { (survey: Survey) -> Bool in
            query.outcome == DriverDataBuilder.nkiOutcome
                ? survey.asksFullNKI : survey.questions.contains { $0.key == query.outcome && $0.scale != nil }
        }
        if let id = query.outcomeSurvey {
            guard let survey = context.surveys.first(where: { $0.id == id }) else {
                check.add("outcomeSurvey", "unknown survey '\(id)'")
                return []
            }
            if !asks(survey) { check.add("outcomeSurvey", "survey '\(id)' does not ask '\(query.outcome)'") }
            return [id]
        }
        let relationship = context.surveys.filter { $0.asksFullNKI && asks($0) }.map(\.id)
        if relationship.isEmpty {
            check.add(
                "outcomeSurvey",
                "no survey asks the full NKI together with '\(query.outcome)'; name the relationship survey whose answers are the outcome"
            )
        }
        return relationship
    }
}
