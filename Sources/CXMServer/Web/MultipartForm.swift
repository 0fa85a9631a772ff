import Foundation

/// A submitted `multipart/form-data` form (RFC 7578): the text fields and the uploaded files.
///
/// The parser is strict and byte-oriented: it scans the body once with `memchr`/`memcmp`, never turns the body
/// into a `String`, and copies out only the part contents. Part headers are CRLF-separated `Name: value` lines
/// (folded header lines are not supported; no browser sends them).
struct MultipartForm: Sendable {
    /// An uploaded file.
    struct File: Sendable, Equatable {
        /// The client-side file name, from the `filename` parameter.
        var filename: String
        /// The part's `Content-Type`, if it sent one.
        var contentType: String?
        /// The file's content, byte for byte.
        var bytes: [UInt8]
    }

    /// Why a body could not be parsed.
    enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The boundary passed to the parser is empty, longer than 70 bytes, or not RFC 2046 `bchars`.
        case invalidBoundary
        /// The body never contains `--boundary` at its start or after a CRLF.
        case missingOpeningBoundary
        /// A boundary is followed by something other than optional whitespace and CRLF, or `--`.
        case malformedBoundaryLine
        /// The part's header section exceeds `MultipartForm.maxHeaderBytes`.
        case headersTooLong(part: Int)
        /// The part's header section has no terminating blank line.
        case unterminatedHeaders(part: Int)
        /// A header line of the part is not `Name: value`, or its `Content-Disposition` is unparseable.
        case malformedHeader(part: Int)
        /// The part has no `Content-Disposition: form-data` header.
        case missingContentDisposition(part: Int)
        /// The part's `Content-Disposition` has no non-empty `name` parameter.
        case missingName(part: Int)
        /// The body ends before the closing `--boundary--`.
        case missingClosingBoundary
        /// The body has more parts than the parser allows.
        case tooManyParts(limit: Int)

        var description: String {
            switch self {
            case .invalidBoundary:
                "invalid multipart boundary (must be 1-70 RFC 2046 boundary characters)"
            case .missingOpeningBoundary:
                "missing opening boundary: the body never contains the multipart boundary"
            case .malformedBoundaryLine:
                "malformed boundary line: a boundary is not followed by CRLF or \"--\""
            case .headersTooLong(let part):
                "header section of part \(part) is too long (over \(MultipartForm.maxHeaderBytes) bytes)"
            case .unterminatedHeaders(let part):
                "header section of part \(part) is unterminated (no blank line before the content)"
            case .malformedHeader(let part):
                "part \(part) has a malformed header line"
            case .missingContentDisposition(let part):
                "part \(part) has no \"Content-Disposition: form-data\" header"
            case .missingName(let part):
                "part \(part) has no name in its Content-Disposition header"
            case .missingClosingBoundary:
                "missing closing boundary: the body ends before the final \"--boundary--\""
            case .tooManyParts(let limit):
                "too many parts: more than \(limit)"
            }
        }
    }

    /// The longest header section a part may have, in bytes.
    static let maxHeaderBytes = 8 * 1024
    /// The longest boundary RFC 2046 allows.
    static let maxBoundaryLength = 70

    /// Text fields by name, every value in order (a checkbox group sends several).
    private(set) var fields: [String: [String]] = [:]
    /// Files by field name (a file input left empty sends a part with an empty filename and no bytes: leave it out).
    /// When several files share a field name, the last one wins.
    private(set) var files: [String: File] = [:]

    /// The boundary from a Content-Type header value such as `multipart/form-data; boundary="----x"` (quoted or
    /// not, any parameter order, case-insensitive media type and parameter name); nil when the header is not
    /// multipart/form-data, has no boundary, or the boundary is empty, longer than 70 chars or not RFC 2046 chars.
    static func boundary(fromContentType contentType: String) -> String? {
        guard let (mediaType, parameters) = parseParameterized(contentType),
            mediaType.lowercased() == "multipart/form-data",
            let boundary = parameters["boundary"],
            isValidBoundary(boundary)
        else { return nil }
        return boundary
    }

    /// Parses a body, ignoring any preamble and epilogue.
    init(body: [UInt8], boundary: String, maxParts: Int = 64) throws(Failure) {
        guard Self.isValidBoundary(boundary) else { throw .invalidBoundary }
        let dashBoundary = Array("--\(boundary)".utf8)
        let delimiter = [ASCII.cr, ASCII.lf] + dashBoundary
        let end = body.count

        // The first boundary may open the body; otherwise it follows the preamble and a CRLF.
        var position: Int
        if body.starts(with: dashBoundary) {
            position = dashBoundary.count
        } else if let found = Self.firstIndex(of: delimiter, in: body, from: 0, to: end) {
            position = found + delimiter.count
        } else {
            throw .missingOpeningBoundary
        }

        var partCount = 0
        while true {
            // Just past a boundary: `--` closes the body (the epilogue is ignored), else whitespace + CRLF.
            if position + 2 <= end, body[position] == ASCII.dash, body[position + 1] == ASCII.dash { return }
            while position < end, ASCII.isSpace(body[position]) { position += 1 }
            guard position + 2 <= end else { throw .missingClosingBoundary }
            guard body[position] == ASCII.cr, body[position + 1] == ASCII.lf else { throw .malformedBoundaryLine }
            position += 2
            guard position < end else { throw .missingClosingBoundary }

            partCount += 1
            guard partCount <= maxParts else { throw .tooManyParts(limit: maxParts) }

            // Headers end at the first blank line; start 2 bytes early so a part with no headers is found too.
            let windowEnd = min(end, position + Self.maxHeaderBytes + 4)
            guard let blankLine = Self.firstIndex(of: ASCII.crlfcrlf, in: body, from: position - 2, to: windowEnd)
            else {
                throw windowEnd < end ? .headersTooLong(part: partCount) : .unterminatedHeaders(part: partCount)
            }
            let headers = try Self.parseHeaders(
                body, position..<max(position, blankLine), dashBoundary: dashBoundary, part: partCount)

            let contentStart = blankLine + 4
            guard let contentEnd = Self.firstIndex(of: delimiter, in: body, from: contentStart, to: end) else {
                throw .missingClosingBoundary
            }
            add(headers, content: body[contentStart..<contentEnd])
            position = contentEnd + delimiter.count
        }
    }

    // MARK: - Parts

    /// What a form needs from a part's headers.
    private struct PartHeaders {
        var name: String
        var filename: String?
        var contentType: String?
    }

    /// Files the part as a text field or a file; an empty file input is dropped.
    private mutating func add(_ part: PartHeaders, content: ArraySlice<UInt8>) {
        if let filename = part.filename {
            if filename.isEmpty && content.isEmpty { return }
            files[part.name] = File(filename: filename, contentType: part.contentType, bytes: Array(content))
        } else {
            fields[part.name, default: []].append(String(decoding: content, as: UTF8.self))
        }
    }

    /// Reads the `Content-Disposition` and `Content-Type` headers (names case-insensitive, first one wins)
    /// from the CRLF-separated header lines in `body[range]`.
    private static func parseHeaders(
        _ body: [UInt8], _ range: Range<Int>, dashBoundary: [UInt8], part: Int
    ) throws(Failure) -> PartHeaders {
        var disposition: String?
        var contentType: String?
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            let lineEnd =
                firstIndex(of: ASCII.crlf, in: body, from: lineStart, to: range.upperBound)
                ?? range.upperBound
            let line = body[lineStart..<lineEnd]
            // A boundary inside the header section means the blank line was missing.
            if line.starts(with: dashBoundary) { throw .unterminatedHeaders(part: part) }
            guard let colon = line.firstIndex(of: ASCII.colon), colon > line.startIndex else {
                throw .malformedHeader(part: part)
            }
            let value = String(decoding: trimmed(line[(colon + 1)...]), as: UTF8.self)
            switch String(decoding: line[..<colon], as: UTF8.self).lowercased() {
            case "content-disposition" where disposition == nil: disposition = value
            case "content-type" where contentType == nil: contentType = value
            default: break
            }
            lineStart = lineEnd + 2
        }

        guard let disposition else { throw .missingContentDisposition(part: part) }
        guard let (type, parameters) = parseParameterized(disposition) else { throw .malformedHeader(part: part) }
        guard type.lowercased() == "form-data" else { throw .missingContentDisposition(part: part) }
        guard let name = parameters["name"], !name.isEmpty else { throw .missingName(part: part) }
        return PartHeaders(name: name, filename: parameters["filename"], contentType: contentType)
    }

    // MARK: - Header values

    /// Splits a header value such as `form-data; name="a"; filename=b` into its leading value and its parameters
    /// (names lowercased, first occurrence kept; `filename*` is just another, unused, name). In a quoted string a
    /// backslash escapes `"` or `\`; any other backslash is kept, as browsers send Windows paths unescaped.
    /// Nil when the syntax is broken (a parameter without `=`, an unterminated quoted string).
    static func parseParameterized(_ headerValue: String) -> (value: String, parameters: [String: String])? {
        let bytes = Array(headerValue.utf8)
        var index = bytes.firstIndex(of: ASCII.semicolon) ?? bytes.count
        let value = String(decoding: trimmed(bytes[..<index]), as: UTF8.self)
        var parameters: [String: String] = [:]

        while index < bytes.count {
            index += 1  // past ";"
            while index < bytes.count, ASCII.isSpace(bytes[index]) { index += 1 }
            if index == bytes.count { break }  // a trailing ";"

            guard let equals = bytes[index...].firstIndex(where: { $0 == ASCII.equals || $0 == ASCII.semicolon }),
                bytes[equals] == ASCII.equals
            else { return nil }
            let name = String(decoding: trimmed(bytes[index..<equals]), as: UTF8.self).lowercased()
            guard !name.isEmpty else { return nil }
            index = equals + 1
            while index < bytes.count, ASCII.isSpace(bytes[index]) { index += 1 }

            let parameterValue: String
            if index < bytes.count, bytes[index] == ASCII.quote {
                var unescaped: [UInt8] = []
                index += 1
                while true {
                    guard index < bytes.count else { return nil }
                    if bytes[index] == ASCII.quote { index += 1; break }
                    if bytes[index] == ASCII.backslash, index + 1 < bytes.count,
                        bytes[index + 1] == ASCII.quote || bytes[index + 1] == ASCII.backslash
                    {
                        index += 1
                    }
                    unescaped.append(bytes[index])
                    index += 1
                }
                while index < bytes.count, ASCII.isSpace(bytes[index]) { index += 1 }
                guard index == bytes.count || bytes[index] == ASCII.semicolon else { return nil }
                parameterValue = String(decoding: unescaped, as: UTF8.self)
            } else {
                let valueEnd = bytes[index...].firstIndex(of: ASCII.semicolon) ?? bytes.count
                parameterValue = String(decoding: trimmed(bytes[index..<valueEnd]), as: UTF8.self)
                index = valueEnd
            }
            if parameters[name] == nil { parameters[name] = parameterValue }
        }
        return (value, parameters)
    }

    /// Whether `boundary` is 1-70 RFC 2046 `bchars` and does not end in a space.
    static func isValidBoundary(_ boundary: String) -> Bool {
        let bytes = Array(boundary.utf8)
        guard (1...maxBoundaryLength).contains(bytes.count), bytes.last != ASCII.space else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"):
                true
            default:
                "'()+_,-./:=? ".utf8.contains(byte)
            }
        }
    }

    // MARK: - Bytes

    /// `bytes` without leading and trailing spaces and tabs.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { !ASCII.isSpace($0) }),
            let last = bytes.lastIndex(where: { !ASCII.isSpace($0) })
        else { return bytes[bytes.startIndex..<bytes.startIndex] }
        return bytes[first...last]
    }

    /// The index of the first `needle` inside `haystack[start..<end]`: `memchr` for its first byte, then `memcmp`.
    /// Linear in the range for the short needles used here.
    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int, to end: Int) -> Int? {
        let start = max(start, 0)
        let end = min(end, haystack.count)
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                guard let base = hay.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                let lastStart = end - pattern.count
                let first = Int32(pattern[0])
                var index = start
                while index <= lastStart {
                    guard let hit = memchr(base + index, first, lastStart - index + 1) else { return nil }
                    let found = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + found, patternBase, pattern.count) == 0 { return found }
                    index = found + 1
                }
                return nil
            }
        }
    }
}

/// The bytes the parser looks for.
private enum ASCII {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let dash = UInt8(ascii: "-")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let equals = UInt8(ascii: "=")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let crlf: [UInt8] = [cr, lf]
    static let crlfcrlf: [UInt8] = [cr, lf, cr, lf]

    /// Whether `byte` is a space or a tab.
    static func isSpace(_ byte: UInt8) -> Bool { byte == space || byte == tab }
}
