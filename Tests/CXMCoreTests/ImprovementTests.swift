import CXMCore
import Foundation
import Testing

/// The improvement list's rules: drafts checked, the board's moves and limits, and the impact score.
@Suite("Improvements")
struct ImprovementTests {
    static let day = Date(timeIntervalSince1970: 1_780_000_000)

    static func item(_ id: String, _ stage: ImprovementStage, effort: Double? = nil, owner: String? = nil) -> Improvement {
        var item = Improvement(id: id, title: id, ownerID: owner, effortDays: effort, createdBy: "x", createdAt: day)
        item.stage = stage
        return item
    }

    @Test func aDraftIsTrimmedAndEveryBadFieldIsNamed() throws {
        let draft = ImprovementDraft(
            title: "  Shorter queues  ", unitIDs: ["u-1", "u-1", " "], effortDays: 3,
            evidence: [EvidenceLink(kind: .theme, id: "queue"), EvidenceLink(kind: .theme, id: "queue")])
        let valid = try draft.validated()
        #expect(valid.title == "Shorter queues" && valid.unitIDs == ["u-1"] && valid.evidence?.count == 1)

        let bad = ImprovementDraft(
            title: " ", ownerID: "not an id!", effortDays: -1,
            evidence: [EvidenceLink(kind: .funnelStep, id: "f1"), EvidenceLink(kind: .response, id: "a b")])
        #expect(throws: ValidationFailure.self) { try bad.validated() }
        do {
            _ = try bad.validated()
        } catch {
            #expect(
                Set(error.errors.map(\.field)) == ["title", "ownerID", "effortDays", "evidence[0].id", "evidence[1].id"])
        }
    }

    @Test func funnelStepLinksNameTheFunnelAndAStepFromOne() {
        #expect(EvidenceLink(kind: .funnelStep, id: "f-1:3").funnelStep! == ("f-1", 3))
        #expect(EvidenceLink(kind: .funnelStep, id: "f-1:0").funnelStep == nil)
        #expect(EvidenceLink(kind: .theme, id: "f-1:3").funnelStep == nil)
    }

    @Test(arguments: [
        (ImprovementStage.proposed, ImprovementStage.accepted, false),
        (.accepted, .inProgress, false),
        (.inProgress, .delivered, false),
        (.inProgress, .accepted, true),
        (.delivered, .inProgress, true),
        (.accepted, .declined, true),
        (.proposed, .declined, false),
        (.declined, .proposed, false),
    ])
    func setbacksAreMovesBackOrOffTheBoardOfAcceptedWork(from: ImprovementStage, to: ImprovementStage, setback: Bool) {
        #expect(from.moves.contains(to))
        #expect(from.isSetback(to: to) == setback)
    }

    @Test func theBoardAsksForAReasonPastALimitOrTheReservedDays() {
        let capacity = ImprovementCapacity(teamDaysPerMonth: 50, improvementShare: 0.2, acceptedLimit: 2, inProgressLimit: 2)
        #expect(capacity.reservedDays == 10)
        let board = ImprovementBoard(
            capacity: capacity,
            items: [
                Self.item("a", .inProgress, effort: 6), Self.item("b", .accepted, effort: 3), Self.item("c", .accepted),
                Self.item("d", .proposed),
            ])
        #expect(board.committedDays == 6)
        // Two accepted already: a third passes the limit.
        #expect(board.reasonsNeeded(moving: board.items[3], to: .accepted) == [.wipLimit(stage: .accepted, limit: 2, count: 2)])
        // In progress: 6 + 3 = 9 of 10 days, and one item of two.
        #expect(board.reasonsNeeded(moving: board.items[1], to: .inProgress) == [])
        var big = board.items[1]
        big.effortDays = 5
        #expect(board.reasonsNeeded(moving: big, to: .inProgress) == [.capacity(reservedDays: 10, committedDays: 11)])
        // Taking work back needs a reason, whatever the limits.
        #expect(board.reasonsNeeded(moving: board.items[0], to: .accepted).first == .setback(from: .inProgress, to: .accepted))
        #expect(ReasonNeeded.wipLimit(stage: .accepted, limit: 2, count: 2).description.contains("limit is 2"))
    }

    @Test func lessRoomForImprovementsIsToldApart() throws {
        let before = ImprovementCapacity()
        #expect(ImprovementCapacity(improvementShare: 0.1).isSmaller(than: before))
        #expect(ImprovementCapacity(inProgressLimit: 4).isSmaller(than: before))
        #expect(!ImprovementCapacity(teamDaysPerMonth: 200).isSmaller(than: before))
        #expect(throws: ValidationFailure.self) { try ImprovementCapacity(improvementShare: 1.5).validated() }
        #expect(throws: ValidationFailure.self) { try ImprovementCapacity(acceptedLimit: 0).validated() }
    }

    @Test func ownersMoveTheirAcceptedWorkButOnlyManagersDecide() {
        let owner = Principal(kind: .user(id: "lead"), name: "lead", role: .teamLead, visibleUnits: ["u-1"])
        let other = Principal(kind: .user(id: "other"), name: "other", role: .teamLead, visibleUnits: ["u-1"])
        let manager = Principal(kind: .user(id: "m"), name: "m", role: .cxManager, visibleUnits: nil)
        let accepted = Self.item("a", .accepted, owner: "lead")
        #expect(owner.mayMove(accepted, to: .inProgress))
        #expect(!owner.mayMove(accepted, to: .declined))
        #expect(!owner.mayMove(Self.item("p", .proposed, owner: "lead"), to: .accepted))
        #expect(!other.mayMove(accepted, to: .inProgress))
        #expect(manager.mayMove(Self.item("p", .proposed), to: .accepted))
    }

    @Test func theImpactScoreMultipliesTheWidestReachTheWeightAndTheSeverity() {
        let evidence = [
            EvidenceReach(
                link: EvidenceLink(kind: .theme, id: "queue"), label: "Queue", customers: 40,
                basis: .negativeMentions(negative: 30, mentions: 40)),
            EvidenceReach(
                link: EvidenceLink(kind: .observation, id: "o1"), label: "Long queues", customers: 30, estimated: true,
                basis: .reported),
            EvidenceReach(link: EvidenceLink(kind: .response, id: "r1"), label: "Survey", customers: 1, basis: .score(value: 2)),
            EvidenceReach(link: EvidenceLink(kind: .case, id: "gone"), label: "gone", customers: 5, basis: .unavailable),
        ]
        #expect(evidence[0].severity == 0.75 && evidence[2].severity == 0.8 && evidence[3].customers == 0)
        let importance = ImpactImportance(share: 0.4, drivers: 5, significant: true, outcome: "NPS")
        #expect(importance.factor == 2)
        let score = ImpactScore(evidence: evidence, importance: importance)
        #expect(score.customers == 40 && !score.customersEstimated)
        // (40 × 0.75 + 30 × 0.5 + 1 × 0.8) / 71
        let severity = (30.0 + 15 + 0.8) / 71
        #expect(abs(score.severity - severity) < 1e-12)
        #expect(score.score == (40 * 2 * severity * 10).rounded() / 10)
        // Without a driver analysis the touchpoint counts as an average driver.
        #expect(ImpactScore(evidence: evidence, importance: ImpactImportance()).importance.factor == 1)
        #expect(ImpactScore(evidence: [], importance: importance).score == 0)
    }

    @Test(arguments: [
        (EvidenceReach.Basis.casePriority(priority: .urgent), 1.0),
        (.casePriority(priority: .low), 0.25),
        (.incidentMinutes(minutes: 60), 0.25),
        (.incidentMinutes(minutes: 720), 0.5),
        (.dropOff(dropped: 30, reached: 120), 0.25),
        (.dropOff(dropped: 0, reached: 0), 0),
        (.alert(worse: true), 1),
        (.score(value: 10), 0),
    ])
    func severityIsReadFromWhatTheEvidenceMeasures(basis: EvidenceReach.Basis, severity: Double) {
        #expect(basis.severity == severity)
    }

    @Test func observationsFallTogetherByThemeAndOtherwiseByTouchpoint() {
        func observation(
            _ id: String, themes: [String], touchpoint: String? = nil, unit: String, votes: Int = 0,
            frequency: ObservationFrequency = .daily, minutes: Double = 0
        ) -> Observation {
            Observation(
                id: id, text: id, touchpointID: touchpoint, unitID: unit, frequency: frequency, themeIDs: themes,
                authorName: "a", createdAt: Self.day.addingTimeInterval(minutes * 60), votes: votes)
        }
        let groups = ObservationGroup.group([
            observation("o1", themes: ["queue.waiting", "queue"], unit: "u1", frequency: .hourly),
            observation("o2", themes: ["queue.waiting"], unit: "u1", votes: 2, minutes: 5),
            observation("o3", themes: ["queue.waiting"], unit: "u2", frequency: .weekly, minutes: -5),
            observation("o4", themes: [], touchpoint: "tp-1", unit: "u1", votes: 1),
            observation("o5", themes: [], touchpoint: "tp-1", unit: "u2"),
            observation("o6", themes: ["price"], unit: "u1"),
        ])
        #expect(groups.map(\.id) == ["theme:queue.waiting", "touchpoint:tp-1", "theme:price"])
        #expect(groups[0].observations.map(\.id) == ["o2", "o1", "o3"])
        #expect(groups[0].weight == 5)
        // One unit's reports describe the same customers: the most frequent counts, per unit.
        #expect(groups[0].customersPerMonth == 150 + 4)
        #expect(groups[1].units == ["u1", "u2"])
    }

    @Test func anObservationIsGroupedUnderItsMostSpecificTheme() {
        let analysis = TextAnalyzer().analyse("The queue at the checkout was far too long and the staff were rude")
        let themes = Observation.themeIDs(of: analysis)
        let found = analysis.themes.map(\.themeID)
        #expect(Set(themes) == Set(found))
        for (index, theme) in themes.enumerated() {
            // No theme comes before a sub-theme of its own.
            #expect(!themes[(index + 1)...].contains { Theme.parentID(of: $0) == theme })
        }
    }

    @Test func anObservationNeedsWordsAndValidIds() throws {
        #expect(throws: ValidationFailure.self) { try ObservationDraft(text: "  ").validated() }
        #expect(throws: ValidationFailure.self) { try ObservationDraft(text: "x", unitID: "bad id").validated() }
        let draft = try ObservationDraft(text: " Kön var lång ", unitID: "", customerID: " c-1 ").validated()
        #expect(draft.text == "Kön var lång" && draft.unitID == nil && draft.customerID == "c-1")
    }
}

/// What a delivered improvement did: before and after in its units, against the other units where they answered.
@Suite("Improvement effects")
struct ImprovementEffectTests {
    static let delivered = Date(timeIntervalSince1970: 1_780_000_000)

    static func counts(_ promoters: Int, _ passives: Int, _ detractors: Int) -> NPSCounts {
        NPSCounts(promoters: promoters, passives: passives, detractors: detractors)
    }

    @Test func theChangeBeyondTheOtherUnitsIsTheDifferenceOfTheirChanges() throws {
        // Treated: NPS 0 → 40; others: 10 → 20.
        let treated = ImprovementEffect.Periods(before: Self.counts(40, 20, 40), after: Self.counts(60, 20, 20))
        let control = ImprovementEffect.Periods(before: Self.counts(300, 210, 240), after: Self.counts(320, 220, 200))
        let effect = ImprovementEffect.measure(
            treated: treated, control: control, weeks: 8, deliveredAt: Self.delivered,
            measuredAt: Self.delivered.addingTimeInterval(60 * 86_400))
        let controlChange = try #require(control.change)
        let expectedControl: Double = 120.0 / 740 * 100 - 60.0 / 750 * 100
        #expect(treated.change == 40 && abs(controlChange - expectedControl) < 1e-9)
        let estimate = try #require(effect.estimate)
        #expect(effect.againstControl && abs(estimate - (40 - controlChange)) < 1e-9)
        // The four samples' variances add up.
        func variance(_ c: NPSCounts) -> Double {
            let p = Double(c.promoters) / Double(c.n)
            let d = Double(c.detractors) / Double(c.n)
            return (p + d - (p - d) * (p - d)) / Double(c.n)
        }
        let error = 100 * [treated.before, treated.after, control.before, control.after].map(variance).reduce(0, +).squareRoot()
        let interval = try #require(effect.interval)
        #expect(abs(interval.high - interval.low - 2 * 1.959_963_984_540_054 * error) < 1e-6)
        #expect(effect.verdict == .improved && effect.complete && effect.neededAnswers == nil)
    }

    @Test func aSmallChangeIsNoDetectableChangeWithTheAnswersThatWouldDetectIt() throws {
        let treated = ImprovementEffect.Periods(before: Self.counts(30, 30, 40), after: Self.counts(33, 30, 37))
        let effect = ImprovementEffect.measure(
            treated: treated, control: nil, weeks: 8, deliveredAt: Self.delivered, measuredAt: Self.delivered)
        #expect(effect.verdict == .noDetectableChange && !effect.againstControl && effect.estimate == treated.change)
        let needed = try #require(effect.neededAnswers)
        // Six points at this spread take far more than the hundred answers per period there were.
        #expect(needed > 1_000 && needed < 5_000)
        #expect(!effect.complete)
    }

    @Test func tooFewAnswersAndThinControlsAreSaidSo() {
        let thin = ImprovementEffect.Periods(before: Self.counts(5, 5, 5), after: Self.counts(10, 2, 1))
        #expect(
            ImprovementEffect.measure(
                treated: thin, control: nil, weeks: 8, deliveredAt: Self.delivered, measuredAt: Self.delivered
            )
            .verdict == .tooFewAnswers)
        // Other units with too few answers: the change itself is the estimate.
        let treated = ImprovementEffect.Periods(before: Self.counts(20, 20, 60), after: Self.counts(60, 20, 20))
        let effect = ImprovementEffect.measure(
            treated: treated, control: thin, weeks: 8, deliveredAt: Self.delivered, measuredAt: Self.delivered)
        #expect(!effect.againstControl && effect.estimate == 80 && effect.verdict == .improved)
        let worse = ImprovementEffect.measure(
            treated: ImprovementEffect.Periods(before: treated.after, after: treated.before), control: nil, weeks: 8,
            deliveredAt: Self.delivered, measuredAt: Self.delivered)
        #expect(worse.verdict == .worse)
    }
}
