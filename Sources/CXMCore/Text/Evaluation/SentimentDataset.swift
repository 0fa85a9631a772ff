import Foundation

/// A file of texts with human sentiment labels, for measuring the models.
public struct SentimentDataset: Sendable {
    /// One labelled text. `value` is the label on its own scale (−1/0/1 for names; the number for numbers).
    public struct Item: Sendable, Hashable {
        public let text: String
        public let label: Sentiment.Label
        public let value: Double
    }

    /// The layouts `cxm text evaluate --format` reads.
    public enum Format: String, Sendable, CaseIterable {
        /// A header row naming a `text` and a `label` column (`,` or `;` between fields).
        case csv
        /// Tab-separated, no header: the last field is the text and the one before it the label
        /// (`label<TAB>text` or `id<TAB>label<TAB>text`).
        case tsv
        /// A JSON array of objects with `text` and `label`.
        case json
        /// One JSON object with `text` and `label` per line.
        case jsonl
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missingColumn(String, found: [String])
        case badLabel(line: Int, label: String)
        case badJSON(line: Int?, reason: String)
        case empty

        public var description: String {
            switch self {
            case .missingColumn(let name, let found):
                "The header has no '\(name)' column (found: \(found.joined(separator: ", "))); name the columns "
                    + "'text' and 'label'."
            case .badLabel(let line, let label):
                "Line \(line): '\(label)' is not a sentiment label; use pos/neu/neg, positive/neutral/negative, "
                    + "a number (its sign is the label; 0/1 files are read as negative/positive) or true/false."
            case .badJSON(let line, let reason):
                (line.map { "Line \($0): " } ?? "") + "not the JSON expected (\(reason)); each item needs a "
                    + "string 'text' and a 'label'."
            case .empty: "The file has no labelled texts."
            }
        }
    }

    public let items: [Item]
    /// Whether the labels are only positive and negative (0/1 or two names), so accuracy is over two classes.
    public let isBinary: Bool

    /// Reads a file's bytes: UTF-8, or Latin-1 when the bytes are not valid UTF-8.
    public init(bytes: [UInt8], format: Format) throws(Failure) {
        let text = String(validating: bytes, as: UTF8.self) ?? String(bytes.map { Character(Unicode.Scalar($0)) })
        var raw: [(line: Int, text: String, label: String)] = []
        switch format {
        case .csv: raw = try Self.csv(bytes: Array(text.utf8))
        case .tsv: raw = Self.tsv(text)
        case .json: raw = try Self.json(text)
        case .jsonl:
            for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            where !line.trimmedSpaces.isEmpty {
                raw += try Self.json("[" + line + "]", line: offset + 1)
            }
        }
        guard !raw.isEmpty else { throw .empty }
        let numbers = raw.map { Double($0.label.trimmedSpaces) }
        let zeroOne = numbers.allSatisfy { $0 == 0 || $0 == 1 }
        var items: [Item] = []
        items.reserveCapacity(raw.count)
        for (index, entry) in raw.enumerated() {
            if zeroOne, let number = numbers[index] {
                items.append(Item(text: entry.text, label: number == 1 ? .positive : .negative, value: number * 2 - 1))
            } else if let number = numbers[index] {
                let label: Sentiment.Label = number > 0 ? .positive : number < 0 ? .negative : .neutral
                items.append(Item(text: entry.text, label: label, value: number))
            } else if let label = Self.label(entry.label) {
                let value: Double = label == .positive ? 1 : label == .negative ? -1 : 0
                items.append(Item(text: entry.text, label: label, value: value))
            } else {
                throw .badLabel(line: entry.line, label: entry.label)
            }
        }
        self.items = items
        isBinary = !items.contains { $0.label == .neutral }
    }

    static func label(_ raw: String) -> Sentiment.Label? {
        switch raw.trimmedSpaces.lowercased() {
        case "pos", "positive", "positiv", "true", "+": .positive
        case "neg", "negative", "negativ", "false", "-": .negative
        case "neu", "neutral", "mixed", "0": .neutral
        default: nil
        }
    }

    private static func csv(bytes: [UInt8]) throws(Failure) -> [(Int, String, String)] {
        var reader = CSVReader()
        let records = reader.feed(bytes) + reader.finish()
        guard let header = records.first else { return [] }
        let names = header.fields.map { $0.trimmedSpaces.lowercased() }
        guard let textColumn = names.firstIndex(of: "text") else { throw .missingColumn("text", found: names) }
        guard let labelColumn = names.firstIndex(of: "label") else { throw .missingColumn("label", found: names) }
        return records.dropFirst().compactMap { record in
            guard record.fields.count > max(textColumn, labelColumn) else { return nil }
            return (record.line, record.fields[textColumn], record.fields[labelColumn])
        }
    }

    private static func tsv(_ text: String) -> [(Int, String, String)] {
        var rows: [(Int, String, String)] = []
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let body = String(fields[fields.count - 1]).trimmingCharacters(in: .whitespacesAndNewlines)
            rows.append((offset + 1, body, String(fields[fields.count - 2])))
        }
        return rows
    }

    private static func json(_ text: String, line: Int? = nil) throws(Failure) -> [(Int, String, String)] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw .badJSON(line: line, reason: "it does not parse")
        }
        guard let array = parsed as? [Any] else { throw .badJSON(line: line, reason: "not an array") }
        var rows: [(Int, String, String)] = []
        for (index, element) in array.enumerated() {
            guard let object = element as? [String: Any], let body = object["text"] as? String else {
                throw .badJSON(line: line ?? index + 1, reason: "item \(index + 1) has no string 'text'")
            }
            let label: String
            switch object["label"] {
            case let value as String: label = value
            case let value as Bool: label = value ? "positive" : "negative"
            case let value as NSNumber: label = value.stringValue
            default: throw .badJSON(line: line ?? index + 1, reason: "item \(index + 1) has no 'label'")
            }
            rows.append((line ?? index + 1, body, label))
        }
        return rows
    }
}
