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
        /// How many events the batch held (not part of the answer).
        var received = 0

        private enum CodingKeys: String, CodingKey { case stored, duplicates, rejected, unlinkedUsers, aliased, results }
    }

    static let maxEvents = 10_000

    func registerEvents(in routes: inout RouteTable) {
        routes.post("/api/v1/signal-sources/{id}/events:batch", .requires(.importData)) { request, context in
            let source = try await store.signalSource(try context.id())
            let buffer = try await request.body.collect(upTo: context.maxUploadSize)
            guard buffer.readableBytes > 0 else {
                throw AppError.badRequest(ValidationFailure(field: "body", "is empty; send a JSON document"))
            }
            let result = try await ingestEvents(Array(buffer: buffer), from: source)
            let status: HTTPResponse.Status =
                result.rejected == result.received && result.received > 0 ? .unprocessableContent : .ok
            return try JSONOutput.response(result, status: status)
        }
    }

    /// Events of a part of the batch, checked: the valid ones and the others' results, by position in the batch.
    struct CheckedEvents: Sendable {
        var results: [EventItemResult] = []
        var valid: [(index: Int, event: BehaviourEvent)] = []
    }

    /// Reads and checks every event, stores the good ones in one transaction and reports the others by
    /// index. A large batch is decoded and checked in two slices at once (those were a third of a batch's
    /// time, all of it on one core while the other waited).
    func ingestEvents(_ bytes: [UInt8], from source: SignalSource) async throws -> EventBatchResult {
        guard source.kinds.contains(.event) else {
            throw AppError.badRequest(
                ValidationFailure(
                    field: "kinds", "source '\(source.id)' does not send behavioural events; add event to its kinds"))
        }
        try JSONInput.checkNesting(bytes)
        let catalog = try await store.eventCatalog()
        let now = Date()
        let check = { @Sendable (offset: Int, elements: [BatchElement<BehaviourEventSubmission>]) in
            Self.check(elements, offset: offset, channelKeys: catalog.channelKeys, began: catalog.began, now: now)
        }
        let parts: [CheckedEvents]
        if bytes.count > 256 * 1024,
            let sliced = await BatchBody.decodeInSlices(
                bytes, key: "batch", as: BatchElement<BehaviourEventSubmission>.self, maxElements: Self.maxEvents,
                sliceSize: 2500, check)
        {
            parts = sliced
        } else {
            // Small, over the limit, or of another shape: read whole, with the usual errors.
            let input = try JSONInput.decode(EventBatchInput.self, from: Data(bytes))
            guard input.batch.count <= Self.maxEvents else {
                throw AppError.badRequest(
                    ValidationFailure(
                        field: "batch", "holds \(input.batch.count) events; send at most \(Self.maxEvents) per call"))
            }
            parts = [check(0, input.batch)]
        }
        let received = parts.reduce(0) { $0 + $1.results.count + $1.valid.count }
        var results = parts.flatMap(\.results)
        let valid = parts.flatMap(\.valid)
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
            unlinkedUsers: ingestion.unlinkedUsers, aliased: ingestion.aliased, results: results, received: received)
    }

    /// Resolves the elements (the first at `offset` in the batch) against the workspace's channels and start.
    static func check(
        _ elements: [BatchElement<BehaviourEventSubmission>], offset: Int, channelKeys: Set<String>, began: Date, now: Date
    ) -> CheckedEvents {
        var checked = CheckedEvents()
        checked.valid.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() {
            let index = offset + position
            switch element {
            case .unreadable(let failure):
                checked.results.append(EventItemResult(index: index, status: "rejected", errors: failure.errors))
            case .value(let submission):
                do {
                    checked.valid.append((index, try submission.resolve(channelKeys: channelKeys, began: began, now: now)))
                } catch {
                    checked.results.append(EventItemResult(index: index, status: "rejected", errors: error.errors))
                }
            }
        }
        return checked
    }
}
