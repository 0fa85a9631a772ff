import Foundation

/// An analysed open-text answer as the feedback inbox shows it: the words, who and where they came from,
/// and what cxm and people read in them.
public struct FeedbackText: Sendable, Hashable {
    /// A theme of the answer: found by its patterns, or set by a person (`manual`).
    public struct ThemeTag: Sendable, Hashable {
        public let themeID: String
        public let sentiment: Sentiment
        public let spans: [Range<Int>]
        public let manual: Bool

        public init(themeID: String, sentiment: Sentiment, spans: [Range<Int>], manual: Bool) {
            self.themeID = themeID
            self.sentiment = sentiment
            self.spans = spans
            self.manual = manual
        }
    }

    public let responseID: String
    public let question: String
    public let text: String
    public let submittedAt: Date
    public let surveyID: String
    public let touchpointID: String
    public let unitID: String
    public let channelID: String
    public let customerID: String?
    /// The language the respondent answered the survey in.
    public let respondentLanguage: Language
    /// The language the text is written in; nil when none of the five.
    public let language: Language?
    public let sentiment: Sentiment
    public let source: SentimentSource
    public let sentences: [SentenceSentiment]
    public let themes: [ThemeTag]
    public let tags: [String]
    /// Marked by a person as a representative example.
    public let isExample: Bool
    /// The scores given in the same response, by question key (NPS, CES, …), for context.
    public let scores: [String: Int]
    /// Whether the analysis read only the beginning of a very long text.
    public let truncated: Bool

    public init(
        responseID: String, question: String, text: String, submittedAt: Date, surveyID: String,
        touchpointID: String, unitID: String, channelID: String, customerID: String?, respondentLanguage: Language,
        language: Language?, sentiment: Sentiment, source: SentimentSource, sentences: [SentenceSentiment],
        themes: [ThemeTag], tags: [String], isExample: Bool, scores: [String: Int], truncated: Bool
    ) {
        self.responseID = responseID
        self.question = question
        self.text = text
        self.submittedAt = submittedAt
        self.surveyID = surveyID
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.channelID = channelID
        self.customerID = customerID
        self.respondentLanguage = respondentLanguage
        self.language = language
        self.sentiment = sentiment
        self.source = source
        self.sentences = sentences
        self.themes = themes
        self.tags = tags
        self.isExample = isExample
        self.scores = scores
        self.truncated = truncated
    }
}

/// What a person changes about an analysed answer in the inbox.
public struct TextAnnotationChange: Sendable, Hashable, Codable {
    /// Tags to add and to remove (free words such as "follow-up", "pricing-review").
    public var addTags: [String]
    public var removeTags: [String]
    /// Themes to set by hand and themes to take away (a taken-away theme is not found again on re-analysis).
    public var addThemes: [String]
    public var removeThemes: [String]
    /// Marks or unmarks the answer as a representative example.
    public var example: Bool?

    public init(
        addTags: [String] = [], removeTags: [String] = [], addThemes: [String] = [], removeThemes: [String] = [],
        example: Bool? = nil
    ) {
        self.addTags = addTags
        self.removeTags = removeTags
        self.addThemes = addThemes
        self.removeThemes = removeThemes
        self.example = example
    }

    private enum CodingKeys: String, CodingKey { case addTags, removeTags, addThemes, removeThemes, example }

    /// Every field may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        addTags = try container.decodeIfPresent([String].self, forKey: .addTags) ?? []
        removeTags = try container.decodeIfPresent([String].self, forKey: .removeTags) ?? []
        addThemes = try container.decodeIfPresent([String].self, forKey: .addThemes) ?? []
        removeThemes = try container.decodeIfPresent([String].self, forKey: .removeThemes) ?? []
        example = try container.decodeIfPresent(Bool.self, forKey: .example)
    }

    /// A tag: 1–40 characters of letters, digits, `-` and `_`, lowercased.
    public static func normalisedTag(_ raw: String) -> String? {
        let tag = raw.trimmedSpaces.lowercased()
        guard !tag.isEmpty, tag.unicodeScalars.count <= 40,
            tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else { return nil }
        return tag
    }

    /// Checks the tags and that every theme exists in the taxonomy; names the field and the fix.
    public func validated(against taxonomy: Taxonomy) throws(ValidationFailure) -> TextAnnotationChange {
        var errors: [FieldError] = []
        var copy = self
        copy.addTags = []
        for (index, raw) in addTags.enumerated() {
            if let tag = Self.normalisedTag(raw) {
                if !copy.addTags.contains(tag) { copy.addTags.append(tag) }
            } else {
                errors.append(
                    FieldError("addTags[\(index)]", "'\(raw)' is not a tag; use 1–40 letters, digits, - or _ (no spaces)"))
            }
        }
        copy.removeTags = removeTags.compactMap(Self.normalisedTag)
        // A theme may be taken away even when it has left the taxonomy (one set by hand before).
        for (field, list) in [("addThemes", addThemes)] {
            for (index, id) in list.enumerated() where taxonomy.theme(id) == nil {
                errors.append(FieldError("\(field)[\(index)]", "unknown theme '\(id)'; use an id from the taxonomy"))
            }
        }
        if addTags.count > 20 { errors.append(FieldError("addTags", "at most 20 tags at a time")) }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        return copy
    }
}
