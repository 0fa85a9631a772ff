/// The kind of file a survey definition was imported from.
public enum SurveyImportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// cxm's own export (`cxm export survey`).
    case cxm
    /// A LimeSurvey survey structure export (`.lss`), 2.x to 6.x.
    case limeSurvey = "limesurvey"
    /// A Formbricks survey, template, or array of templates.
    case formbricks
}
