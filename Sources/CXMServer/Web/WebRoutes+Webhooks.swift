import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Settings → Webhooks: subscriptions, their secrets, test deliveries and the delivery log.
extension WebRoutes {
    func registerWebhooks(in routes: inout RouteTable) {
        routes.get("/settings/webhooks", .requires(.manageWebhooks)) { request, context in
            HTMLOutput.page(try await webhooksPage(request, context).render())
        }
        routes.post("/settings/webhooks", .requires(.manageWebhooks)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let (entered, errors) = Self.webhookForm(form, language: context.language)
            guard errors.isEmpty else {
                let page = try await webhooksPage(request, context, form: entered, errors: errors)
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            let (subscription, secret) = try await store.createWebhookSubscription(
                WebhookSubscription(
                    name: entered.name, url: entered.url, format: entered.format, events: Array(entered.events),
                    active: entered.active),
                by: try context.actor.auditActor)
            // Shown on this answer only, never in an address or a later page.
            return HTMLOutput.page(try await webhookPage(request, context, subscription.id, secret: secret).render())
        }
        routes.get("/settings/webhooks/{id}", .requires(.manageWebhooks)) { request, context in
            HTMLOutput.page(try await webhookPage(request, context, try context.id()).render())
        }
        routes.post("/settings/webhooks/{id}", .requires(.manageWebhooks)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let current = try await store.webhookSubscription(try context.id())
            let (entered, errors) = Self.webhookForm(form, language: context.language)
            guard errors.isEmpty else {
                let page = try await webhookPage(request, context, current.id, form: entered, errors: errors)
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            var changed = current
            changed.name = entered.name
            changed.url = entered.url
            changed.format = entered.format
            changed.events = Array(entered.events)
            changed.active = entered.active
            try await store.updateWebhookSubscription(changed, by: try context.actor.auditActor)
            return Response.seeOther("/settings/webhooks/\(current.id)?notice=saved")
        }
        routes.post("/settings/webhooks/{id}/test", .requires(.manageWebhooks)) { request, context in
            try WebSession.requireCSRF(try await FormBody.read(request), context: context)
            let id = try context.id()
            try await store.queueTestWebhook(id)
            return Response.seeOther("/settings/webhooks/\(id)?notice=webhookTestQueued")
        }
        routes.post("/settings/webhooks/{id}/secret", .requires(.manageWebhooks)) { request, context in
            try WebSession.requireCSRF(try await FormBody.read(request), context: context)
            let id = try context.id()
            let secret = try await store.rotateWebhookSecret(id, by: try context.actor.auditActor)
            return HTMLOutput.page(try await webhookPage(request, context, id, secret: secret).render())
        }
        routes.post("/settings/webhooks/{id}/delete", .requires(.manageWebhooks)) { request, context in
            try WebSession.requireCSRF(try await FormBody.read(request), context: context)
            try await store.deleteWebhookSubscription(try context.id(), by: try context.actor.auditActor)
            return Response.seeOther("/settings/webhooks?notice=webhookDeleted")
        }
        routes.post("/settings/webhooks/deliveries/{id}/retry", .requires(.manageWebhooks)) { request, context in
            try WebSession.requireCSRF(try await FormBody.read(request), context: context)
            let delivery = try await store.retryWebhookDelivery(try context.id())
            return Response.seeOther(
                "/settings/webhooks/\(delivery.subscriptionID)?notice=webhookRetried")
        }
    }

    /// The form as entered, and its problems in the reader's language.
    static func webhookForm(_ form: FormBody, language: Language) -> (WebhookForm, [FormError]) {
        let t = Localizer(language)
        let entered = WebhookForm(
            name: form.text("name"), url: form.text("url"), format: WebhookFormat(rawValue: form.text("format")) ?? .json,
            events: Set(form.all("events").compactMap(WebhookEventType.init(rawValue:)).filter { $0 != .test }),
            active: form.isChecked("active"))
        var errors: [FormError] = []
        if entered.name.isEmpty || entered.name.count > 200 {
            errors.append(FormError(field: WebhookForm.nameFieldID, message: t(WebhookText.nameRequired)))
        }
        if WebhookSubscription.problem(withURL: entered.url) != nil {
            errors.append(FormError(field: WebhookForm.urlFieldID, message: t(WebhookText.urlInvalid)))
        }
        if entered.events.isEmpty {
            errors.append(FormError(field: WebhookForm.eventsFieldID, message: t(WebhookText.eventsRequired)))
        }
        return (entered, errors)
    }

    private func webhooksPage(
        _ request: Request, _ context: AppContext, form: WebhookForm = WebhookForm(), errors: [FormError] = []
    ) async throws -> WebhooksPage {
        let health = try await store.webhookHealth()
        return WebhooksPage(
            context: try await web.page(request, context, errors: errors), subscriptions: try await store.webhookSubscriptions(),
            health: health.mapValues { ($0.pending, $0.failed, $0.lastDeliveredAt) }, form: form,
            timeZone: try await store.workspaceSettings().timeZone)
    }

    private func webhookPage(
        _ request: Request, _ context: AppContext, _ id: String, form: WebhookForm? = nil, secret: String? = nil,
        errors: [FormError] = []
    ) async throws -> WebhookPage {
        let subscription = try await store.webhookSubscription(id)
        return WebhookPage(
            context: try await web.page(request, context, errors: errors), subscription: subscription, form: form,
            secret: secret,
            deliveries: try await store.webhookDeliveries(subscription: id, page: PageRequest(offset: 0, limit: 100)).items,
            timeZone: try await store.workspaceSettings().timeZone)
    }
}
