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
        await repeatUntilShutdown(every: checkEvery, firstDelay: .seconds(3), logger: logger, failure: "sending webhooks failed")
        {
            // Keep sending while whole batches come back: a backlog drains without waiting a round.
            while try await deliverDue(using: client).count == Self.batchSize {}
            if lastPurge.due(every: purgeEvery) {
                try await store.purgeWebhookDeliveries(before: Date().addingTimeInterval(-30 * 86_400))
            }
        }
        try await client.shutdown()
    }

    static let batchSize = 50

    /// Sends the deliveries due at `now`, at most eight at once; returns what became of each.
    @discardableResult
    public func deliverDue(using client: HTTPClient, now: Date = Date()) async throws -> [WebhookDelivery.State] {
        let due = try await store.claimDueWebhooks(now: now, limit: Self.batchSize)
        guard !due.isEmpty else { return [] }
        let context = try await messageContext(needed: due.contains { $0.format != .json })
        return try await withThrowingTaskGroup(of: WebhookDelivery.State.self) { group in
            var states: [WebhookDelivery.State] = []
            var waiting = due[...]
            for _ in 0..<min(8, due.count) {
                let next = waiting.removeFirst()
                group.addTask { try await send(next, context: context, client: client) }
            }
            while let state = try await group.next() {
                states.append(state)
                if let next = waiting.popFirst() {
                    group.addTask { try await send(next, context: context, client: client) }
                }
            }
            return states
        }
    }

    /// One try of one delivery, logged whatever happens.
    func send(_ due: DueWebhook, context: WebhookMessage.Context?, client: HTTPClient) async throws -> WebhookDelivery.State {
        let started = ContinuousClock.now
        let at = Date()
        var status: Int?
        var problem: String?
        var excerpt: String?
        var retryAfter: TimeInterval?
        do {
            let event = try WebhookEvent.decode(due.delivery.event)
            let body =
                if due.format == .json || context == nil {
                    due.delivery.event
                } else {
                    try WebhookMessage(event, context: context!).body(due.format)
                }
            var request = HTTPClientRequest(url: due.url)
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            request.headers.add(name: "user-agent", value: "cxm-webhooks/1")
            for (name, value) in WebhookSignature.headers(
                id: event.id, timestamp: Int(at.timeIntervalSince1970), body: body, secret: due.secret)
            {
                request.headers.add(name: name, value: value)
            }
            request.body = .bytes(ByteBuffer(string: body))
            let response = try await client.execute(request, timeout: timeout)
            status = Int(response.status.code)
            retryAfter = WebhookRetry.retryAfter(response.headers.first(name: "retry-after"), now: at)
            let answer = try await response.body.collect(upTo: 64 * 1024)
            excerpt = String(buffer: answer).prefix(500).description
            if !(200..<300).contains(Int(response.status.code)) { problem = "HTTP \(response.status.code)" }
        } catch {
            problem = Self.describe(error)
        }
        let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
        let state = try await store.recordWebhookAttempt(
            WebhookAttempt(
                deliveryID: due.delivery.id, number: due.delivery.attempts + 1, at: at, status: status, error: problem,
                milliseconds: milliseconds, responseExcerpt: excerpt?.isEmpty == true ? nil : excerpt),
            retryAfter: retryAfter)
        if let problem {
            // The address's path may be a secret (Slack's and Teams' are): log the host only.
            logger.warning(
                "webhook delivery failed",
                metadata: [
                    "delivery": "\(due.delivery.id)", "host": "\(URLComponents(string: due.url)?.host ?? "?")",
                    "problem": "\(problem)", "state": "\(state.rawValue)",
                ])
        }
        return state
    }

    /// The names Slack and Teams messages use, read once per batch.
    func messageContext(needed: Bool) async throws -> WebhookMessage.Context? {
        guard needed else { return nil }
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
        default: "\(error)"
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
