import CXMCore

/// What can go wrong in the store, phrased for the person who has to fix it.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No such entity, by kind and id.
    case notFound(entity: String, id: String)
    /// The change conflicts with stored data (a duplicate key, a child that still refers to it).
    case conflict(String)
    /// The input is invalid; carries every field problem.
    case invalid(ValidationFailureBox)
    /// The database cannot be reached or configured.
    case configuration(String)
    /// The database is newer than this program or otherwise not what the store expects.
    case schema(String)

    public var description: String {
        switch self {
        case .notFound(let entity, let id): "\(entity) '\(id)' does not exist"
        case .conflict(let message), .configuration(let message), .schema(let message): message
        case .invalid(let box): box.failure.description
        }
    }
}

/// Wraps a validation failure so that `StoreError` stays `Hashable` and readable.
public struct ValidationFailureBox: Sendable, Hashable {
    public let failure: ValidationFailure
    public init(_ failure: ValidationFailure) { self.failure = failure }
}

extension StoreError {
    static func invalid(_ field: String, _ message: String) -> StoreError {
        .invalid(ValidationFailureBox(ValidationFailure(field: field, message)))
    }

    static func invalid(_ failure: ValidationFailure) -> StoreError { .invalid(ValidationFailureBox(failure)) }
}
