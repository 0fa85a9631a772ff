import CXMCore
import CXMStore
import Foundation

/// Who may read which evidence of an improvement, change it, or name its owner: the same rules for the API
/// and the pages.
struct ImprovementAccess: Sendable {
    let store: Store

    /// The item as the principal may read it: evidence they may not open is left out or, in the impact score,
    /// counted without its label.
    func readable(_ item: Improvement, by principal: Principal) async throws -> Improvement {
        guard principal.visibleUnits != nil else { return item }
        let links = item.evidence + (item.impact?.evidence.map(\.link) ?? [])
        return item.redacted(visible: try await store.visibleEvidence(links, visibleUnits: principal.visibleUnits))
    }

    /// Refuses a change by someone who neither manages the list nor owns or proposed the item.
    func requireEdit(_ item: Improvement, by principal: Principal) throws {
        guard principal.mayEdit(item) else {
            throw AppError.forbidden(
                "only a CX manager, or the improvement's owner or proposer while it is open (and for their own units), changes it"
            )
        }
    }

    /// Refuses naming an owner the principal may not name.
    func requireOwner(_ ownerID: String?, current: String?, by principal: Principal) throws {
        guard principal.mayAssignOwner(ownerID, current: current) else {
            throw AppError.forbidden(
                "only a CX manager names someone else as an improvement's owner; you may take an unowned one")
        }
    }
}
