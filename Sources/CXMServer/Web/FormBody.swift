import Foundation
import Hummingbird

/// A submitted HTML form (`application/x-www-form-urlencoded`).
struct FormBody: Sendable {
    private var values: [String: [String]] = [:]

    /// Forms are small; anything larger than this is not a form a person filled in.
    static let maxSize = 256 * 1024

    init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[key, default: []].append(value)
        }
    }

    static func read(_ request: Request) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: maxSize)
        return FormBody(String(buffer: buffer))
    }

    subscript(_ name: String) -> String? { values[name]?.first }

    /// A field's value, trimmed, or empty.
    func text(_ name: String) -> String { self[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }

    /// A textarea with one item per line.
    func lines(_ name: String) -> [String] {
        text(name).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Every value sent under one name, as a group of checkboxes sends them.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a checkbox was ticked: browsers send unticked boxes not at all.
    func isChecked(_ name: String) -> Bool { values[name] != nil }

    /// An optional select: empty means none.
    func optional(_ name: String) -> String? {
        let value = text(name)
        return value.isEmpty ? nil : value
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
