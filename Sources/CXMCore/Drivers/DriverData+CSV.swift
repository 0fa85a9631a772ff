import Foundation

extension DriverData {
    /// Reads a table of numbers with a header line: the column named `outcome` is the outcome, every
    /// other column (or those named in `drivers`) a driver. An empty cell is a missing answer; any other
    /// cell of a column analysed that is not a number is refused with its line and column.
    public static func csv(
        _ bytes: [UInt8], outcome: String, drivers chosen: [String] = []
    ) throws(ValidationFailure)
        -> DriverData
    {
        let table = NumericTable(bytes)
        let header = table.header
        var check = Validator()
        guard !header.isEmpty else {
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
        // Only the columns analysed must be numbers; another column (a name, a comment) is left alone.
        let used = Set(driverIndexes + [outcomeIndex])
        let bad = table.badCells.filter { used.contains($0.column) }
        for cell in bad.prefix(10) {
            check.add(
                header[cell.column],
                "line \(cell.line): '\(cell.text)' is not a number; leave the cell empty when there is no answer")
        }
        let badTotal = used.reduce(0) { $0 + table.badCounts[$1] }
        if badTotal > 10 { check.add("csv", "\(badTotal - 10) more cells are not numbers") }
        let columns = table.columns
        try check.finish()
        return DriverData(
            outcome: DriverVariable(id: outcome, label: outcome, kind: .column, values: columns[outcomeIndex]),
            drivers: driverIndexes.map {
                DriverVariable(id: header[$0], label: header[$0], kind: .column, values: columns[$0])
            })
    }
}
