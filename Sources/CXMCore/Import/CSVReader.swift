/// A streaming RFC 4180 CSV parser: feed it bytes in chunks of any size, take whole records out.
/// Handles quoted fields with delimiters, doubled quotes and line breaks inside, CRLF or LF endings,
/// a UTF-8 byte order mark, and either `,` or `;` as delimiter (Nordic spreadsheets write `;`).
public struct CSVReader: Sendable {
    /// One record and the line of the file it starts on (1-based).
    public struct Record: Sendable, Hashable {
        public var line: Int
        public var fields: [String]
    }

    public private(set) var delimiter: UInt8?
    private enum State: Sendable { case unquoted, quoted, quoteClosed }

    private var field: [UInt8] = []
    private var fields: [String] = []
    private var state = State.unquoted
    private var fieldWasQuoted = false
    private var afterCR = false
    private var line = 1
    private var recordLine = 1
    private var atRecordStart = true
    private var bomChecked = false
    private var pendingBOM: [UInt8] = []

    /// Creates a reader; with no delimiter given, the first line decides between `,` and `;`.
    public init(delimiter: Character? = nil) {
        self.delimiter = delimiter?.asciiValue
    }

    /// Parses a chunk and returns the records it completed.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [Record] where Bytes.Element == UInt8 {
        var records: [Record] = []
        for byte in bytes {
            if !bomChecked {
                pendingBOM.append(byte)
                if pendingBOM.count < 3, [0xEF, 0xBB, 0xBF].starts(with: pendingBOM) { continue }
                bomChecked = true
                let replay = pendingBOM == [0xEF, 0xBB, 0xBF] ? [] : pendingBOM
                pendingBOM = []
                for b in replay { consume(b, into: &records) }
                continue
            }
            consume(byte, into: &records)
        }
        return records
    }

    /// Ends the input and returns the last record if the file does not end with a line break.
    public mutating func finish() -> [Record] {
        var records: [Record] = []
        if !bomChecked, !pendingBOM.isEmpty {
            bomChecked = true
            let replay = pendingBOM
            pendingBOM = []
            for b in replay { consume(b, into: &records) }
        }
        if !atRecordStart { endRecord(into: &records) }
        return records
    }

    /// Whether the input ended inside a quoted field (a malformed file).
    public var isInsideQuotes: Bool { state == .quoted }

    /// Bytes of the record not yet complete, and the line it starts on: a caller can refuse a record
    /// that grows without end (an unclosed quote) before it holds the whole file.
    public var pendingBytes: Int { field.count + fields.reduce(0) { $0 + $1.utf8.count } }
    public var pendingLine: Int { recordLine }

    private mutating func consume(_ byte: UInt8, into records: inout [Record]) {
        if afterCR {
            afterCR = false
            if byte == UInt8(ascii: "\n") { return }
        }
        if atRecordStart {
            atRecordStart = false
            recordLine = line
        }
        switch state {
        case .quoted:
            if byte == UInt8(ascii: "\"") {
                state = .quoteClosed
            } else {
                if byte == UInt8(ascii: "\n") { line += 1 }
                field.append(byte)
            }
            return
        case .quoteClosed:
            state = .unquoted
            if byte == UInt8(ascii: "\"") {
                // A doubled quote inside quotes stands for one quote.
                field.append(byte)
                state = .quoted
                return
            }
        case .unquoted:
            if byte == UInt8(ascii: "\""), field.isEmpty, !fieldWasQuoted {
                state = .quoted
                fieldWasQuoted = true
                return
            }
        }
        if delimiter == nil, byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { delimiter = byte }
        switch byte {
        case delimiter:
            endField()
        case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
            afterCR = byte == UInt8(ascii: "\r")
            line += 1
            endRecord(into: &records)
        default:
            field.append(byte)
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    private mutating func endRecord(into records: inout [Record]) {
        let blank = fields.isEmpty && field.isEmpty && !fieldWasQuoted
        endField()
        if !blank { records.append(Record(line: recordLine, fields: fields)) }
        fields.removeAll(keepingCapacity: true)
        atRecordStart = true
    }
}
