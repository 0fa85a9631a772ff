import CXMCore
import Foundation

extension CSVImport {
    /// The most signals checked and stored in one transaction, as the API's batch allows.
    public static let maxSignalBatch = 5_000

    /// Imports a source's signals (tickets, churn, incidents, orders) as the API batch stores them: a
    /// row whose id the source stored before updates that record, or counts as a duplicate when
    /// nothing changed, so that importing the same export again stores nothing twice.
    public func signals(
        from input: CSVInput, source: SignalSource, mapping overrides: [String: String], kind: SignalKind?,
        actor: AuditActor, onRejected: @escaping @Sendable (ImportReport.Rejection) -> Void = { _ in }
    ) async throws -> ImportReport {
        var initial = ImportReport()
        initial.duplicateMeaning = "same id, nothing changed"
        let importer = CSVImport(store: store, batchSize: min(batchSize, Self.maxSignalBatch))
        return try await importer.run(
            input, entityType: "signals", actor: actor, report: initial, onRejected: onRejected,
            mapping: { header in try SignalCSVMapping(header: header, overrides: overrides, source: source, kind: kind) },
            row: { (mapping: SignalCSVMapping, record) -> SignalSubmission in try mapping.submission(from: record) },
            store: { pending, report in
                let catalog = try await store.signalCatalog(for: source, submissions: pending.map(\.row))
                var valid: [(line: Int, signal: ResolvedSignal)] = []
                for item in pending {
                    do { valid.append((item.line, try item.row.resolve(in: catalog))) } catch {
                        report.reject(item.line, String(describing: error))
                    }
                }
                let outcomes = try await store.ingestSignals(valid.map(\.signal), from: source)
                for (item, outcome) in zip(valid, outcomes) {
                    switch outcome.status {
                    case .stored: report.stored += 1
                    case .updated: report.updated += 1
                    case .duplicate: report.duplicates += 1
                    case .rejected, .outdated:
                        report.reject(item.line, outcome.errors.map(\.description).joined(separator: "; "))
                    }
                    if outcome.reviewID != nil { report.inReview += 1 }
                }
            })
    }
}
