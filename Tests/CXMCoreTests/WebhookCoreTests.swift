import Foundation
import Testing

@testable import CXMCore

@Suite("Webhook subscriptions, events and retries")
struct WebhookCoreTests {
    @Test(
        arguments: [
            ("https://hooks.slack.com/services/T0/B0/x", nil),
            ("http://127.0.0.1:8080/hook", nil),
            ("", "is required"),
            ("hooks.example.com/cxm", "is not a URL"),
            ("ftp://example.com/x", "must be an http or https URL, not ftp:"),
            ("javascript:alert(1)", "must be an http or https URL"),
            ("https:///path", "has no host"),
            ("https://user:pass@example.com/x", "user name or password"),
            ("https://example.com/x#part", "fragment"),
        ] as [(String, String?)])
    func addressesMustBeHTTPWithAHost(url: String, problem: String?) {
        let found = WebhookSubscription.problem(withURL: url)
        if let problem {
            #expect(found?.contains(problem) == true, "\(url): \(found ?? "accepted")")
        } else {
            #expect(found == nil, "\(url): \(found ?? "")")
        }
    }

    @Test func aSubscriptionIsTrimmedSortedAndNeedsAnEvent() throws {
        let valid = try WebhookSubscription(
            name: "  CRM ", url: " https://crm.example/hooks ", events: [.responseCreated, .caseOpened, .caseOpened]
        ).validated()
        #expect(valid.name == "CRM" && valid.url == "https://crm.example/hooks")
        #expect(valid.events == [.caseOpened, .responseCreated])
        #expect(throws: ValidationFailure.self) {
            try WebhookSubscription(name: "X", url: "https://a.example", events: []).validated()
        }
        do {
            _ = try WebhookSubscription(name: "", url: "mailto:x@example.com", events: [.test]).validated()
            Issue.record("accepted")
        } catch {
            #expect(Set(error.errors.map(\.field)) == ["name", "url", "events"])
        }
    }

    @Test func retriesBackOffFromAMinuteToADayAndHonourRetryAfter() {
        let failed = Date(timeIntervalSince1970: 1_800_000_000)
        let waits = (1...8).map { WebhookRetry.nextAttempt(after: $0, failedAt: failed)?.timeIntervalSince(failed) }
        #expect(waits == [60, 300, 1_800, 7_200, 21_600, 43_200, 86_400, nil])
        #expect(WebhookRetry.maxAttempts == 8)
        // A receiver's longer wait is kept (up to a day); a shorter one does not hurry cxm.
        #expect(WebhookRetry.nextAttempt(after: 1, failedAt: failed, retryAfter: 600)?.timeIntervalSince(failed) == 600)
        #expect(WebhookRetry.nextAttempt(after: 1, failedAt: failed, retryAfter: 5)?.timeIntervalSince(failed) == 60)
        #expect(WebhookRetry.nextAttempt(after: 1, failedAt: failed, retryAfter: 900_000)?.timeIntervalSince(failed) == 86_400)
        #expect(WebhookRetry.retryAfter("120", now: failed) == 120)
        #expect(WebhookRetry.retryAfter("-3", now: failed) == nil)
        #expect(WebhookRetry.retryAfter("soon", now: failed) == nil)
        let httpDate = "Fri, 15 Jan 2027 08:00:30 GMT"
        let base = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z
        #expect(WebhookRetry.retryAfter(httpDate, now: base) == 30)
        #expect(WebhookRetry.isPermanent(status: 410) && !WebhookRetry.isPermanent(status: 404))
    }

    @Test func caseHistoryBecomesEventsWithoutFreeText() throws {
        var record = Case(
            number: 42, title: "NPS 2 · Store visit", source: .response, customerID: "cust-1", unitID: "unit-1",
            createdAt: Date(timeIntervalSince1970: 1_800_000_000))
        var note = CaseEvent(caseID: record.id, at: record.createdAt, actorID: "u1", actorName: "Anna", kind: .note)
        note.text = "Customer said their husband is ill"
        var contact = CaseEvent(caseID: record.id, at: record.createdAt, actorID: "u1", actorName: "Anna", kind: .contact)
        contact.contact = CaseContact(channel: .phone, outcome: .reached)
        contact.text = "Talked about the illness"
        record.status = .contacted
        let events = WebhookEvent.events(for: record, history: [note, contact])
        #expect(events.map(\.type) == [.caseNoteAdded, .caseContactLogged])
        let json = try events[1].json()
        #expect(!json.contains("ill") && !json.contains("husband"))
        #expect(json.contains(#""contactChannel":"phone""#) && json.contains(#""contactOutcome":"reached""#))
        #expect(json.contains(#""timestamp":"2027-01-15T08:00:00.000Z""#))
        let decoded = try WebhookEvent.decode(json)
        #expect(decoded == events[1])
        #expect(decoded.data.case?.number == 42 && decoded.data.case?.customerID == "cust-1")
        // Every case event has its type; beside them: a response, an alert and the test delivery.
        #expect(WebhookEventType.allCases.count == CaseEvent.Kind.allCases.count + 3)
    }

    @Test func secretsAreStandardWebhooksSecrets() {
        let secret = WebhookSecret.make()
        #expect(secret.hasPrefix("whsec_") && WebhookSecret.key(of: secret)?.count == 24)
        #expect(WebhookSecret.make() != secret)
        #expect(WebhookSecret.key(of: "whsec_short") == nil && WebhookSecret.key(of: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") == nil)
        #expect(WebhookSecret.hint(of: secret) == "…" + secret.suffix(4))
    }
}
