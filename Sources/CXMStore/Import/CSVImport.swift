import CXMCore
import Foundation

/// What an import did: how many rows were stored, already there, or rejected (each with its line and reason).
public struct ImportReport: Sendable {
    public struct Rejection: Sendable, Hashable {
        public var line: Int
        public var reason: String
    }

    public var stored = 0
    /// Rows that changed a record stored before under the same id (signals).
    public var updated = 0
    public var duplicates = 0
    /// Stored rows whose identifiers named several customers and wait on the identity review list (signals).
    public var inReview = 0
    public var rejected: [Rejection] = []
    /// What makes a row a duplicate, for the summary.
    public var duplicateMeaning = "same idempotency key"

    public var summary: String {
        "\(stored) stored, " + (updated > 0 ? "\(updated) updated, " : "")
            + "\(duplicates) already stored (\(duplicateMeaning)), " + (inReview > 0 ? "\(inReview) in identity review, " : "")
            + "\(rejected.count) rejected"
    }
}

/// Where an import's CSV text comes from: a file, or a request body already in memory (named for the audit log).
public enum CSVInput: Sendable {
    case file(String)
    case data(Data, name: String)

    var name: String {
        switch self {
        case .file(let path): URL(fileURLWithPath: path).lastPathComponent
        case .data(_, let name): name
        }
    }
}

/// Streams a CSV file in constant memory and stores its rows in batches, keeping the good rows and
/// reporting every bad one by line number.
public struct CSVImport: Sendable {
    public let store: Store
    public let batchSize: Int

    public init(store: Store, batchSize: Int = 10_000) {
        self.store = store
        self.batchSize = batchSize
    }

    /// Imports survey responses.
    public func responses(
        from path: String, mapping overrides: [String: String], actor: AuditActor,
        onRejected: @escaping @Sendable (ImportReport.Rejection) -> Void = { _ in }
    ) async throws -> ImportReport {
        let report = try await run(
            .file(path), entityType: "responses", actor: actor, onRejected: onRejected,
            mapping: { header in try ResponseCSVMapping(header: header, overrides: overrides) },
            row: { (mapping: ResponseCSVMapping, record) -> ResponseSubmission in try mapping.submission(from: record) },
            store: { pending, report in
                let catalog = try await store.responseCatalog(for: pending.map(\.row))
                var valid: [SurveyResponse] = []
                for item in pending {
                    do { valid.append(try item.row.resolve(in: catalog, receivedAt: Date())) } catch {
                        report.reject(item.line, String(describing: error))
                    }
                }
                let before = report.stored
                for outcome in try await store.insertResponses(valid) {
                    if case .stored = outcome { report.stored += 1 } else { report.duplicates += 1 }
                }
                // Folding as it goes keeps the queue of rollup tallies short during large imports.
                if before / Store.bulkLoadFoldEvery != report.stored / Store.bulkLoadFoldEvery { try await store.foldRollups() }
            })
        try await store.foldRollups()
        return report
    }

    /// Imports customers; a row whose identifier already belongs to a stored customer updates nothing
    /// and is rejected with the reason, so that an import never merges people silently.
    public func customers(
        from path: String, mapping overrides: [String: String], actor: AuditActor,
        onRejected: @escaping @Sendable (ImportReport.Rejection) -> Void = { _ in }
    ) async throws -> ImportReport {
        let country = PhoneCountry(timeZone: try await store.workspaceSettings().timeZone)
        return try await run(
            .file(path), entityType: "customers", actor: actor, onRejected: onRejected,
            mapping: { header in
                var mapping = try CustomerCSVMapping(header: header, overrides: overrides)
                mapping.phoneCountry = country
                return mapping
            },
            row: { (mapping: CustomerCSVMapping, record) -> Customer in try mapping.customer(from: record, newID: Identifier.make)
            },
            store: { pending, report in
                let texts = Set(pending.flatMap { $0.row.identifiers.map(\.description) })
                let taken = try await store.customerIDs(forIdentifiers: texts)
                let existingIDs = try await store.existingCustomerIDs(Set(pending.map(\.row.id)))
                let units = Set(try await store.units().map(\.id))
                var seenIDs: Set<String> = []
                var seenIdentifiers: Set<String> = []
                var fresh: [Customer] = []
                for (line, customer) in pending {
                    if existingIDs.contains(customer.id) || !seenIDs.insert(customer.id).inserted {
                        report.reject(line, "id: a customer with the id '\(customer.id)' exists already")
                    } else if let unit = customer.unitID, !units.contains(unit) {
                        report.reject(line, "unitID: unknown unit '\(unit)'")
                    } else if let clash = customer.identifiers.first(where: {
                        taken[$0.description] != nil || seenIdentifiers.contains($0.description)
                    }) {
                        report.reject(line, "identifiers: \(clash) belongs to another customer")
                    } else {
                        seenIdentifiers.formUnion(customer.identifiers.map(\.description))
                        fresh.append(customer)
                    }
                }
                try await store.insertCustomers(fresh)
                report.stored += fresh.count
            })
    }

    /// The shared loop: read the header into a mapping, parse rows, store them in batches, report
    /// every rejected row, and record the import in the audit log.
    func run<Mapping, Row>(
        _ input: CSVInput, entityType: String, actor: AuditActor, report initial: ImportReport = ImportReport(),
        onRejected: @escaping @Sendable (ImportReport.Rejection) -> Void,
        mapping makeMapping: ([String]) throws -> Mapping,
        row parse: (Mapping, CSVReader.Record) throws -> Row,
        store: ([(line: Int, row: Row)], inout ImportReport.Builder) async throws -> Void
    ) async throws -> ImportReport {
        var report = ImportReport.Builder(onRejected: onRejected, report: initial)
        var mapping: Mapping?
        var pending: [(line: Int, row: Row)] = []
        try await CSVFile.read(input) { record in
            guard let current = mapping else {
                do { mapping = try makeMapping(record.fields) } catch let error as ValidationFailure {
                    throw StoreError.invalid(error)
                }
                return
            }
            do { pending.append((record.line, try parse(current, record))) } catch let error as ValidationFailure {
                report.reject(record.line, error.description)
            }
            if pending.count >= batchSize {
                try await store(pending, &report)
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { try await store(pending, &report) }
        let result = report.finished()
        try await self.store.recordAudit(
            actor, action: "import", entityType: entityType, entityID: input.name, summary: result.summary)
        return result
    }
}

extension ImportReport {
    /// Collects an import's counts while it runs and passes each rejection on as it is found.
    struct Builder {
        let onRejected: (ImportReport.Rejection) -> Void
        var report: ImportReport

        init(onRejected: @escaping (ImportReport.Rejection) -> Void, report: ImportReport = ImportReport()) {
            self.onRejected = onRejected
            self.report = report
        }

        var stored: Int {
            get { report.stored }
            set { report.stored = newValue }
        }

        var duplicates: Int {
            get { report.duplicates }
            set { report.duplicates = newValue }
        }

        var updated: Int {
            get { report.updated }
            set { report.updated = newValue }
        }

        var inReview: Int {
            get { report.inReview }
            set { report.inReview = newValue }
        }

        mutating func reject(_ line: Int, _ reason: String) {
            let rejection = ImportReport.Rejection(line: line, reason: reason)
            report.rejected.append(rejection)
            onRejected(rejection)
        }

        /// The report with rejections in line order.
        func finished() -> ImportReport {
            var result = report
            result.rejected.sort { $0.line < $1.line }
            return result
        }
    }
}

/// Reads a file in 64 KiB chunks through the CSV reader, after reading all of it once to check its form
/// (UTF-8 text whose quotes all close), so that a wrong file is refused before any of its rows is
/// imported and an import never stops half-way because of the file's form.
enum CSVFile {
    /// A record longer than this is refused: a quote that is never closed swallows the rest of the file.
    static let maxRecordBytes = 1_048_576

    static func read(_ path: String, _ body: (CSVReader.Record) async throws -> Void) async throws {
        try check(path)
        let handle = try open(path)
        defer { try? handle.close() }
        try await parse({ try handle.read(upToCount: 65_536) ?? Data() }, body)
    }

    /// Reads a file or, with the same checks, text already in memory (an API request's body).
    static func read(_ input: CSVInput, _ body: (CSVReader.Record) async throws -> Void) async throws {
        switch input {
        case .file(let path): try await read(path, body)
        case .data(let data, _):
            var form = FormCheck()
            var start = data.startIndex
            while start < data.endIndex {
                let end = min(start + 1_048_576, data.endIndex)
                try form.feed(data[start..<end])
                start = end
            }
            try form.finish()
            var offset = data.startIndex
            try await parse(
                {
                    let end = min(offset + 65_536, data.endIndex)
                    defer { offset = end }
                    return data[offset..<end]
                }, body)
        }
    }

    /// Checks the form of the whole file.
    static func check(_ path: String) throws {
        let handle = try open(path)
        defer { try? handle.close() }
        var form = FormCheck()
        while true {
            let chunk = try handle.read(upToCount: 1_048_576) ?? Data()
            if chunk.isEmpty { break }
            try form.feed(chunk)
        }
        try form.finish()
    }

    private static func open(_ path: String) throws -> FileHandle {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.invalid("file", "cannot open '\(path)' for reading")
        }
        return handle
    }

    /// Feeds chunks to the CSV reader until an empty one.
    private static func parse(_ next: () throws -> Data, _ body: (CSVReader.Record) async throws -> Void) async throws {
        var reader = CSVReader()
        while true {
            let chunk = try next()
            if chunk.isEmpty { break }
            for record in reader.feed(chunk) { try await body(record) }
            try refuseEndless(reader)
        }
        for record in reader.finish() { try await body(record) }
        try refuseOpenQuote(reader)
    }

    fileprivate static func refuseEndless(_ reader: CSVReader) throws {
        if reader.pendingBytes > maxRecordBytes {
            throw StoreError.invalid(
                "file",
                "the record that starts on line \(reader.pendingLine) is longer than 1 MiB; a closing quote (\") is probably missing"
            )
        }
    }

    fileprivate static func refuseOpenQuote(_ reader: CSVReader) throws {
        if reader.isInsideQuotes {
            throw StoreError.invalid("file", "ends inside a quoted field; a closing quote (\") is missing")
        }
    }
}

/// A file's form, read once before any row is imported, a chunk at a time: UTF-8 text, then records as the
/// CSV reader reads them (and drops them), every quote closed and no record over the limit.
private struct FormCheck {
    var text = ImportFileCheck()
    var reader = CSVReader()

    mutating func feed(_ chunk: Data) throws {
        text.feed(chunk)
        if let problem = text.problem { throw StoreError.invalid("file", problem) }
        _ = reader.feed(chunk)
        try CSVFile.refuseEndless(reader)
    }

    mutating func finish() throws {
        text.finish()
        if let problem = text.problem { throw StoreError.invalid("file", problem) }
        _ = reader.finish()
        try CSVFile.refuseOpenQuote(reader)
    }
}
