import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Behavioural events (`/api/v1/signal-sources/{id}/events:batch`), in the shape of an analytics
/// tool's batch call: `{"batch": [{"type": "track", "event": "Checkout Started", "userId": …}]}`.
extension SignalsAPI {
    struct EventBatchInput: Decodable {
        var batch: [BatchElement<BehaviourEventSubmission>]
    }

    /// An event that was not stored, and why.
    struct EventItemResult: Encodable, Sendable {
        var index: Int
        /// `duplicate` or `rejected`.
        var status: String
        var errors: [FieldError]?
    }

    struct EventBatchResult: Encodable, Sendable {
        var stored: Int
        var duplicates: Int
        var rejected: Int
        /// Signed-in users no customer holds; their events are kept and count in funnels.
        var unlinkedUsers: Int
        /// Anonymous devices that turned out to be a signed-in user.
        var aliased: Int
        /// Only the events that were not stored, by their position in the batch.
        var results: [EventItemResult]
    }

    static let maxEvents = 10_000

    func registerEvents(in routes: inout RouteTable) {
        routes.post("/api/v1/signal-sources/{id}/events:batch", .requires(.importData)) { request, context in
            let source = try await store.signalSource(try context.id())
            let input = try await JSONInput.decode(EventBatchInput.self, from: request, context: context)
            let result = try await ingestEvents(input.batch, from: source)
            let status: HTTPResponse.Status =
                result.rejected == input.batch.count && !input.batch.isEmpty ? .unprocessableContent : .ok
            return try JSONOutput.response(result, status: status)
        }
    }

    /// Checks every event, stores the good ones in one transaction and reports the others by index.
    func ingestEvents(
        _ elements: [BatchElement<BehaviourEventSubmission>], from source: SignalSource
    ) async throws -> EventBatchResult {
        guard source.kinds.contains(.event) else {
            throw AppError.badRequest(
                ValidationFailure(
                    field: "kinds", "source '\(source.id)' does not send behavioural events; add event to its kinds"))
        }
        guard elements.count <= Self.maxEvents else {
            throw AppError.badRequest(
                ValidationFailure(field: "batch", "holds \(elements.count) events; send at most \(Self.maxEvents) per call"))
        }
        let catalog = try await store.eventCatalog()
        let now = Date()
        var results: [EventItemResult] = []
        var valid: [(index: Int, event: BehaviourEvent)] = []
        valid.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            switch element {
            case .unreadable(let failure):
                results.append(EventItemResult(index: index, status: "rejected", errors: failure.errors))
            case .value(let submission):
                do {
                    valid.append(
                        (index, try submission.resolve(channelKeys: catalog.channelKeys, began: catalog.began, now: now)))
                } catch {
                    results.append(EventItemResult(index: index, status: "rejected", errors: error.errors))
                }
            }
        }
        let rejected = results.count
        let ingestion = try await store.ingestEvents(valid.map(\.event), from: source)
        for position in ingestion.duplicates {
            results.append(
                EventItemResult(
                    index: valid[position].index, status: "duplicate",
                    errors: [FieldError("messageId", "was sent before; the event is stored once")]))
        }
        results.sort { $0.index < $1.index }
        return EventBatchResult(
            stored: ingestion.stored, duplicates: ingestion.duplicates.count, rejected: rejected,
            unlinkedUsers: ingestion.unlinkedUsers, aliased: ingestion.aliased, results: results)
    }
}
