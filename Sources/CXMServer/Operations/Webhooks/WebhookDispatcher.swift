import AsyncHTTPClient
import CXMCore
import CXMStore
import CXMViews
import Foundation
import Logging
import NIOCore
import ServiceLifecycle

/// Posts queued webhook deliveries every few seconds: signed, a few at a time, each with a timeout,
/// without following redirects. A failed try is logged and tried again after the back-off; the
/// request that made the event never waits for any of it. Finished deliveries are forgotten
/// after 30 days.
public struct WebhookDispatcher: Service {
    let store: Store
    let checkEvery: Duration
    /// The public address of cxm, for links in Slack and Teams messages.
    let linkBase: String?
    let timeout: TimeAmount
    let logger: Logger

    public init(
        store: Store, checkEvery: Duration = .seconds(2), linkBase: String?, timeout: TimeAmount = .seconds(10),
        logger: Logger
    ) {
        self.store = store
        self.checkEvery = checkEvery
        self.linkBase = linkBase
        self.timeout = timeout
        self.logger = logger
    }

    /// A client for webhooks: no redirects (a receiver is where it was configured), short timeouts.
    /// A refused connection is tried again until the connect timeout has passed.
    public static func makeClient(connectTimeout: TimeAmount = .seconds(5)) -> HTTPClient {
        HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: HTTPClient.Configuration(
                redirectConfiguration: .disallow,
                timeout: HTTPClient.Configuration.Timeout(connect: connectTimeout, read: .seconds(10))))
    }

    public func run() async throws {
        let client = Self.makeClient()
        let purgeEvery: TimeInterval = 3_600
        let lastPurge = LastRun()
        let workers = Workers()
        await repeatUntilShutdown(every: checkEvery, firstDelay: .seconds(3), logger: logger, failure: "sending webhooks failed")
        {
            // A worker per subscription with deliveries due, each draining its own queue: a slow or
            // dead receiver holds up nobody else's.
            for subscription in try await store.subscriptionsWithDueWebhooks() {
                guard workers.start(subscription, limit: Self.workers) else { continue }
                Task {
                    defer { workers.finish(subscription) }
                    _ = await drain(subscription, using: client, now: { Date() })
                }
            }
            if lastPurge.due(every: purgeEvery) {
                try await store.purgeWebhookDeliveries(before: Date().addingTimeInterval(-30 * 86_400))
            }
        }
        // Let running workers finish their round: what they sent is recorded, nothing sent twice.
        while workers.count > 0 { try? await Task.sleep(for: .milliseconds(100)) }
        try await client.shutdown()
    }

    /// Deliveries taken (and recorded) per round of one subscription; subscriptions sent to at once;
    /// tries at once to one subscription.
    static let batchSize = 50
    static let workers = 8
    static let perLane = 4
    /// A round starts no new tries after this long, so that it ends well inside its lease.
    static let roundBudget: Duration = .seconds(60)

    /// One try's result, recorded with the others of its round.
    struct Try: Sendable {
        var attempt: WebhookAttempt
        var retryAfter: TimeInterval?
        /// No answer came (refused, timed out): the receiver is down, not refusing this event.
        var unreachable: Bool
        var to: String
    }

    /// What one round of one subscription did: its tries, and what it handed back untried.
    struct Lane: Sendable {
        var tries: [Try] = []
        var deferred: [(id: String, until: Date)] = []
    }

    /// Sends everything due at `now` once round: every subscription with due deliveries drained at
    /// the same time (eight at once); returns what became of each delivery (one handed back
    /// untried is `pending`). The server's loop does the same continuously; tests call this.
    @discardableResult
    public func deliverDue(using client: HTTPClient, now: Date = Date()) async throws -> [WebhookDelivery.State] {
        let subscriptions = try await store.subscriptionsWithDueWebhooks(now: now)
        return await withTaskGroup(of: [WebhookDelivery.State].self) { group in
            var waiting = subscriptions[...]
            var states: [WebhookDelivery.State] = []
            for _ in 0..<min(Self.workers, subscriptions.count) {
                let next = waiting.removeFirst()
                group.addTask { await drain(next, using: client, now: { now }) }
            }
            while let done = await group.next() {
                states += done
                if let next = waiting.popFirst() { group.addTask { await drain(next, using: client, now: { now }) } }
            }
            return states
        }
    }

    /// Sends one subscription's due deliveries, fifty per round, each round recorded in one
    /// transaction (one commit, not one per delivery), until none is due or the receiver stops
    /// answering: then the rest wait a minute, untried and uncounted. One delivery's trouble (its
    /// message, its receiver) never stops the rest.
    func drain(_ subscription: String, using client: HTTPClient, now: @Sendable () -> Date) async -> [WebhookDelivery.State] {
        var states: [WebhookDelivery.State] = []
        var context: WebhookMessage.Context?
        while true {
            let at = now()
            let due: [DueWebhook]
            do { due = try await store.claimDueWebhooks(subscription: subscription, now: at, limit: Self.batchSize) } catch {
                logger.error("claiming webhook deliveries failed", metadata: ["error": "\(error)"])
                return states
            }
            guard !due.isEmpty else { return states }
            if context == nil, due.contains(where: { $0.format != .json }) {
                do { context = try await messageContext() } catch {
                    logger.error("reading the names for webhook messages failed", metadata: ["error": "\(error)"])
                }
            }
            let round = await lane(due, context: context, client: client, at: at)
            do {
                let recorded = try await store.recordWebhookAttempts(
                    round.tries.map { ($0.attempt, $0.retryAfter) }, deferred: round.deferred)
                for (made, state) in zip(round.tries, recorded) where made.attempt.error != nil {
                    // The address's path may be a secret (Slack's and Teams' are): log the origin only.
                    logger.warning(
                        "webhook delivery failed",
                        metadata: [
                            "delivery": "\(made.attempt.deliveryID)", "to": "\(made.to)",
                            "problem": "\(made.attempt.error ?? "")", "state": "\(state.rawValue)",
                        ])
                }
                states += recorded + round.deferred.map { _ in .pending }
            } catch {
                // The leases run out and the deliveries are taken again: sent twice at worst, never lost.
                logger.error("recording webhook tries failed", metadata: ["error": "\(error)"])
                return states + due.map { _ in .pending }
            }
            if !round.deferred.isEmpty || due.count < Self.batchSize { return states }
        }
    }

    /// One subscription's deliveries, four at a time, in the order claimed.
    func lane(_ items: [DueWebhook], context: WebhookMessage.Context?, client: HTTPClient, at: Date) async -> Lane {
        var lane = Lane()
        var rest = items[...]
        let started = ContinuousClock.now
        while !rest.isEmpty {
            if ContinuousClock.now - started > Self.roundBudget {
                // Due again at once, for the next round (or another server) to go on with.
                lane.deferred += rest.map { ($0.delivery.id, at) }
                break
            }
            let chunk = rest.prefix(Self.perLane)
            rest = rest.dropFirst(chunk.count)
            let made = await withTaskGroup(of: Try.self) { group in
                for item in chunk { group.addTask { await send(item, context: context, client: client, at: at) } }
                var made: [Try] = []
                for await one in group { made.append(one) }
                return made
            }
            lane.tries += made
            if made.contains(where: \.unreachable) {
                lane.deferred += rest.map { ($0.delivery.id, at.addingTimeInterval(60)) }
                break
            }
        }
        return lane
    }

    /// One try of one delivery. `at` is when the try counts as made (for the back-off); the
    /// signature's timestamp is the clock's, which the receiver checks.
    func send(_ due: DueWebhook, context: WebhookMessage.Context?, client: HTTPClient, at: Date) async -> Try {
        let started = ContinuousClock.now
        var status: Int?
        var problem: String?
        var excerpt: String?
        var retryAfter: TimeInterval?
        var unreachable = false
        do {
            let event = try WebhookEvent.decode(due.delivery.event)
            let body: String
            switch (due.format, context) {
            case (.json, _): body = due.delivery.event
            case (_, let context?): body = try WebhookMessage(event, context: context).body(due.format)
            case (_, nil): throw MessageUnavailable()
            }
            var request = HTTPClientRequest(url: due.url)
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            request.headers.add(name: "user-agent", value: "cxm-webhooks/1")
            for (name, value) in WebhookSignature.headers(
                id: event.id, timestamp: Int(Date().timeIntervalSince1970), body: body, secret: due.secret)
            {
                request.headers.add(name: name, value: value)
            }
            request.body = .bytes(ByteBuffer(string: body))
            let response: HTTPClientResponse
            do { response = try await client.execute(request, timeout: timeout) } catch {
                unreachable = true
                throw error
            }
            status = Int(response.status.code)
            retryAfter = WebhookRetry.retryAfter(response.headers.first(name: "retry-after"), now: at)
            let succeeded = (200..<300).contains(Int(response.status.code))
            // Why a receiver refused is worth keeping; what an accepting one said is not (an
            // address inside the network must not become a way to read it).
            let answer = await Self.start(of: response.body, limit: 1_024, within: .seconds(3))
            if !succeeded {
                problem = "HTTP \(response.status.code)"
                excerpt = answer.isEmpty ? nil : String(answer.prefix(500))
            }
        } catch {
            problem = Self.describe(error)
        }
        let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
        return Try(
            attempt: WebhookAttempt(
                deliveryID: due.delivery.id, number: due.delivery.attempts + 1, at: at, status: status, error: problem,
                milliseconds: milliseconds, responseExcerpt: excerpt),
            retryAfter: retryAfter, unreachable: unreachable, to: WebhookSubscription.origin(of: due.url))
    }

    struct MessageUnavailable: Error {}

    /// Up to `limit` bytes of an answer as text, read for at most `within`; a receiver that trickles
    /// its answer does not hold the dispatcher. The rest is left unread (the connection closes).
    static func start(of body: HTTPClientResponse.Body, limit: Int, within: Duration) async -> String {
        await withTaskGroup(of: String?.self) { group in
            group.addTask {
                var bytes: [UInt8] = []
                do {
                    for try await chunk in body {
                        bytes += chunk.readableBytesView.prefix(limit - bytes.count)
                        if bytes.count >= limit { break }
                    }
                } catch {}
                return String(decoding: bytes, as: UTF8.self)
            }
            group.addTask {
                try? await Task.sleep(for: within)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? ""
        }
    }

    /// The names Slack and Teams messages use, read once per batch.
    func messageContext() async throws -> WebhookMessage.Context {
        let workspace = try await store.workspaceSettings()
        var context = WebhookMessage.Context(
            language: workspace.defaultLanguage, timeZone: workspace.timeZone, linkBase: linkBase)
        for unit in try await store.units() { context.unitNames[unit.id] = unit.name }
        for user in try await store.users() {
            context.userNames[user.id] = user.displayName.isEmpty ? user.email : user.displayName
        }
        for touchpoint in try await store.touchpoints() { context.touchpointNames[touchpoint.id] = touchpoint.name }
        for survey in try await store.surveys() { context.surveys[survey.id] = survey }
        return context
    }

    /// Why a try failed, in words for the log (no addresses: they may hold secrets).
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout: "the receiver did not accept a connection within 5 seconds"
            case .readTimeout, .deadlineExceeded: "the receiver did not answer in time"
            case .remoteConnectionClosed: "the receiver closed the connection"
            case .invalidURL, .emptyHost, .emptyScheme: "the address is not a usable URL"
            default: "HTTP client error: \(error)"
            }
        case is DecodingError: "the queued event could not be read"
        case is MessageUnavailable: "the names for the message could not be read; tried again later"
        default: "\(error)"
        }
    }

    /// The subscriptions being sent to, at most `limit` at once.
    final class Workers: @unchecked Sendable {
        private let lock = NSLock()
        private var running: Set<String> = []

        func start(_ subscription: String, limit: Int) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            guard running.count < limit, !running.contains(subscription) else { return false }
            running.insert(subscription)
            return true
        }

        func finish(_ subscription: String) {
            lock.lock()
            defer { lock.unlock() }
            running.remove(subscription)
        }

        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return running.count
        }
    }

    /// When a job last ran, shared by the rounds of one dispatcher.
    final class LastRun: @unchecked Sendable {
        private let lock = NSLock()
        private var last: Date?

        func due(every interval: TimeInterval, now: Date = Date()) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if let last, now.timeIntervalSince(last) < interval { return false }
            last = now
            return true
        }
    }
}
