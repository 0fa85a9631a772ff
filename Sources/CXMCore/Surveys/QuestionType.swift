/// The kinds of question a survey can ask; the scale of the score types is fixed by the method.
public enum QuestionType: String, Sendable, Codable, CaseIterable, Hashable {
    /// Net Promoter Score, 0–10.
    case nps
    /// Customer satisfaction, 1–5.
    case csat
    /// Customer effort, 1–7 (7 = very easy).
    case ces
    /// One of the three NKI/CSI items, 1–10.
    case nki
    /// A rating on a configurable scale.
    case rating
    case singleChoice = "single_choice"
    case multipleChoice = "multiple_choice"
    case openText = "open_text"

    /// The fixed scale of the score types, or nil where the question defines it (rating) or has none.
    public var fixedScale: ClosedRange<Int>? {
        switch self {
        case .nps: 0...10
        case .csat: 1...5
        case .ces: 1...7
        case .nki: 1...10
        case .rating, .singleChoice, .multipleChoice, .openText: nil
        }
    }

    /// Whether answers are numbers on a scale.
    public var isScale: Bool { fixedScale != nil || self == .rating }

    public var isChoice: Bool { self == .singleChoice || self == .multipleChoice }
}

/// Which of the three NKI/CSI items a question is (Fornell's satisfaction index).
public enum NKIItem: String, Sendable, Codable, CaseIterable, Hashable {
    /// Overall satisfaction.
    case overall
    /// Fulfilment of expectations.
    case expectations
    /// Closeness to the ideal.
    case ideal
}
