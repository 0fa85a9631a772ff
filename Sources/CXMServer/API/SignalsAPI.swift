import CXMCore
import CXMStore
import Foundation
import HTTPTypes
import Hummingbird

/// Signals from other systems: sources (/api/v1/signal-sources), batches sent with an API token,
/// and each source's inbound webhook, signed with the source's secret (Standard Webhooks).
struct SignalsAPI {
    let store: Store

    static let maxBatch = 5_000

    struct BatchInput: Decodable {
        var signals: [BatchElement<SignalSubmission>]
    }

    /// One line of a batch result.
    struct ItemResult: Encodable, Sendable {
        var index: Int
        /// `stored`, `updated`, `duplicate`, `outdated` or `rejected`.
        var status: String
        var id: String?
        var reviewID: String?
        var createdCustomerID: String?
        var errors: [FieldError]?
        var warnings: [FieldError]?
    }

    struct BatchResult: Encodable, Sendable {
        var stored: Int
        var updated: Int
        var duplicates: Int
        var rejected: Int
        /// Deliveries older than the record stored (their `updatedAt`), not applied.
        var outdated: Int
        var inReview: Int
        var results: [ItemResult]
    }

    /// A source with its webhook address; the secret only when it was just made.
    struct SourceBody: Encodable, Identifiable, Sendable {
        var id: String { source.id }
        var source: SignalSource
        var webhookURL: String
        var webhookSecret: String?

        init(_ source: SignalSource, secret: String? = nil) {
            self.source = source
            webhookURL = "/api/v1/signal-sources/\(source.id)/webhook"
            webhookSecret = secret
        }

        func encode(to encoder: any Encoder) throws {
            try source.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(webhookURL, forKey: .webhookURL)
            try container.encodeIfPresent(webhookSecret, forKey: .webhookSecret)
        }

        enum Keys: String, CodingKey { case webhookURL, webhookSecret }
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/signal-sources", .requires(.manageSignalSources)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.signalSources().map { SourceBody($0) }))
        }
        routes.post("/api/v1/signal-sources", .requires(.manageSignalSources)) { request, context in
            let source = try await JSONInput.decode(SignalSource.self, from: request, context: context)
            let created = try await store.createSignalSource(source, by: context.actor.auditActor)
            return try JSONOutput.created(
                SourceBody(created.source, secret: created.webhookSecret), in: "/api/v1/signal-sources")
        }
        routes.get("/api/v1/signal-sources/{id}", .requires(.manageSignalSources)) { _, context in
            try JSONOutput.response(SourceBody(try await store.signalSource(try context.id())))
        }
        routes.put("/api/v1/signal-sources/{id}", .requires(.manageSignalSources)) { request, context in
            let current = try await store.signalSource(try context.id())
            var source = try await JSONInput.decode(SignalSource.self, from: request, context: context)
            source.id = current.id
            return try JSONOutput.response(SourceBody(try await store.updateSignalSource(source, by: context.actor.auditActor)))
        }
        routes.post("/api/v1/signal-sources/{id}/secret", .requires(.manageSignalSources)) { _, context in
            let replaced = try await store.replaceSignalSourceSecret(try context.id(), by: context.actor.auditActor)
            return try JSONOutput.response(SourceBody(replaced.source, secret: replaced.webhookSecret))
        }
        routes.post("/api/v1/signal-sources/{id}/signals:batch", .requires(.importData)) { request, context in
            let source = try await store.signalSource(try context.id())
            let input = try await JSONInput.decode(BatchInput.self, from: request, context: context)
            return try await answer(try await ingest(input.signals, from: source), count: input.signals.count)
        }
        registerEvents(in: &routes)
        registerImport(in: &routes)
        // The source's own system calls this without a cxm token: the signature is the credential.
        routes.post("/api/v1/signal-sources/{id}/webhook", .open) { request, context in
            let buffer = try await request.body.collect(upTo: context.maxUploadSize)
            let body = String(buffer: buffer)
            // Headers and timestamp first, so that whether a source exists is told to signed deliveries only.
            try Self.verify(request.headers, body: body, secret: nil)
            let source: SignalSourceSecret
            do { source = try await store.signalSourceForWebhook(context.parameters.get("id") ?? "") } catch StoreError.notFound {
                throw AppError.signatureRejected(Self.noMatch)
            }
            try Self.verify(request.headers, body: body, secret: source.webhookSecret)
            let input = try JSONInput.decode(BatchInput.self, from: Data(body.utf8))
            return try await answer(try await ingest(input.signals, from: source.source), count: input.signals.count)
        }
    }

    private func answer(_ result: BatchResult, count: Int) async throws -> Response {
        try JSONOutput.response(result, status: result.rejected == count && count > 0 ? .unprocessableContent : .ok)
    }

    static let noMatch = "the signature does not match this source's secret"

    /// Checks a delivery's Standard Webhooks headers; without a secret, only that they are there and recent.
    static func verify(_ headers: HTTPFields, body: String, secret: String?) throws {
        func header(_ name: String) -> String? { headers[HTTPField.Name(name)!] }
        do {
            try WebhookSignature.verify(
                id: header("webhook-id"), timestamp: header("webhook-timestamp"), signatures: header("webhook-signature"),
                body: body, secret: secret ?? "")
        } catch {
            if secret == nil, case .noMatchingSignature = error { return }
            switch error {
            case .missingHeader(let name):
                throw AppError.signatureRejected(
                    "the header \(name) is missing: sign deliveries as Standard Webhooks do (webhook-id, webhook-timestamp, webhook-signature)"
                )
            case .timestampOutOfRange:
                throw AppError.signatureRejected("webhook-timestamp is more than five minutes off; check the sender's clock")
            case .noMatchingSignature:
                throw AppError.signatureRejected(Self.noMatch)
            }
        }
    }

    /// Checks every element, stores the good ones in one transaction and reports each by index.
    func ingest(_ elements: [BatchElement<SignalSubmission>], from source: SignalSource) async throws -> BatchResult {
        guard elements.count <= Self.maxBatch else {
            throw AppError.badRequest(
                ValidationFailure(field: "signals", "holds \(elements.count) records; send at most \(Self.maxBatch) per call"))
        }
        let catalog = try await store.signalCatalog(for: source, submissions: elements.compactMap(\.value))
        var results: [ItemResult] = []
        var valid: [(index: Int, signal: ResolvedSignal)] = []
        for (index, element) in elements.enumerated() {
            switch element {
            case .unreadable(let failure):
                results.append(ItemResult(index: index, status: "rejected", errors: failure.errors))
            case .value(let submission):
                do {
                    valid.append((index, try submission.resolve(in: catalog)))
                } catch {
                    results.append(ItemResult(index: index, status: "rejected", errors: error.errors))
                }
            }
        }
        let outcomes = try await store.ingestSignals(valid.map(\.signal), from: source)
        for (item, outcome) in zip(valid, outcomes) {
            results.append(
                ItemResult(
                    index: item.index, status: outcome.status.rawValue, id: outcome.status == .rejected ? nil : outcome.id,
                    reviewID: outcome.reviewID, createdCustomerID: outcome.createdCustomerID,
                    errors: outcome.errors.isEmpty ? nil : outcome.errors,
                    warnings: item.signal.warnings.isEmpty ? nil : item.signal.warnings))
        }
        results.sort { $0.index < $1.index }
        func count(_ status: String) -> Int { results.filter { $0.status == status }.count }
        return BatchResult(
            stored: count("stored"), updated: count("updated"), duplicates: count("duplicate"), rejected: count("rejected"),
            outdated: count("outdated"), inReview: results.filter { $0.reviewID != nil }.count, results: results)
    }
}
