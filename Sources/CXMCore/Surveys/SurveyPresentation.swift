/// How a survey looks to the respondent: its public title and introduction, one page or one
/// question per screen, and the thank-you texts.
public struct SurveyPresentation: Sendable, Codable, Hashable {
    /// Whether the questions share a page or each has its own screen.
    public enum Layout: String, Sendable, Codable, Hashable, CaseIterable {
        /// Every question on one page; a question that depends on an earlier answer on the same
        /// page starts the next page, so that the logic works without JavaScript.
        case allOnOnePage = "all_on_one_page"
        case oneQuestionPerScreen = "one_question_per_screen"
    }

    public var layout: Layout
    /// The heading respondents see; the survey's internal name when nil.
    public var title: LocalizedText?
    /// A short text above the first question.
    public var intro: LocalizedText?
    public var thankYou: ThankYouMessages

    public init(
        layout: Layout = .allOnOnePage, title: LocalizedText? = nil, intro: LocalizedText? = nil,
        thankYou: ThankYouMessages = ThankYouMessages()
    ) {
        self.layout = layout
        self.title = title
        self.intro = intro
        self.thankYou = thankYou
    }

    private enum CodingKeys: String, CodingKey { case layout, title, intro, thankYou }

    /// Every field may be left out: one page, the survey's name, the standard thank-you.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        layout = try container.decodeIfPresent(Layout.self, forKey: .layout) ?? .allOnOnePage
        title = try container.decodeIfPresent(LocalizedText.self, forKey: .title)
        intro = try container.decodeIfPresent(LocalizedText.self, forKey: .intro)
        thankYou = try container.decodeIfPresent(ThankYouMessages.self, forKey: .thankYou) ?? ThankYouMessages()
    }

    static let maxTextLength = 2000

    func validated(into check: inout Validator) {
        let texts: [(String, LocalizedText?)] = [
            ("title", title), ("intro", intro), ("thankYou.standard", thankYou.standard),
            ("thankYou.promoter", thankYou.promoter), ("thankYou.passive", thankYou.passive),
            ("thankYou.detractor", thankYou.detractor),
        ]
        for (field, text) in texts {
            for (language, value) in text?.values ?? [:] where value.count > Self.maxTextLength {
                check.add("presentation.\(field).\(language.rawValue)", "must be at most \(Self.maxTextLength) characters")
            }
        }
    }
}

/// What the respondent reads after answering. Promoters, passives and detractors (by the survey's
/// first NPS question) may each get their own text; the standard text, or cxm's own, otherwise.
public struct ThankYouMessages: Sendable, Codable, Hashable {
    public var standard: LocalizedText?
    public var promoter: LocalizedText?
    public var passive: LocalizedText?
    public var detractor: LocalizedText?

    public init(
        standard: LocalizedText? = nil, promoter: LocalizedText? = nil, passive: LocalizedText? = nil,
        detractor: LocalizedText? = nil
    ) {
        self.standard = standard
        self.promoter = promoter
        self.passive = passive
        self.detractor = detractor
    }

    /// The text for a respondent with these answers, or nil for cxm's standard thanks.
    public func message(for survey: Survey, answers: [Answer]) -> LocalizedText? {
        let nps = survey.questions.first { $0.type == .nps }
        let score = nps.flatMap { question in answers.first { $0.question == question.key }?.value.score }
        let specific: LocalizedText? =
            switch score {
            case .some(9...10): promoter
            case .some(7...8): passive
            case .some(0...6): detractor
            default: nil
            }
        return specific ?? standard
    }
}
