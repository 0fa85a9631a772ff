import CXMCore
import CXMStore
import Hummingbird

/// Customers and segments under /api/v1, limited to the principal's units.
struct CustomersAPI {
    let store: Store

    struct CustomerInput: Decodable {
        var displayName: String?
        /// `"crm:123"` strings or `{"system", "value"}` objects, as GET returns them.
        var identifiers: [CustomerIdentifier]
        var attributes: [String: AttributeValue]?
        var consent: Consent?
        var unitID: String?
        var preferredLanguage: Language?

        func customer(id: String) -> Customer {
            Customer(
                id: id, displayName: displayName ?? "", identifiers: identifiers, attributes: attributes ?? [:],
                consent: consent ?? Consent(), unitID: unitID, preferredLanguage: preferredLanguage)
        }
    }

    struct SegmentInput: Decodable {
        var name: String
        var description: String?
        var conditions: [SegmentCondition]
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/customers", .requires(.read)) { request, context in
            let query = CustomerQuery(
                search: request.query("q"), unitID: request.query("unitID"), visibleUnits: try context.actor.visibleUnits)
            return try JSONOutput.response(PageBody(try await store.customers(query, page: try request.page())))
        }
        routes.post("/api/v1/customers", .requires(.editCustomers)) { request, context in
            let input = try await JSONInput.decode(CustomerInput.self, from: request, context: context)
            let customer = input.customer(id: Identifier.make())
            try context.actor.requireVisible(unit: customer.unitID ?? "", "unit '\(customer.unitID ?? "")'")
            return try JSONOutput.created(
                try await store.saveCustomer(customer, by: context.actor.auditActor), in: "/api/v1/customers")
        }
        routes.get("/api/v1/customers/{id}", .requires(.read)) { _, context in
            let customer = try await store.customer(try context.id())
            try context.actor.requireVisible(unit: customer.unitID, "customer '\(customer.id)'")
            return try JSONOutput.response(customer)
        }
        routes.get("/api/v1/customers/{id}/timeline", .requires(.read)) { request, context in
            let principal = try context.actor
            let customer = try await store.customer(try context.id())
            try principal.requireVisible(unit: customer.unitID, "customer '\(customer.id)'")
            var after: TimelineCursor?
            if let text = request.query("after") {
                guard let cursor = TimelineCursor(text) else {
                    throw AppError.badRequest(
                        ValidationFailure(
                            field: "after", "'\(text)' is not a place in a time line; pass a page's 'next' as it came"))
                }
                after = cursor
            }
            let limit = try request.page().limit
            let page = try await store.customerTimeline(
                TimelineQuery(
                    customerID: customer.id, visibleUnits: principal.visibleUnits, includeCases: principal.may(.readCases),
                    after: after, limit: min(limit, 500)))
            return try JSONOutput.response(TimelineBody(customer: customer, page: page))
        }
        routes.put("/api/v1/customers/{id}", .requires(.editCustomers)) { request, context in
            let input = try await JSONInput.decode(CustomerInput.self, from: request, context: context)
            let current = try await store.customer(try context.id())
            try context.actor.requireVisible(unit: current.unitID, "customer '\(current.id)'")
            let customer = input.customer(id: current.id)
            return try JSONOutput.response(try await store.saveCustomer(customer, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/customers/{id}", .requires(.eraseCustomers)) { _, context in
            _ = try await store.eraseCustomer(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }
        routes.get("/api/v1/customers/{id}/personal-data", .requires(.exportPersonalData)) { _, context in
            try JSONOutput.response(try await store.personalData(of: try context.id(), by: context.actor.auditActor))
        }

        routes.get("/api/v1/segments", .requires(.read)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.segments()))
        }
        routes.post("/api/v1/segments", .requires(.editSegments)) { request, context in
            let input = try await JSONInput.decode(SegmentInput.self, from: request, context: context)
            let segment = Segment(name: input.name, description: input.description ?? "", conditions: input.conditions)
            return try JSONOutput.created(
                try await store.saveSegment(segment, by: context.actor.auditActor), in: "/api/v1/segments")
        }
        routes.get("/api/v1/segments/{id}", .requires(.read)) { _, context in
            try JSONOutput.response(try await store.segment(try context.id()))
        }
        routes.put("/api/v1/segments/{id}", .requires(.editSegments)) { request, context in
            let input = try await JSONInput.decode(SegmentInput.self, from: request, context: context)
            let id = try context.id()
            let current = try await store.segment(id)
            // A description left out is kept, as for journeys.
            let segment = Segment(
                id: id, name: input.name, description: input.description ?? current.description, conditions: input.conditions)
            return try JSONOutput.response(try await store.saveSegment(segment, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/segments/{id}", .requires(.editSegments)) { _, context in
            try await store.deleteSegment(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }
    }
}
