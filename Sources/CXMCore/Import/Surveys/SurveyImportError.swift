/// Why a survey file could not be imported, naming the line or element at fault.
public enum SurveyImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The content is neither a LimeSurvey `.lss` export, a Formbricks survey or template, nor a cxm export.
    case unrecognisedFormat(String)
    /// The file is not well-formed XML; line and column are 1-based.
    case malformedXML(line: Int, column: Int, reason: String)
    /// The file is not valid JSON; line and column are 1-based when the parser said where.
    case malformedJSON(line: Int?, column: Int?, reason: String)
    /// The file parses, but an element is missing or has the wrong shape. The path names it the way the
    /// file does: `preset.blocks[2].elements[0]` for JSON, `<questions> row 4 (line 120)` for XML.
    case invalidElement(path: String, reason: String)
    /// The caller named no touchpoint for the imported survey to measure.
    case noTouchpoint
    /// None of the survey's languages is one cxm speaks (en, sv, da, nb, fi).
    case noSupportedLanguage(found: [String])
    /// Not a single question could be mapped; the report says what each element was.
    case nothingMapped(survey: String, report: SurveyImportReport)
    /// The mapped survey failed cxm's validation; this is a gap in the importer, reported rather than hidden.
    case invalidResult(survey: String, failure: ValidationFailure, report: SurveyImportReport)

    public var description: String {
        switch self {
        case .unrecognisedFormat(let what):
            "\(what); cxm imports LimeSurvey survey exports (.lss), Formbricks survey or template JSON, and its own "
                + "survey export"
        case .malformedXML(let line, let column, let reason): "line \(line), column \(column): \(reason)"
        case .malformedJSON(let line?, let column?, let reason): "line \(line), column \(column): \(reason)"
        case .malformedJSON(_, _, let reason): "not valid JSON: \(reason)"
        case .invalidElement(let path, let reason): "\(path): \(reason)"
        case .noTouchpoint: "name at least one touchpoint the imported survey measures"
        case .noSupportedLanguage(let found):
            "the survey is in \(found.joined(separator: ", ")) only; cxm surveys are in en, sv, da, nb or fi"
        case .nothingMapped(let survey, let report):
            "no question of '\(survey)' could be mapped (\(report.summary))"
        case .invalidResult(let survey, let failure, _):
            "'\(survey)' was mapped but does not pass cxm's checks: \(failure)"
        }
    }
}
