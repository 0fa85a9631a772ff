/// What a name in a LimeSurvey expression (`Q1`, `Q1_SQ001`) stands for among the imported questions,
/// so that a relevance equation can become a cxm display condition.
struct LimeSurveyVariable: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A scale question; values are its scores.
        case scale(ClosedRange<Int>)
        /// A single-choice question; values are its option codes, in order.
        case choice([String])
        /// One option of a multiple-choice question, with all its options in order:
        /// `Q1_SQ001 == "Y"` means the option was chosen.
        case option(String, all: [String])
        /// An open question or anything else a condition cannot look at.
        case other
    }

    /// The cxm question's key.
    var key: String
    var kind: Kind
}
