import CXMCore
import CXMStore
import Foundation

/// Works out improvements' impact scores: the evidence's reach within the units an item is for, and the
/// touchpoint's weight in its journey's kept driver analysis (never run for this: it takes seconds).
struct ImprovementImpact: Sendable {
    let store: Store

    /// The score as the evidence says today, kept with the item.
    func refresh(_ item: Improvement) async throws -> Improvement {
        let language = try await store.workspaceSettings().defaultLanguage
        let tree = try await store.unitTree()
        let scope: Set<String>? =
            item.unitIDs.isEmpty ? nil : item.unitIDs.reduce(into: Set()) { $0.formUnion(tree.subtree(of: $1)) }
        let reach = try await store.evidenceReach(item.evidence, scope: scope, language: language)
        let score = ImpactScore(evidence: reach, importance: try await importance(of: item.touchpointID))
        let now = Date()
        try await store.saveImpact(score, of: item.id, at: now)
        var scored = item
        scored.impact = score
        scored.impactAt = now
        return scored
    }

    /// The touchpoint's share of the explained variance in its journey's kept analysis, against the average
    /// driver's; an average driver's weight when none is kept or the touchpoint is not among its drivers.
    func importance(of touchpointID: String?) async throws -> ImpactImportance {
        guard let touchpointID, let touchpoint = try? await store.touchpoint(touchpointID),
            let stage = try? await store.stage(touchpoint.stageID)
        else { return ImpactImportance() }
        let everyone = Principal(kind: .token(id: "system"), name: "cxm", role: .admin, visibleUnits: nil)
        guard let kept = try await DriverService(store: store).keptJourneyPriorities(stage.journeyID, for: everyone)
        else { return ImpactImportance() }
        let drivers = kept.result.report.drivers
        guard let driver = drivers.first(where: { $0.driver.id == "touchpoint:\(touchpointID)" }) else {
            return ImpactImportance()
        }
        return ImpactImportance(
            share: driver.share / 100, drivers: drivers.count, significant: driver.significant,
            outcome: kept.result.outcomeLabel)
    }
}
