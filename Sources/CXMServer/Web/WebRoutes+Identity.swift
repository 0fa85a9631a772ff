import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Identity review and customer merges in the browser: the review list, linking or leaving a record,
/// merging a customer into another and undoing it.
extension WebRoutes {
    func registerIdentity(in routes: inout RouteTable) {
        routes.get("/identity-reviews", .requires(.editCustomers)) { request, context in
            let size = 50
            let number = request.pageNumber
            let reviews = try await store.identityReviews(
                status: .open, page: PageRequest(offset: (number - 1) * size, limit: size))
            let names = try await store.customerNames(Set(reviews.items.flatMap(\.candidates)))
            let sources = Dictionary(uniqueKeysWithValues: try await store.signalSources().map { ($0.id, $0.name) })
            let zone = try await store.workspaceSettings().timeZone
            let format = LocaleFormat(context.language)
            let t = Localizer(context.language)
            let kinds: [SignalKind: TimelineText] = [.ticket: .ticket, .churn: .churn, .incident: .incident, .order: .order]
            let page = IdentityReviewsPage(
                context: try await web.page(request, context),
                rows: reviews.items.map { review in
                    IdentityReviewsPage.Row(
                        id: review.id, date: format.dateTime(review.createdAt, timeZone: zone),
                        record: "\(kinds[review.kind].map { t($0) } ?? review.kind.rawValue) \(review.recordID)",
                        source: sources[review.sourceID] ?? review.sourceID, identifiers: review.identifiers,
                        candidates: review.candidates.compactMap { id in
                            names[id].map { IdentityReviewsPage.Candidate(id: id, name: $0) }
                        })
                },
                paging: Paging(page: number, pageSize: size, totalCount: reviews.total))
            return HTMLOutput.page(page.render())
        }
        routes.post("/identity-reviews/{id}/link", .requires(.editCustomers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            _ = try await store.linkIdentityReview(try context.id(), to: form.text("customer"), by: context.actor.auditActor)
            return Response.seeOther("/identity-reviews?notice=reviewLinked")
        }
        routes.post("/identity-reviews/{id}/dismiss", .requires(.editCustomers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            _ = try await store.dismissIdentityReview(try context.id(), by: context.actor.auditActor)
            return Response.seeOther("/identity-reviews?notice=reviewDismissed")
        }
        routes.post("/customers/{id}/merge", .requires(.editCustomers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let customer = try await store.customer(try context.id())
            try principal.requireVisible(unit: customer.unitID, "customer '\(customer.id)'")
            let t = Localizer(context.language)
            let named = form.text("other").trimmingCharacters(in: .whitespaces)
            var other: Customer?
            let country = PhoneCountry(timeZone: try await store.workspaceSettings().timeZone)
            if let identifier = CustomerIdentifier(named), let valid = try? identifier.validated(phoneCountry: country) {
                other = try await store.customer(identifiedBy: valid)
            }
            if other == nil, Identifier.isValid(named) { other = try? await store.customer(named) }
            var problem: String?
            if let found = other, !principal.canSee(unit: found.unitID) { other = nil }
            if other == nil { problem = t(IdentityText.unknownOther) }
            if other?.id == customer.id { problem = t(IdentityText.notYourself) }
            guard let merged = other, problem == nil else {
                let page = try await customerDetailPage(
                    request, context, customer, errors: [FormError(field: "merge-other", message: problem ?? "")])
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            _ = try await store.mergeCustomers(survivor: customer.id, merged: merged.id, by: principal.auditActor)
            return Response.seeOther(URLPath.make("/customers", customer.id) + "?notice=customersMerged")
        }
        routes.post("/customer-merges/{id}/undo", .requires(.editCustomers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let merge = try await store.undoCustomerMerge(try context.id(), by: context.actor.auditActor)
            return Response.seeOther(URLPath.make("/customers", merge.survivorID) + "?notice=mergeUndone")
        }
    }
}
