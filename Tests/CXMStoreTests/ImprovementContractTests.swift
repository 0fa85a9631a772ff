import CXMCore
import CXMStore
import Foundation
import Testing

/// Observations and the improvement list behave alike on SQLite and PostgreSQL: kept within the units their
/// readers see, voted and commented once per colleague, and moved on the board only with the reasons the
/// limits ask for.
@Suite("Improvements")
struct ImprovementContractTests {
    static let day = Date(timeIntervalSince1970: 1_780_000_000)
    static let colleague = AuditActor(id: "colleague", name: "colleague@example.com")

    @Test(arguments: TestBackend.available)
    func observationsStayInTheirUnitsAndColleaguesVoteOnceAndComment(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Fixture().install(in: store)
            let storeOne: Set<String> = ["u-store1"]
            let observation = try await store.recordObservation(
                ObservationDraft(
                    text: " Long queue at the tills again ", touchpointID: "tp-1", unitID: "u-store1",
                    frequency: .daily),
                language: .en, themeIDs: ["queue.waiting", "queue"], visibleUnits: storeOne, by: Fixture.actor, at: Self.day)
            #expect(observation.text == "Long queue at the tills again" && observation.themeID == "queue.waiting")
            let companyWide = try await store.recordObservation(
                ObservationDraft(text: "Customers ask for receipts by e-mail"), language: .en, themeIDs: [],
                visibleUnits: nil, by: Fixture.actor, at: Self.day.addingTimeInterval(60))

            // A unit-bound observer names one of their units, and only an existing one.
            await #expect(throws: StoreError.self) {
                try await store.recordObservation(
                    ObservationDraft(text: "x"), language: .en, themeIDs: [], visibleUnits: storeOne, by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.recordObservation(
                    ObservationDraft(text: "x", unitID: "u-store2"), language: .en, themeIDs: [], visibleUnits: storeOne,
                    by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.recordObservation(
                    ObservationDraft(text: "x", unitID: "u-nowhere"), language: .en, themeIDs: [], visibleUnits: nil,
                    by: Fixture.actor)
            }

            // Someone bound to no unit sees only the company-wide ones.
            #expect(try await store.observations(.init(visibleUnits: [])).map(\.id) == [companyWide.id])
            // Store Two sees the company-wide one only; Store One both, newest first.
            let two = try await store.observations(.init(visibleUnits: ["u-store2"]))
            #expect(two.map(\.id) == [companyWide.id])
            #expect(try await store.observations(.init(visibleUnits: storeOne)).map(\.id) == [companyWide.id, observation.id])
            await #expect(throws: StoreError.self) {
                try await store.observation(observation.id, visibleUnits: ["u-store2"])
            }

            // The author's report is not a vote; a colleague's counts once and can be taken back.
            await #expect(throws: StoreError.self) {
                try await store.voteObservation(observation.id, true, visibleUnits: storeOne, by: Fixture.actor)
            }
            #expect(try await store.voteObservation(observation.id, true, visibleUnits: storeOne, by: Self.colleague) == 1)
            #expect(try await store.voteObservation(observation.id, true, visibleUnits: storeOne, by: Self.colleague) == 1)
            #expect(
                try await store.observationsVoted(by: Self.colleague.id, among: [observation.id, companyWide.id]) == [
                    observation.id
                ])
            #expect(try await store.voteObservation(observation.id, false, visibleUnits: storeOne, by: Self.colleague) == 0)
            #expect(try await store.voteObservation(observation.id, true, visibleUnits: storeOne, by: Self.colleague) == 1)

            try await store.commentObservation(
                observation.id, text: "Worst on Saturdays", visibleUnits: storeOne, by: Self.colleague, at: Self.day)
            await #expect(throws: StoreError.self) {
                try await store.commentObservation(observation.id, text: "  ", visibleUnits: storeOne, by: Self.colleague)
            }
            await #expect(throws: StoreError.self) {
                try await store.commentObservation(observation.id, text: "hi", visibleUnits: ["u-store2"], by: Self.colleague)
            }
            let comments = try await store.observationComments(observation.id, visibleUnits: storeOne)
            #expect(comments.map(\.text) == ["Worst on Saturdays"] && comments[0].authorName == Self.colleague.name)
            let read = try await store.observation(observation.id, visibleUnits: nil)
            #expect(read.votes == 1 && read.comments == 1 && read.themeIDs == ["queue.waiting", "queue"])
            #expect(
                try await store.observations(.init(visibleUnits: nil, themeID: "queue.waiting")).map(\.id) == [observation.id])

            // What staff said about a named customer goes when the customer is erased.
            let anna = try await store.saveCustomer(
                Customer(displayName: "Anna", identifiers: [CustomerIdentifier(system: "crm", value: "anna")]), by: Fixture.actor)
            let aboutAnna = try await store.recordObservation(
                ObservationDraft(text: "Anna was upset about the wait", unitID: "u-store1", customerID: anna.id),
                language: .en, themeIDs: [], visibleUnits: nil, by: Fixture.actor)
            try await store.commentObservation(aboutAnna.id, text: "Called her back", visibleUnits: nil, by: Self.colleague)
            #expect(try await store.observations(.init(visibleUnits: nil, customerID: anna.id)).count == 1)
            #expect(try await store.personalData(of: anna.id, by: Fixture.actor).observations.map(\.id) == [aboutAnna.id])
            try await store.eraseCustomer(anna.id, by: Fixture.actor)
            await #expect(throws: StoreError.self) { try await store.observation(aboutAnna.id, visibleUnits: nil) }
            #expect(try await store.observations(.init(visibleUnits: nil)).count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func improvementsLinkOnlyVisibleEvidenceAndMoveWithTheReasonsTheLimitsAskFor(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            _ = try await store.insertResponses(
                [
                    fixture.response(id: "r-1", nps: 2, at: Self.day),
                    fixture.response(id: "r-2", nps: 9, unit: "u-store2", at: Self.day),
                ],
                receivedAt: Self.day)
            let seen = try await store.recordObservation(
                ObservationDraft(text: "Queues", unitID: "u-store1", frequency: .hourly), language: .en, themeIDs: [],
                visibleUnits: nil, by: Fixture.actor, at: Self.day)
            let storeOne: Set<String> = ["u-store1"]

            // Evidence the proposer may not see, or that does not exist, is refused with its place named.
            for links in [
                [EvidenceLink(kind: .response, id: "r-2")], [EvidenceLink(kind: .response, id: "r-nowhere")],
                [EvidenceLink(kind: .theme, id: "no.such.theme")], [EvidenceLink(kind: .funnelStep, id: "f-none:2")],
            ] {
                do {
                    _ = try await store.proposeImprovement(
                        ImprovementDraft(title: "x", unitIDs: ["u-store1"], evidence: links), visibleUnits: storeOne,
                        by: Fixture.actor)
                    Issue.record("\(links) was linked")
                } catch StoreError.invalid(let box) {
                    #expect(box.failure.errors.map(\.field) == ["evidence[0].id"])
                }
            }
            await #expect(throws: StoreError.self) {
                try await store.proposeImprovement(
                    ImprovementDraft(title: "x", unitIDs: ["u-store2"]), visibleUnits: storeOne, by: Fixture.actor)
            }

            let evidence = [
                EvidenceLink(kind: .observation, id: seen.id), EvidenceLink(kind: .response, id: "r-1"),
                EvidenceLink(kind: .theme, id: "price"),
            ]
            let item = try await store.proposeImprovement(
                ImprovementDraft(
                    title: "Open a second till at peaks", problem: "Queues at lunch", touchpointID: "tp-1",
                    unitIDs: ["u-store1"], effortDays: 4, evidence: evidence),
                visibleUnits: storeOne, by: Fixture.actor, at: Self.day)
            #expect(item.number >= 1 && item.stage == .proposed && item.evidence == evidence)
            let second = try await store.proposeImprovement(
                ImprovementDraft(title: "Self-service returns", effortDays: 8), visibleUnits: nil, by: Fixture.actor)
            #expect(second.number == item.number + 1)
            // Store Two's people see the company-wide item, not Store One's.
            #expect(try await store.improvements(visibleUnits: ["u-store2"]).map(\.id) == [second.id])

            // What the evidence says about the problem's size: the theme's mentions within Store One only.
            _ = try await store.analysePendingTexts()
            let reach = try await store.evidenceReach(evidence, scope: storeOne, language: .en, now: Self.day)
            #expect(reach[0].customers == 150 && reach[0].estimated && reach[0].basis == .reported)
            #expect(reach[1].customers == 1 && reach[1].basis == .score(value: 2))
            #expect(reach[2].basis == .negativeMentions(negative: 1, mentions: 1) && reach[2].customers == 1)
            let everywhere = try await store.evidenceReach([evidence[2]], scope: nil, language: .en, now: Self.day)
            #expect(everywhere[0].basis == .negativeMentions(negative: 2, mentions: 2) && everywhere[0].customers == 2)
            let gone = try await store.evidenceReach(
                [EvidenceLink(kind: .case, id: "c-gone")], scope: nil, language: .en, now: Self.day)
            #expect(gone[0].basis == .unavailable && gone[0].customers == 0)

            // Limits: one item accepted at most, then a reason is needed and kept.
            try await store.saveImprovementCapacity(
                ImprovementCapacity(teamDaysPerMonth: 40, improvementShare: 0.25, acceptedLimit: 1, inProgressLimit: 1),
                reason: "Fewer people over the summer", by: Fixture.actor)
            let capacityChanges = try await store.improvementCapacityChanges()
            #expect(
                capacityChanges.first?.reason == "Fewer people over the summer" && capacityChanges.first?.after.reservedDays == 10
            )
            await #expect(throws: StoreError.self) {
                try await store.saveImprovementCapacity(
                    ImprovementCapacity(teamDaysPerMonth: 40, improvementShare: 0.1, acceptedLimit: 1, inProgressLimit: 1),
                    reason: nil, by: Fixture.actor)
            }
            var accepted = try await store.moveImprovement(
                item.id, version: item.version, to: .accepted, reason: nil, visibleUnits: nil, by: Fixture.actor
            ).improvement
            #expect(accepted.stage == .accepted && accepted.version == item.version + 1)
            do {
                _ = try await store.moveImprovement(
                    second.id, version: second.version, to: .accepted, reason: nil, visibleUnits: nil, by: Fixture.actor)
                Issue.record("passed the WIP limit without a reason")
            } catch StoreError.invalid(let box) {
                #expect(box.failure.errors.first?.field == "reason")
                #expect(box.failure.errors.first?.message.contains("limit is 1") == true)
            }
            let override = try await store.moveImprovement(
                second.id, version: second.version, to: .accepted, reason: "The CEO's priority", visibleUnits: nil,
                by: Fixture.actor)
            #expect(override.move.reasonsNeeded == [.wipLimit(stage: .accepted, limit: 1, count: 1)])
            #expect(override.move.reason == "The CEO's priority")
            // A stale version is refused; a move the stage does not allow too.
            await #expect(throws: StoreError.self) {
                try await store.moveImprovement(
                    item.id, version: item.version, to: .inProgress, reason: nil, visibleUnits: nil, by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.moveImprovement(
                    item.id, version: accepted.version, to: .measured, reason: nil, visibleUnits: nil, by: Fixture.actor)
            }
            accepted = try await store.moveImprovement(
                item.id, version: accepted.version, to: .inProgress, reason: nil, visibleUnits: nil, by: Fixture.actor
            ).improvement
            let delivered = try await store.moveImprovement(
                item.id, version: accepted.version, to: .delivered, reason: nil, visibleUnits: nil, by: Fixture.actor,
                at: Date().addingTimeInterval(60)
            ).improvement
            #expect(delivered.deliveredAt != nil && delivered.deliveredAt == delivered.stageChangedAt)
            let moves = try await store.improvementMoves(item.id)
            #expect(moves.map(\.to) == [.delivered, .inProgress, .accepted, .proposed])

            // An editor who cannot see a link keeps it: nobody removes what they were not shown.
            let shared = try await store.proposeImprovement(
                ImprovementDraft(title: "Shared", evidence: [EvidenceLink(kind: .response, id: "r-2")]), visibleUnits: nil,
                by: Fixture.actor)
            let edited = try await store.updateImprovement(
                shared.id, version: shared.version,
                ImprovementDraft(title: "Shared, renamed", evidence: [EvidenceLink(kind: .response, id: "r-1")]),
                visibleUnits: storeOne, by: Fixture.actor)
            #expect(edited.title == "Shared, renamed")
            #expect(Set(edited.evidence) == [EvidenceLink(kind: .response, id: "r-2"), EvidenceLink(kind: .response, id: "r-1")])
            #expect(try await store.improvement(shared.id, visibleUnits: nil).evidence.count == 2)
            // A change that leaves the evidence out keeps it.
            let renamed = try await store.updateImprovement(
                shared.id, version: edited.version, ImprovementDraft(title: "Shared, renamed again"), visibleUnits: nil,
                by: Fixture.actor)
            #expect(renamed.evidence.count == 2)
            await #expect(throws: StoreError.self) {
                try await store.updateImprovement(
                    shared.id, version: edited.version, ImprovementDraft(title: "Again"), visibleUnits: nil, by: Fixture.actor)
            }

            // A unit-bound proposer names one of their units, and cannot make an item company-wide.
            await #expect(throws: StoreError.self) {
                try await store.proposeImprovement(
                    ImprovementDraft(title: "Everyone's"), visibleUnits: storeOne, by: Fixture.actor)
            }
            let own = try await store.proposeImprovement(
                ImprovementDraft(title: "Ours", unitIDs: ["u-store1"]), visibleUnits: storeOne, by: Fixture.actor)
            #expect(own.proposerID == Fixture.actor.id)
            await #expect(throws: StoreError.self) {
                try await store.updateImprovement(
                    own.id, version: own.version, ImprovementDraft(title: "Ours", unitIDs: []), visibleUnits: storeOne,
                    by: Fixture.actor)
            }
            // Adding a link is a change: an edit made against the version before it is refused.
            let linked = try await store.addEvidence(
                EvidenceLink(kind: .response, id: "r-1"), to: own.id, visibleUnits: storeOne, by: Fixture.actor)
            #expect(linked.version == own.version + 1)
            await #expect(throws: StoreError.self) {
                try await store.updateImprovement(
                    own.id, version: own.version, ImprovementDraft(title: "Ours, renamed", evidence: []),
                    visibleUnits: storeOne, by: Fixture.actor)
            }
            #expect(
                try await store.visibleEvidence(edited.evidence, visibleUnits: storeOne) == [
                    EvidenceLink(kind: .response, id: "r-1")
                ])

            // The impact score is kept with the item.
            let score = ImpactScore(evidence: reach, importance: ImpactImportance())
            try await store.saveImpact(score, of: item.id, at: Self.day)
            let kept = try await store.improvement(item.id, visibleUnits: nil)
            #expect(kept.impact == score && kept.impactAt == Self.day)
            let board = try await store.improvementBoard()
            #expect(board.count(at: .accepted) == 1 && board.count(at: .delivered) == 1 && board.items.count == 4)
        }
    }
}

/// The answers an improvement's effect is measured on.
@Suite("Improvement effects")
struct ImprovementEffectContractTests {
    @Test(arguments: TestBackend.available)
    func answersAroundADeliveryAreSplitIntoItsUnitsAndTheOthers(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            let delivered = Date(timeIntervalSince1970: 1_780_000_000)
            let day = 86_400.0
            var responses: [SurveyResponse] = []
            // Store One: detractors before, promoters after; Store Two: passives throughout; and one answer
            // outside the eight weeks on each side, which does not count.
            for offset in [-50.0, -3, -1] {
                responses.append(fixture.response(nps: 3, at: delivered.addingTimeInterval(offset * day)))
            }
            for offset in [1.0, 2, 20] {
                responses.append(fixture.response(nps: 10, at: delivered.addingTimeInterval(offset * day)))
            }
            for offset in [-10.0, 10] {
                responses.append(fixture.response(nps: 8, unit: "u-store2", at: delivered.addingTimeInterval(offset * day)))
            }
            responses.append(fixture.response(nps: 0, at: delivered.addingTimeInterval(-60 * day)))
            responses.append(fixture.response(nps: 0, at: delivered.addingTimeInterval(57 * day)))
            _ = try await store.insertResponses(responses, receivedAt: delivered)

            let split = try await store.npsAroundDelivery(
                touchpointID: "tp-1", treated: ["u-store1"], delivered: delivered, weeks: 8)
            #expect(split.treated.before == NPSCounts(promoters: 0, passives: 0, detractors: 3))
            #expect(split.treated.after == NPSCounts(promoters: 3, passives: 0, detractors: 0))
            #expect(split.control?.before == NPSCounts(promoters: 0, passives: 1, detractors: 0))
            #expect(split.control?.after == NPSCounts(promoters: 0, passives: 1, detractors: 0))
            let everywhere = try await store.npsAroundDelivery(touchpointID: nil, treated: nil, delivered: delivered, weeks: 8)
            #expect(everywhere.control == nil && everywhere.treated.before.n == 4 && everywhere.treated.after.n == 4)
            let elsewhere = try await store.npsAroundDelivery(
                touchpointID: "tp-other", treated: ["u-store1"], delivered: delivered, weeks: 8)
            #expect(elsewhere.treated.before.n == 0)
        }
    }
}
