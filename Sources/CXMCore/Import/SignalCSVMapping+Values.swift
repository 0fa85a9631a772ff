import Foundation

extension SignalCSVMapping {
    /// Reads the typed cells of a row (times, numbers, lists) into the submission; each bad cell is
    /// named by its column with the form it should have.
    static func fill(_ submission: inout SignalSubmission, from values: [String: String], check: inout Validator) {
        func time(_ field: String) -> Date? {
            guard let text = values[field] else { return nil }
            guard let date = Timestamps.parse(text) else {
                check.add(
                    field,
                    "'\(text)' is not an ISO 8601 time such as 2026-03-01T09:30:00Z, 2026-03-01T09:30:00.250+01:00 or 2026-03-01 09:30 (UTC)"
                )
                return nil
            }
            return date
        }
        func number(_ field: String) -> Double? {
            guard let text = values[field] else { return nil }
            guard let value = decimal(text) else {
                check.add(field, "'\(text)' is not a number such as 1250.50")
                return nil
            }
            return value
        }
        func list(_ field: String) -> [String]? {
            guard let text = values[field] else { return nil }
            return text.split(separator: "|").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
        }
        submission.openedAt = time("openedAt")
        submission.firstResponseAt = time("firstResponseAt")
        submission.closedAt = time("closedAt")
        submission.at = time("at")
        submission.startedAt = time("startedAt")
        submission.endedAt = time("endedAt")
        submission.updatedAt = time("updatedAt")
        submission.revenue = number("revenue")
        submission.value = number("value")
        submission.affectedShare = number("affectedShare")
        if let text = values["reopened"] {
            submission.reopened = Int(text)
            if submission.reopened == nil { check.add("reopened", "'\(text)' is not a whole number of times") }
        }
        if let text = values["severity"] {
            submission.severity = IncidentSeverity(rawValue: text.lowercased())
            if submission.severity == nil { check.add("severity", "'\(text)' is not one of minor, major or critical") }
        }
        submission.category = values["category"]
        submission.subject = values["subject"]
        submission.reason = values["reason"]
        submission.reasonText = values["reasonText"]
        submission.title = values["title"]
        submission.service = values["service"]
        submission.eventType = values["eventType"]
        submission.touchpoint = values["touchpoint"]
        submission.unit = values["unit"]
        submission.channel = values["channel"]
        submission.touchpoints = list("touchpoints")
        submission.units = list("units")
        if let pairs = list("customers") {
            submission.customers = pairs.compactMap { pair -> [String: String]? in
                guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex,
                    !pair[pair.index(after: equals)...].trimmedSpaces.isEmpty
                else {
                    check.add("customers", "'\(pair)' must be FIELD=VALUE, e.g. email=anna@example.se|crm=10023")
                    return nil
                }
                return [String(pair[..<equals]).trimmedSpaces: String(pair[pair.index(after: equals)...]).trimmedSpaces]
            }
        }
    }

    /// A number as spreadsheets write it: `1250.5`, or `1250,5` where a comma is the decimal sign.
    static func decimal(_ text: String) -> Double? {
        if let value = Double(text) { return value }
        guard text.filter({ $0 == "," }).count == 1, !text.contains(".") else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }
}
