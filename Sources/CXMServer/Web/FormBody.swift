import CXMCore
import Foundation
import Hummingbird
import NIOCore

/// A submitted HTML form: `application/x-www-form-urlencoded`, or `multipart/form-data` when it
/// carries files.
struct FormBody: Sendable {
    private var values: [String: [String]] = [:]
    /// The files of a multipart form, by field name (a file input left empty sends none).
    private(set) var files: [String: MultipartForm.File] = [:]

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

    /// A multipart form's fields and files.
    init(_ form: MultipartForm) {
        values = form.fields
        files = form.files
    }

    /// Reads the body in either encoding; a form with files may be given a larger `maxSize`.
    static func read(_ request: Request, maxSize: Int = maxSize) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: maxSize)
        if let type = request.headers[.contentType], let boundary = MultipartForm.boundary(fromContentType: type) {
            do { return FormBody(try MultipartForm(body: Array(buffer: buffer), boundary: boundary)) } catch {
                throw AppError.badRequest(ValidationFailure(field: "body", "is not a readable form: \(error.description)"))
            }
        }
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
