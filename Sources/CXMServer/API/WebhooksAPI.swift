import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Outgoing webhooks (/api/v1/webhooks): subscriptions, their signing secrets, test deliveries,
/// and the delivery log with every try (/api/v1/webhook-deliveries).
struct WebhooksAPI {
    let store: Store

    /// What a client sends to add or change a subscription. Format and events are read as text so
    /// that a wrong one is named with the choices.
    struct Input: Decodable {
        var name: String
        var url: String
        var format: String?
        var events: [String]
        var active: Bool?

        func subscription(id: String) throws -> WebhookSubscription {
            var check = Validator()
            let format = WebhookFormat(rawValue: self.format ?? "json")
            if format == nil {
                check.add(
                    "format",
                    "'\(self.format ?? "")' is not a format; choose \(WebhookFormat.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            var types: [WebhookEventType] = []
            for (index, name) in events.enumerated() {
                if let type = WebhookEventType(rawValue: name), type != .test {
                    types.append(type)
                } else {
                    check.add(
                        "events[\(index)]",
                        "'\(name)' is not an event; choose from \(WebhookEventType.subscribable.map(\.rawValue).joined(separator: ", "))"
                    )
                }
            }
            do { try check.finish() } catch { throw AppError.unprocessable(error) }
            return WebhookSubscription(
                id: id, name: name, url: url, format: format ?? .json, events: types, active: active ?? true)
        }
    }

    /// A subscription with how its deliveries are going.
    struct Body: Encodable, Identifiable {
        var id: String
        var name: String
        var url: String
        var format: WebhookFormat
        var events: [WebhookEventType]
        var active: Bool
        var createdAt: Date
        var secretHint: String
        var pending: Int
        var failedLast30Days: Int
        var lastDeliveredAt: Date?

        init(_ subscription: WebhookSubscription, health: WebhookHealth?) {
            id = subscription.id
            name = subscription.name
            url = subscription.url
            format = subscription.format
            events = subscription.events
            active = subscription.active
            createdAt = subscription.createdAt
            secretHint = subscription.secretHint
            pending = health?.pending ?? 0
            failedLast30Days = health?.failed ?? 0
            lastDeliveredAt = health?.lastDeliveredAt
        }
    }

    /// A new subscription and its secret, shown this once.
    struct Created: Encodable, Identifiable {
        var id: String { webhook.id }
        var webhook: Body
        var secret: String
    }

    struct Secret: Encodable {
        var secret: String
    }

    struct DeliveryBody: Encodable {
        var delivery: WebhookDelivery
        var attempts: [WebhookAttempt]
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/webhooks", .requires(.manageWebhooks)) { _, _ in
            let health = try await store.webhookHealth()
            return try JSONOutput.response(
                ListBody(items: try await store.webhookSubscriptions().map { Body($0, health: health[$0.id]) }))
        }
        routes.post("/api/v1/webhooks", .requires(.manageWebhooks)) { request, context in
            let input = try await JSONInput.decode(Input.self, from: request, context: context)
            let (subscription, secret) = try await store.createWebhookSubscription(
                try input.subscription(id: Identifier.make()), by: context.actor.auditActor)
            return try JSONOutput.created(
                Created(webhook: Body(subscription, health: nil), secret: secret), in: "/api/v1/webhooks")
        }
        routes.get("/api/v1/webhooks/{id}", .requires(.manageWebhooks)) { _, context in
            let subscription = try await store.webhookSubscription(try context.id())
            return try JSONOutput.response(Body(subscription, health: try await store.webhookHealth()[subscription.id]))
        }
        routes.put("/api/v1/webhooks/{id}", .requires(.manageWebhooks)) { request, context in
            let current = try await store.webhookSubscription(try context.id())
            let input = try await JSONInput.decode(Input.self, from: request, context: context)
            let saved = try await store.updateWebhookSubscription(
                try input.subscription(id: current.id), by: context.actor.auditActor)
            return try JSONOutput.response(Body(saved, health: try await store.webhookHealth()[saved.id]))
        }
        routes.delete("/api/v1/webhooks/{id}", .requires(.manageWebhooks)) { _, context in
            try await store.deleteWebhookSubscription(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }
        routes.post("/api/v1/webhooks/{id}/secret", .requires(.manageWebhooks)) { _, context in
            try JSONOutput.response(
                Secret(secret: try await store.rotateWebhookSecret(try context.id(), by: context.actor.auditActor)))
        }
        routes.post("/api/v1/webhooks/{id}/test", .requires(.manageWebhooks)) { _, context in
            try JSONOutput.response(try await store.queueTestWebhook(try context.id()), status: .accepted)
        }
        routes.get("/api/v1/webhooks/{id}/deliveries", .requires(.manageWebhooks)) { request, context in
            let subscription = try await store.webhookSubscription(try context.id())
            var state: WebhookDelivery.State?
            if let text = request.query("state") {
                guard let parsed = WebhookDelivery.State(rawValue: text) else {
                    throw AppError.badRequest(
                        ValidationFailure(field: "state", "'\(text)' is not a state; choose pending, delivered or failed"))
                }
                state = parsed
            }
            return try JSONOutput.response(
                try await store.webhookDeliveries(subscription: subscription.id, state: state, page: try request.page()))
        }
        routes.get("/api/v1/webhook-deliveries/{id}", .requires(.manageWebhooks)) { _, context in
            let delivery = try await store.webhookDelivery(try context.id())
            return try JSONOutput.response(
                DeliveryBody(delivery: delivery, attempts: try await store.webhookAttempts(delivery: delivery.id)))
        }
        routes.post("/api/v1/webhook-deliveries/{id}/retry", .requires(.manageWebhooks)) { _, context in
            try JSONOutput.response(try await store.retryWebhookDelivery(try context.id()), status: .accepted)
        }
    }
}
