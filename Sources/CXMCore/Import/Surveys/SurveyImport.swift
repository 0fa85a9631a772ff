import Foundation

/// Imports survey definitions from other tools' files and from cxm's own export, telling for each
/// element of the source what became of it. Pure: it parses the bytes it is given and nothing else.
///
/// Supported, told apart by content rather than by file name:
/// - LimeSurvey survey exports (`.lss`), 2.x (DBVersion 177) through 6.x, multilingual included;
/// - Formbricks surveys (`blocks` or the older `questions`), templates (`preset`), and arrays of templates;
/// - cxm's own export, `{"format": "cxm.survey", "formatVersion": 1, "survey": …}`, which imports losslessly.
public enum SurveyImport {
    /// The envelope's `format` and the newest `formatVersion` this build reads and writes.
    public static let formatName = "cxm.survey"
    public static let formatVersion = 1

    /// Reads a file and returns its surveys (several for an array of Formbricks templates).
    /// - Parameters:
    ///   - touchpointIDs: the touchpoints the imported surveys measure; they replace any in a cxm
    ///     export, since touchpoint ids belong to one workspace.
    ///   - fileName: used as the survey's name when the file has no title.
    public static func read(
        _ data: Data, touchpointIDs: [String], fileName: String? = nil
    ) throws(SurveyImportError)
        -> [ImportedSurvey]
    {
        guard !touchpointIDs.isEmpty else { throw .noTouchpoint }
        let start = data.firstIndex { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        guard let start else { throw .unrecognisedFormat("the file is empty") }
        switch data[start] {
        case UInt8(ascii: "<"):
            let root = try SimpleXMLParser.parse(data)
            guard root.name == "document", root.child("LimeSurveyDocType") != nil else {
                throw .unrecognisedFormat("an XML file whose root element <\(root.name)> is not a LimeSurvey export's <document>")
            }
            return [try LimeSurveyReader.read(root, touchpointIDs: touchpointIDs, fileName: fileName)]
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let node = JSONNode(try JSONValue.parse(data))
            if let format = node["format"]?.string {
                guard format == formatName else { throw .unrecognisedFormat("a JSON file of the format '\(format)'") }
                return [try CXMSurveyFile.read(data, touchpointIDs: touchpointIDs)]
            }
            if FormbricksReader.recognises(node) {
                return try FormbricksReader.read(node, touchpointIDs: touchpointIDs, fileName: fileName)
            }
            throw .unrecognisedFormat("JSON that is neither a Formbricks survey or template nor a cxm survey export")
        default:
            throw .unrecognisedFormat("the file is neither XML nor JSON")
        }
    }

    /// cxm's own JSON for a survey definition, pretty-printed with sorted keys so that exports diff
    /// well; `read` turns it back into an equal survey.
    public static func export(_ survey: Survey) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(CXMSurveyFile(survey: survey))
    }

    /// Builds and checks the survey a reader mapped; no question at all is an error with the report.
    static func assemble(
        name title: String, fileName: String?, languages: [Language], questions: [Question],
        presentation: SurveyPresentation, touchpointIDs: [String], report: SurveyImportReport, format: SurveyImportFormat,
        version: String?
    ) throws(SurveyImportError) -> ImportedSurvey {
        var report = report
        let name = surveyName(title: title, fileName: fileName)
        guard !questions.isEmpty else { throw .nothingMapped(survey: name, report: report) }
        var kept = questions
        if questions.count > 200 {
            kept = Array(questions.prefix(200))
            for (index, question) in questions.enumerated().dropFirst(200) {
                report.add(
                    .notMapped, "imported question \(index + 1) '\(question.key)'", "cxm surveys hold at most 200 questions")
            }
        }
        let survey = Survey(
            name: name, touchpointIDs: touchpointIDs, languages: languages, questions: kept, presentation: presentation)
        do {
            return ImportedSurvey(survey: try survey.validated(), report: report, sourceFormat: format, sourceVersion: version)
        } catch {
            throw .invalidResult(survey: name, failure: error, report: report)
        }
    }

    /// The title's first line, else the file name without its extension, within cxm's 200 characters.
    private static func surveyName(title: String, fileName: String?) -> String {
        let firstLine = title.split(separator: "\n").first.map(String.init) ?? ""
        let stem = fileName.map { ($0 as NSString).lastPathComponent }.map { ($0 as NSString).deletingPathExtension } ?? ""
        let name = [firstLine, stem, "Imported survey"].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        return String(String.UnicodeScalarView(name.trimmingCharacters(in: .whitespaces).unicodeScalars.prefix(200)))
    }
}
