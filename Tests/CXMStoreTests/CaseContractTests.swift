import CXMCore
import CXMStore
import Foundation
import Testing

/// Cases behave alike on SQLite and PostgreSQL: opened with their response, routed, changed against
/// the version read, escalated by stored times.
@Suite("Cases")
struct CaseContractTests {
    /// Monday 2026-06-01 10:00 in Stockholm (08:00 UTC): inside business hours.
    static let monday = Date(timeIntervalSince1970: 1_780_300_800)

    static let detractors = CaseRule(
        id: "r-nps", name: "Detractor", condition: .metricAtMost(.nps, 6), firstContactHours: 4, resolutionHours: 16)

    @Test(arguments: TestBackend.available)
    func detractorResponsesOpenOneCaseEachInTheRightQueue(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            await #expect(throws: StoreError.self) {
                var rule = Self.detractors
                rule.unitID = "u-nowhere"
                try await store.saveCaseRule(rule, by: Fixture.actor)
            }
            try await store.saveCaseRule(Self.detractors, by: Fixture.actor)
            #expect(try await store.caseRules() == [Self.detractors])

            let customer = try await store.saveCustomer(
                Customer(displayName: "Anna", identifiers: [CustomerIdentifier(system: "crm", value: "anna")]),
                by: Fixture.actor)
            let responses = [
                fixture.response(id: "r-low", nps: 3, key: "k-low", customer: customer.id, at: Self.monday),
                fixture.response(id: "r-high", nps: 9, at: Self.monday),
                // Another store's answer about the touchpoint Store One owns: Store One's queue (the rule's route).
                fixture.response(id: "r-other", nps: 5, unit: "u-store2", customer: customer.id, at: Self.monday),
                // Anonymous: nobody to call back.
                fixture.response(id: "r-anonymous", nps: 1, at: Self.monday),
                // A year old: imported history opens nothing.
                fixture.response(id: "r-old", nps: 0, at: Self.monday.addingTimeInterval(-365 * 86_400)),
            ]
            _ = try await store.insertResponses(responses, receivedAt: Self.monday)
            // A retried submission is stored once, and so is its case.
            let retry = fixture.response(id: "r-low-again", nps: 3, key: "k-low", customer: customer.id, at: Self.monday)
            #expect(try await store.insertResponses([retry], receivedAt: Self.monday) == [.duplicate(id: "r-low")])

            let page = try await store.cases(CaseQuery(order: .oldest), page: PageRequest())
            #expect(page.total == 2)
            let low = try #require(page.items.first { $0.responseID == "r-low" })
            #expect(low.title == "NPS 3 · Web survey" && low.status == .new && low.source == .response)
            #expect(low.unitID == "u-store1" && low.customerID == customer.id && low.ruleID == "r-nps")
            #expect(low.number >= 1 && Set(page.items.map(\.number)).count == 2)
            #expect(page.items.first { $0.responseID == "r-other" }?.unitID == "u-store1")
            // Four business hours from Monday 10:00 is 14:00; sixteen is Tuesday 17:00.
            #expect(low.firstContactDue == Self.monday.addingTimeInterval(4 * 3_600))
            #expect(low.resolutionDue == Self.monday.addingTimeInterval(31 * 3_600))
            let events = try await store.caseEvents(low.id)
            #expect(events.map(\.kind) == [.opened] && events[0].text == "Detractor: NPS 3" && events[0].actorID == nil)

            // Filters: a unit's queue, a customer's cases, overdue ones.
            #expect(try await store.cases(CaseQuery(units: ["u-store2"]), page: PageRequest()).total == 0)
            #expect(try await store.cases(CaseQuery(customerID: customer.id), page: PageRequest()).total == 2)
            #expect(try await store.cases(CaseQuery(overdueAt: Self.monday), page: PageRequest()).total == 0)
            let late = Self.monday.addingTimeInterval(5 * 3_600)
            #expect(try await store.cases(CaseQuery(overdueAt: late), page: PageRequest()).total == 2)

            // Erasing the customer takes their cases (and their notes) with them.
            try await store.eraseCustomer(customer.id, by: Fixture.actor)
            #expect(try await store.cases(CaseQuery(), page: PageRequest()).total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func changesNeedTheVersionReadAndAssigneesWithinReach(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            let lead = try await store.createUser(
                User(email: "lead@example.com", role: .teamLead, unitID: "u-region", createdAt: Self.monday),
                passwordHash: "x", by: Fixture.actor)
            let elsewhere = try await store.createUser(
                User(email: "two@example.com", role: .frontline, unitID: "u-store2", createdAt: Self.monday),
                passwordHash: "x", by: Fixture.actor)
            let opened = try await store.openCase(
                Case(title: "  Called about the bill ", source: .manual, unitID: "u-store1", createdAt: Self.monday),
                firstContactHours: 8, resolutionHours: 40, note: "Customer phoned the store", by: Fixture.actor)
            #expect(opened.title == "Called about the bill" && opened.version == 1)
            #expect(try await store.caseEvents(opened.id).first?.text == "Customer phoned the store")

            // Store Two's frontline cannot see Store One; the region's lead can.
            await #expect(throws: StoreError.self) {
                try await store.changeCase(
                    opened.id, version: 1, .assign(userID: elsewhere.id, unitID: nil, reason: nil), by: Fixture.actor)
            }
            let assigned = try await store.changeCase(
                opened.id, version: 1, .assign(userID: lead.id, unitID: nil, reason: "knows the customer"), by: Fixture.actor,
                at: Self.monday.addingTimeInterval(600))
            #expect(assigned.case.assigneeID == lead.id && assigned.case.version == 2)

            // Someone else's change in between: refused, nothing lost.
            await #expect(throws: CaseError.versionConflict(expected: 1, current: 2)) {
                try await store.changeCase(
                    opened.id, version: 1, .transition(to: .inProgress, resolutionCode: nil), by: Fixture.actor)
            }
            await #expect(throws: CaseError.self) {
                try await store.changeCase(
                    opened.id, version: 2, .transition(to: .waitingForCustomer, resolutionCode: nil), by: Fixture.actor)
            }
            let contacted = try await store.changeCase(
                opened.id, version: 2, .contact(CaseContact(channel: .phone, outcome: .reached), note: "Sorted the bill"),
                by: Fixture.actor, at: Self.monday.addingTimeInterval(3_600))
            #expect(contacted.case.status == .contacted && contacted.case.firstContactAt != nil)
            let done = try await store.changeCase(
                opened.id, version: contacted.case.version, .transition(to: .resolved, resolutionCode: "corrected_bill"),
                by: Fixture.actor, at: Self.monday.addingTimeInterval(7_200))
            let read = try await store.caseRecord(opened.id)
            #expect(read == done.case && read.status == .resolved && read.resolutionCode == "corrected_bill")
            let kinds = try await store.caseEvents(opened.id).map(\.kind)
            #expect(kinds == [.opened, .assignment, .contact, .status, .status])
            // Notes keep every character (the timeline's JSON is written by hand).
            let tricky = "Said \"no\" \\ twice\nthen:\t😀 \u{07}end"
            let noted = try await store.changeCase(
                opened.id, version: done.case.version, .note(tricky), by: Fixture.actor, at: Self.monday.addingTimeInterval(7_300)
            )
            #expect(try await store.caseEvents(opened.id).last?.text == tricky && noted.events.first?.text == tricky)
            let contact = try #require(try await store.caseEvents(opened.id).first { $0.kind == .contact })
            #expect(contact.contact == CaseContact(channel: .phone, outcome: .reached) && contact.text == "Sorted the bill")
            let workload = try await store.caseWorkload(units: nil)
            #expect(workload.isEmpty)  // resolved: nobody's open work
        }
    }

    @Test(arguments: TestBackend.available)
    func overdueCasesWarnThenEscalateThenMoveUpOnce(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            // Round the clock, so that the times below are plain hours.
            try await store.saveUnitCalendar(.alwaysOpen, unit: "u-company", by: Fixture.actor)
            #expect(try await store.unitCalendar("u-store1") == .alwaysOpen)
            let opened = try await store.openCase(
                Case(title: "Late technician", source: .manual, unitID: "u-store1", createdAt: Self.monday),
                firstContactHours: 4, resolutionHours: 24, by: Fixture.actor)
            let hour: TimeInterval = 3_600
            // The first sweep announces the new case to its queue, once.
            #expect(try await store.escalateCases(now: Self.monday.addingTimeInterval(hour / 2)).map(\.kind) == [.opened])
            #expect(try await store.escalateCases(now: Self.monday.addingTimeInterval(hour)).isEmpty)
            // Two hours before the target: warned once.
            let warned = try await store.escalateCases(now: Self.monday.addingTimeInterval(2.5 * hour))
            #expect(warned.map(\.kind) == [.dueSoon] && warned[0].number == opened.number)
            #expect(try await store.escalateCases(now: Self.monday.addingTimeInterval(3 * hour)).isEmpty)
            // Past the target: the team lead hears of it, once.
            let breached = try await store.escalateCases(now: Self.monday.addingTimeInterval(5 * hour))
            #expect(breached.map(\.kind) == [.breached] && breached[0].unitID == "u-store1")
            #expect(try await store.escalateCases(now: Self.monday.addingTimeInterval(6 * hour)).isEmpty)
            // Eight hours after the target: up to the region, once.
            let moved = try await store.escalateCases(now: Self.monday.addingTimeInterval(12.5 * hour))
            #expect(moved.map(\.kind) == [.movedUp] && moved[0].unitID == "u-region")
            #expect(try await store.escalateCases(now: Self.monday.addingTimeInterval(13 * hour)).isEmpty)
            let record = try await store.caseRecord(opened.id)
            #expect(record.unitID == "u-region" && record.escalation == .parentUnit && record.version == 3)
            let escalations = try await store.caseEvents(opened.id).filter { $0.kind == .escalation }
            #expect(escalations.map(\.escalation) == [.teamLead, .parentUnit])
            #expect(escalations.last?.fromUnitID == "u-store1" && escalations.last?.toUnitID == "u-region")

            // Reaching the customer starts the resolution target afresh.
            let reached = try await store.changeCase(
                opened.id, version: record.version, .contact(CaseContact(channel: .phone, outcome: .reached), note: nil),
                by: Fixture.actor, at: Self.monday.addingTimeInterval(14 * hour))
            #expect(reached.case.escalation == .parentUnit)
            let later = try await store.escalateCases(now: Self.monday.addingTimeInterval(23 * hour))
            #expect(later.isEmpty)  // already escalated to the top of its path: no repeats
        }
    }
}

@Suite("The follow-up survey after a case")
struct CaseFollowUpContractTests {
    static let monday = CaseContractTests.monday

    @Test(arguments: TestBackend.available)
    func closingAReachedCustomersCaseInvitesThemOnceDespiteTheQuarantine(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            try await store.saveCaseRule(CaseContractTests.detractors, by: Fixture.actor)
            #expect(try await store.caseFollowUp() == CaseFollowUp())
            await #expect(throws: StoreError.self) {
                try await store.saveCaseFollowUp(CaseFollowUp(surveyID: "sv-nowhere"), by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.saveCaseFollowUp(CaseFollowUp(surveyID: "sv-1", delayHours: 500), by: Fixture.actor)
            }
            try await store.saveCaseFollowUp(CaseFollowUp(surveyID: "sv-1", delayHours: 24), by: Fixture.actor)

            let anna = try await store.saveCustomer(
                Customer(displayName: "Anna", identifiers: [CustomerIdentifier(system: "email", value: "anna@example.com")]),
                by: Fixture.actor)
            let bo = try await store.saveCustomer(
                Customer(
                    displayName: "Bo", identifiers: [CustomerIdentifier(system: "email", value: "bo@example.com")],
                    consent: Consent(maySurvey: false, mayContact: true)), by: Fixture.actor)
            _ = try await store.insertResponses(
                [
                    fixture.response(id: "r-anna", nps: 2, customer: anna.id, at: Self.monday),
                    fixture.response(id: "r-bo", nps: 1, customer: bo.id, at: Self.monday),
                ], receivedAt: Self.monday)
            let cases = try await store.cases(CaseQuery(order: .oldest), page: PageRequest()).items
            let annas = try #require(cases.first { $0.customerID == anna.id })
            let bos = try #require(cases.first { $0.customerID == bo.id })

            // Reached on the phone, resolved, closed an hour later: the survey goes out a day after.
            var version = annas.version
            let later = Self.monday.addingTimeInterval(3_600)
            for change in [
                CaseChange.contact(CaseContact(channel: .phone, outcome: .reached), note: nil),
                .transition(to: .resolved, resolutionCode: "refund"),
            ] {
                version = try await store.changeCase(annas.id, version: version, change, by: Fixture.actor, at: later).case
                    .version
            }
            let closing = later.addingTimeInterval(3_600)
            let closed = try await store.changeCase(
                annas.id, version: version, .transition(to: .closed, resolutionCode: nil), by: Fixture.actor, at: closing)
            let note = try #require(closed.events.last?.followUp)
            #expect(closed.events.map(\.kind) == [.status, .followUp])
            #expect(note.suppressed == nil && !note.repeated && note.surveyID == "sv-1")
            #expect(note.sendAt == closing.addingTimeInterval(86_400))
            // She answered two hours ago: the quarantine would hold back any other survey, not this one.
            let invitation = try await store.invitation(note.invitationID)
            #expect(invitation.status == .scheduled && invitation.customerID == anna.id && invitation.touchpointID == "tp-1")
            #expect(try await store.caseEvents(annas.id).last?.followUp == note)
            let ordinary = try await store.trigger(
                TriggerRequest(touchpointID: "tp-1", customerID: anna.id, eventAt: closing), now: closing)
            #expect(ordinary.invitation.status == .suppressed)

            // Reopened before it went out: held back (she would be asked about a problem still open);
            // closed again: decided afresh, one invitation in all.
            let reopened = try await store.changeCase(
                annas.id, version: closed.case.version, .transition(to: .inProgress, resolutionCode: nil), by: Fixture.actor,
                at: closing)
            #expect(reopened.events.map(\.kind) == [.status, .followUp])
            #expect(reopened.events.last?.followUp?.suppressed == .caseReopened)
            #expect(try await store.invitation(note.invitationID).status == .suppressed)
            version = try await store.changeCase(
                annas.id, version: reopened.case.version, .transition(to: .resolved, resolutionCode: "refund"),
                by: Fixture.actor, at: closing
            ).case.version
            let later2 = closing.addingTimeInterval(7_200)
            let again = try await store.changeCase(
                annas.id, version: version, .transition(to: .closed, resolutionCode: nil), by: Fixture.actor, at: later2)
            let renewed = try #require(again.events.last?.followUp)
            #expect(!renewed.repeated && renewed.suppressed == nil && renewed.sendAt == later2.addingTimeInterval(86_400))
            #expect(
                try await store.invitations(customer: anna.id).filter { $0.surveyID == "sv-1" && $0.status == .scheduled }
                    .map(\.id) == [renewed.invitationID])

            // Bo said no to surveys: held back, and the case says why.
            version = try await store.changeCase(
                bos.id, version: bos.version, .contact(CaseContact(channel: .email, outcome: .reached), note: nil),
                by: Fixture.actor, at: later
            ).case.version
            version = try await store.changeCase(
                bos.id, version: version, .transition(to: .resolved, resolutionCode: "explained"), by: Fixture.actor, at: later
            ).case.version
            let held = try await store.changeCase(
                bos.id, version: version, .transition(to: .closed, resolutionCode: nil), by: Fixture.actor, at: closing)
            #expect(held.events.last?.followUp?.suppressed == .noConsent)
            // Held back for good: reopening and closing again makes no second one.
            let reopenedBo = try await store.changeCase(
                bos.id, version: held.case.version, .transition(to: .inProgress, resolutionCode: nil), by: Fixture.actor,
                at: closing)
            #expect(reopenedBo.events.map(\.kind) == [.status])
            let resolvedBo = try await store.changeCase(
                bos.id, version: reopenedBo.case.version, .transition(to: .resolved, resolutionCode: "explained"),
                by: Fixture.actor, at: closing)
            let closedBo = try await store.changeCase(
                bos.id, version: resolvedBo.case.version, .transition(to: .closed, resolutionCode: nil), by: Fixture.actor,
                at: closing)
            #expect(closedBo.events.last?.followUp?.repeated == true && closedBo.events.last?.followUp?.suppressed == .noConsent)
            // Clients cannot take a case's key for their own trigger.
            await #expect(throws: StoreError.self) {
                try await store.trigger(
                    TriggerRequest(
                        touchpointID: "tp-1", customerID: anna.id, eventAt: closing,
                        idempotencyKey: TriggerRequest.followUpKeyPrefix + bos.id), now: closing)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func noFollowUpWhenTheCloserSaysSoOrTheCustomerWasNeverReached(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            try await store.saveCaseRule(CaseContractTests.detractors, by: Fixture.actor)
            try await store.saveCaseFollowUp(CaseFollowUp(surveyID: "sv-1", delayHours: 0), by: Fixture.actor)
            var customers: [Customer] = []
            for name in ["Cai", "Dag"] {
                customers.append(
                    try await store.saveCustomer(
                        Customer(
                            displayName: name,
                            identifiers: [CustomerIdentifier(system: "email", value: "\(name.lowercased())@example.com")]),
                        by: Fixture.actor))
            }
            _ = try await store.insertResponses(
                customers.map { fixture.response(id: "r-\($0.displayName)", nps: 0, customer: $0.id, at: Self.monday) },
                receivedAt: Self.monday)
            let cases = try await store.cases(CaseQuery(order: .oldest), page: PageRequest()).items
            // Closed straight from new, nobody reached: nothing to ask about.
            let unreached = try #require(cases.first { $0.customerID == customers[0].id })
            let closed = try await store.changeCase(
                unreached.id, version: unreached.version, .transition(to: .closed, resolutionCode: "duplicate"),
                by: Fixture.actor,
                at: Self.monday)
            #expect(closed.events.map(\.kind) == [.status])
            // Reached, but the customer asked for no more contact: the closer holds it back.
            let declined = try #require(cases.first { $0.customerID == customers[1].id })
            let contacted = try await store.changeCase(
                declined.id, version: declined.version, .contact(CaseContact(channel: .phone, outcome: .declined), note: nil),
                by: Fixture.actor, at: Self.monday)
            let resolved = try await store.changeCase(
                declined.id, version: contacted.case.version, .transition(to: .resolved, resolutionCode: "explained"),
                by: Fixture.actor, at: Self.monday)
            let held = try await store.changeCase(
                declined.id, version: resolved.case.version, .transition(to: .closed, resolutionCode: nil), by: Fixture.actor,
                at: Self.monday, followUp: false)
            #expect(held.events.map(\.kind) == [.status])
            #expect(try await store.invitations(customer: customers[1].id).isEmpty)
        }
    }
}

@Suite("Webhook deliveries")
struct WebhookContractTests {
    @Test(arguments: TestBackend.available)
    func eventsAreQueuedWithTheirCaseClaimedOnceRetriedAndErasedWithTheCustomer(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            try await store.saveCaseRule(CaseContractTests.detractors, by: Fixture.actor)
            let (cases, secret) = try await store.createWebhookSubscription(
                WebhookSubscription(name: "CRM", url: "https://crm.example/hooks", events: [.caseOpened, .responseCreated]),
                by: Fixture.actor)
            let (paused, _) = try await store.createWebhookSubscription(
                WebhookSubscription(name: "Old", url: "https://old.example/hooks", events: [.caseOpened], active: false),
                by: Fixture.actor)
            #expect(secret.hasPrefix("whsec_") && cases.secretHint == WebhookSecret.hint(of: secret))
            await #expect(throws: StoreError.self) {
                try await store.createWebhookSubscription(
                    WebhookSubscription(name: "Bad", url: "file:///etc/passwd", events: [.caseOpened]), by: Fixture.actor)
            }

            let now = CaseContractTests.monday
            let anna = try await store.saveCustomer(
                Customer(displayName: "Anna", identifiers: [CustomerIdentifier(system: "crm", value: "anna")]), by: Fixture.actor)
            _ = try await store.insertResponses(
                [
                    fixture.response(id: "r-1", nps: 2, customer: anna.id, at: now),
                    // Last year's answer, imported: no case, no event.
                    fixture.response(id: "r-old", nps: 9, at: now.addingTimeInterval(-300 * 86_400)),
                ], receivedAt: now)
            let queued = try await store.webhookDeliveries(subscription: cases.id, page: PageRequest()).items
            #expect(Set(queued.map(\.eventType)) == [.caseOpened, .responseCreated])
            #expect(try await store.webhookDeliveries(subscription: paused.id, page: PageRequest()).total == 0)

            #expect(try await store.subscriptionsWithDueWebhooks(now: now) == [cases.id])
            #expect(try await store.claimDueWebhooks(subscription: paused.id, now: now).isEmpty)
            // Two senders at once share the due deliveries out, never one to both.
            async let first = store.claimDueWebhooks(now: now, lease: 60)
            async let second = store.claimDueWebhooks(now: now, lease: 60)
            let both = try await (first, second)
            #expect(Set(both.0.map(\.delivery.id)).isDisjoint(with: both.1.map(\.delivery.id)))
            let claimed = (both.0 + both.1).sorted { $0.delivery.eventType.rawValue < $1.delivery.eventType.rawValue }
            #expect(claimed.count == 2 && claimed.allSatisfy { $0.secret == secret && $0.url == "https://crm.example/hooks" })
            // Claimed: a third sender finds nothing until the lease ends.
            #expect(try await store.claimDueWebhooks(now: now.addingTimeInterval(30)).isEmpty)
            let failed = claimed[0].delivery
            let state = try await store.recordWebhookAttempt(
                WebhookAttempt(deliveryID: failed.id, number: 1, at: now, status: 503, error: "HTTP 503", milliseconds: 12))
            #expect(state == .pending)
            #expect(try await store.webhookDelivery(failed.id).nextAttemptAt == now.addingTimeInterval(60))
            #expect(
                try await store.recordWebhookAttempt(
                    WebhookAttempt(
                        deliveryID: claimed[1].delivery.id, number: 1, at: now, status: 200, error: nil, milliseconds: 8))
                    == .delivered)
            // A second record of the delivered one (a sender that lost its lease) changes nothing.
            #expect(
                try await store.recordWebhookAttempt(
                    WebhookAttempt(
                        deliveryID: claimed[1].delivery.id, number: 2, at: now, status: 500, error: "late", milliseconds: 1))
                    == .delivered)
            #expect(try await store.webhookAttempts(delivery: claimed[1].delivery.id).count == 1)
            // The failed one is due again after its back-off, and not before.
            #expect(try await store.claimDueWebhooks(now: now.addingTimeInterval(59)).isEmpty)
            #expect(try await store.claimDueWebhooks(now: now.addingTimeInterval(90)).map(\.delivery.id) == [failed.id])
            // A sender that dies mid-try: the lease ends and another takes it again.
            #expect(try await store.claimDueWebhooks(now: now.addingTimeInterval(100)).isEmpty)
            #expect(try await store.claimDueWebhooks(now: now.addingTimeInterval(90 + 121)).map(\.delivery.id) == [failed.id])
            await #expect(throws: StoreError.self) { try await store.retryWebhookDelivery(claimed[1].delivery.id) }
            let health = try await store.webhookHealth(now: now)[cases.id]
            #expect(health?.pending == 1 && health?.lastDeliveredAt == now)

            // Erasing the customer takes the deliveries about them.
            _ = try await store.eraseCustomer(anna.id, by: Fixture.actor)
            #expect(try await store.webhookDeliveries(subscription: cases.id, page: PageRequest()).total == 0)
            try await store.deleteWebhookSubscription(cases.id, by: Fixture.actor)
            #expect(try await store.webhookSubscriptions().map(\.id) == [paused.id])
        }
    }
}
