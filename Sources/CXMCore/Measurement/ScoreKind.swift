/// What the answers to a scale question measure: the `kind` under which they are tallied.
public enum ScoreKind: String, Sendable, Codable, CaseIterable, Hashable {
    case nps, csat, ces, rating
    case nkiOverall = "nki_overall"
    case nkiExpectations = "nki_expectations"
    case nkiIdeal = "nki_ideal"
    /// One respondent's three NKI items summed (3–30), tallied for respondents who answered all three.
    case nkiIndex = "nki_index"

    /// The question key under which the per-respondent NKI index is tallied.
    public static let nkiIndexKey = "_nki_index"

    /// The three NKI items, in the order the index weights them.
    public static let nkiItems: [ScoreKind] = [.nkiOverall, .nkiExpectations, .nkiIdeal]

    public init(_ item: NKIItem) {
        switch item {
        case .overall: self = .nkiOverall
        case .expectations: self = .nkiExpectations
        case .ideal: self = .nkiIdeal
        }
    }
}

extension Question {
    /// The kind its answers are tallied under, or nil for questions without a score.
    public var scoreKind: ScoreKind? {
        switch type {
        case .nps: .nps
        case .csat: .csat
        case .ces: .ces
        case .rating: .rating
        case .nki: nkiItem.map(ScoreKind.init) ?? .nkiOverall
        case .singleChoice, .multipleChoice, .openText: nil
        }
    }
}

extension Survey {
    /// Whether the survey asks all three NKI items, so that respondents get an index.
    public var asksFullNKI: Bool {
        Set(questions.compactMap { $0.type == .nki ? $0.scoreKind : nil }).count == 3
    }
}
