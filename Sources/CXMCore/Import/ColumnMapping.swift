import Foundation

/// Parses `--map` options of the import commands: `Column name=target`.
public enum ColumnMapping {
    /// Reads `header=target` pairs into a dictionary keyed by the lowercased column name.
    public static func parse(_ options: [String]) throws(ValidationFailure) -> [String: String] {
        var result: [String: String] = [:]
        for option in options {
            guard let equals = option.lastIndex(of: "=") else {
                throw ValidationFailure(
                    field: "--map", "'\(option)' must be written 'Column name=target', e.g. 'Score=answer:nps'")
            }
            let column = option[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let target = option[option.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !column.isEmpty, !target.isEmpty else {
                throw ValidationFailure(field: "--map", "'\(option)' needs a column name and a target")
            }
            result[column] = target
        }
        return result
    }
}

/// Turns CSV records into response submissions. Columns named like a response field fill it;
/// `answer:KEY` (or any other column) answers the question KEY; `ignore` drops a column.
public struct ResponseCSVMapping: Sendable {
    enum Target: Sendable, Hashable {
        case field(String)
        case answer(String)
        case ignore
    }

    static let fields = [
        "surveyid", "surveyversion", "touchpointid", "unitid", "channelid", "customerid", "customer", "language",
        "submittedat", "idempotencykey",
    ]

    private let targets: [Target]

    /// Builds the mapping from the header row and `--map` overrides (keys lowercased column names).
    public init(header: [String], overrides: [String: String]) throws(ValidationFailure) {
        var check = Validator()
        var targets: [Target] = []
        for (index, rawName) in header.enumerated() {
            let name = rawName.trimmingCharacters(in: .whitespaces)
            let target = overrides[name.lowercased()] ?? name
            targets.append(Self.target(target, column: index, name: name, check: &check))
        }
        let mapped = Set(targets)
        if !mapped.contains(.field("surveyid")) {
            check.add("header", "no column gives the survey; name one surveyID or map it with --map 'Column=surveyID'")
        }
        if !mapped.contains(.field("language")) {
            check.add("header", "no column gives the language; name one language or map it with --map 'Column=language'")
        }
        for unknown in Set(overrides.keys).subtracting(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            .sorted()
        {
            check.add("--map", "there is no column '\(unknown)' in the file's header")
        }
        try check.finish()
        self.targets = targets
    }

    private static func target(_ text: String, column: Int, name: String, check: inout Validator) -> Target {
        let lowered = text.lowercased()
        if lowered == "ignore" { return .ignore }
        if lowered.hasPrefix("answer:") || lowered.hasPrefix("q:") {
            let key = String(text.drop(while: { $0 != ":" }).dropFirst())
            if key.isEmpty { check.add("column \(column + 1) (\(name))", "'\(text)' names no question key") }
            return .answer(key)
        }
        if fields.contains(lowered) { return .field(lowered) }
        return .answer(text)
    }

    /// The submission a record describes, or the problems with it.
    public func submission(from record: CSVReader.Record) throws(ValidationFailure) -> ResponseSubmission {
        var check = Validator()
        if record.fields.count != targets.count {
            throw ValidationFailure(field: "line", "has \(record.fields.count) fields but the header has \(targets.count)")
        }
        var values: [String: String] = [:]
        var answers: [Answer] = []
        for (target, raw) in zip(targets, record.fields) {
            let value = raw.trimmedSpaces
            switch target {
            case .ignore: continue
            case .field(let name): if !value.isEmpty { values[name] = value }
            case .answer(let key):
                guard !value.isEmpty else { continue }
                answers.append(Answer(question: key, value: Self.answerValue(value)))
            }
        }
        let language = values["language"].flatMap(Language.init(code:))
        if language == nil { check.add("language", "'\(values["language"] ?? "")' is not one of en, sv, da, nb, fi") }
        var version: Int?
        if let text = values["surveyversion"] {
            version = Int(text)
            if version == nil { check.add("surveyVersion", "'\(text)' is not a whole number") }
        }
        var submittedAt: Date?
        if let text = values["submittedat"] {
            submittedAt = Timestamps.parse(text)
            if submittedAt == nil {
                check.add("submittedAt", "'\(text)' is not a time such as 2026-03-01T09:30:00Z or 2026-03-01 09:30")
            }
        }
        if values["surveyid"] == nil { check.add("surveyID", "is empty") }
        try check.finish()
        return ResponseSubmission(
            surveyID: values["surveyid"]!, surveyVersion: version, touchpointID: values["touchpointid"],
            unitID: values["unitid"], channelID: values["channelid"], customerID: values["customerid"],
            customer: values["customer"], language: language!, submittedAt: submittedAt, answers: answers,
            idempotencyKey: values["idempotencykey"])
    }

    /// A cell stays text; the survey's question type decides later whether it is a score (`9`),
    /// options (`a|b`) or free text, so that a comment such as "007" or "fast | friendly" survives.
    static func answerValue(_ text: String) -> AnswerValue { .text(text) }
}

/// Times in CSV files and JSON: ISO 8601 with zone, or `YYYY-MM-DD[ HH:MM[:SS]]` read as UTC.
public enum Timestamps {
    public static func parse(_ text: String) -> Date? {
        if let date = utcSecondsIfPlain(text) { return date }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        var candidate = text.replacingOccurrences(of: " ", with: "T")
        if CalendarDay.isValid(candidate) { candidate += "T00:00:00" }
        if candidate.count == 16 { candidate += ":00" }
        return try? Date(candidate + "Z", strategy: .iso8601)
    }

    /// The common `2026-03-01T09:30:00Z` without Foundation's general parser, which dominated
    /// bulk imports; anything else returns nil and takes the general path.
    public static func utcSecondsIfPlain(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
            bytes[16] == 0x3A, bytes[19] == 0x5A
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
            let minute = number(14..<16), let second = number(17..<19), (1...12).contains(month), (1...31).contains(day),
            hour < 24, minute < 60, second < 60, year >= 1, day <= CalendarDay.length(ofMonth: month, in: year)
        else { return nil }
        // Days since 1970-01-01 in the proleptic Gregorian calendar (years counted from March).
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
}
