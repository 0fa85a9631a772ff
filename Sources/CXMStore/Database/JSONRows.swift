import SQLKit

/// Rows of values written as one JSON array of arrays, which the database expands itself
/// (`Dialect.jsonArrayRows`): one bound parameter per statement instead of one per value. Binding
/// and serialising thousands of parameters was most of the cost of bulk inserts.
struct JSONRows: Sendable {
    /// A column of the rows: its name and whether it holds whole numbers (else text).
    struct Column: Sendable {
        var name: String
        var integer: Bool
    }

    private var bytes: [UInt8] = [UInt8(ascii: "[")]
    private var fieldsInRow = 0
    private(set) var count = 0

    init(reservingBytes capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func startRow() {
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "["))
        count += 1
        fieldsInRow = 0
    }

    mutating func endRow() {
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func text(_ value: String?) {
        separate()
        Self.write(text: value, to: &bytes)
    }

    mutating func integer(_ value: Int?) {
        separate()
        Self.write(integer: value, to: &bytes)
    }

    mutating func integer(_ value: Int64?) {
        integer(value.map { Int($0) })
    }

    /// The document.
    var json: String {
        String(decoding: bytes + [UInt8(ascii: "]")], as: UTF8.self)
    }

    /// A SELECT of the rows' values as the columns, to follow `INSERT INTO table (columns)`.
    func select(_ columns: [Column], dialect: Dialect) -> SQLQueryString {
        let values = columns.enumerated().map { index, column -> String in
            column.integer ? dialect.jsonInteger(element: index) : dialect.jsonText(element: index)
        }.joined(separator: ", ")
        // `WHERE 1 = 1` tells SQLite's parser that a following ON CONFLICT belongs to the INSERT.
        return "SELECT \(unsafeRaw: values) FROM " + dialect.jsonArrayRows(json) + " WHERE 1 = 1"
    }

    /// Adds the values `tails` holds for row `row` after this row's values so far.
    mutating func append(_ tails: Tails, row: Int) {
        precondition(fieldsInRow > 0, "a row's tail follows its first values")
        bytes.append(contentsOf: tails.values(ofRow: row))
        fieldsInRow += tails.fields
    }

    private mutating func separate() {
        if fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
        fieldsInRow += 1
    }

    fileprivate static func write(text value: String?, to bytes: inout [UInt8]) {
        guard let value else { return writeNull(to: &bytes) }
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0..<0x20:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            default:
                // UTF-8 passes through: JSON text is UTF-8.
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    fileprivate static func write(integer value: Int?, to bytes: inout [UInt8]) {
        guard let value else { return writeNull(to: &bytes) }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    private static func writeNull(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    private static let hex = Array("0123456789abcdef".utf8)
}

extension JSONRows {
    /// The values of each row's last columns, written ahead: outside the transaction that learns the first
    /// ones, so that other writers wait less. Every row holds `fields` values.
    struct Tails: Sendable {
        private var bytes: [UInt8] = []
        private var ends: [Int] = []
        let fields: Int
        private var fieldsInRow = 0

        init(fields: Int, reservingBytes capacity: Int = 0) {
            self.fields = fields
            bytes.reserveCapacity(capacity)
        }

        mutating func text(_ value: String?) {
            bytes.append(UInt8(ascii: ","))
            JSONRows.write(text: value, to: &bytes)
            fieldsInRow += 1
        }

        mutating func integer(_ value: Int?) {
            bytes.append(UInt8(ascii: ","))
            JSONRows.write(integer: value, to: &bytes)
            fieldsInRow += 1
        }

        mutating func integer(_ value: Int64?) {
            integer(value.map { Int($0) })
        }

        mutating func endRow() {
            precondition(fieldsInRow == fields, "a tail holds \(fields) values, not \(fieldsInRow)")
            ends.append(bytes.count)
            fieldsInRow = 0
        }

        /// Row `row`'s values, each after a comma.
        fileprivate func values(ofRow row: Int) -> ArraySlice<UInt8> {
            bytes[(row == 0 ? 0 : ends[row - 1])..<ends[row]]
        }
    }
}
