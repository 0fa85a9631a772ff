import Foundation

@testable import CXMCore

/// Runs a throwing validation and returns its failure, or nil when it passed.
func failure<T>(_ body: () throws(ValidationFailure) -> T) -> ValidationFailure? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

extension ValidationFailure {
    /// The fields named by the errors, in order.
    var fields: [String] { errors.map(\.field) }

    /// The first error about the field.
    func error(for field: String) -> FieldError? { errors.first { $0.field == field } }
}

/// Text in every supported language, for survey fixtures.
func everywhere(_ text: String) -> LocalizedText {
    LocalizedText(Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, "\(text) (\($0.rawValue))") }))
}
