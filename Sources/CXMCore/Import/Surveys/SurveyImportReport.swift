import Foundation

/// What a survey import did with each element of the source file: mapped as it was, approximated,
/// left out, or a text dropped because cxm does not speak its language. Nothing is dropped silently.
///
/// Named `SurveyImportReport` rather than `ImportReport` because CXMStore already has an `ImportReport`
/// for CSV rows, and modules that import both would not know which one is meant.
public struct SurveyImportReport: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How faithfully one element came across.
    public enum Kind: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Imported with the same meaning.
        case mapped
        /// Imported, but something about it differs from the source; the detail says what.
        case approximated
        /// Left out; the detail says why.
        case notMapped
        /// A text in a language cxm does not speak (the language code as the source wrote it).
        case dropped(language: String)

        public var description: String {
            switch self {
            case .mapped: "mapped"
            case .approximated: "approximated"
            case .notMapped: "not mapped"
            case .dropped(let language): "dropped (\(language))"
            }
        }
    }

    /// One finding about one element of the source.
    public struct Entry: Sendable, Hashable, Codable {
        /// The element as the source names it, e.g. `question 3 'Q00' (qid 786)` or `block 2, element 'id0481'`.
        public var element: String
        public var kind: Kind
        /// What became of the element, or why it could not be imported.
        public var detail: String

        /// One finding; `element` names it the way the source does.
        public init(element: String, kind: Kind, detail: String) {
            self.element = element
            self.kind = kind
            self.detail = detail
        }

        private enum CodingKeys: String, CodingKey { case element, kind, language, detail }

        /// Encoded flat for the API: `{"element": …, "kind": "dropped", "language": "fr", "detail": …}`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            element = try container.decode(String.self, forKey: .element)
            detail = try container.decode(String.self, forKey: .detail)
            let name = try container.decode(String.self, forKey: .kind)
            switch name {
            case "mapped": kind = .mapped
            case "approximated": kind = .approximated
            case "not_mapped": kind = .notMapped
            case "dropped": kind = .dropped(language: try container.decode(String.self, forKey: .language))
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: .kind, in: container,
                    debugDescription: "'\(name)' is not a report kind; use mapped, approximated, not_mapped or dropped")
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(element, forKey: .element)
            try container.encode(detail, forKey: .detail)
            switch kind {
            case .mapped: try container.encode("mapped", forKey: .kind)
            case .approximated: try container.encode("approximated", forKey: .kind)
            case .notMapped: try container.encode("not_mapped", forKey: .kind)
            case .dropped(let language):
                try container.encode("dropped", forKey: .kind)
                try container.encode(language, forKey: .language)
            }
        }
    }

    public private(set) var entries: [Entry] = []

    /// A report with these findings, for tests and for decoding.
    public init(entries: [Entry] = []) { self.entries = entries }

    /// Adds a finding; the same finding about the same element is recorded once.
    public mutating func add(_ kind: Kind, _ element: String, _ detail: String) {
        let entry = Entry(element: element, kind: kind, detail: detail)
        if !entries.contains(entry) { entries.append(entry) }
    }

    /// Adds a dropped-language finding once per element and language, however many texts it had.
    mutating func dropLanguage(_ code: String, element: String) {
        guard !entries.contains(where: { $0.element == element && $0.kind == .dropped(language: code) }) else { return }
        add(
            .dropped(language: code), element,
            "the \(code) texts are left out; cxm speaks \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    public var mappedCount: Int { entries.count { $0.kind == .mapped } }
    public var approximatedCount: Int { entries.count { $0.kind == .approximated } }
    public var notMappedCount: Int { entries.count { $0.kind == .notMapped } }
    public var droppedCount: Int { entries.count { if case .dropped = $0.kind { true } else { false } } }

    /// The entries of one kind.
    public func entries(_ kind: Kind) -> [Entry] { entries.filter { $0.kind == kind } }

    /// One line of counts, e.g. `12 mapped, 3 approximated, 5 not mapped, 2 dropped`.
    public var summary: String {
        "\(mappedCount) mapped, \(approximatedCount) approximated, \(notMappedCount) not mapped, \(droppedCount) dropped"
    }

    /// The report as aligned text lines for a terminal: the kind, the element, the detail.
    public var lines: [String] {
        let kindWidth = entries.map { $0.kind.description.count }.max() ?? 0
        let elementWidth = min(entries.map(\.element.count).max() ?? 0, 60)
        return entries.map { entry in
            let kind = entry.kind.description.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
            let element =
                entry.element.count >= elementWidth
                ? entry.element : entry.element.padding(toLength: elementWidth, withPad: " ", startingAt: 0)
            return "\(kind)  \(element)  \(entry.detail)"
        } + [summary]
    }

    public var description: String { lines.joined(separator: "\n") }
}
