import Foundation

extension DriverData {
    /// Reads a table of numbers with a header line: the column named `outcome` is the outcome, every
    /// other column (or those named in `drivers`) a driver. An empty cell is a missing answer; any other
    /// cell that is not a number is refused with its line and column.
    public static func csv(
        _ bytes: [UInt8], outcome: String, drivers chosen: [String] = []
    ) throws(ValidationFailure)
        -> DriverData
    {
        var reader = CSVReader()
        var records = reader.feed(bytes)
        records += reader.finish()
        var check = Validator()
        guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            check.add("csv", "the file is empty; give a header line naming the columns, then one line per row")
            try check.finish()
            return DriverData(outcome: DriverVariable(id: outcome, label: outcome, kind: .column, values: []), drivers: [])
        }
        guard let outcomeIndex = header.firstIndex(of: outcome) else {
            check.add("outcome", "no column is named '\(outcome)'; the columns are \(header.joined(separator: ", "))")
            try check.finish()
            return DriverData(outcome: DriverVariable(id: outcome, label: outcome, kind: .column, values: []), drivers: [])
        }
        for name in chosen where !header.contains(name) {
            check.add("drivers", "no column is named '\(name)'; the columns are \(header.joined(separator: ", "))")
        }
        let driverIndexes = header.indices.filter { $0 != outcomeIndex && (chosen.isEmpty || chosen.contains(header[$0])) }
        var columns = Array(repeating: [Double](), count: header.count)
        for index in columns.indices { columns[index].reserveCapacity(records.count - 1) }
        var problems = 0
        for record in records.dropFirst() {
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }
            for index in header.indices {
                let text = index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
                if text.isEmpty {
                    columns[index].append(.nan)
                } else if let value = Double(text), value.isFinite {
                    columns[index].append(value)
                } else {
                    columns[index].append(.nan)
                    if problems < 10, index == outcomeIndex || driverIndexes.contains(index) {
                        check.add(
                            header[index],
                            "line \(record.line): '\(text)' is not a number; leave the cell empty when there is no answer")
                    }
                    problems += 1
                }
            }
        }
        if problems > 10 { check.add("csv", "\(problems - 10) more cells are not numbers") }
        try check.finish()
        return DriverData(
            outcome: DriverVariable(id: outcome, label: outcome, kind: .column, values: columns[outcomeIndex]),
            drivers: driverIndexes.map {
                DriverVariable(id: header[$0], label: header[$0], kind: .column, values: columns[$0])
            })
    }
}
