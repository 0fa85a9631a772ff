import CXMCore
import CXMStore

/// Group commit for respondents' last pages. Survey pages sent at the same moment wait for the one
/// writer together and are stored in one transaction, so that a busy survey costs a commit per
/// batch, not per respondent; a page sent alone is stored at once. If a batch fails, its pages are
/// tried one by one, so that one bad page cannot fail the others.
actor DraftSubmissions {
    private let store: Store
    private var pending: [(DraftSubmission, CheckedContinuation<InsertOutcome, any Error>)] = []
    private var draining = false

    /// The most pages one transaction takes.
    static let maxBatch = 200

    init(store: Store) { self.store = store }

    /// Stores one respondent's response; returns when it is committed.
    func submit(_ submission: DraftSubmission) async throws -> InsertOutcome {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((submission, continuation))
            if !draining {
                draining = true
                Task { await drain() }
            }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.maxBatch))
            pending.removeFirst(batch.count)
            do {
                let outcomes = try await store.submitDrafts(batch.map(\.0))
                for (index, item) in batch.enumerated() { item.1.resume(returning: outcomes[index]) }
            } catch  where batch.count > 1 {
                for item in batch {
                    do {
                        item.1.resume(returning: try await store.submitDrafts([item.0])[0])
                    } catch {
                        item.1.resume(throwing: error)
                    }
                }
            } catch {
                batch[0].1.resume(throwing: error)
            }
        }
        draining = false
    }
}
