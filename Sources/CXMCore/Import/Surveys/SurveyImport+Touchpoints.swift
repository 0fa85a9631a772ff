import Foundation

extension SurveyImport {
    /// The touchpoints a cxm export names, so that an export imports back into the workspace it came
    /// from without naming them again; empty for other formats.
    public static func embeddedTouchpoints(_ data: Data) -> [String] {
        struct Envelope: Decodable {
            struct Body: Decodable { var touchpointIDs: [String]? }
            var format: String?
            var survey: Body?
        }
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: data), envelope.format == formatName else {
            return []
        }
        return envelope.survey?.touchpointIDs ?? []
    }
}
