import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Identity resolution by people: the review list of records whose identifiers named several
/// customers (/api/v1/identity-reviews), and merging two customers with an undo (/api/v1/customers/{id}/merge,
/// /api/v1/customer-merges/{id}/undo).
struct IdentityAPI {
    let store: Store

    struct LinkInput: Decodable {
        var customerID: String
    }

    struct MergeInput: Decodable {
        /// The customer that is merged into the one in the path, and disappears.
        var merged: String
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/identity-reviews", .requires(.editCustomers)) { request, _ in
            var status = IdentityReview.Status.open
            if let text = request.query("status") {
                guard let parsed = IdentityReview.Status(rawValue: text) else {
                    throw AppError.badRequest(
                        ValidationFailure(field: "status", "'\(text)' is not a status; choose open, linked or dismissed"))
                }
                status = parsed
            }
            return try JSONOutput.response(PageBody(try await store.identityReviews(status: status, page: try request.page())))
        }
        routes.get("/api/v1/identity-reviews/{id}", .requires(.editCustomers)) { _, context in
            try JSONOutput.response(try await store.identityReview(try context.id()))
        }
        routes.post("/api/v1/identity-reviews/{id}/link", .requires(.editCustomers)) { request, context in
            let input = try await JSONInput.decode(LinkInput.self, from: request, context: context)
            return try JSONOutput.response(
                try await store.linkIdentityReview(try context.id(), to: input.customerID, by: context.actor.auditActor))
        }
        routes.post("/api/v1/identity-reviews/{id}/dismiss", .requires(.editCustomers)) { _, context in
            try JSONOutput.response(try await store.dismissIdentityReview(try context.id(), by: context.actor.auditActor))
        }
        routes.post("/api/v1/customers/{id}/merge", .requires(.editCustomers)) { request, context in
            let input = try await JSONInput.decode(MergeInput.self, from: request, context: context)
            let principal = try context.actor
            for id in [try context.id(), input.merged] {
                let customer = try await store.customer(id)
                try principal.requireVisible(unit: customer.unitID, "customer '\(id)'")
            }
            return try JSONOutput.response(
                try await store.mergeCustomers(survivor: try context.id(), merged: input.merged, by: principal.auditActor))
        }
        routes.get("/api/v1/customers/{id}/merges", .requires(.editCustomers)) { _, context in
            try JSONOutput.response(ListBody(items: try await store.customerMerges(of: try context.id())))
        }
        routes.post("/api/v1/customer-merges/{id}/undo", .requires(.editCustomers)) { _, context in
            try JSONOutput.response(try await store.undoCustomerMerge(try context.id(), by: context.actor.auditActor))
        }
    }
}
