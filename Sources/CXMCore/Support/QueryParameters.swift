import Foundation

/// Named text parameters of a query (an API query string, a page's form, a command's options), read with
/// every problem collected against the parameter it came from: unknown names, malformed dates and numbers,
/// values outside their choices. Blank values count as absent.
public struct QueryParameters: Sendable {
    public let values: [String: String]
    /// The problems found so far; the parser adds its own and finishes it.
    public var check = Validator()

    /// Reads `values`, refusing every name outside `known` (so that a typo is not silently ignored);
    /// `of` names what the parameters are for in that message ("metrics", "driver analysis").
    public init(_ values: [String: String], known: Set<String>, of what: String) {
        self.values = values
        for name in values.keys.sorted() where !known.contains(name) {
            check.add(name, "is not a parameter of \(what); use \(known.sorted().joined(separator: ", "))")
        }
    }

    /// The value, trimmed; nil when absent or blank.
    public func value(_ name: String) -> String? {
        values[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A comma-separated list, each item trimmed, blanks dropped.
    public func list(_ name: String) -> [String] {
        value(name)?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
    }

    /// A calendar day written YYYY-MM-DD.
    public mutating func day(_ name: String) -> LocalDay? {
        guard let text = value(name) else { return nil }
        if let day = LocalDay(iso: text) { return day }
        check.add(name, "'\(text)' is not a date; write it as YYYY-MM-DD, such as 2026-03-01")
        return nil
    }

    /// One of a type's cases by raw value; `fallback` when absent or malformed.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ fallback: T?) -> T?
    where T.RawValue == String {
        guard let text = value(name) else { return fallback }
        if let parsed = T(rawValue: text) { return parsed }
        check.add(name, "'\(text)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        return fallback
    }

    /// A finite number.
    public mutating func number(_ name: String) -> Double? {
        guard let text = value(name) else { return nil }
        if let number = Double(text), number.isFinite { return number }
        check.add(name, "'\(text)' is not a number")
        return nil
    }

    /// A whole number.
    public mutating func whole(_ name: String) -> Int? {
        guard let text = value(name) else { return nil }
        if let number = Int(text) { return number }
        check.add(name, "'\(text)' is not a whole number")
        return nil
    }
}
