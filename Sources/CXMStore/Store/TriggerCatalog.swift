import CXMCore
import Foundation
import SQLKit

/// What deciding a batch of triggers needs, read once: the customers they name (locked on
/// PostgreSQL, so that concurrent decisions about them wait), the surveys per touchpoint with their
/// sending settings, and the invitations earlier triggers with the same keys made.
struct TriggerCatalog {
    struct CustomerFacts {
        var consent: Consent
        var optedOut: Bool
        var preferredLanguage: Language?
        var hasEmail: Bool
    }

    var customersByIdentifier: [String: String] = [:]
    var customers: [String: CustomerFacts] = [:]
    var surveysByTouchpoint: [String: [Survey]] = [:]
    var touchpoints: Set<String> = []
    var settings: [String: DistributionSettings] = [:]
    var existingKeys: [String: Invitation] = [:]

    static let chunk = 1000

    static func load(_ sql: any SQLDatabase, requests: [TriggerRequest], dialect: Dialect) async throws -> TriggerCatalog {
        var catalog = TriggerCatalog()
        let identifiers = Set(requests.compactMap(\.customer).compactMap(CustomerIdentifier.init))
        for chunk in Self.chunks(Array(Set(identifiers.map(\.value)))) {
            for row in try await sql.raw(
                "SELECT system, value, customer_id FROM customer_identifiers WHERE value IN (\(binds: chunk))"
            ).all() {
                let identifier = CustomerIdentifier(system: try row.string("system"), value: try row.string("value"))
                if identifiers.contains(identifier) {
                    catalog.customersByIdentifier[identifier.description] = try row.string("customer_id")
                }
            }
        }
        let ids = Set(requests.compactMap(\.customerID) + catalog.customersByIdentifier.values)
        for chunk in Self.chunks(Array(ids).sorted()) {
            for row in try await sql.raw(
                """
                SELECT id, may_survey, may_contact, unsubscribed_at, preferred_language FROM customers
                 WHERE id IN (\(binds: chunk)) ORDER BY id\(unsafeRaw: dialect.forUpdate)
                """
            ).all() {
                catalog.customers[try row.string("id")] = CustomerFacts(
                    consent: Consent(maySurvey: try row.bool("may_survey"), mayContact: try row.bool("may_contact")),
                    optedOut: try row.optionalDate("unsubscribed_at") != nil,
                    preferredLanguage: try row.optionalString("preferred_language").flatMap(Language.init(rawValue:)),
                    hasEmail: false)
            }
            for row in try await sql.raw(
                "SELECT DISTINCT customer_id FROM customer_identifiers WHERE system = 'email' AND customer_id IN (\(binds: chunk))"
            ).all() {
                catalog.customers[try row.string("customer_id")]?.hasEmail = true
            }
        }
        for row in try await sql.raw(
            """
            SELECT t.touchpoint_id, v.definition FROM survey_touchpoints t
              JOIN surveys s ON s.id = t.survey_id
              JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version
            """
        ).all() {
            catalog.surveysByTouchpoint[try row.string("touchpoint_id"), default: []].append(
                try row.json("definition", as: Survey.self))
        }
        catalog.touchpoints = Set(try await sql.raw("SELECT id FROM touchpoints").all().map { try $0.string("id") })
        for row in try await sql.raw("SELECT survey_id, settings FROM survey_distribution").all() {
            catalog.settings[try row.string("survey_id")] = try row.json("settings", as: DistributionSettings.self)
        }
        for chunk in Self.chunks(requests.compactMap(\.idempotencyKey)) {
            for row in try await sql.raw("SELECT * FROM invitations WHERE trigger_key IN (\(binds: chunk))").all() {
                let invitation = try Store.invitation(row)
                catalog.existingKeys[invitation.triggerKey] = invitation
            }
        }
        return catalog
    }

    /// Each customer's last invitations (by survey) and last response.
    func history(_ sql: any SQLDatabase) async throws -> [String: ContactHistory] {
        var history: [String: ContactHistory] = [:]
        for chunk in Self.chunks(Array(customers.keys).sorted()) {
            for row in try await sql.raw(
                """
                SELECT customer_id, survey_id, MAX(send_at) AS last FROM invitations
                 WHERE customer_id IN (\(binds: chunk)) AND status <> 'suppressed' GROUP BY customer_id, survey_id
                """
            ).all() {
                let customer = try row.string("customer_id")
                let last = Timestamp.date(try row.decode(column: "last", as: Int64.self))
                var entry = history[customer] ?? ContactHistory()
                entry.lastInvitationBySurvey[try row.string("survey_id")] = last
                entry.lastInvitation = max(entry.lastInvitation ?? last, last)
                history[customer] = entry
            }
            for row in try await sql.raw(
                """
                SELECT customer_id, MAX(submitted_at) AS last FROM responses
                 WHERE customer_id IN (\(binds: chunk)) AND customer_id IS NOT NULL GROUP BY customer_id
                """
            ).all() {
                history[try row.string("customer_id"), default: ContactHistory()].lastResponse =
                    Timestamp.date(try row.decode(column: "last", as: Int64.self))
            }
        }
        return history
    }

    /// The invitation a valid trigger makes (before the rules decide), and what the rules look at.
    func invitation(for request: TriggerRequest, now: Date) throws(ValidationFailure) -> (Invitation, InvitationRequest) {
        guard touchpoints.contains(request.touchpointID) else {
            throw ValidationFailure(field: "touchpointID", "unknown touchpoint '\(request.touchpointID)'")
        }
        let customerID: String
        if let id = request.customerID {
            customerID = id
        } else if let text = request.customer, let id = customersByIdentifier[text] {
            customerID = id
        } else {
            throw ValidationFailure(field: "customer", "no customer has the identifier '\(request.customer ?? "")'")
        }
        guard let customer = customers[customerID] else {
            throw ValidationFailure(field: "customerID", "unknown customer '\(customerID)'")
        }
        let candidates = surveysByTouchpoint[request.touchpointID] ?? []
        let survey: Survey
        if let id = request.surveyID {
            guard let named = candidates.first(where: { $0.id == id }) else {
                throw ValidationFailure(field: "surveyID", "survey '\(id)' does not measure touchpoint '\(request.touchpointID)'")
            }
            survey = named
        } else {
            guard candidates.count == 1 else {
                throw ValidationFailure(
                    field: "surveyID",
                    candidates.isEmpty
                        ? "no survey measures touchpoint '\(request.touchpointID)'"
                        : "\(candidates.count) surveys measure touchpoint '\(request.touchpointID)'; name the one to send in surveyID"
                )
            }
            survey = candidates[0]
        }
        let setting = settings[survey.id] ?? DistributionSettings()
        let eventAt = request.eventAt ?? now
        let sendAt = max(now, eventAt.addingTimeInterval(TimeInterval((request.delayMinutes ?? setting.delayMinutes) * 60)))
        let language =
            [customer.preferredLanguage, request.language].compactMap { $0 }.first { survey.languages.contains($0) }
            ?? survey.languages.first ?? .en
        let key = request.idempotencyKey ?? Identifier.make(at: now)
        let invitation = Invitation(
            surveyID: survey.id, touchpointID: request.touchpointID, customerID: customerID, language: language,
            triggerKey: key, eventAt: eventAt, createdAt: now, sendAt: sendAt,
            expiresAt: sendAt.addingTimeInterval(TimeInterval(setting.expiryDays) * 86_400), status: .scheduled)
        let governed = InvitationRequest(
            key: key, customerID: customerID, surveyID: survey.id, touchpointID: request.touchpointID, at: sendAt,
            consent: customer.consent, optedOut: customer.optedOut, reachable: customer.hasEmail,
            followUp: request.followUp)
        return (invitation, governed)
    }

    static func chunks<T>(_ values: [T]) -> [[T]] {
        stride(from: 0, to: values.count, by: chunk).map { Array(values[$0..<min($0 + chunk, values.count)]) }
    }
}
