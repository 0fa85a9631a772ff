import Foundation

/// Reads trigger rows from a CSV file (a night's interactions from a CRM, say): one column per field
/// of a trigger, named as the API names them.
public struct TriggerCSVMapping: Sendable {
    /// The columns a file may have; touchpointID and one of customerID or customer are needed.
    public static let columns = [
        "touchpointID", "surveyID", "customerID", "customer", "eventAt", "delayMinutes", "language", "idempotencyKey",
    ]

    private let index: [String: Int]

    /// Checks the header: every column known, none twice, the needed ones there.
    public init(header: [String]) throws(ValidationFailure) {
        var index: [String: Int] = [:]
        var check = Validator()
        let known = Dictionary(uniqueKeysWithValues: Self.columns.map { ($0.lowercased(), $0) })
        for (position, raw) in header.enumerated() {
            let name = raw.trimmedSpaces
            guard let column = known[name.lowercased()] else {
                check.add("header", "unknown column '\(name)'; the columns are \(Self.columns.joined(separator: ", "))")
                continue
            }
            if index[column] != nil { check.add("header", "the column '\(column)' appears twice") }
            index[column] = position
        }
        check.check(index["touchpointID"] != nil, "header", "needs a touchpointID column")
        check.check(
            index["customerID"] != nil || index["customer"] != nil, "header",
            "needs a customerID column or a customer column (an identifier such as crm:123)")
        try check.finish()
        self.index = index
    }

    /// One row as a trigger; empty cells are left out.
    public func trigger(from record: CSVReader.Record) throws(ValidationFailure) -> TriggerRequest {
        func cell(_ column: String) -> String? {
            guard let position = index[column], position < record.fields.count else { return nil }
            let value = record.fields[position].trimmedSpaces
            return value.isEmpty ? nil : value
        }
        var check = Validator()
        var trigger = TriggerRequest(
            touchpointID: cell("touchpointID") ?? "", surveyID: cell("surveyID"), customerID: cell("customerID"),
            customer: cell("customer"), idempotencyKey: cell("idempotencyKey"))
        if let text = cell("eventAt") {
            trigger.eventAt = Timestamps.parse(text)
            check.check(trigger.eventAt != nil, "eventAt", "'\(text)' is not a time; write 2026-03-01T09:30:00Z")
        }
        if let text = cell("delayMinutes") {
            trigger.delayMinutes = Int(text)
            check.check(trigger.delayMinutes != nil, "delayMinutes", "'\(text)' is not a whole number of minutes")
        }
        if let text = cell("language") {
            trigger.language = Language(rawValue: text)
            check.check(trigger.language != nil, "language", "'\(text)' is not one of en, sv, da, nb, fi")
        }
        try check.finish()
        return trigger
    }
}
