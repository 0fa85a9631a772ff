import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The case queue and the case page, for people working cases in the browser (on a phone too).
extension WebRoutes {
    func registerCases(in routes: inout RouteTable) {
        routes.get("/cases", .requires(.readCases)) { request, context in
            HTMLOutput.page(try await casesPage(request, context).render())
        }
        routes.post("/cases/bulk", .requires(.workCases)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            guard Self.mayAssignOthers(principal) else {
                throw AppError.forbidden("only team leads and managers change cases in bulk")
            }
            let back = form.text("return_to").hasPrefix("/cases") ? form.text("return_to") : "/cases"
            let selected = form.all("case").compactMap { value -> (String, Int)? in
                let parts = value.split(separator: ":")
                guard parts.count == 2, let version = Int(parts[1]) else { return nil }
                return (String(parts[0]), version)
            }
            let assignee = form.text("assignee")
            let priority = CasePriority(rawValue: form.text("priority"))
            guard !selected.isEmpty else { return Response.seeOther(Self.withFlash(back, done: 0, conflicts: 0, empty: true)) }
            var done = 0
            var conflicts = 0
            for (id, version) in selected {
                guard let record = try? await store.caseRecord(id), principal.canSee(unit: record.unitID) else { continue }
                var current = version
                do {
                    if !assignee.isEmpty {
                        let change = CaseChange.assign(userID: assignee == "none" ? nil : assignee, unitID: nil, reason: nil)
                        current = try await store.changeCase(id, version: current, change, by: principal.auditActor).case.version
                    }
                    if let priority {
                        _ = try await store.changeCase(
                            id, version: current, .update(CaseEdit(priority: priority)), by: principal.auditActor)
                    }
                    done += 1
                } catch is CaseError {
                    conflicts += 1
                } catch let error where WebPages.validationFailure(error) != nil {
                    conflicts += 1
                }
            }
            return Response.seeOther(Self.withFlash(back, done: done, conflicts: conflicts, empty: false))
        }
        routes.get("/cases/report", .requires(.readCases)) { request, context in
            let principal = try context.actor
            // The page groups by unit unless told otherwise.
            let groupBy = request.query("by") ?? "unit"
            let report = try await CasesAPI.report(request, principal: principal, store: store, by: groupBy)
            var names = Dictionary(uniqueKeysWithValues: try await scopes.currentTree().units.values.map { ($0.id, $0.name) })
            for touchpoint in try await store.touchpoints() { names[touchpoint.id] = touchpoint.name }
            let personStatistics = try await store.personStatistics()
            if personStatistics != nil {
                for user in try await store.users() { names[user.id] = user.displayName.isEmpty ? user.email : user.displayName }
            }
            let zone = try await store.workspaceSettings().timeZone
            let timeZone = TimeZone(identifier: zone) ?? .gmt
            let page = CaseReportPage(
                context: try await web.page(request, context), report: report, groupBy: groupBy, names: names,
                fromText: LocalDay(report.from, in: timeZone).iso,
                toText: LocalDay(report.to.addingTimeInterval(-1), in: timeZone).iso, timeZone: zone,
                personStatistics: personStatistics, canSwitchPersonStatistics: principal.may(.manageWorkspace))
            return HTMLOutput.page(page.render())
        }
        routes.post("/cases/report/person-statistics", .requires(.manageWorkspace)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            try await store.setPersonStatistics(form.text("enabled") == "on", by: try context.actor.auditActor)
            return Response.seeOther("/cases/report")
        }
        routes.get("/cases/{id}", .requires(.readCases)) { request, context in
            let record = try await visibleCase(context)
            return HTMLOutput.page(try await casePage(request, context, record).render())
        }
        for action in ["contact", "status", "assign", "note", "details"] {
            routes.post("/cases/{id}/\(action)", .requires(.workCases)) { request, context in
                let form = try await FormBody.read(request)
                try WebSession.requireCSRF(form, context: context)
                let record = try await visibleCase(context)
                let t = Localizer(context.language)
                let version = Int(form.text("version")) ?? record.version
                let change: CaseChange
                switch action {
                case "contact":
                    guard let channel = ContactChannel(rawValue: form.text("channel")),
                        let outcome = ContactOutcome(rawValue: form.text("outcome"))
                    else { throw AppError.badRequest(ValidationFailure(field: "outcome", "choose how and with what outcome")) }
                    change = .contact(CaseContact(channel: channel, outcome: outcome), note: form.optional("note"))
                case "status":
                    guard let status = CaseStatus(rawValue: form.text("status")) else {
                        throw AppError.badRequest(ValidationFailure(field: "status", "choose a status"))
                    }
                    change = .transition(to: status, resolutionCode: form.optional("resolution_code"))
                case "assign":
                    change = .assign(userID: form.optional("assignee"), unitID: nil, reason: form.optional("reason"))
                case "note":
                    change = .note(form.text("text"))
                default:
                    change = .update(
                        CaseEdit(
                            priority: CasePriority(rawValue: form.text("priority")), rootCause: form.text("root_cause"),
                            rootCauseTouchpointID: form.text("root_cause_touchpoint")))
                }
                let errorField: String =
                    switch action {
                    case "contact": "case-contact-note"
                    case "status": "case-status"
                    case "assign": "case-assignee"
                    case "note": "case-note"
                    default: "case-root-cause"
                    }
                do {
                    // A note only adds to the timeline: it goes on whatever changed meanwhile.
                    let read = action == "note" ? record.version : version
                    // The box is shown only when closing would send a follow-up; unticked, it holds it back.
                    try await store.changeCase(
                        record.id, version: read, change, by: context.actor.auditActor, followUp: form.isChecked("follow_up"))
                    return Response.seeOther("/cases/\(record.id)")
                } catch let error as CaseError {
                    let (field, message, status): (String?, String, HTTPResponse.Status) =
                        switch error {
                        case .versionConflict: (nil, t(CaseText.conflict), .conflict)
                        case .illegalTransition(let from, _, let allowed):
                            (
                                "case-status",
                                t(
                                    CaseText.illegalMove, CaseLabels.status(from, t),
                                    allowed.map { CaseLabels.status($0, t) }.joined(separator: ", ")), .unprocessableContent
                            )
                        case .resolutionCodeRequired:
                            ("case-resolution-code", t(CaseText.resolutionRequired), .unprocessableContent)
                        }
                    let current = try await store.caseRecord(record.id)
                    // The closer's choice about the follow-up survives the refusal.
                    let followUp = action == "status" ? form.isChecked("follow_up") : true
                    let page = try await casePage(
                        request, context, current, errors: [FormError(field: field, message: message)],
                        followUpChecked: followUp)
                    return HTMLOutput.page(page.render(), status: status)
                } catch let error where WebPages.validationFailure(error) != nil {
                    let failure = WebPages.validationFailure(error)!
                    let message =
                        failure.errors.first?.field == "userID"
                        ? t(CaseText.outOfReach)
                        : WebPages.formErrors(failure, ids: [:], language: context.language).first?.message ?? failure.description
                    let page = try await casePage(
                        request, context, record, errors: [FormError(field: errorField, message: message)],
                        followUpChecked: action == "status" ? form.isChecked("follow_up") : true)
                    return HTMLOutput.page(page.render(), status: .unprocessableContent)
                }
            }
        }
    }

    /// Team leads and managers hand cases to others; frontline staff take them themselves.
    static func mayAssignOthers(_ principal: Principal) -> Bool {
        [.admin, .cxManager, .teamLead].contains(principal.role)
    }

    static func withFlash(_ path: String, done: Int, conflicts: Int, empty: Bool) -> String {
        let separator = path.contains("?") ? "&" : "?"
        return path + separator + (empty ? "bulk=empty" : "bulk=\(done)-\(conflicts)")
    }

    private func visibleCase(_ context: AppContext) async throws -> Case {
        let record = try await store.caseRecord(try context.id())
        try context.actor.requireVisible(unit: record.unitID, "case '\(record.id)'")
        return record
    }

    /// People who may work cases in `unit` (or, without one, in any of the viewer's units).
    private func assignees(_ users: [User], for unit: String?, principal: Principal, tree: UnitTree) -> [SelectOption] {
        users.filter { user in
            guard !user.disabled, user.role.allows(.workCases) else { return false }
            let scope = Principal.scope(for: user.role, unitID: user.unitID, in: tree)
            if let unit { return scope?.contains(unit) ?? true }
            guard let scope else { return principal.visibleUnits == nil || principal.role != .frontline }
            return principal.visibleUnits.map { !$0.isDisjoint(with: scope) } ?? true
        }
        .map { SelectOption(value: $0.id, label: Self.name(of: $0)) }
        .sorted { $0.label < $1.label }
    }

    /// A user as people know them: their name, else their e-mail.
    static func name(of user: User) -> String {
        user.displayName.isEmpty ? user.email : user.displayName
    }

    private func casesPage(_ request: Request, _ context: AppContext) async throws -> CasesPage {
        let principal = try context.actor
        let t = Localizer(context.language)
        let tree = try await scopes.currentTree()
        let pageNumber = request.pageNumber
        let size = 50
        var filters = CasesPage.Filters(
            scope: CasesPage.Scope(rawValue: request.query("scope") ?? "") ?? (principal.role == .frontline ? .mine : .units),
            status: request.query("status") ?? "open", priority: request.query("priority").flatMap(CasePriority.init),
            overdueOnly: request.query("overdue") == "1", order: request.query("order") ?? "due")
        var query = CaseQuery(units: principal.visibleUnits)
        if let unit = request.query("unit"), principal.canSee(unit: unit), tree.units[unit] != nil {
            filters.unitID = unit
            let below = tree.subtree(of: unit)
            query.units = query.units.map { $0.intersection(below) } ?? below
        }
        switch filters.scope {
        case .mine: query.assigneeID = context.user?.id ?? principal.actorID
        case .unassigned: query.unassigned = true
        case .units: break
        }
        switch filters.status {
        case "open": break
        case "all": query.statuses = Set(CaseStatus.allCases)
        default:
            if let status = CaseStatus(rawValue: filters.status) { query.statuses = [status] } else { filters.status = "open" }
        }
        if let priority = filters.priority { query.priorities = [priority] }
        if filters.overdueOnly { query.overdueAt = Date() }
        query.order = CaseQuery.Order(rawValue: filters.order) ?? .due
        filters.order = query.order.rawValue
        let result = try await store.cases(query, page: PageRequest(offset: (pageNumber - 1) * size, limit: size))
        let people = try await store.users()
        let users = Dictionary(uniqueKeysWithValues: people.map { ($0.id, Self.name(of: $0)) })
        let customers = try await store.customerNames(Set(result.items.compactMap(\.customerID)))
        var notice: String?
        if let bulk = request.query("bulk") {
            if bulk == "empty" {
                notice = t(CaseText.bulkNothingSelected)
            } else {
                let parts = bulk.split(separator: "-").compactMap { Int($0) }
                if parts.count == 2 {
                    notice =
                        t(CaseText.bulkDone, String(parts[0]))
                        + (parts[1] > 0 ? " " + t(CaseText.bulkConflicts, String(parts[1])) : "")
                }
            }
        }
        var pageContext = try await web.page(request, context)
        if let notice { pageContext.flash = notice }
        let visibleUnits = tree.units.values.filter { principal.canSee(unit: $0.id) }.sorted { $0.name < $1.name }
        let leads = Self.mayAssignOthers(principal)
        var workload: [CasesPage.Workload] = []
        if leads {
            workload = try await store.caseWorkload(units: query.units).map { row in
                CasesPage.Workload(
                    name: row.assigneeID.flatMap { users[$0] } ?? t(CaseText.nobody), open: row.open, overdue: row.overdue)
            }
            .sorted { $0.open > $1.open }
        }
        return CasesPage(
            context: pageContext, filters: filters,
            rows: result.items.map { record in
                CasesPage.Row(
                    record: record, unitName: tree.units[record.unitID]?.name ?? record.unitID,
                    assigneeName: record.assigneeID.flatMap { users[$0] },
                    customerName: record.customerID.flatMap { customers[$0] })
            },
            paging: Paging(page: pageNumber, pageSize: size, totalCount: result.total),
            units: visibleUnits.map { SelectOption(value: $0.id, label: $0.name) },
            assignees: leads ? assignees(people, for: nil, principal: principal, tree: tree) : [], workload: workload,
            now: Date(), timeZone: try await store.workspaceSettings().timeZone,
            canManageRules: principal.may(.manageCaseRules))
    }

    private func casePage(
        _ request: Request, _ context: AppContext, _ record: Case, errors: [FormError] = [], followUpChecked: Bool = true
    ) async throws -> CasePage {
        let principal = try context.actor
        let tree = try await scopes.currentTree()
        var names = Dictionary(uniqueKeysWithValues: tree.units.values.map { ($0.id, $0.name) })
        let users = try await store.users()
        for user in users { names[user.id] = Self.name(of: user) }
        var customer: (id: String, name: String)?
        var others: [CasePage.OtherCase] = []
        if let id = record.customerID, let found = try? await store.customer(id) {
            customer = (
                found.id, found.displayName.isEmpty ? found.identifiers.first?.description ?? found.id : found.displayName
            )
            others = try await store.cases(
                CaseQuery(statuses: Set(CaseStatus.allCases), customerID: id), page: PageRequest(limit: 20)
            )
            .items.filter { $0.id != record.id && principal.canSee(unit: $0.unitID) }
            .map { CasePage.OtherCase(id: $0.id, number: $0.number, title: $0.title, status: $0.status) }
        }
        var answers: [CasePage.AnswerLine] = []
        var surveyName: String?
        if let responseID = record.responseID, let response = try? await store.response(responseID),
            let survey = try? await store.survey(response.surveyID, version: response.surveyVersion)
        {
            surveyName = survey.name
            let language = survey.languages.contains(context.language) ? context.language : survey.languages[0]
            answers = response.answers.compactMap { answer in
                guard let question = survey.question(answer.question) else { return nil }
                let value: String
                switch answer.value {
                case .score(let score): value = String(score)
                case .choice(let key): value = question.options.first { $0.key == key }?.label.text(in: language) ?? key
                case .choices(let keys):
                    value = keys.map { key in question.options.first { $0.key == key }?.label.text(in: language) ?? key }
                        .joined(separator: ", ")
                case .text(let text): value = text
                }
                return CasePage.AnswerLine(question: question.text.text(in: language), value: value)
            }
        }
        let followUp = try await store.caseFollowUp()
        var followUpSurvey: String?
        if let id = followUp.surveyID, let survey = try? await store.survey(id) {
            names[id] = survey.name
            if record.customerID != nil, record.firstContactAt != nil { followUpSurvey = survey.name }
        }
        let canWork = principal.may(.workCases)
        var people: [SelectOption] = []
        if canWork {
            people = assignees(users, for: record.unitID, principal: principal, tree: tree)
            if !Self.mayAssignOthers(principal) {
                // Frontline staff take a case themselves or give it back to the queue.
                people = people.filter { $0.value == context.user?.id }
            }
        }
        return CasePage(
            context: try await web.page(request, context, errors: errors), record: record, names: names, customer: customer,
            surveyName: surveyName, answers: answers, otherCases: others, events: try await store.caseEvents(record.id),
            assignees: people,
            touchpoints: try await store.touchpoints().map { SelectOption(value: $0.id, label: $0.name) }.sorted {
                $0.label < $1.label
            },
            canWork: canWork, now: Date(), timeZone: try await store.workspaceSettings().timeZone,
            followUpSurvey: followUpSurvey, followUpChecked: followUpChecked)
    }
}
