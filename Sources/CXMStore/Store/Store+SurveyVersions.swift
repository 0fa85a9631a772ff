import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Every stored version of a survey with the time it was saved, oldest first; empty for an unknown survey.
    public func surveyVersions(_ id: String) async throws -> [(version: Int, createdAt: Date)] {
        try await database.read { sql in
            try await sql.raw(
                "SELECT version, created_at FROM survey_versions WHERE survey_id = \(bind: id) ORDER BY version"
            ).all().map { (version: try $0.int("version"), createdAt: try $0.date("created_at")) }
        }
    }
}
