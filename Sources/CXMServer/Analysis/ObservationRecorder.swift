import CXMCore
import CXMStore
import Foundation

/// Records staff's observations for the API and the phone form alike: the text's language and themes read
/// as answers' are, the observer's own unit when they have only one.
struct ObservationRecorder: Sendable {
    let store: Store

    func record(_ submitted: ObservationDraft, by principal: Principal, language: Language) async throws -> Observation {
        var draft = submitted
        if draft.unitID?.trimmedWhitespace.nilIfEmpty == nil, let units = principal.visibleUnits, units.count == 1 {
            draft.unitID = units.first
        }
        let analysis = try await store.currentTextAnalyzer().analyse(
            String(draft.text.prefix(4 * ObservationDraft.maxLength)), prior: language)
        return try await store.recordObservation(
            draft, language: analysis.language ?? language, themeIDs: Observation.themeIDs(of: analysis),
            visibleUnits: principal.visibleUnits, by: principal.auditActor)
    }
}
