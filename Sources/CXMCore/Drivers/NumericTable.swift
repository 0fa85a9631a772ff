import Foundation

/// A CSV table read as numbers, column by column: an empty cell is NaN (no answer), and a cell that is not
/// a number is NaN too, remembered with its line so that it can be refused if its column is used.
struct NumericTable {
    /// A cell that is not a number.
    struct BadCell {
        var line: Int
        var column: Int
        var text: String
    }

    var header: [String] = []
    var columns: [[Double]] = []
    /// The first few bad cells of each column (enough to report), and how many there are in all per column.
    var badCells: [BadCell] = []
    var badCounts: [Int] = []

    /// How many bad cells per column are kept to be reported.
    static let reportedPerColumn = 10

    /// Reads the bytes: a file without quotes is scanned in place (about ten times faster than splitting
    /// it into records of strings first, which matters at a million rows), any other through `CSVReader`.
    init(_ bytes: [UInt8]) {
        if bytes.contains(UInt8(ascii: "\"")) {
            self.init(records: bytes)
        } else {
            self.init(unquoted: bytes)
        }
    }

    private init(records bytes: [UInt8]) {
        var reader = CSVReader()
        var records = reader.feed(bytes)
        records += reader.finish()
        guard let first = records.first else { return }
        start(header: first.fields.map { $0.trimmingCharacters(in: .whitespaces) }, rows: records.count - 1)
        for record in records.dropFirst() {
            if record.fields.count == 1 && record.fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            for index in header.indices {
                let text = index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
                if text.isEmpty {
                    columns[index].append(.nan)
                } else if Self.isDecimal(text.utf8), let value = Double(text), value.isFinite {
                    columns[index].append(value)
                } else {
                    append(bad: text, line: record.line, column: index)
                }
            }
        }
    }

    /// Scans a file without quotes: the first `,` or `;` in it decides the delimiter, as `CSVReader` does; each
    /// cell is parsed with `strtod` in place, the byte after it set to 0 for the call and put back.
    private init(unquoted original: [UInt8]) {
        guard original.contains(where: { $0 > UInt8(ascii: " ") }) else { return }
        var bytes = original
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let delimiter = bytes[start...].first { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") } ?? UInt8(ascii: ",")
        bytes.append(0)
        var lines = 0
        for byte in bytes where byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { lines += 1 }
        var position = start
        var line = 0
        var named = false
        while position < bytes.count - 1 {
            line += 1
            let (end, next) = Self.line(in: bytes, from: position)
            let cells = Self.cells(bytes, from: position, to: end, delimiter: delimiter)
            position = next
            // Blank lines are skipped, before the header as after it, as `CSVReader` does.
            if cells.count == 1 && cells[0].isEmpty { continue }
            if !named {
                let names = cells.map { String(decoding: bytes[$0], as: UTF8.self) }
                self.start(header: names, rows: lines)
                named = true
                continue
            }
            for index in header.indices {
                guard index < cells.count, !cells[index].isEmpty else {
                    columns[index].append(.nan)
                    continue
                }
                let range = cells[index]
                let saved = bytes[range.upperBound]
                bytes[range.upperBound] = 0
                var parsed = Double.nan
                var consumed = false
                bytes.withUnsafeBufferPointer { buffer in
                    let base = UnsafeRawPointer(buffer.baseAddress! + range.lowerBound).assumingMemoryBound(to: CChar.self)
                    var stop: UnsafeMutablePointer<CChar>?
                    parsed = strtod(base, &stop)
                    consumed = stop.map { UnsafeRawPointer($0) == UnsafeRawPointer(base + range.count) } ?? false
                }
                bytes[range.upperBound] = saved
                // strtod also reads "nan", "inf" and hexadecimal; like the other path, only decimal numbers count.
                if consumed, parsed.isFinite, Self.isDecimal(bytes[range]) {
                    columns[index].append(parsed)
                } else {
                    append(bad: String(decoding: bytes[range], as: UTF8.self), line: line, column: index)
                }
            }
        }
    }

    /// Where the line starting at `from` ends (its `\n`, `\r` or the closing 0) and where the next one starts;
    /// `\r\n` counts as one line end.
    private static func line(in bytes: [UInt8], from: Int) -> (end: Int, next: Int) {
        var end = from
        while end < bytes.count - 1, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        if end < bytes.count - 1, bytes[end] == UInt8(ascii: "\r"), bytes[end + 1] == UInt8(ascii: "\n") {
            return (end, end + 2)
        }
        return (end, end + 1)
    }

    private mutating func start(header: [String], rows: Int) {
        self.header = header
        columns = Array(repeating: [], count: header.count)
        for index in columns.indices { columns[index].reserveCapacity(max(0, rows)) }
        badCounts = Array(repeating: 0, count: header.count)
    }

    private mutating func append(bad text: String, line: Int, column: Int) {
        columns[column].append(.nan)
        if badCounts[column] < Self.reportedPerColumn { badCells.append(BadCell(line: line, column: column, text: text)) }
        badCounts[column] += 1
    }

    /// The cells of one line between `from` and `to` (its line end), each trimmed.
    private static func cells(_ bytes: [UInt8], from: Int, to: Int, delimiter: UInt8) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var cellStart = from
        var index = from
        while index <= to {
            if index == to || bytes[index] == delimiter {
                var lower = cellStart
                var upper = index
                // Spaces, tabs and no-break spaces (C2 A0), as `.whitespaces` trims on the other path.
                while lower < upper {
                    if bytes[lower] == UInt8(ascii: " ") || bytes[lower] == UInt8(ascii: "\t") {
                        lower += 1
                    } else if upper - lower >= 2, bytes[lower] == 0xC2, bytes[lower + 1] == 0xA0 {
                        lower += 2
                    } else {
                        break
                    }
                }
                while lower < upper {
                    if bytes[upper - 1] == UInt8(ascii: " ") || bytes[upper - 1] == UInt8(ascii: "\t") {
                        upper -= 1
                    } else if upper - lower >= 2, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 {
                        upper -= 2
                    } else {
                        break
                    }
                }
                cells.append(lower..<upper)
                cellStart = index + 1
            }
            index += 1
        }
        return cells
    }

    /// Whether a cell is written as a decimal number (digits, sign, point, exponent), which rules out the
    /// hexadecimal and named forms `strtod` would also accept.
    private static func isDecimal(_ cell: some Sequence<UInt8>) -> Bool {
        cell.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        }
    }
}
