import CXMCore
import CXMStore
import Foundation
import HTTPTypes
import Hummingbird

/// Responses under /api/v1: single and batch ingestion with idempotency, and listing within scope.
struct ResponsesAPI {
    let store: Store
    let metrics: ServerMetrics

    static let maxBatch = 10_000

    struct BatchInput: Decodable {
        var responses: [BatchItem]
    }

    typealias BatchItem = BatchElement<ResponseSubmission>

    /// One line of a batch result: stored, a duplicate of an earlier submission, or rejected with reasons.
    struct BatchItemResult: Encodable, Sendable {
        var index: Int
        var status: String
        var id: String?
        var errors: [FieldError]?
    }

    struct BatchResult: Encodable, Sendable {
        var stored: Int
        var duplicates: Int
        var rejected: Int
        var results: [BatchItemResult]
    }

    struct SingleResult: Encodable, Sendable {
        var id: String
        var duplicate: Bool
    }

    func register(in routes: inout RouteTable) {
        routes.post("/api/v1/responses", .requires(.submitResponses)) { request, context in
            var submission = try await JSONInput.decode(ResponseSubmission.self, from: request, context: context)
            if submission.idempotencyKey == nil {
                submission.idempotencyKey = request.headers[HTTPField.Name("Idempotency-Key")!]
            }
            let catalog = try await store.responseCatalog(for: [submission])
            let response = try Self.resolve(submission, in: catalog)
            try context.actor.requireVisible(unit: response.unitID, "unit '\(response.unitID)'")
            let outcome = try await store.insertResponses([response])[0]
            if case .stored = outcome { metrics.responsesIngested(1) }
            let duplicate = if case .duplicate = outcome { true } else { false }
            var reply = try JSONOutput.response(
                SingleResult(id: outcome.id, duplicate: duplicate), status: duplicate ? .ok : .created)
            reply.headers[.location] = "/api/v1/responses/\(outcome.id)"
            return reply
        }

        routes.post("/api/v1/responses:batch", .requires(.submitResponses)) { request, context in
            let input = try await Self.decodeBatch(request, context: context)
            guard input.responses.count <= Self.maxBatch else {
                throw AppError.badRequest(
                    ValidationFailure(
                        field: "responses", "holds \(input.responses.count) items; send at most \(Self.maxBatch) per call"))
            }
            let result = try await ingest(input.responses, principal: try context.actor)
            return try JSONOutput.response(
                result, status: result.rejected == input.responses.count && result.rejected > 0 ? .unprocessableContent : .ok)
        }

        routes.get("/api/v1/responses", .requires(.read)) { request, context in
            let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
            let query = ResponseQuery(
                surveyID: request.query("surveyID"), touchpointID: request.query("touchpointID"),
                unitID: request.query("unitID"), customerID: request.query("customerID"),
                from: try request.date("from", dayIn: zone), to: try request.date("to", dayIn: zone),
                visibleUnits: try context.actor.visibleUnits)
            return try JSONOutput.response(PageBody(try await store.responses(query, page: try request.page())))
        }
        routes.get("/api/v1/responses/{id}", .requires(.read)) { _, context in
            let response = try await store.response(try context.id())
            try context.actor.requireVisible(unit: response.unitID, "response '\(response.id)'")
            return try JSONOutput.response(response)
        }
    }

    /// Reads a batch, decoding large ones in parallel slices (JSON decoding was a fifth of a batch's
    /// time); falls back to decoding the whole body, with its usual errors, for anything unusual.
    static func decodeBatch(_ request: Request, context: AppContext) async throws -> BatchInput {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let bytes = Array(buffer: buffer)
        // Small bodies are decoded whole; the whole-body decoder checks nesting itself.
        guard bytes.count > 256 * 1024 else { return try JSONInput.decode(BatchInput.self, from: Data(bytes)) }
        try JSONInput.checkNesting(bytes)
        guard
            let slices = await BatchBody.decodeInSlices(
                bytes, key: "responses", as: BatchItem.self, maxElements: maxBatch, sliceSize: 2500, { $1 })
        else { return try JSONInput.decode(BatchInput.self, from: Data(bytes)) }
        return BatchInput(responses: slices.flatMap { $0 })
    }

    /// Resolves one submission, reporting its problems as 422.
    static func resolve(_ submission: ResponseSubmission, in catalog: ResponseCatalog) throws -> SurveyResponse {
        do { return try submission.resolve(in: catalog, receivedAt: Date()) } catch { throw AppError.unprocessable(error) }
    }

    /// Resolves every submission, stores the valid ones in one transaction and reports each by index.
    func ingest(_ items: [BatchItem], principal: Principal) async throws -> BatchResult {
        let submissions = items.compactMap { $0.value }
        let catalog = try await store.responseCatalog(for: submissions)
        let now = Date()
        var results: [BatchItemResult] = []
        var valid: [(index: Int, response: SurveyResponse)] = []
        for (index, item) in items.enumerated() {
            guard case .value(let submission) = item else {
                if case .unreadable(let failure) = item {
                    results.append(BatchItemResult(index: index, status: "rejected", errors: failure.errors))
                }
                continue
            }
            do {
                let response = try submission.resolve(in: catalog, receivedAt: now)
                if principal.canSee(unit: response.unitID) {
                    valid.append((index, response))
                } else {
                    results.append(
                        BatchItemResult(index: index, status: "rejected", errors: [FieldError("unitID", "is outside your units")])
                    )
                }
            } catch {
                results.append(BatchItemResult(index: index, status: "rejected", errors: error.errors))
            }
        }
        let outcomes = try await store.insertResponses(valid.map(\.response), receivedAt: now)
        var stored = 0
        for (item, outcome) in zip(valid, outcomes) {
            switch outcome {
            case .stored(let id):
                stored += 1
                results.append(BatchItemResult(index: item.index, status: "stored", id: id))
            case .duplicate(let id):
                results.append(BatchItemResult(index: item.index, status: "duplicate", id: id))
            }
        }
        metrics.responsesIngested(stored)
        results.sort { $0.index < $1.index }
        let rejected = results.filter { $0.status == "rejected" }.count
        return BatchResult(stored: stored, duplicates: valid.count - stored, rejected: rejected, results: results)
    }
}
