import CXMCore
import CXMStore
import Foundation

/// Measures what a delivered improvement did to its touchpoint's NPS, for the API and the pages alike.
struct ImprovementEffects: Sendable {
    let store: Store

    /// The effect as the answers say now; nil for an item not delivered.
    func measure(_ item: Improvement, weeks: Int = Store.effectWeeks, now: Date = Date()) async throws -> ImprovementEffect? {
        guard let delivered = item.deliveredAt else { return nil }
        let tree = try await store.unitTree()
        let treated: Set<String>? =
            item.unitIDs.isEmpty ? nil : item.unitIDs.reduce(into: Set()) { $0.formUnion(tree.subtree(of: $1)) }
        let counts = try await store.npsAroundDelivery(
            touchpointID: item.touchpointID, treated: treated, delivered: delivered, weeks: weeks)
        return ImprovementEffect.measure(
            treated: ImprovementEffect.Periods(before: counts.treated.before, after: counts.treated.after),
            control: counts.control.map { ImprovementEffect.Periods(before: $0.before, after: $0.after) }, weeks: weeks,
            deliveredAt: delivered, measuredAt: now)
    }

    /// The item with its effect worked out afresh while it is delivered; a measured item keeps the effect it was
    /// measured with.
    func current(_ item: Improvement) async throws -> Improvement {
        guard item.stage == .delivered else { return item }
        var measured = item
        measured.effect = try await measure(item)
        return measured
    }

    /// Keeps the effect as it is now and moves the item to measured.
    func record(
        _ item: Improvement, reason: String?, visibleUnits: Set<String>?, by actor: AuditActor
    ) async throws -> (improvement: Improvement, move: ImprovementMove) {
        try await store.moveImprovement(
            item.id, version: item.version, to: .measured, reason: reason, visibleUnits: visibleUnits, by: actor,
            effect: try await measure(item))
    }
}
