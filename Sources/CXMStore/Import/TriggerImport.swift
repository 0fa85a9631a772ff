import CXMCore
import Foundation

/// What importing a file of triggers did: invitations scheduled, suppressed (by reason), repeated
/// triggers recognised by their key, and rejected rows with line and reason.
public struct TriggerImportReport: Sendable {
    public var scheduled = 0
    public var suppressed: [String: Int] = [:]
    public var duplicates = 0
    public var rejected: [ImportReport.Rejection] = []

    public var summary: String {
        let reasons = suppressed.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
        return "\(scheduled) scheduled, \(suppressed.values.reduce(0, +)) not sent"
            + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))")
            + ", \(duplicates) already decided (same idempotency key), \(rejected.count) rejected"
    }
}

extension CSVImport {
    /// Decides every trigger of a CSV file (columns as `TriggerCSVMapping` names them), `batchSize`
    /// rows per transaction, in the file's order; bad rows are reported by line and the good ones kept.
    public func triggers(
        from path: String, now: Date = Date(), actor: AuditActor,
        onRejected: @escaping @Sendable (ImportReport.Rejection) -> Void = { _ in }
    ) async throws -> TriggerImportReport {
        var report = TriggerImportReport()
        var mapping: TriggerCSVMapping?
        var pending: [(line: Int, trigger: TriggerRequest)] = []
        func reject(_ line: Int, _ reason: String) {
            let rejection = ImportReport.Rejection(line: line, reason: reason)
            report.rejected.append(rejection)
            onRejected(rejection)
        }
        func flush() async throws {
            let result = try await store.triggerBatch(pending.map(\.trigger), now: now)
            for (index, failure) in result.rejected { reject(pending[index].line, failure.description) }
            for (_, outcome) in result.outcomes {
                if outcome.duplicate {
                    report.duplicates += 1
                } else if let reason = outcome.invitation.reason {
                    report.suppressed[reason.code, default: 0] += 1
                } else {
                    report.scheduled += 1
                }
            }
            pending.removeAll(keepingCapacity: true)
        }
        try await CSVFile.read(path) { record in
            guard let current = mapping else {
                do throws(ValidationFailure) { mapping = try TriggerCSVMapping(header: record.fields) } catch {
                    throw StoreError.invalid(error)
                }
                return
            }
            do { pending.append((record.line, try current.trigger(from: record))) } catch let error as ValidationFailure {
                reject(record.line, error.description)
            }
            if pending.count >= batchSize { try await flush() }
        }
        if !pending.isEmpty { try await flush() }
        report.rejected.sort { $0.line < $1.line }
        try await store.recordAudit(
            actor, action: "import", entityType: "triggers", entityID: URL(fileURLWithPath: path).lastPathComponent,
            summary: report.summary)
        return report
    }
}
