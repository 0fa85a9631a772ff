import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// A source's signals as a CSV file (`POST /api/v1/signal-sources/{id}/signals:import`): the same
/// columns and checks as `cxm import signals`, for systems that can only export files.
extension SignalsAPI {
    /// What an import did; rejected rows by their line in the file.
    struct ImportSummary: Encodable, Sendable {
        struct Rejection: Encodable, Sendable {
            var line: Int
            var reason: String
        }

        var stored: Int
        var updated: Int
        var duplicates: Int
        var inReview: Int
        var rejected: [Rejection]
    }

    func registerImport(in routes: inout RouteTable) {
        routes.post("/api/v1/signal-sources/{id}/signals:import", .requires(.importData)) { request, context in
            let source = try await store.signalSource(try context.id())
            let buffer = try await request.body.collect(upTo: context.maxUploadSize)
            guard buffer.readableBytes > 0 else {
                throw AppError.badRequest(ValidationFailure(field: "body", "is empty; send the CSV file, header row first"))
            }
            let kind = try Self.importKind(request.query("kind"))
            let overrides: [String: String]
            do throws(ValidationFailure) {
                overrides = try ColumnMapping.parse(request.uri.queryParameters.getAll("map").map { String($0) })
            } catch {
                throw AppError.badRequest(error)
            }
            let report: ImportReport
            do {
                report = try await CSVImport(store: store).signals(
                    from: .data(Data(buffer: buffer), name: "\(source.id).csv"), source: source, mapping: overrides,
                    kind: kind, actor: context.actor.auditActor)
            } catch StoreError.invalid(let box) {
                // A header or file that cannot be read stops the import before any row: the request is wrong.
                throw AppError.badRequest(box.failure)
            }
            let read = report.stored + report.updated + report.duplicates + report.rejected.count
            let summary = ImportSummary(
                stored: report.stored, updated: report.updated, duplicates: report.duplicates, inReview: report.inReview,
                rejected: report.rejected.map { ImportSummary.Rejection(line: $0.line, reason: $0.reason) })
            return try JSONOutput.response(
                summary, status: read > 0 && report.rejected.count == read ? .unprocessableContent : .ok)
        }
    }

    /// The `kind` query parameter: what rows are when the file has no type column.
    static func importKind(_ text: String?) throws -> SignalKind? {
        guard let text else { return nil }
        guard let kind = SignalKind(rawValue: text.lowercased()), SignalKind.records.contains(kind) else {
            throw AppError.badRequest(
                ValidationFailure(field: "kind", "'\(text)' is not one of ticket, churn, incident or order"))
        }
        return kind
    }
}
