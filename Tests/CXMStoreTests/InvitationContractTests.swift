import CXMCore
import CXMStore
import Foundation
import Testing

/// Links, drafts and invitations behave alike on SQLite and PostgreSQL.
@Suite("Survey links, drafts and invitations")
struct InvitationContractTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    @Test(arguments: TestBackend.available)
    func linksAndDraftsRoundTrip(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            let link = try await store.createSurveyLink(
                SurveyLink(
                    surveyID: "sv-1", kind: .kiosk, touchpointID: "tp-1", unitID: "u-store2", label: " Kassa ",
                    createdAt: Self.now), by: Fixture.actor)
            #expect(link.label == "Kassa")
            #expect(try await store.surveyLink(token: link.token) == link)
            await #expect(throws: StoreError.self) {
                try await store.createSurveyLink(
                    SurveyLink(surveyID: "sv-1", kind: .public, touchpointID: "tp-other", label: "x"), by: Fixture.actor)
            }
            var draft = ResponseDraft(
                linkID: link.id, surveyID: "sv-1", surveyVersion: 1, language: .sv, createdAt: Self.now, updatedAt: Self.now)
            draft.answers = [Answer(question: "nps", value: .score(4))]
            try await store.saveResponseDraft(draft, tokenHash: "h1")
            draft.answers.append(Answer(question: "comment", value: .text("Köer")))
            draft.screen = 1
            try await store.saveResponseDraft(draft, tokenHash: "h1")
            let read = try #require(try await store.responseDraft(tokenHash: "h1"))
            #expect(read.answers == draft.answers && read.screen == 1 && read.linkID == link.id)
            let response = fixture.response(id: "r-1", nps: 4, key: "draft:\(draft.id)")
            let submission = DraftSubmission(draft: draft, tokenHash: "h1", response: response)
            #expect(try await store.submitDrafts([submission], receivedAt: Self.now) == [.stored(id: "r-1")])
            // The last page sent again stores nothing more, alone or twice in one batch.
            #expect(try await store.submitDrafts([submission, submission]) == [.duplicate(id: "r-1"), .duplicate(id: "r-1")])
            var other = ResponseDraft(linkID: link.id, surveyID: "sv-1", surveyVersion: 1, language: .en)
            other.answers = [Answer(question: "nps", value: .score(10))]
            let twice = DraftSubmission(
                draft: other, tokenHash: "h2", response: fixture.response(id: "r-2", nps: 10, key: "draft:\(other.id)"))
            #expect(try await store.submitDrafts([twice, twice]) == [.stored(id: "r-2"), .duplicate(id: "r-2")])
            #expect(try await store.responseDraft(tokenHash: "h2")?.responseID == "r-2")
            // A completed draft is never changed again.
            draft.screen = 0
            try await store.saveResponseDraft(draft, tokenHash: "h1")
            let done = try #require(try await store.responseDraft(tokenHash: "h1"))
            #expect(done.screen == 1 && done.responseID == "r-1")
        }
    }

    @Test(arguments: TestBackend.available)
    func triggersFollowTheRulesAndInvitationsAreMailedOnce(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            let anna = try await store.saveCustomer(
                Customer(
                    displayName: "Anna", identifiers: [CustomerIdentifier(system: "email", value: "anna@example.se")],
                    preferredLanguage: .sv), by: Fixture.actor)
            try await store.saveContactRules(ContactRules(cooldownDays: 30, quarantineDays: 14), by: Fixture.actor)
            // Saving the workspace's other settings keeps the rules.
            var settings = try await store.workspaceSettings()
            settings.name = "Norrsken"
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            try await store.saveContactRules(ContactRules(cooldownDays: 21, quarantineDays: 14), by: Fixture.actor)
            settings.name = "Norrsken Telecom"
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            #expect(try await store.contactRules().cooldownDays == 21)
            try await store.saveContactRules(ContactRules(cooldownDays: 30, quarantineDays: 14), by: Fixture.actor)
            let request = TriggerRequest(touchpointID: "tp-1", customerID: anna.id, eventAt: Self.now, idempotencyKey: "k1")
            let first = try await store.trigger(request, now: Self.now)
            #expect(first.invitation.status == .scheduled && first.invitation.language == .sv)
            #expect(first.invitation.sendAt == Self.now.addingTimeInterval(3_600))
            #expect(try await store.trigger(request, now: Self.now).duplicate)
            var second = request
            second.idempotencyKey = "k2"
            let cooled = try await store.trigger(second, now: Self.now)
            guard case .cooldown(let until) = cooled.invitation.reason else {
                Issue.record("expected a cooldown, got \(String(describing: cooled.invitation.reason))")
                return
            }
            #expect(until == first.invitation.sendAt.addingTimeInterval(30 * 86_400))

            // Past its link's life a scheduled invitation is not sent late but expires.
            #expect(try await store.dueInvitations(limit: 10, now: Self.now.addingTimeInterval(20 * 86_400)).isEmpty)
            let due = try await store.dueInvitations(limit: 10, now: Self.now.addingTimeInterval(3_601))
            #expect(due.map(\.invitation.id) == [first.invitation.id])
            let mail = OutgoingMail(
                to: "anna@example.se", subject: "s", body: "b", html: "<p>b</p>", headers: ["List-Unsubscribe": "<x>"])
            #expect(
                try await store.queueInvitationMail(due[0], mail: mail, tokenHash: "t1", now: Self.now.addingTimeInterval(3_601)))
            // The same due item a second time (another server) queues nothing.
            #expect(
                !(try await store.queueInvitationMail(
                    due[0], mail: mail, tokenHash: "t2", now: Self.now.addingTimeInterval(3_602))))
            let queued = try await store.claimMail(limit: 10, lease: 60, now: Self.now.addingTimeInterval(3_700))
            #expect(queued.count == 1 && queued[0].mail.html == "<p>b</p>" && queued[0].invitationID == first.invitation.id)
            #expect(queued[0].mail.headers == ["List-Unsubscribe": "<x>"])
            #expect(try await store.invitation(tokenHash: "t1")?.status == .sent)

            let answered = ResponseDraft(
                linkID: nil, invitationID: first.invitation.id, surveyID: "sv-1", surveyVersion: 1, language: .sv)
            _ = try await store.submitDrafts([
                DraftSubmission(
                    draft: answered, tokenHash: "invitation:\(first.invitation.id)",
                    response: fixture.response(nps: 9, customer: anna.id, at: Self.now.addingTimeInterval(7_200)))
            ])
            let funnels = try await store.invitationFunnels(survey: "sv-1")
            #expect(
                funnels.count == 1 && funnels[0].requested == 2 && funnels[0].responded == 1
                    && funnels[0].suppressed == ["cooldown": 1])
            #expect(try await store.unsubscribe(tokenHash: "t1", now: Self.now.addingTimeInterval(8_000)))
            var third = request
            third.idempotencyKey = "k3"
            third.eventAt = Self.now.addingTimeInterval(90 * 86_400)
            let late = try await store.trigger(third, now: Self.now.addingTimeInterval(90 * 86_400))
            #expect(late.invitation.reason == .optedOut)
        }
    }
}

/// A file of triggers decided in batches.
@Suite("Trigger files")
struct TriggerImportContractTests {
    @Test(arguments: TestBackend.available)
    func aFileOfTriggersIsDecidedInTimeOrderAndBadRowsAreNamed(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Fixture().install(in: store)
            for (name, email) in [("anna", "anna@example.se"), ("bo", nil)] as [(String, String?)] {
                try await store.saveCustomer(
                    Customer(
                        id: "c-\(name)", displayName: name,
                        identifiers: [CustomerIdentifier(system: "crm", value: name)]
                            + (email.map { [CustomerIdentifier(system: "email", value: $0)] } ?? [])),
                    by: Fixture.actor)
            }
            let now = InvitationContractTests.now
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-triggers-\(UUID().uuidString).csv")
            defer { try? FileManager.default.removeItem(at: file) }
            // Anna's later visit comes first in the file: time order decides, not file order.
            let csv = """
                touchpointID;customer;eventAt;idempotencyKey
                tp-1;crm:anna;2026-05-28T12:00:00Z;v2
                tp-1;crm:anna;2026-05-28T09:00:00Z;v1
                tp-1;crm:bo;2026-05-28T09:00:00Z;v3
                tp-1;crm:nobody;2026-05-28T09:00:00Z;v4
                tp-1;crm:anna;yesterday;v5
                tp-1;crm:anna;2026-05-28T12:00:00Z;v2

                """
            try Data(csv.utf8).write(to: file)
            let report = try await CSVImport(store: store, batchSize: 3).triggers(from: file.path, now: now, actor: Fixture.actor)
            #expect(report.scheduled == 1)
            #expect(report.suppressed == ["cooldown": 1, "no_address": 1])
            #expect(report.duplicates == 1)
            #expect(report.rejected.map(\.line) == [5, 6])
            #expect(report.rejected[0].reason.contains("no customer has the identifier 'crm:nobody'"))
            #expect(report.rejected[1].reason.contains("eventAt"))
            let anna = try await store.invitations(customer: "c-anna")
            #expect(anna.first { $0.triggerKey == "v1" }?.status == .scheduled)
            #expect(anna.first { $0.triggerKey == "v2" }?.status == .suppressed)
        }
    }
}
