import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Editing one customer's name, consent, language and home unit, and erasing a customer (GDPR).
extension WebRoutes {
    static let customerFieldIDs = ["displayName": "customer-display-name", "unitID": "customer-unit"]

    func registerCustomerEditing(in routes: inout RouteTable) {
        routes.get("/customers/{id}/edit", .requires(.editCustomers)) { request, context in
            let customer = try await visibleCustomer(context)
            return HTMLOutput.page(try await customerEditPage(request, context, customer).render())
        }
        routes.post("/customers/{id}", .requires(.editCustomers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            var customer = try await visibleCustomer(context)
            let t = Localizer(context.language)
            customer.displayName = form.text("display_name")
            customer.consent = Consent(maySurvey: form.isChecked("may_survey"), mayContact: form.isChecked("may_contact"))
            customer.unitID = form.optional("unit")
            var errors: [FormError] = []
            if let code = form.optional("language") {
                if let language = Language(rawValue: code) {
                    customer.preferredLanguage = language
                } else {
                    errors.append(FormError(field: "customer-language", message: t(ValidationText.invalidChoice)))
                }
            } else {
                customer.preferredLanguage = nil
            }
            // Nobody may move a customer into a unit they cannot see, out of their own reach.
            if let unit = customer.unitID {
                let known = try await store.unitTree().units[unit] != nil
                let visible = try context.actor.canSee(unit: unit)
                if !known || !visible {
                    errors.append(FormError(field: "customer-unit", message: t(ValidationText.invalidChoice)))
                }
            }
            if errors.isEmpty {
                do {
                    try await store.saveCustomer(customer, by: context.actor.auditActor)
                    return Response.seeOther("/customers/\(customer.id)?notice=saved")
                } catch let error where WebPages.validationFailure(error) != nil {
                    errors = WebPages.formErrors(
                        WebPages.validationFailure(error)!, ids: Self.customerFieldIDs, language: context.language)
                }
            }
            return HTMLOutput.page(
                try await customerEditPage(request, context, customer, errors: errors).render(), status: .unprocessableContent)
        }
        routes.post("/customers/{id}/erase", .requires(.eraseCustomers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let customer = try await visibleCustomer(context)
            guard form.text("confirm") == "yes" else {
                let error = FormError(field: "erase-confirm", message: Localizer(context.language)(ValidationText.confirmErase))
                let page = try await customerDetailPage(request, context, customer, errors: [error])
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            _ = try await store.eraseCustomer(customer.id, by: context.actor.auditActor)
            return Response.seeOther("/customers?notice=customerErased")
        }
    }

    /// The customer named in the path, or 404 when it is outside the principal's units.
    private func visibleCustomer(_ context: AppContext) async throws -> Customer {
        let customer = try await store.customer(try context.id())
        try context.actor.requireVisible(unit: customer.unitID, "customer '\(customer.id)'")
        return customer
    }

    private func customerEditPage(
        _ request: Request, _ context: AppContext, _ customer: Customer, errors: [FormError] = []
    ) async throws -> CustomerEditPage {
        let principal = try context.actor
        return CustomerEditPage(
            context: try await web.page(request, context, errors: errors), customerID: customer.id,
            displayName: customer.displayName, identifiers: customer.identifiers.map(\.description),
            maySurvey: customer.consent.maySurvey, mayContact: customer.consent.mayContact,
            preferredLanguage: customer.preferredLanguage, unitID: customer.unitID,
            units: try await store.units().filter { principal.canSee(unit: $0.id) }.map {
                SelectOption(value: $0.id, label: $0.name)
            })
    }
}
