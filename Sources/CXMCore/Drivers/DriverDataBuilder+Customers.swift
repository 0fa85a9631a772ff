import Foundation

extension DriverDataBuilder {
    /// The question types a touchpoint's experience is read from, in order of preference: the most
    /// specific measure of the moment first.
    static let experiencePreference: [QuestionType] = [.ces, .csat, .rating, .nps, .nki]

    /// A response's experience at its touchpoint on 0–100: its answer to the most specific scale question
    /// (CES, then CSAT, a rating, NPS, NKI), placed on that question's scale.
    public func experience(of row: DriverRow) -> Double? {
        var best: (rank: Int, value: Double)?
        for (key, score) in row.scores {
            guard let question = catalog.questions[key], let scale = question.scale,
                let rank = Self.experiencePreference.firstIndex(of: question.type), rank < (best?.rank ?? .max)
            else { continue }
            let value = Double(score - scale.lowerBound) / Double(scale.upperBound - scale.lowerBound) * 100
            best = (rank, Swift.min(100, Swift.max(0, value)))
        }
        return best?.value
    }

    /// Customer-level data: a row per known customer who answered the outcome in one of the outcome
    /// surveys (their mean answer), with their mean experience at each touchpoint as the drivers. Answers
    /// to the outcome surveys never count as touchpoint experiences, so no driver contains the outcome.
    public func customerLevel(
        outcome: String, outcomeSurveys: Set<String>, touchpointIDs: [String], rows: [DriverRow]
    ) -> DriverData {
        var outcomes: [String: (sum: Double, count: Int)] = [:]
        var experiences: [String: [String: (sum: Double, count: Int)]] = [:]
        for row in rows {
            guard let customer = row.customerID else { continue }
            if outcomeSurveys.contains(row.surveyID) {
                if let value = outcomeValue(outcome, in: row) {
                    outcomes[customer, default: (0, 0)].sum += value
                    outcomes[customer, default: (0, 0)].count += 1
                }
            } else if let value = experience(of: row) {
                experiences[row.touchpointID, default: [:]][customer, default: (0, 0)].sum += value
                experiences[row.touchpointID, default: [:]][customer, default: (0, 0)].count += 1
            }
        }
        let customers = outcomes.keys.sorted()
        let drivers = touchpointIDs.filter { experiences[$0] != nil }.map { touchpoint in
            let byCustomer = experiences[touchpoint] ?? [:]
            return DriverVariable(
                id: "touchpoint:\(touchpoint)", label: catalog.touchpointNames[touchpoint] ?? touchpoint, kind: .touchpoint,
                values: customers.map { customer in byCustomer[customer].map { $0.sum / Double($0.count) } ?? .nan })
        }
        return DriverData(
            outcome: DriverVariable(
                id: outcome, label: outcomeLabel(outcome), kind: .rating,
                values: customers.map { customer in outcomes[customer].map { $0.sum / Double($0.count) } ?? .nan }),
            drivers: drivers)
    }
}
