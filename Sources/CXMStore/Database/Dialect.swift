import Foundation
import SQLKit

/// Every difference between SQLite and PostgreSQL that the store cares about, in one place.
public struct Dialect: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case sqlite, postgres
    }

    public let kind: Kind

    /// Starts a write transaction. SQLite takes the write lock at once, so that two writers never
    /// deadlock upgrading a read lock; PostgreSQL locks rows as it goes.
    var beginWrite: String { kind == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN" }

    /// Case-insensitive substring match (SQLite's LIKE already ignores ASCII case).
    var likeInsensitive: String { kind == .sqlite ? "LIKE" : "ILIKE" }

    /// The most bound parameters one statement may carry (32,766 and 65,535), with headroom.
    var maxBinds: Int { kind == .sqlite ? 32_000 : 65_000 }

    /// Statements run on every new connection.
    static let sqliteConnectionPragmas = [
        "PRAGMA journal_mode = WAL",
        // FULL syncs the WAL on every commit: an acknowledged write survives power loss.
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 10000",
        "PRAGMA temp_store = MEMORY",
        // 32 MiB of page cache per connection (the default is 2 MiB): bulk inserts into several
        // indexes otherwise write the same pages again and again. It fills only as pages are used.
        "PRAGMA cache_size = -32768",
        // Checkpoint the WAL every ~40 MiB instead of every 4 MiB: pages that bulk writes touch
        // again and again are then copied into the database once.
        "PRAGMA wal_autocheckpoint = 10000",
    ]

    /// Ends a CREATE TABLE whose rows should be stored in primary-key order: SQLite then reads a key
    /// range as contiguous rows instead of one table lookup per index entry.
    var clusteredByKey: String { kind == .sqlite ? " WITHOUT ROWID" : "" }

    /// An expression that SQLite's planner will not look up through an index (unary `+`), to keep it
    /// from driving a join from the wrong side; PostgreSQL plans by statistics and needs no hint.
    func withoutIndex(_ expression: String) -> String {
        kind == .sqlite ? "+\(expression)" : expression
    }

    /// A primary key column that numbers rows as they are inserted.
    var serialKey: String { kind == .sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY" }

    /// Locks queued rows for one consumer: concurrent PostgreSQL folders take disjoint rows
    /// (SQLite's write transaction already excludes every other writer).
    var lockForConsumer: String { kind == .postgres ? " FOR UPDATE SKIP LOCKED" : "" }

    /// Locks the selected rows until the transaction ends (SQLite's write transaction holds them already).
    var forUpdate: String { kind == .postgres ? " FOR UPDATE" : "" }

    /// Keeps other writers out of a queue until the transaction ends, on databases with concurrent
    /// writers: waits for consumers that hold rows of it, and keeps producers out (readers still read).
    func lockQueue(_ table: String) -> String? {
        kind == .postgres ? "LOCK TABLE \(table) IN EXCLUSIVE MODE" : nil
    }

    /// Whether concurrent writers lock rows (and so must touch shared rows in one order).
    var writersLockRows: Bool { kind == .postgres }

    /// A FROM item `e` whose rows are the elements of a bound JSON array (each an array of values).
    func jsonArrayRows(_ json: String) -> SQLQueryString {
        // Both parse the document once into binary JSON, whose elements `->>` reads without parsing
        // text again (with PostgreSQL's `json` type each `->>` parses its element again: a rebuild's
        // inserts of rows of 23 values took three times as long).
        kind == .sqlite
            ? "jsonb_each(\(bind: json)) AS e" : "jsonb_array_elements(CAST(\(bind: json) AS jsonb)) AS e(value)"
    }

    /// `jsonArrayRows(_:)` whose elements also have their position in the array: `jsonPosition`.
    func jsonArrayRows(withPositions json: String) -> SQLQueryString {
        kind == .sqlite
            ? "jsonb_each(\(bind: json)) AS e"
            : "jsonb_array_elements(CAST(\(bind: json) AS jsonb)) WITH ORDINALITY AS e(value, ordinality)"
    }

    /// The position, from 0, of the element `e.value` of `jsonArrayRows(withPositions:)`.
    var jsonPosition: String { kind == .sqlite ? "e.key" : "(e.ordinality - 1)" }

    /// A join that SQLite keeps in the order written: the JSON rows first, each one a seek into the table
    /// joined. Without statistics SQLite may scan the table and search the JSON rows for each of its rows.
    var joinInOrder: String { kind == .sqlite ? "CROSS JOIN" : "JOIN" }

    /// An aggregate of a text expression's values joined by `separator` (a plain literal), in no set order.
    func textAggregate(_ expression: String, separator: String) -> String {
        kind == .sqlite ? "group_concat(\(expression), '\(separator)')" : "string_agg(\(expression), '\(separator)')"
    }

    /// A FROM item `e` whose rows are the elements of the JSON array in a text column.
    func jsonArrayRows(column: String) -> String {
        kind == .sqlite ? "jsonb_each(\(column)) AS e" : "jsonb_array_elements(CAST(\(column) AS jsonb)) AS e(value)"
    }

    /// An aggregate of the rows into one JSON array of arrays of the columns, in row order; read it
    /// with `jsonDocument`. SQLite builds its binary JSON, which `jsonb_each` reads without parsing.
    func jsonArrayAggregate(of columns: [String]) -> String {
        let list = columns.joined(separator: ", ")
        return kind == .sqlite
            ? "jsonb_group_array(jsonb_array(\(list)))" : "CAST(json_agg(json_build_array(\(list))) AS TEXT)"
    }

    /// The document `jsonArrayAggregate` made, nil when it aggregated no rows.
    func jsonDocument(_ row: any SQLRow, column: String) throws -> JSONDocument? {
        kind == .sqlite
            ? try row.decode(column: column, as: Data?.self).map(JSONDocument.binary)
            : try row.decode(column: column, as: String?.self).map(JSONDocument.text)
    }

    /// A FROM item `e` whose rows are the elements of a JSON document (each an array of values).
    func jsonArrayRows(_ document: JSONDocument) -> SQLQueryString {
        switch document {
        case .text(let json): jsonArrayRows(json)
        case .binary(let jsonb): "jsonb_each(\(bind: jsonb)) AS e"
        }
    }

    /// Element `index` of the JSON array row `e.value`, as an integer or as text.
    func jsonInteger(element index: Int) -> String {
        kind == .sqlite ? "(e.value ->> \(index))" : "CAST(e.value->>\(index) AS BIGINT)"
    }

    func jsonText(element index: Int) -> String {
        kind == .sqlite ? "(e.value ->> \(index))" : "e.value->>\(index)"
    }

    /// Serialises schema changes among processes that migrate the same database at once, until the
    /// transaction ends (SQLite's write transactions are serialised already).
    var migrationLock: String? { kind == .postgres ? "SELECT pg_advisory_xact_lock(\(Self.migrationLockKey))" : nil }
    static let migrationLockKey: Int64 = 0x63_78_6D_5F_6D_69_67  // "cxm_mig"

    /// Serialises alert checks among servers until the transaction ends, so that the second check sees the
    /// first one's alerts and updates them instead of failing on the one-live-alert-per-series index.
    var alertCheckLock: String? { kind == .postgres ? "SELECT pg_advisory_xact_lock(\(Self.alertCheckLockKey))" : nil }
    static let alertCheckLockKey: Int64 = 0x63_78_6D_5F_61_6C_72  // "cxm_alr"

    /// Serialises the batches of one signal source until the transaction ends, so that two deliveries of
    /// the same new record (a help desk's "created" and "updated" webhooks) do not both insert it.
    func signalSourceLock(_ source: String) -> SQLQueryString? {
        kind == .postgres ? "SELECT pg_advisory_xact_lock(\(literal: Self.signalLockKey), hashtext(\(bind: source)))" : nil
    }
    static let signalLockKey: Int32 = 0x63_78_73  // "cxs"

    /// Locks customer rows until the transaction ends (a merge's two customers), so that a concurrent
    /// write naming one of them waits and then sees the merge.
    func lockingCustomers(_ ids: [String]) -> SQLQueryString? {
        kind == .postgres ? "SELECT id FROM customers WHERE id IN (\(binds: ids)) FOR UPDATE" : nil
    }

    /// A query whose single text column says `ok` when the database file is sound.
    var integrityCheck: String? { kind == .sqlite ? "PRAGMA integrity_check" : nil }

    /// Casts an aggregate to a 64-bit integer; PostgreSQL's SUM(bigint) is numeric.
    func integer(_ expression: String) -> String {
        kind == .postgres ? "CAST(\(expression) AS BIGINT)" : expression
    }
}

/// A JSON document as the database hands it over: SQLite's binary JSON, or text.
enum JSONDocument: Sendable {
    case binary(Data)
    case text(String)
}
