/// One unit of an open-text answer, with where it stands in the text.
public struct TextToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters (and digits, hyphens and apostrophes inside them), lowercased: "väntetiden", "e-post", "4g".
        case word
        /// Digits with their separators: "40", "6,1", "1 299" is two numbers.
        case number
        /// One emoji, with its modifiers and joiners: "👍🏽", "❤️".
        case emoji
        /// A text emoticon: ":)", ":-(", "<3".
        case emoticon
        /// An address, a mention or a hashtag's marker: ignored by every analysis.
        case link
        /// A sentence end: `.`, `!`, `?`, `…` or a line break. `text` holds the mark.
        case sentenceEnd
        /// A clause break inside a sentence: `,`, `;`, `:`, a dash or a bracket.
        case clauseBreak
    }

    public let kind: Kind
    /// The token as analysed: lowercased for words.
    public let text: String
    /// Where the token starts and ends in the analysed text, in Unicode scalars (for highlighting).
    public let start: Int
    public let end: Int
    /// Whether the word was written in capitals in a text that is not all capitals ("it was TERRIBLE").
    public let isEmphasised: Bool

    public init(kind: Kind, text: String, start: Int, end: Int, isEmphasised: Bool = false) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.isEmphasised = isEmphasised
    }
}
