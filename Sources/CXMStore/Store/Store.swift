import CXMCore
import Foundation
import SQLKit

/// The one store of cxm over SQLite or PostgreSQL. Each area of the domain has its own extension file.
public struct Store: Sendable {
    public let database: Database
    /// The open-text analyser last built for this store's workspace (see `textAnalyzer`).
    let textAnalyzers = TextAnalyzerCache()

    public init(database: Database) {
        self.database = database
    }

    public var dialect: Dialect { database.dialect }

    /// Appends an entry to the audit log inside the caller's transaction.
    func audit(
        _ sql: any SQLDatabase, _ actor: AuditActor, _ action: String, _ entityType: String, _ entityID: String,
        _ summary: String
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity_type, entity_id, summary)
            VALUES (\(bind: Identifier.make()), \(bind: Timestamp.now), \(bind: actor.id), \(bind: actor.name),
                    \(bind: action), \(bind: entityType), \(bind: entityID), \(bind: String(summary.prefix(500))))
            """
        ).run()
    }

    /// Counts the rows a query matches.
    func count(_ sql: any SQLDatabase, _ query: SQLQueryString) async throws -> Int {
        let row = try await sql.raw(query).first()
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    /// Checks that a row with the id exists in the table, or throws a field error naming it.
    func requireExists(
        _ sql: any SQLDatabase, table: String, id: String, field: String, entity: String
    ) async throws {
        let found = try await sql.raw("SELECT 1 AS one FROM \(ident: table) WHERE id = \(bind: id)").first()
        if found == nil { throw StoreError.invalid(field, "unknown \(entity) '\(id)'") }
    }
}

/// JSON for list- and object-valued columns, stored as TEXT on both databases.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

extension SQLRow {
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func optionalString(_ column: String) throws -> String? { try decode(column: column, as: String?.self) }
    func int(_ column: String) throws -> Int { Int(try decode(column: column, as: Int64.self)) }
    func bool(_ column: String) throws -> Bool { try decode(column: column, as: Bool.self) }
    func date(_ column: String) throws -> Date { Timestamp.date(try decode(column: column, as: Int64.self)) }
    func optionalDate(_ column: String) throws -> Date? {
        try decode(column: column, as: Int64?.self).map(Timestamp.date)
    }
    func json<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
        try JSONColumn.decode(type, from: try string(column))
    }
}
