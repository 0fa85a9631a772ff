import CXMCore

/// One question as a respondent page shows it: texts in the page language, the control that fits
/// its type, what was answered or typed so far, and any problem with it.
public struct RespondentQuestion: Sendable, Equatable {
    /// One point of a scale or one option of a choice.
    public struct Choice: Sendable, Equatable {
        public var value: String
        /// The visible label (a number on numeric scales).
        public var label: String
        /// Read by screen readers after the label ("0, Not at all likely").
        public var spokenSuffix: String?
        /// A decorative symbol shown before the label (CSAT faces), hidden from screen readers.
        public var symbol: String?
    }

    /// The kind of control.
    public enum Control: Sendable, Equatable {
        /// A row of numbers with labels at both ends (NPS, NKI, rating).
        case numbers([Choice], low: String, high: String)
        /// A short scale whose every point has a text (CSAT faces, CES agreement).
        case labelled([Choice])
        case single([Choice])
        case multiple([Choice])
        case text(maxLength: Int)
    }

    public var key: String
    public var text: String
    public var description: String?
    public var required: Bool
    public var control: Control
    /// The values chosen or typed so far, as the form sends them.
    public var values: [String]
    /// The problem with the answer, already in the page language.
    public var error: String?

    /// The id of the question's fieldset (or text area), which the error summary links to.
    public var fieldID: String { "q-\(key)" }
    /// The form name its inputs send under.
    public var fieldName: String { "q-\(key)" }

    /// The question in `language`, with `values` as sent or stored.
    public init(_ question: Question, language: Language, values: [String], error: String?) {
        let t = Localizer(language)
        key = question.key
        text = question.text.text(in: language)
        description = question.description?.text(in: language)
        required = question.required
        self.values = values
        self.error = error
        let low = question.lowLabel?.text(in: language)
        let high = question.highLabel?.text(in: language)
        func numbers(_ scale: ClosedRange<Int>, low: String, high: String) -> Control {
            .numbers(
                scale.map { point in
                    Choice(
                        value: String(point), label: String(point),
                        spokenSuffix: point == scale.lowerBound ? low : point == scale.upperBound ? high : nil)
                }, low: low, high: high)
        }
        switch question.type {
        case .nps:
            control = numbers(0...10, low: low ?? t(RespondentText.npsLow), high: high ?? t(RespondentText.npsHigh))
        case .csat where low == nil && high == nil:
            let faces = ["😞", "🙁", "😐", "🙂", "😄"]
            control = .labelled(
                RespondentText.csatPoints.enumerated().map { index, label in
                    Choice(value: String(index + 1), label: t(label), symbol: faces[index])
                })
        case .ces where low == nil && high == nil:
            control = .labelled(
                RespondentText.cesPoints.enumerated().map { index, label in
                    Choice(value: String(index + 1), label: "\(index + 1) – \(t(label))")
                })
        case .csat, .ces, .nki, .rating:
            let scale = question.scale ?? 1...5
            control = numbers(scale, low: low ?? t(RespondentText.scaleLow), high: high ?? t(RespondentText.scaleHigh))
        case .singleChoice:
            control = .single(question.options.map { Choice(value: $0.key, label: $0.label.text(in: language)) })
        case .multipleChoice:
            control = .multiple(question.options.map { Choice(value: $0.key, label: $0.label.text(in: language)) })
        case .openText:
            control = .text(maxLength: ScreenAnswers.maxTextLength)
        }
    }

    /// The problem in the respondent's language.
    public static func message(_ problem: ScreenAnswers.Problem, language: Language) -> String {
        let t = Localizer(language)
        return switch problem {
        case .required: t(RespondentText.errorRequired)
        case .outOfRange(let scale):
            t(RespondentText.errorScale, String(scale.lowerBound), String(scale.upperBound))
        case .unknownOption: t(RespondentText.errorOption)
        case .tooLong(let limit): t(RespondentText.errorTooLong, LocaleFormat(language).integer(limit))
        }
    }
}
