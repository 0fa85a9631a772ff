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
