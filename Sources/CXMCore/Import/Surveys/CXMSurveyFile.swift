import Foundation

/// cxm's own survey export: the survey exactly as its `Codable` form writes it, in an envelope
/// that says what the file is, so that an import can tell it from other JSON.
struct CXMSurveyFile: Codable, Sendable {
    var format: String
    var formatVersion: Int
    var survey: Survey

    init(survey: Survey) {
        format = SurveyImport.formatName
        formatVersion = SurveyImport.formatVersion
        self.survey = survey
    }

    /// Reads an export; the survey keeps its id and version, so the caller decides whether the
    /// import replaces a survey or makes a new one.
    static func read(_ data: Data, touchpointIDs: [String]) throws(SurveyImportError) -> ImportedSurvey {
        let file: CXMSurveyFile
        do {
            file = try JSONDecoder().decode(CXMSurveyFile.self, from: data)
        } catch let error as DecodingError {
            throw Self.problem(error)
        } catch {
            throw .malformedJSON(line: nil, column: nil, reason: "\(error)")
        }
        guard file.formatVersion <= SurveyImport.formatVersion else {
            throw .invalidElement(
                path: "formatVersion",
                reason: "\(file.formatVersion) is newer than this cxm reads (\(SurveyImport.formatVersion)); update cxm")
        }
        var survey = file.survey
        survey.touchpointIDs = touchpointIDs
        var report = SurveyImportReport()
        report.add(.mapped, "survey", "cxm export (formatVersion \(file.formatVersion)), imported unchanged")
        for (index, question) in survey.questions.enumerated() {
            report.add(.mapped, "question \(index + 1) '\(question.key)'", question.type.rawValue)
        }
        do {
            return ImportedSurvey(
                survey: try survey.validated(), report: report, sourceFormat: .cxm,
                sourceVersion: "formatVersion \(file.formatVersion)")
        } catch {
            throw .invalidResult(survey: survey.name, failure: error, report: report)
        }
    }

    /// A decoding error as the element it is about: `survey.questions[2].type: …`.
    private static func problem(_ error: DecodingError) -> SurveyImportError {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce("") { path, key in
                if let index = key.intValue { return "\(path)[\(index)]" }
                return path.isEmpty ? key.stringValue : "\(path).\(key.stringValue)"
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return .invalidElement(path: parent.isEmpty ? "the top level" : parent, reason: "'\(key.stringValue)' is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return .invalidElement(path: path(context.codingPath), reason: context.debugDescription)
        case .dataCorrupted(let context):
            return .invalidElement(path: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .malformedJSON(line: nil, column: nil, reason: "\(error)")
        }
    }
}
