import Foundation

/// One problem with one field of some input, phrased so that the sender knows what to fix.
public struct FieldError: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The field's path as the client wrote it, e.g. `answers[2].value` or `email`.
    public var field: String
    /// What is wrong and how to fix it.
    public var message: String
    /// A machine-readable kind of problem, so that interfaces can say it in the user's language.
    public var code: Code?
    /// The limit a `tooLong` problem refers to.
    public var limit: Int?

    /// Kinds of problem that user interfaces translate; others are shown as the message says.
    public enum Code: String, Sendable, Codable, Hashable {
        case required, tooLong, invalidEmail, alreadyInUse
    }

    public init(_ field: String, _ message: String, code: Code? = nil, limit: Int? = nil) {
        self.field = field
        self.message = message
        self.code = code
        self.limit = limit
    }

    public var description: String { "\(field): \(message)" }
}

/// Input that failed validation, with every problem found (not just the first).
public struct ValidationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var errors: [FieldError]

    public init(_ errors: [FieldError]) { self.errors = errors }

    public init(field: String, _ message: String) { self.errors = [FieldError(field, message)] }

    public var description: String { errors.map(\.description).joined(separator: "; ") }
}

/// Collects field errors while a value is checked, then throws them all at once.
public struct Validator: Sendable {
    public private(set) var errors: [FieldError] = []

    public init() {}

    public mutating func add(_ field: String, _ message: String, code: FieldError.Code? = nil, limit: Int? = nil) {
        errors.append(FieldError(field, message, code: code, limit: limit))
    }

    /// Adds the errors of a nested value under a prefix (`stages[1].` + `name`).
    public mutating func merge(_ failure: ValidationFailure, prefix: String) {
        errors += failure.errors.map { FieldError(prefix + $0.field, $0.message, code: $0.code, limit: $0.limit) }
    }

    public mutating func check(_ condition: Bool, _ field: String, _ message: @autoclosure () -> String) {
        if !condition { add(field, message()) }
    }

    /// Checks a required, trimmed, length-limited name and returns it trimmed. Lengths count Unicode
    /// code points, as JSON Schema's `maxLength` does: a name of letters with many combining marks is
    /// measured as the OpenAPI document promises, not by what it looks like.
    @discardableResult
    public mutating func name(_ value: String, field: String, maxLength: Int = 200) -> String {
        let trimmed = value.trimmedWhitespace
        let length = trimmed.unicodeScalars.count
        if trimmed.isEmpty {
            add(field, "must not be empty", code: .required)
        } else if length > maxLength {
            add(field, "must be at most \(maxLength) characters (got \(length))", code: .tooLong, limit: maxLength)
        }
        refuseNUL(trimmed, field: field)
        return trimmed
    }

    /// Checks optional free text against a length limit and returns it trimmed.
    @discardableResult
    public mutating func text(_ value: String, field: String, maxLength: Int = 4000) -> String {
        let trimmed = value.trimmedWhitespace
        let length = trimmed.unicodeScalars.count
        if length > maxLength {
            add(field, "must be at most \(maxLength) characters (got \(length))", code: .tooLong, limit: maxLength)
        }
        refuseNUL(trimmed, field: field)
        return trimmed
    }

    /// PostgreSQL cannot store the NUL character in text, and no person types it.
    private mutating func refuseNUL(_ text: String, field: String) {
        if text.unicodeScalars.contains("\u{0}") { add(field, "must not contain the NUL character (\\u0000)") }
    }

    /// Checks a list of short text items (needs, hygiene factors, blueprint lanes).
    public mutating func items(_ values: [String], field: String, maxCount: Int = 100, maxLength: Int = 500) -> [String] {
        if values.count > maxCount { add(field, "must have at most \(maxCount) items (got \(values.count))") }
        var cleaned: [String] = []
        for (index, value) in values.enumerated() {
            let item = value.trimmedWhitespace
            if item.isEmpty { continue }
            if item.unicodeScalars.count > maxLength { add("\(field)[\(index)]", "must be at most \(maxLength) characters") }
            cleaned.append(item)
        }
        return cleaned
    }

    /// Throws the collected errors, if any.
    public func finish() throws(ValidationFailure) {
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }
}
