import CXMCore
import Foundation
import Testing

@Suite("Cases: rules, routing, targets and changes")
struct CaseTests {
    static let survey = Survey(
        id: "s-visit", name: "Store visit", touchpointIDs: ["tp-store"], languages: [.sv],
        questions: [
            Question(key: "nps", type: .nps, text: LocalizedText([.sv: "Rekommendera?"]), required: true),
            Question(key: "csat", type: .csat, text: LocalizedText([.sv: "Nöjd?"])),
            Question(
                key: "reason", type: .singleChoice, text: LocalizedText([.sv: "Varför?"]),
                options: [
                    ChoiceOption(key: "buy", label: LocalizedText([.sv: "Köpa"])),
                    ChoiceOption(key: "complaint", label: LocalizedText([.sv: "Klagomål"])),
                ]),
            Question(key: "comment", type: .openText, text: LocalizedText([.sv: "Kommentar"])),
        ])
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func response(_ answers: [Answer], at date: Date = now, touchpoint: String = "tp-store") -> SurveyResponse {
        SurveyResponse(
            surveyID: "s-visit", surveyVersion: 1, touchpointID: touchpoint, unitID: "store-1", channelID: "web",
            customerID: "c1", language: .sv, submittedAt: date, answers: answers, idempotencyKey: nil)
    }

    static let detractors = CaseRule(id: "r-nps", name: "Detractor", condition: .metricAtMost(.nps, 6))
    static let unhappy = CaseRule(id: "r-csat", name: "Unhappy", condition: .metricAtMost(.csat, 2), priority: .low)
    static let leaving = CaseRule(
        id: "r-leave", name: "Wants to leave", condition: .textMentions(question: nil, ["uppsäg*", "säga upp", "cancel"]),
        priority: .urgent, firstContactHours: 2, resolutionHours: 8)
    static let complaint = CaseRule(
        id: "r-complaint", name: "Complaint", touchpointID: "tp-store",
        condition: .choiceAnyOf(question: "reason", ["complaint"]))

    @Test(
        "which rule a response falls under",
        arguments: [
            ([Answer(question: "nps", value: .score(9))], nil, nil),
            ([Answer(question: "nps", value: .score(6))], "r-nps", "NPS 6"),
            ([Answer(question: "nps", value: .score(7)), Answer(question: "csat", value: .score(2))], "r-csat", "CSAT 2"),
            // Both match: the more urgent wins.
            (
                [Answer(question: "nps", value: .score(3)), Answer(question: "comment", value: .text("Jag vill säga upp mig!"))],
                "r-leave", "“säga upp”"
            ),
            ([Answer(question: "comment", value: .text("Uppsägningen tog tre veckor"))], "r-leave", "“uppsäg*”"),
            // Whole words only: "cancelled" is not "cancel", "upp" alone is not "säga upp".
            ([Answer(question: "comment", value: .text("The order was cancelled, säga nej, upp"))], nil, nil),
            // Same priority: the touchpoint's own rule beats the general one.
            (
                [Answer(question: "nps", value: .score(2)), Answer(question: "reason", value: .choice("complaint"))],
                "r-complaint", "reason: complaint"
            ),
        ] as [([Answer], String?, String?)])
    func ruleMatching(answers: [Answer], rule: String?, reason: String?) {
        let rules = [Self.detractors, Self.unhappy, Self.leaving, Self.complaint]
        let match = CaseRules.match(Self.response(answers), survey: Self.survey, rules: rules, receivedAt: Self.now)
        #expect(match?.rule.id == rule)
        #expect(match?.reason == reason)
    }

    @Test func rulesKeepToTheirScopeAgeAndSwitch() {
        let low = [Answer(question: "nps", value: .score(1))]
        var disabled = Self.detractors
        disabled.enabled = false
        #expect(CaseRules.match(Self.response(low), survey: Self.survey, rules: [disabled], receivedAt: Self.now) == nil)
        var otherSurvey = Self.detractors
        otherSurvey.surveyID = "s-other"
        #expect(CaseRules.match(Self.response(low), survey: Self.survey, rules: [otherSurvey], receivedAt: Self.now) == nil)
        // Last year's answer, imported today, opens nothing; a fortnight-old one still does.
        let old = Self.response(low, at: Self.now.addingTimeInterval(-15 * 86_400))
        #expect(CaseRules.match(old, survey: Self.survey, rules: [Self.detractors], receivedAt: Self.now) == nil)
        let recent = Self.response(low, at: Self.now.addingTimeInterval(-13 * 86_400))
        #expect(CaseRules.match(recent, survey: Self.survey, rules: [Self.detractors], receivedAt: Self.now) != nil)
        let question = CaseRule(name: "Low CSAT", condition: .questionAtMost(question: "csat", 1))
        let csat = Self.response([Answer(question: "csat", value: .score(1))])
        #expect(CaseRules.match(csat, survey: Self.survey, rules: [question], receivedAt: Self.now)?.reason == "csat 1")
    }

    @Test func conditionsReadAndWriteTheDocumentedJSON() throws {
        let texts = [
            #"{"metric":"nps","atMost":6}"#, #"{"atMost":2,"question":"ces"}"#,
            #"{"anyOf":["complaint"],"question":"reason"}"#, #"{"textMentions":["uppsäg*"]}"#,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for text in texts {
            let condition = try JSONDecoder().decode(CaseCondition.self, from: Data(text.utf8))
            let back = String(decoding: try encoder.encode(condition), as: UTF8.self)
            #expect(try JSONDecoder().decode(CaseCondition.self, from: Data(back.utf8)) == condition)
        }
        for bad in [#"{"atMost": 6}"#, #"{"anyOf": ["x"]}"#, #"{"metric": "nps"}"#, "{}"] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(CaseCondition.self, from: Data(bad.utf8)) }
        }
        let rule = try JSONDecoder().decode(
            CaseRule.self, from: Data(#"{"name": "Detractor", "condition": {"metric": "nps", "atMost": 6}}"#.utf8))
        #expect(rule.priority == .normal && rule.firstContactHours == 8 && rule.resolutionHours == 40 && rule.maxAgeDays == 14)
    }

    @Test func ruleValidationNamesEachField() {
        var rule = CaseRule(name: " ", condition: .textMentions(question: nil, [" ", ""]))
        rule.firstContactHours = 50
        rule.resolutionHours = .infinity
        rule.maxAgeDays = 0
        do {
            _ = try rule.validated()
            Issue.record("an invalid rule was accepted")
        } catch {
            #expect(
                Set(error.errors.map(\.field))
                    == ["name", "condition.textMentions", "resolutionHours", "maxAgeDays"])
        }
        var slow = Self.detractors
        slow.firstContactHours = 48
        #expect(throws: ValidationFailure.self) { try slow.validated() }
    }

    @Test func casesGoToTheRuleUnitElseAlongTheRulesRoute() {
        let tree = UnitTree([
            OrgUnit(id: "co", parentID: nil, name: "Company", kind: "company"),
            OrgUnit(id: "retail", parentID: "co", name: "Retail", kind: "region"),
            OrgUnit(id: "store-1", parentID: "retail", name: "Store 1", kind: "store"),
            OrgUnit(id: "digital", parentID: "co", name: "Digital", kind: "team"),
        ])
        #expect(CaseRouting.queueUnit(ruleUnit: nil, responseUnit: "store-1", touchpointOwner: "retail", tree: tree) == "retail")
        let serving = CaseRouting.queueUnit(
            route: .servingUnit, ruleUnit: nil, responseUnit: "store-1", touchpointOwner: "retail", tree: tree)
        #expect(serving == "store-1")
        let fallback = CaseRouting.queueUnit(
            route: .servingUnit, ruleUnit: nil, responseUnit: "gone", touchpointOwner: "digital", tree: tree)
        #expect(fallback == "digital")
        #expect(CaseRouting.queueUnit(ruleUnit: "co", responseUnit: "store-1", touchpointOwner: "retail", tree: tree) == "co")
        #expect(CaseRouting.queueUnit(ruleUnit: "gone", responseUnit: "gone", touchpointOwner: "retail", tree: tree) == "retail")
        #expect(CaseRouting.queueUnit(ruleUnit: nil, responseUnit: nil, touchpointOwner: nil, tree: tree) == nil)
        #expect(CaseRouting.escalationUnit(above: "store-1", tree: tree) == "retail")
        #expect(CaseRouting.escalationUnit(above: "co", tree: tree) == nil)
    }

    @Test func targetsCountBusinessHoursFromTheOpening() throws {
        // Friday 2026-01-16 15:00 in Stockholm; Mon–Fri 08–17.
        let opened = try Date("2026-01-16T15:00:00+01:00", strategy: .iso8601)
        let targets = CaseTargets.make(
            from: opened, firstContactHours: 8, resolutionHours: 40, calendar: .standard(timeZone: "Europe/Stockholm"),
            policy: EscalationPolicy(warnBeforeHours: 2, parentUnitAfterHours: 8))
        // 2 h on Friday, 6 on Monday.
        #expect(targets.firstContact.due == (try Date("2026-01-19T14:00:00+01:00", strategy: .iso8601)))
        #expect(targets.firstContact.warnAt == (try Date("2026-01-19T12:00:00+01:00", strategy: .iso8601)))
        #expect(targets.firstContact.escalateAt == (try Date("2026-01-20T13:00:00+01:00", strategy: .iso8601)))
        // 2 h Friday, 9 h a day Monday to Thursday (38), 2 more on Friday.
        #expect(targets.resolution.due == (try Date("2026-01-23T10:00:00+01:00", strategy: .iso8601)))
        // No opening hours at all: plain hours, never no target.
        let closed = BusinessCalendar(timeZone: "Europe/Stockholm", week: [:])
        let plain = CaseTargets.make(from: opened, firstContactHours: 8, resolutionHours: 40, calendar: closed)
        #expect(plain.firstContact.due == opened.addingTimeInterval(8 * 3_600))
    }

    static func newCase() -> Case {
        Case(title: "NPS 3 · Store visit", source: .response, unitID: "store-1", createdAt: now)
    }

    @Test func statusesMoveOnlyAlongTheAllowedPaths() throws {
        var record = Self.newCase()
        #expect(
            throws: CaseError.illegalTransition(
                from: .new, to: .waitingForCustomer, allowed: [.contacted, .inProgress, .resolved, .closed])
        ) {
            try record.transition(to: .waitingForCustomer, at: Self.now)
        }
        #expect(throws: CaseError.resolutionCodeRequired) { try record.transition(to: .resolved, at: Self.now) }
        try record.transition(to: .contacted, at: Self.now.addingTimeInterval(60))
        #expect(record.firstContactAt == Self.now.addingTimeInterval(60))
        record.resolutionCode = "explained"
        try record.transition(to: .resolved, at: Self.now.addingTimeInterval(120))
        try record.transition(to: .closed, at: Self.now.addingTimeInterval(180))
        #expect(record.resolvedAt == Self.now.addingTimeInterval(120) && record.closedAt != nil && !record.status.isOpen)
        // Reopened: running again, its end undone, its first contact kept.
        try record.transition(to: .inProgress, at: Self.now.addingTimeInterval(240))
        #expect(record.resolvedAt == nil && record.closedAt == nil && record.firstContactAt != nil)
        #expect(
            CaseError.illegalTransition(from: .new, to: .waitingForCustomer, allowed: [.contacted]).description.contains(
                "it can go to contacted"))
    }

    @Test func changesMakeTimelineEntriesAndRaiseTheVersion() throws {
        var record = Self.newCase()
        let agent = CaseActor(id: "u1", name: "Agnes")
        let assigned = try record.apply(.assign(userID: "u1", unitID: nil, reason: nil), at: Self.now, by: agent)
        #expect(assigned.map(\.kind) == [.assignment] && record.assigneeID == "u1" && record.version == 2)
        #expect(try record.apply(.assign(userID: "u1", unitID: nil, reason: "again"), at: Self.now, by: agent).isEmpty)
        #expect(record.version == 2)

        let missed = try record.apply(
            .contact(CaseContact(channel: .phone, outcome: .noAnswer), note: "Voicemail"), at: Self.now, by: agent)
        #expect(missed.map(\.kind) == [.contact] && record.status == .new && record.firstContactAt == nil)
        let reached = try record.apply(
            .contact(CaseContact(channel: .phone, outcome: .reached), note: "Long queue at the till"),
            at: Self.now.addingTimeInterval(600), by: agent)
        #expect(reached.map(\.kind) == [.contact, .status] && record.status == .contacted)
        #expect(record.firstContactAt == Self.now.addingTimeInterval(600) && record.version == 4)

        #expect(throws: ValidationFailure.self) { try record.apply(.note("   "), at: Self.now, by: agent) }
        #expect(throws: ValidationFailure.self) {
            try record.apply(.note(String(repeating: "x", count: CaseEvent.maxTextLength + 1)), at: Self.now, by: agent)
        }
        let edited = try record.apply(
            .update(CaseEdit(priority: .high, rootCause: "queue", resolutionCode: "")), at: Self.now, by: agent)
        #expect(edited.first?.text == "priority: high; root cause: queue" && record.priority == .high)

        let resolved = try record.apply(
            .transition(to: .resolved, resolutionCode: "apologised"), at: Self.now, by: agent)
        #expect(resolved.first?.fromStatus == .contacted && resolved.first?.toStatus == .resolved)
        #expect(record.resolutionCode == "apologised" && record.version == 6)
        // A refused change leaves the case as it was.
        let before = record
        #expect(throws: CaseError.self) {
            try record.apply(.transition(to: .waitingForCustomer, resolutionCode: nil), at: Self.now, by: agent)
        }
        #expect(record == before)
    }

    @Test func theCurrentTargetFollowsFirstContact() {
        let target = { (hours: Double) in
            CaseTargets.Target(
                warnAt: Self.now.addingTimeInterval(hours * 3_000), due: Self.now.addingTimeInterval(hours * 3_600),
                escalateAt: Self.now.addingTimeInterval(hours * 4_000))
        }
        var record = Self.newCase()
        record.targets = CaseTargets(firstContact: target(8), resolution: target(40))
        #expect(record.currentTarget?.due == Self.now.addingTimeInterval(8 * 3_600))
        record.recordContact(at: Self.now, reached: true)
        #expect(record.currentTarget?.due == Self.now.addingTimeInterval(40 * 3_600))
        record.status = .resolved
        #expect(record.currentTarget == nil)
    }
}

@Suite("Cases: who hears of an alert")
struct CaseAlertRoutingTests {
    static let tree = UnitTree([
        OrgUnit(id: "co", parentID: nil, name: "Company", kind: "company"),
        OrgUnit(id: "se", parentID: "co", name: "Sweden", kind: "region"),
        OrgUnit(id: "store", parentID: "se", name: "Store", kind: "store"),
    ])
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let users = [
        User(id: "ali", email: "ali@example.se", role: .frontline, unitID: "store", createdAt: now),
        User(id: "bo", email: "bo@example.se", role: .frontline, unitID: "store", createdAt: now, disabled: true),
        User(id: "sofia", email: "sofia@example.se", role: .teamLead, unitID: "se", createdAt: now),
        User(id: "vera", email: "vera@example.se", role: .viewer, unitID: "store", createdAt: now),
        User(id: "karin", email: "karin@example.se", role: .cxManager, unitID: nil, createdAt: now),
    ]

    static func alert(_ kind: CaseAlert.Kind, assignee: String? = nil, unit: String = "store") -> CaseAlert {
        CaseAlert(kind: kind, caseID: "c1", number: 7, title: "NPS 2", unitID: unit, assigneeID: assignee, due: nil)
    }

    @Test(
        arguments: [
            (alert(.opened), ["ali"]),
            (alert(.dueSoon, assignee: "sofia"), ["sofia"]),
            (alert(.breached), ["sofia"]),
            (alert(.breached, assignee: "ali"), ["ali", "sofia"]),
            (alert(.movedUp, unit: "se"), ["sofia"]),
            (alert(.opened, unit: "co"), []),
        ] as [(CaseAlert, [String])])
    func recipients(alert: CaseAlert, expected: [String]) {
        #expect(CaseAlertRouting.recipients(of: alert, users: Self.users, tree: Self.tree).map(\.id) == expected)
    }
}

@Suite("Cases: complaints")
struct ComplaintTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func contactDetailsAreKeptOnlyWithConsentAndConsentNeedsAWayToReply() throws {
        let anonymous = try Complaint(
            createdAt: Self.now, language: .sv, text: "  Kön var lång\noch ingen hjälpte mig ", name: "Anna",
            email: "anna@example.se", consentToContact: false
        ).validated()
        #expect(anonymous.text == "Kön var lång\noch ingen hjälpte mig" && anonymous.email == nil && anonymous.name == nil)
        #expect(anonymous.caseTitle == "Complaint · Kön var lång")
        let reachable = try Complaint(
            createdAt: Self.now, language: .sv, text: "x", email: " Anna@Example.se ", consentToContact: true
        ).validated()
        #expect(reachable.email == "anna@example.se")

        func fields(_ complaint: Complaint) -> Set<String> {
            do {
                _ = try complaint.validated()
                return []
            } catch { return Set(error.errors.map(\.field)) }
        }
        #expect(fields(Complaint(createdAt: Self.now, language: .sv, text: " ", consentToContact: false)) == ["text"])
        #expect(fields(Complaint(createdAt: Self.now, language: .sv, text: "x", consentToContact: true)) == ["email"])
        #expect(
            fields(Complaint(createdAt: Self.now, language: .sv, text: "x", email: "anna", phone: "12", consentToContact: true))
                == ["email", "phone"])
        let long = String(repeating: "a", count: Complaint.maxTextLength + 1)
        #expect(fields(Complaint(createdAt: Self.now, language: .sv, text: long, consentToContact: false)) == ["text"])
        let title = Complaint(
            createdAt: Self.now, language: .en, text: String(repeating: "b", count: 100), consentToContact: false
        )
        .caseTitle
        #expect(title.count == "Complaint · ".count + 80 && title.hasSuffix("…"))
    }
}

@Suite("Cases: the closed-loop report")
struct CaseReportTests {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)
    static let hour: TimeInterval = 3_600

    static func item(
        unit: String, contactAfter: Double?, resolvedAfter: Double?, opening: Int? = 3, next: Int? = nil
    ) -> CaseReport.Item {
        let target = { (hours: Double) in
            CaseTargets.Target(
                warnAt: start.addingTimeInterval((hours - 2) * hour), due: start.addingTimeInterval(hours * hour),
                escalateAt: start.addingTimeInterval((hours + 8) * hour))
        }
        var record = Case(
            title: "NPS", source: .response, unitID: unit, createdAt: start,
            targets: CaseTargets(firstContact: target(8), resolution: target(40)))
        record.firstContactAt = contactAfter.map { start.addingTimeInterval($0 * hour) }
        if let resolvedAfter {
            record.resolvedAt = start.addingTimeInterval(resolvedAfter * hour)
            record.status = .resolved
        }
        return CaseReport.Item(record: record, openingScore: opening, nextScore: next)
    }

    @Test func sharesDurationsAndRecoveryPerGroupWithIntervals() throws {
        let items = [
            Self.item(unit: "a", contactAfter: 2, resolvedAfter: 20, next: 9),
            Self.item(unit: "a", contactAfter: 10, resolvedAfter: 50, next: 7),
            Self.item(unit: "a", contactAfter: 4, resolvedAfter: 30, next: 5),
            Self.item(unit: "b", contactAfter: nil, resolvedAfter: nil),  // still open, first target passed
            Self.item(unit: "b", contactAfter: 1, resolvedAfter: 10, opening: 8),  // not a detractor
            Self.item(unit: "b", contactAfter: 3, resolvedAfter: 12),  // resolved, no answer since
        ]
        let now = Self.start.addingTimeInterval(100 * Self.hour)
        let report = CaseReport.make(items, from: Self.start, to: now, now: now, key: { $0.unitID })
        let total = report.total
        #expect(total.cases == 6 && total.open == 1)
        #expect(total.firstContactInTime.successes == 4 && total.firstContactInTime.n == 6)
        #expect(total.resolvedInTime.successes == 4 && total.resolvedInTime.n == 6)
        #expect(total.recoveredToPassive.successes == 2 && total.recoveredToPassive.n == 3)
        #expect(total.recoveredToPromoter.successes == 1 && total.awaitingAnswer == 1)
        #expect(total.timeToFirstContact.medianHours == 3 && total.timeToFirstContact.n == 5)
        let interval = try #require(total.recoveredToPassive.interval)
        let wilson = try #require(ProportionStatistics.wilson(successes: 2, n: 3))
        #expect(interval == wilson && total.recoveredToPassive.lowSample)
        #expect(report.groups.map(\.key) == ["a", "b"] && report.groups.map(\.cases) == [3, 3])
        #expect(report.groups[1].firstContactInTime.n == 3 && report.groups[1].firstContactInTime.successes == 2)
        let empty = CaseReport.make([], from: Self.start, to: now, now: now)
        #expect(empty.total.firstContactInTime.share == nil && empty.total.timeToFirstContact.medianHours == nil)
    }
}
