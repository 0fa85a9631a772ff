import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Units, customers and surveys pages, each limited to what the signed-in role may see.
extension WebRoutes {
    static let unitFieldIDs = ["name": "unit-name", "kind": "unit-kind", "parentID": "unit-parent"]

    func registerDirectory(in routes: inout RouteTable) {
        routes.get("/units", .requires(.read)) { request, context in
            HTMLOutput.page(try await unitsPage(request, context).render())
        }
        routes.post("/units", .requires(.editUnits)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let unit = OrgUnit(parentID: form.optional("parent"), name: form.text("name"), kind: form.text("kind"))
            do {
                try await store.createUnit(unit, by: context.actor.auditActor)
                await scopes.invalidate()
                return Response.seeOther("/units?notice=unitCreated")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.unitFieldIDs, language: context.language)
                var page = try await unitsPage(request, context, errors: errors)
                page.newName = unit.name
                page.newKind = unit.kind
                page.newParentID = unit.parentID
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
        }
        routes.get("/customers", .requires(.read)) { request, context in
            let pageNumber = request.pageNumber
            let size = 50
            let query = CustomerQuery(search: request.query("q"), visibleUnits: try context.actor.visibleUnits)
            let result = try await store.customers(query, page: PageRequest(offset: (pageNumber - 1) * size, limit: size))
            let segments = try await store.segments()
            let page = CustomersPage(
                context: try await web.page(request, context), query: request.query("q") ?? "",
                customers: result.items.map { c in
                    CustomersPage.Customer(
                        id: c.id, displayName: c.displayName, identifiers: c.identifiers.map(\.description),
                        maySurvey: c.consent.maySurvey, mayContact: c.consent.mayContact,
                        segments: segments.filter { $0.contains(c) }.map(\.name))
                },
                paging: Paging(page: pageNumber, pageSize: size, totalCount: result.total))
            var shown = page
            if try context.actor.may(.editCustomers) {
                shown.openReviews = try await store.identityReviews(status: .open, page: PageRequest(limit: 1)).total
            }
            return HTMLOutput.page(shown.render())
        }
        routes.get("/customers/{id}", .requires(.read)) { request, context in
            let customer = try await store.customer(try context.id())
            try context.actor.requireVisible(unit: customer.unitID, "customer '\(customer.id)'")
            return HTMLOutput.page(try await customerDetailPage(request, context, customer).render())
        }
        routes.post("/customers/{id}/cases", .requires(.workCases)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let customer = try await store.customer(try context.id())
            try principal.requireVisible(unit: customer.unitID, "customer '\(customer.id)'")
            let unit = form.text("unit")
            try principal.requireVisible(unit: unit, "unit '\(unit)'")
            guard !form.text("title").isEmpty else {
                let error = FormError(field: "new-case-title", message: Localizer(context.language)(CaseText.caseTitleRequired))
                let page = try await customerDetailPage(request, context, customer, errors: [error])
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            let draft = Case(
                title: form.text("title"), priority: CasePriority(rawValue: form.text("priority")) ?? .normal, source: .manual,
                customerID: customer.id, unitID: unit, createdAt: Date())
            let opened = try await store.openCase(
                draft, firstContactHours: 8, resolutionHours: 40, note: form.optional("note"), by: principal.auditActor)
            return Response.seeOther("/cases/\(opened.id)")
        }
        routes.get("/surveys", .requires(.read)) { request, context in
            let touchpoints = Dictionary(uniqueKeysWithValues: try await store.touchpoints().map { ($0.id, $0.name) })
            let page = SurveysPage(
                context: try await web.page(request, context),
                surveys: try await store.surveys().map { s in
                    SurveysPage.Survey(
                        id: s.id, name: s.name, version: s.version, questionCount: s.questions.count,
                        touchpoints: s.touchpointIDs.compactMap { touchpoints[$0] }, languages: s.languages)
                }, canCreate: context.principal?.may(.editSurveys) ?? false)
            return HTMLOutput.page(page.render())
        }
        routes.get("/surveys/{id}", .requires(.read)) { request, context in
            let survey = try await store.survey(try context.id())
            return HTMLOutput.page(try await surveyDetailPage(request, context, survey).render())
        }
    }

    private func unitsPage(_ request: Request, _ context: AppContext, errors: [FormError] = []) async throws -> UnitsPage {
        let principal = try context.actor
        let tree = try await scopes.currentTree()
        let people = Dictionary(grouping: try await store.users().compactMap(\.unitID), by: { $0 }).mapValues(\.count)
        func node(_ unit: OrgUnit) -> UnitsPage.Unit {
            UnitsPage.Unit(
                id: unit.id, name: unit.name, kind: unit.kind, peopleCount: people[unit.id] ?? 0,
                children: tree.children(of: unit.id).filter { principal.canSee(unit: $0.id) || hasVisibleDescendant($0) }.map(
                    node))
        }
        func hasVisibleDescendant(_ unit: OrgUnit) -> Bool {
            tree.subtree(of: unit.id).contains { principal.canSee(unit: $0) }
        }
        return UnitsPage(
            context: try await web.page(request, context, errors: errors),
            roots: tree.roots.filter(hasVisibleDescendant).map(node),
            canEdit: principal.may(.editUnits))
    }

    /// One customer's page; the edit link and the erase form show only to those allowed to use them.
    func customerDetailPage(
        _ request: Request, _ context: AppContext, _ customer: Customer, errors: [FormError] = []
    ) async throws -> CustomerDetailPage {
        let principal = try context.actor
        let format = LocaleFormat(context.language)
        let zone = try await store.workspaceSettings().timeZone
        let surveys = Dictionary(uniqueKeysWithValues: try await store.surveys().map { ($0.id, $0) })
        let touchpoints = Dictionary(uniqueKeysWithValues: try await store.touchpoints().map { ($0.id, $0.name) })
        let after = request.query("after").flatMap(TimelineCursor.init)
        let timeline = try await store.customerTimeline(
            TimelineQuery(
                customerID: customer.id, visibleUnits: principal.visibleUnits, includeCases: principal.may(.readCases),
                after: after, limit: 50))
        let names = CustomerTimelineEntries.Names(surveys: surveys, touchpoints: touchpoints)
        var page = CustomerDetailPage(
            context: try await web.page(request, context, errors: errors), id: customer.id, displayName: customer.displayName,
            identifiers: customer.identifiers.map(\.description), maySurvey: customer.consent.maySurvey,
            mayContact: customer.consent.mayContact,
            segments: try await store.segments().filter { $0.contains(customer) }.map(\.name),
            attributes: customer.attributes.sorted { $0.key < $1.key }.map { key, value in
                CustomerDetailPage.CustomerAttribute(
                    name: key, type: value.type.rawValue, value: Self.display(value, format, context.language))
            },
            timeline: CustomerTimelineEntries.make(timeline.items, names: names, language: context.language, timeZone: zone),
            olderTimeline: timeline.next.map { URLPath.make("/customers", customer.id) + "?after=\($0)#timeline" },
            canEdit: principal.may(.editCustomers), canErase: principal.may(.eraseCustomers))
        if principal.may(.editCustomers) {
            page.canMerge = true
            page.merges = try await store.customerMerges(of: customer.id).map { merge in
                let moved = merge.moved.values.reduce(0, +)
                let t = Localizer(context.language)
                var summary =
                    "\(t(IdentityText.mergedInto, merge.mergedName)), \(t(IdentityText.movedRecords, format.integer(moved)))"
                if merge.undoneAt != nil { summary += " (\(t(IdentityText.undone)))" }
                return CustomerDetailPage.Merge(
                    date: format.dateTime(merge.at, timeZone: zone), summary: summary,
                    undoAction: merge.undoneAt == nil && merge.survivorID == customer.id
                        ? URLPath.make("/customer-merges", merge.id, "/undo") : nil)
            }
        }
        if principal.may(.workCases) {
            let tree = try await scopes.currentTree()
            page.caseUnits = tree.units.values.filter { principal.canSee(unit: $0.id) }.sorted { $0.name < $1.name }
                .map { SelectOption(value: $0.id, label: $0.name) }
            page.caseUnit = customer.unitID
        }
        return page
    }

    /// An attribute value as the locale writes it.
    static func display(_ value: AttributeValue, _ format: LocaleFormat, _ language: Language) -> String {
        switch value {
        case .text(let text): text
        case .number(let number):
            number == number.rounded() ? format.integer(Int(number)) : format.decimal(number, fractionDigits: 2)
        case .boolean(let flag): Labels.yesNo(flag, in: language)
        case .date(let day): day
        }
    }
}
