import Foundation

/// The tables of a LimeSurvey `.lss` export: each top-level section (`<questions>`, `<answers>`, …)
/// holds `<rows>` of `<row>` elements whose children are the columns.
struct LimeSurveyDocument: Sendable {
    /// One row of a table, with the line it starts on for error messages.
    struct Row: Sendable {
        var fields: [String: String]
        var line: Int

        subscript(_ name: String) -> String? { fields[name] }

        /// A column that holds a number; nil when absent, empty or not a number.
        func int(_ name: String) -> Int? { fields[name].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
    }

    /// `LimeSurveyDocType`: `Survey` for a survey export, `Question` or `Group` for parts of one.
    let docType: String
    /// The database version the export was written by: 177 for LimeSurvey 2.x, 400 and more for 4.x+.
    let dbVersion: String?
    /// The languages the export lists in `<languages>`.
    let languages: [String]
    private let tables: [String: [Row]]

    init(root: SimpleXMLElement) {
        docType = root.childText("LimeSurveyDocType")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        dbVersion = root.childText("DBVersion")?.trimmingCharacters(in: .whitespacesAndNewlines)
        languages =
            root.child("languages")?.children("language").map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty } ?? []
        var tables: [String: [Row]] = [:]
        for section in root.children {
            guard let rows = section.child("rows") else { continue }
            tables[section.name] = rows.children("row").map { row in
                Row(
                    fields: Dictionary(row.children.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first }),
                    line: row.line)
            }
        }
        self.tables = tables
    }

    /// The rows of a table; none when the export has no such section.
    func rows(_ table: String) -> [Row] { tables[table] ?? [] }

    func has(_ table: String) -> Bool { tables[table] != nil }

    /// A column every row of a table must have.
    func required(_ column: String, of row: Row, in table: String) throws(SurveyImportError) -> String {
        guard let value = row[column]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            throw .invalidElement(path: "<\(table)> row on line \(row.line)", reason: "'\(column)' is missing or empty")
        }
        return value
    }
}
