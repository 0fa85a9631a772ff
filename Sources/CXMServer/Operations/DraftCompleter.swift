import CXMCore
import CXMStore
import Foundation
import Logging
import ServiceLifecycle

/// Stores as responses the drafts that count when left unfinished (a score given in the website
/// widget, half an hour later unless the visitor went on to finish the survey). A draft missing a
/// required answer stays a draft. Drafts untouched for 30 days are deleted (they hold answers, some
/// tied to an invitation and so to a person). Every server runs one; a draft is stored once (its
/// idempotency key).
public struct DraftCompleter: Service {
    let store: Store
    let checkEvery: Duration
    let logger: Logger

    public init(store: Store, checkEvery: Duration, logger: Logger) {
        self.store = store
        self.checkEvery = checkEvery
        self.logger = logger
    }

    /// How long an untouched draft is kept.
    static let draftLifetime: TimeInterval = 30 * 86_400

    public func run() async throws {
        await repeatUntilShutdown(
            every: checkEvery, firstDelay: checkEvery, logger: logger, failure: "storing unfinished widget answers failed"
        ) {
            try await completeDue()
        }
    }

    /// Stores every due draft that makes a valid response; returns how many were stored.
    @discardableResult
    public func completeDue(now: Date = Date()) async throws -> Int {
        var stored = 0
        for _ in 0..<100 {
            let due = try await store.draftsToComplete(now: now)
            var batch: [DraftSubmission] = []
            for (draft, tokenHash) in due {
                guard let linkID = draft.linkID, let link = try await store.surveyLink(id: linkID),
                    let survey = try? await store.survey(draft.surveyID, version: draft.surveyVersion),
                    let touchpoint = try? await store.touchpoint(link.touchpointID)
                else {
                    try await store.keepDraftUnfinished(tokenHash: tokenHash)
                    continue
                }
                do {
                    let response = try DraftResponse.make(
                        draft, survey: survey, touchpoint: touchpoint, unitID: link.unitID, customerID: nil, at: now)
                    batch.append(DraftSubmission(draft: draft, tokenHash: tokenHash, response: response))
                } catch {
                    try await store.keepDraftUnfinished(tokenHash: tokenHash)
                }
            }
            stored += try await store.submitDrafts(batch, receivedAt: now).count { if case .stored = $0 { true } else { false } }
            if due.count < 500 { break }
        }
        if stored > 0 { logger.info("stored unfinished widget answers as responses", metadata: ["count": "\(stored)"]) }
        let purged = try await store.purgeDrafts(before: now.addingTimeInterval(-Self.draftLifetime))
        if purged > 0 { logger.info("deleted survey drafts untouched for 30 days", metadata: ["count": "\(purged)"]) }
        return stored
    }
}
