import CXMCore
import CXMServer
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import NIOCore
import Testing

/// A local receiver of webhooks: it checks each delivery's signature with the secret it was given
/// and answers as told (`/ok`, `/fail` with 500 and a `Retry-After`, `/gone` with 410).
final class TestReceiver: Sendable {
    struct Received: Sendable {
        var path: String
        var headers: HTTPFields
        var body: String
        var verified: Bool
    }

    let secret = NIOLockedValueBox<String>("")
    let received = NIOLockedValueBox<[Received]>([])

    /// Runs the receiver on a free port for the body's duration.
    func run<T: Sendable>(_ body: @Sendable (Int) async throws -> T) async throws -> T {
        let router = Router()
        router.post("/{answer}") { request, context -> Response in
            let text = String(buffer: try await request.body.collect(upTo: 1 << 20))
            let headers = request.headers
            let verified: Bool
            do {
                try WebhookSignature.verify(
                    id: headers[HTTPField.Name("webhook-id")!], timestamp: headers[HTTPField.Name("webhook-timestamp")!],
                    signatures: headers[HTTPField.Name("webhook-signature")!], body: text,
                    secret: self.secret.withLockedValue { $0 })
                verified = true
            } catch {
                verified = false
            }
            let answer = context.parameters.get("answer") ?? "ok"
            self.received.withLockedValue {
                $0.append(Received(path: answer, headers: headers, body: text, verified: verified))
            }
            switch answer {
            case "fail": return Response(status: .internalServerError, headers: [.retryAfter: "600"])
            case "gone": return Response(status: .gone)
            default: return Response(status: verified ? .noContent : .unauthorized)
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        return try await app.test(.live) { client in try await body(try #require(client.port)) }
    }
}

@Suite("Outgoing webhooks")
struct WebhookTests {
    static let logger = TestServer.logger

    @Test func theStandardWebhooksExampleSignsAndVerifies() throws {
        // The example of the Standard Webhooks specification.
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        let body = #"{"test": 2432232314}"#
        let signature = WebhookSignature.sign(
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330, body: body, secret: secret)
        #expect(signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        let then = Date(timeIntervalSince1970: 1_614_265_330 + 60)
        #expect(throws: Never.self) {
            try WebhookSignature.verify(
                id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: "1614265330", signatures: "v1,bogus= \(signature!)",
                body: body, secret: secret, now: then)
        }
        #expect(throws: WebhookSignature.Failure.noMatchingSignature) {
            try WebhookSignature.verify(
                id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: "1614265330", signatures: signature, body: body + " ",
                secret: secret, now: then)
        }
        #expect(throws: WebhookSignature.Failure.timestampOutOfRange) {
            try WebhookSignature.verify(
                id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: "1614265330", signatures: signature, body: body,
                secret: secret, now: then.addingTimeInterval(600))
        }
        #expect(throws: WebhookSignature.Failure.missingHeader("webhook-signature")) {
            try WebhookSignature.verify(
                id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: "1614265330", signatures: nil, body: body, secret: secret,
                now: then)
        }
    }

    /// The server's own dispatcher stays off: the tests send, and say when.
    static func quiet(_ configuration: inout ServerConfiguration) { configuration.webhookCheckEvery = nil }

    @Test func aDetractorsCaseReachesALocalReceiverSignedAndTheLogShowsIt() async throws {
        let receiver = TestReceiver()
        try await receiver.run { port in
            try await TestServer.with(configure: Self.quiet) { server, client in
                let admin = try #require(server.tokens[.admin])
                let created = try await client.api(
                    .post, "/api/v1/webhooks", token: admin,
                    json:
                        #"{"name": "CRM", "url": "http://127.0.0.1:\#(port)/ok", "events": ["case.opened", "case.status_changed", "response.created"]}"#
                )
                #expect(created.status == .created)
                let body = try #require(try created.body.json() as? [String: Any])
                let secret = try #require(body["secret"] as? String)
                #expect(secret.hasPrefix("whsec_"))
                receiver.secret.withLockedValue { $0 = secret }
                let webhook = try #require(body["webhook"] as? [String: Any])
                let id = try #require(webhook["id"] as? String)
                // The secret is shown once: never in the list.
                let list = try await client.api(.get, "/api/v1/webhooks", token: admin)
                #expect(!list.body.string.contains(secret) && list.body.string.contains(String(secret.suffix(4))))

                // A detractor answers: the response and the case it opens are both queued.
                let survey = try #require(try await server.store.survey("survey-customer-service"))
                let nps = try #require(survey.questions.first { $0.type == .nps })
                let customer = try #require(
                    try await server.store.customers(
                        CustomerQuery(search: nil, unitID: nil, visibleUnits: nil), page: PageRequest()
                    )
                    .items.first)
                let answer =
                    #"{"surveyID": "\#(survey.id)", "touchpointID": "\#(survey.touchpointIDs[0])", "unitID": "unit-se-customer-service", "customerID": "\#(customer.id)", "language": "sv", "answers": [{"question": "\#(nps.key)", "value": 1}]}"#
                #expect(try await client.api(.post, "/api/v1/responses", token: admin, json: answer).status == .created)

                let dispatcher = WebhookDispatcher(store: server.store, linkBase: "https://cxm.example", logger: Self.logger)
                let http = WebhookDispatcher.makeClient()
                let states = try await dispatcher.deliverDue(using: http)
                #expect(states == [.delivered, .delivered])

                let received = receiver.received.withLockedValue { $0 }
                #expect(received.count == 2 && received.allSatisfy(\.verified))
                let types = received.compactMap { try? WebhookEvent.decode($0.body).type }
                #expect(Set(types) == [.caseOpened, .responseCreated])
                let opened = try #require(received.first { $0.body.contains("case.opened") })
                let event = try WebhookEvent.decode(opened.body)
                #expect(event.data.case?.customerID == customer.id && event.data.case?.status == .new)
                #expect(opened.headers[HTTPField.Name("webhook-id")!] == event.id)

                // The log has the deliveries and each try.
                let log = try await client.api(.get, "/api/v1/webhooks/\(id)/deliveries", token: admin)
                let items = try #require((try log.body.json() as? [String: Any])?["items"] as? [[String: Any]])
                #expect(items.count == 2 && items.allSatisfy { $0["state"] as? String == "delivered" })
                let first = try #require(items.first?["id"] as? String)
                let detail = try await client.api(.get, "/api/v1/webhook-deliveries/\(first)", token: admin)
                #expect(detail.body.string.contains(#""status":204"#))
                let resend = try await client.api(.post, "/api/v1/webhook-deliveries/\(first)/retry", token: admin)
                #expect(resend.status == .conflict && resend.body.string.contains("was delivered"))

                // Nothing more is due; others may not see webhooks at all.
                #expect(try await dispatcher.deliverDue(using: http, now: Date()).isEmpty)
                try await http.shutdown()
                #expect(try await client.api(.get, "/api/v1/webhooks", token: server.tokens[.cxManager]).status == .forbidden)
                #expect(try await client.api(.post, "/api/v1/webhooks/nope/test", token: admin).status == .notFound)
            }
        }
    }

    @Test func aFailingReceiverIsTriedAgainLaterAndAGoneOneIsGivenUp() async throws {
        let receiver = TestReceiver()
        try await receiver.run { port in
            try await TestServer.with(configure: Self.quiet) { server, _ in
                let (failing, _) = try await server.store.createWebhookSubscription(
                    WebhookSubscription(name: "Down", url: "http://127.0.0.1:\(port)/fail", events: [.caseOpened]), by: .system)
                let (gone, _) = try await server.store.createWebhookSubscription(
                    WebhookSubscription(name: "Gone", url: "http://127.0.0.1:\(port)/gone", events: [.caseOpened]), by: .system)
                // Nobody listens on port 9 of this machine: the connection is refused.
                let (closed, _) = try await server.store.createWebhookSubscription(
                    WebhookSubscription(name: "Closed", url: "http://127.0.0.1:9/hook", events: [.caseOpened]), by: .system)
                let opened = try await server.store.openCase(
                    Case(title: "Broken router", source: .manual, unitID: "unit-se-customer-service", createdAt: Date()),
                    firstContactHours: 8, resolutionHours: 40, by: .system)
                #expect(opened.number > 0)

                let http = WebhookDispatcher.makeClient(connectTimeout: .milliseconds(300))
                let dispatcher = WebhookDispatcher(store: server.store, linkBase: nil, logger: Self.logger)
                let now = Date()
                let states = try await dispatcher.deliverDue(using: http, now: now)
                #expect(states.sorted { $0.rawValue < $1.rawValue } == [.failed, .pending, .pending])

                let down = try #require(
                    try await server.store.webhookDeliveries(subscription: failing.id, page: PageRequest()).items.first)
                #expect(down.state == .pending && down.attempts == 1 && down.lastStatus == 500)
                // The receiver asked for 600 seconds, more than the first back-off of 60.
                let wait = try #require(down.nextAttemptAt).timeIntervalSince(try #require(down.lastAttemptAt))
                #expect(abs(wait - 600) < 1)
                let refused = try #require(
                    try await server.store.webhookDeliveries(subscription: closed.id, page: PageRequest()).items.first)
                #expect(refused.state == .pending && refused.lastStatus == nil && refused.lastError != nil)
                let given = try #require(
                    try await server.store.webhookDeliveries(subscription: gone.id, page: PageRequest()).items.first)
                #expect(given.state == .failed && given.lastStatus == 410)

                // A minute later only the refused one is due again (after 60 s); the one told to wait
                // 600 s is due after that, with the refused one's second back-off of 300 s.
                #expect(try await dispatcher.deliverDue(using: http, now: now.addingTimeInterval(61)).count == 1)
                #expect(try await dispatcher.deliverDue(using: http, now: now.addingTimeInterval(700)).count == 2)
                let attempts = try await server.store.webhookAttempts(delivery: down.id)
                #expect(attempts.map(\.number) == [1, 2] && attempts.allSatisfy { $0.status == 500 })

                // A failed one can be sent again by hand, and is: one more try.
                let again = try await server.store.retryWebhookDelivery(given.id, now: now.addingTimeInterval(800))
                #expect(again.state == .pending)
                #expect(try await dispatcher.deliverDue(using: http, now: now.addingTimeInterval(800)).contains(.failed))
                #expect(try await server.store.webhookAttempts(delivery: given.id).map(\.status) == [410, 410])
                try await http.shutdown()
            }
        }
    }

    @Test func aDeadReceiverIsTriedOncePerRoundAndTheRestWaitUntried() async throws {
        let receiver = TestReceiver()
        try await receiver.run { port in
            try await TestServer.with(configure: Self.quiet) { server, _ in
                let (dead, _) = try await server.store.createWebhookSubscription(
                    WebhookSubscription(name: "Dead", url: "http://127.0.0.1:9/hook", events: [.caseOpened]), by: .system)
                let (alive, secret) = try await server.store.createWebhookSubscription(
                    WebhookSubscription(name: "Alive", url: "http://127.0.0.1:\(port)/ok", events: [.caseOpened]), by: .system)
                receiver.secret.withLockedValue { $0 = secret }
                for number in 1...6 {
                    try await server.store.openCase(
                        Case(title: "Fault \(number)", source: .manual, unitID: "unit-se-customer-service", createdAt: Date()),
                        firstContactHours: 8, resolutionHours: 40, by: .system)
                }
                let http = WebhookDispatcher.makeClient(connectTimeout: .milliseconds(300))
                let dispatcher = WebhookDispatcher(store: server.store, linkBase: nil, logger: Self.logger)
                let now = Date()
                let states = try await dispatcher.deliverDue(using: http, now: now)
                try await http.shutdown()
                #expect(states.count == 12)
                // The live receiver got all six in the round; the dead one cost one chunk of four tries.
                #expect(receiver.received.withLockedValue { $0.count } == 6)
                let alive6 = try await server.store.webhookDeliveries(subscription: alive.id, page: PageRequest()).items
                #expect(alive6.count == 6 && alive6.allSatisfy { $0.state == .delivered })
                let dead6 = try await server.store.webhookDeliveries(subscription: dead.id, page: PageRequest()).items
                #expect(dead6.filter { $0.attempts == 1 }.count == 4)
                let waiting = dead6.filter { $0.attempts == 0 }
                #expect(waiting.count == 2 && waiting.allSatisfy { $0.state == .pending && $0.lastError == nil })
                #expect(waiting.allSatisfy { abs(($0.nextAttemptAt ?? now).timeIntervalSince(now) - 60) < 1 })
            }
        }
    }

    @Test func badSubscriptionsAreRefusedNamingTheFieldAndTheFix() async throws {
        try await TestServer.with { server, client in
            let admin = try #require(server.tokens[.admin])
            let ftp = try await client.api(
                .post, "/api/v1/webhooks", token: admin,
                json: #"{"name": "X", "url": "ftp://example.com/x", "events": ["case.opened"]}"#)
            #expect(ftp.status == .unprocessableContent && ftp.body.string.contains("must be an http or https URL"))
            let events = try await client.api(
                .post, "/api/v1/webhooks", token: admin,
                json: #"{"name": "X", "url": "https://example.com/x", "events": ["case.closed"], "format": "discord"}"#)
            #expect(events.status == .unprocessableContent)
            #expect(events.body.string.contains("events[0]") && events.body.string.contains("case.status_changed"))
            #expect(events.body.string.contains("choose json, slack, teams"))
            let secretInURL = try await client.api(
                .post, "/api/v1/webhooks", token: admin,
                json: #"{"name": "X", "url": "https://u:p@example.com/x", "events": ["case.opened"]}"#)
            #expect(secretInURL.status == .unprocessableContent && secretInURL.body.string.contains("user name or password"))
            #expect(try await server.store.webhookSubscriptions().isEmpty)
        }
    }
}

@Suite("Webhooks in the browser")
struct WebWebhookTests {
    @Test func anAdministratorAddsAWebhookSeesTheSecretOnceAndSendsATest() async throws {
        try await TestServer.with(configure: WebhookTests.quiet) { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let settings = try await client.page("/settings", as: user)
            #expect(settings.body.string.contains(#"href="/settings/webhooks""#))
            let list = try await client.page("/settings/webhooks", as: user)
            #expect(list.status == .ok)
            let language = try #require(
                Language.allCases.first { list.body.string.contains(#"<html lang="\#($0.localeIdentifier)""#) })
            let t = Localizer(language)
            #expect(list.body.string.contains(t(WebhookText.none)))

            // A bad address and no events: both named, nothing saved.
            let refused = try await client.post(
                "/settings/webhooks",
                form: [("csrf", user.csrf), ("name", "Slack"), ("url", "slack.com/hook"), ("format", "slack")],
                as: user)
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.body.string.contains(t(WebhookText.urlInvalid))
                    && refused.body.string.contains(t(WebhookText.eventsRequired)))
            #expect(try await server.store.webhookSubscriptions().isEmpty)

            let created = try await client.post(
                "/settings/webhooks",
                form: [
                    ("csrf", user.csrf), ("name", "Service desk <Slack>"),
                    ("url", "https://hooks.slack.example/services/T0/B0/secretpath"),
                    ("format", "slack"), ("events", "case.opened"), ("events", "case.escalated"), ("active", "on"),
                ], as: user)
            #expect(created.status == .ok)
            let secret = try #require(created.body.string.firstMatch(of: /id="webhook-secret">(whsec_[A-Za-z0-9+\/=]+)</)?.1)
            #expect(created.body.string.contains("Service desk &lt;Slack&gt;"))
            let subscription = try #require(try await server.store.webhookSubscriptions().first)
            #expect(subscription.format == .slack && subscription.events == [.caseEscalated, .caseOpened])

            // Later pages never show the secret; the list hides the address's secret path.
            let page = try await client.page("/settings/webhooks/\(subscription.id)", as: user)
            #expect(
                !page.body.string.contains(String(secret))
                    && page.body.string.contains(t(WebhookText.secretHint, subscription.secretHint)))
            let again = try await client.page("/settings/webhooks", as: user)
            #expect(again.body.string.contains("https://hooks.slack.example/…") && !again.body.string.contains("secretpath"))

            let test = try await client.post("/settings/webhooks/\(subscription.id)/test", form: [("csrf", user.csrf)], as: user)
            #expect(test.status == .seeOther)
            let log = try await client.page(try #require(test.headers[.location]), as: user)
            #expect(log.body.string.contains(t(WebhookText.evTest)) && log.body.string.contains(t(WebhookText.statePending)))

            // Paused, then deleted.
            let paused = try await client.post(
                "/settings/webhooks/\(subscription.id)",
                form: [
                    ("csrf", user.csrf), ("name", "Service desk"), ("url", subscription.url), ("format", "slack"),
                    ("events", "case.opened"),
                ], as: user)
            #expect(paused.status == .seeOther)
            #expect(try await server.store.webhookSubscription(subscription.id).active == false)
            let deleted = try await client.post(
                "/settings/webhooks/\(subscription.id)/delete", form: [("csrf", user.csrf)], as: user)
            #expect(deleted.headers[.location] == "/settings/webhooks?notice=webhookDeleted")
            #expect(try await server.store.webhookSubscriptions().isEmpty)

            // Only administrators.
            let cx = server.login(.cxManager)
            let other = try await client.signIn(email: cx.email, password: cx.password)
            #expect(try await client.page("/settings/webhooks", as: other).status == .forbidden)
        }
    }
}
