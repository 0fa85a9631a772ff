/// One survey definition read from an import file, with what became of each element of the source.
/// The survey passes `Survey.validated()`; it is not stored yet, so the caller decides its id.
public struct ImportedSurvey: Sendable, Hashable, Codable {
    public var survey: Survey
    public var report: SurveyImportReport
    public var sourceFormat: SurveyImportFormat
    /// The source's own version, e.g. `DBVersion 403` or `formatVersion 1`, when it says.
    public var sourceVersion: String?

    /// Wraps a survey a reader mapped with its report.
    public init(survey: Survey, report: SurveyImportReport, sourceFormat: SurveyImportFormat, sourceVersion: String? = nil) {
        self.survey = survey
        self.report = report
        self.sourceFormat = sourceFormat
        self.sourceVersion = sourceVersion
    }
}
