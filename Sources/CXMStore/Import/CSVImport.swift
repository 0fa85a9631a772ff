import CXMCore
import Foundation

/// What an import did: how many rows were stored, already there, or rejected (each with its line and reason).
public struct ImportReport: Sendable {
    public struct Rejection: Sendable, Hashable {
        public var line: Int
        public var reason: String
    }

    public var stored = 0
    public var duplicates = 0
    public var rejected: [Rejection] = []

    public var summary: String {
        "\(stored) stored, \(duplicates) already stored (same idempotency key), \(rejected.count) rejected"
    }
}

/// Streams a CSV file in constant memory and stores its rows in batches, keeping the good rows and
/// reporting every bad one by line number.
public struct CSVImport: Sendable {
    public let store: Store
    public let batchSize: Int

    public init(store: Store, batchSize: Int = 2000) {
        self.store = store
        self.batchSize = batchSize
    }

    /// Imports survey responses.
    public func responses(
        from path: String, mapping overrides: [String: String], actor: AuditActor,
        onRejected: @Sendable (ImportReport.Rejection) -> Void = { _ in }
    ) async throws -> ImportReport {
        var report = ImportReport()
        var mapping: ResponseCSVMapping?
        var pending: [(line: Int, submission: ResponseSubmission)] = []
        func flush() async throws {
            guard !pending.isEmpty else { return }
            let catalog = try await store.responseCatalog(for: pending.map(\.submission))
            var valid: [SurveyResponse] = []
            for item in pending {
                do { valid.append(try item.submission.resolve(in: catalog, receivedAt: Date())) } catch {
                    let rejection = ImportReport.Rejection(line: item.line, reason: error.description)
                    report.rejected.append(rejection)
                    onRejected(rejection)
                }
            }
            for outcome in try await store.insertResponses(valid) {
                if case .stored = outcome { report.stored += 1 } else { report.duplicates += 1 }
            }
            pending.removeAll(keepingCapacity: true)
        }
        try await CSVFile.read(path) { record in
            guard let current = mapping else {
                do { mapping = try ResponseCSVMapping(header: record.fields, overrides: overrides) } catch let error
                    as ValidationFailure
                {
                    throw StoreError.invalid(error)
                }
                return
            }
            do { pending.append((record.line, try current.submission(from: record))) } catch let error as ValidationFailure {
                let rejection = ImportReport.Rejection(line: record.line, reason: error.description)
                report.rejected.append(rejection)
                onRejected(rejection)
            }
            if pending.count >= batchSize { try await flush() }
        }
        try await flush()
        report.rejected.sort { $0.line < $1.line }
        try await store.recordAudit(
            actor, action: "import", entityType: "responses", entityID: URL(fileURLWithPath: path).lastPathComponent,
            summary: report.summary)
        return report
    }

    /// Imports customers; a row whose identifier already belongs to a stored customer updates nothing
    /// and is rejected with the reason, so that an import never merges people silently.
    public func customers(
        from path: String, mapping overrides: [String: String], actor: AuditActor,
        onRejected: @Sendable (ImportReport.Rejection) -> Void = { _ in }
    ) async throws -> ImportReport {
        var report = ImportReport()
        var mapping: CustomerCSVMapping?
        var pending: [(line: Int, customer: Customer)] = []
        func reject(_ line: Int, _ reason: String) {
            let rejection = ImportReport.Rejection(line: line, reason: reason)
            report.rejected.append(rejection)
            onRejected(rejection)
        }
        func flush() async throws {
            guard !pending.isEmpty else { return }
            let texts = Set(pending.flatMap { $0.customer.identifiers.map(\.description) })
            let taken = try await store.customerIDs(forIdentifiers: texts)
            let existingIDs = try await store.existingCustomerIDs(Set(pending.map(\.customer.id)))
            let units = Set(try await store.units().map(\.id))
            var seen: Set<String> = []
            var fresh: [Customer] = []
            for item in pending {
                if existingIDs.contains(item.customer.id) || !seen.insert(item.customer.id).inserted {
                    reject(item.line, "id: a customer with the id '\(item.customer.id)' exists already")
                    continue
                }
                if let unit = item.customer.unitID, !units.contains(unit) {
                    reject(item.line, "unitID: unknown unit '\(unit)'")
                    continue
                }
                let clash = item.customer.identifiers.first {
                    taken[$0.description] != nil || seen.contains("identifier " + $0.description)
                }
                if let clash {
                    reject(item.line, "identifiers: \(clash) belongs to another customer")
                    continue
                }
                for identifier in item.customer.identifiers { seen.insert("identifier " + identifier.description) }
                fresh.append(item.customer)
            }
            try await store.insertCustomers(fresh)
            report.stored += fresh.count
            pending.removeAll(keepingCapacity: true)
        }
        try await CSVFile.read(path) { record in
            guard let current = mapping else {
                do { mapping = try CustomerCSVMapping(header: record.fields, overrides: overrides) } catch let error
                    as ValidationFailure
                {
                    throw StoreError.invalid(error)
                }
                return
            }
            do { pending.append((record.line, try current.customer(from: record, newID: Identifier.make))) } catch let error
                as ValidationFailure
            {
                reject(record.line, error.description)
            }
            if pending.count >= batchSize { try await flush() }
        }
        try await flush()
        report.rejected.sort { $0.line < $1.line }
        try await store.recordAudit(
            actor, action: "import", entityType: "customers", entityID: URL(fileURLWithPath: path).lastPathComponent,
            summary: report.summary)
        return report
    }
}

/// Reads a file in 64 KiB chunks through the CSV reader.
enum CSVFile {
    static func read(_ path: String, _ body: (CSVReader.Record) async throws -> Void) async throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.invalid("file", "cannot open '\(path)' for reading")
        }
        defer { try? handle.close() }
        var reader = CSVReader()
        while true {
            let chunk = try handle.read(upToCount: 65_536) ?? Data()
            if chunk.isEmpty { break }
            for record in reader.feed(chunk) { try await body(record) }
        }
        for record in reader.finish() { try await body(record) }
        if reader.isInsideQuotes {
            throw StoreError.invalid("file", "ends inside a quoted field; a closing quote (\") is missing")
        }
    }
}
