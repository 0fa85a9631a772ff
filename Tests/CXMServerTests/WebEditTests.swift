import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Web edit pages")
struct WebEditTests {
    @Test func renamingAUnitSavesItAndIsAudited() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let tree = try await server.store.unitTree()
            let unit = try #require(tree.roots.first.flatMap { tree.children(of: $0.id).first })
            let edit = try await client.page("/units/\(unit.id)/edit", as: user)
            #expect(edit.status == .ok)
            #expect(edit.body.string.contains("value=\"\(unit.name)\""))

            let saved = try await client.post(
                "/units/\(unit.id)",
                form: [
                    ("name", "Renamed region"), ("kind", unit.kind), ("parent", unit.parentID ?? ""), ("code", "R-17"),
                    ("csrf", user.csrf),
                ],
                as: user)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/units?notice=saved")
            let stored = try await server.store.unit(unit.id)
            #expect(stored.name == "Renamed region")
            #expect(stored.code == "R-17")
            #expect(stored.parentID == unit.parentID)
            let audit = try await server.store.auditLog(entityType: "unit", entityID: unit.id, page: PageRequest(limit: 10))
            #expect(
                audit.items.contains { $0.action == "update" && $0.actorName == admin.email && $0.summary == "Renamed region" })
            #expect(try await client.page("/units", as: user).body.string.contains("Renamed region"))
        }
    }

    @Test func movingAUnitUnderItsOwnChildIsRefusedAtTheParentField() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            _ = try await client.post(
                "/language", form: [("language", "sv"), ("return_to", "/units"), ("csrf", user.csrf)], as: user)
            let tree = try await server.store.unitTree()
            let unit = try #require(tree.roots.first)
            let child = try #require(tree.children(of: unit.id).first)

            let response = try await client.post(
                "/units/\(unit.id)", form: [("name", unit.name), ("kind", unit.kind), ("parent", child.id), ("csrf", user.csrf)],
                as: user)
            #expect(response.status == .unprocessableContent)
            let html = response.body.string
            #expect(html.contains("<a href=\"#unit-parent\">En enhet kan inte placeras under sig själv"))
            #expect(html.contains("<p id=\"unit-parent-error\" class=\"error-message\">"))
            #expect(try await server.store.unit(unit.id).parentID == nil)
            #expect(try await server.store.unit(child.id).parentID == unit.id)
        }
    }

    @Test func deletingAUnitInUseIsExplainedAndAnUnusedOneIsDeleted() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let root = try #require(try await server.store.unitTree().roots.first)
            let refused = try await client.post("/units/\(root.id)/delete", form: [("csrf", user.csrf)], as: user)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("This unit is still used by other units"))
            #expect(refused.body.string.contains("role=\"alert\""))
            #expect(try await server.store.unit(root.id).name == root.name)

            let spare = try await server.store.createUnit(
                OrgUnit(parentID: root.id, name: "Pop-up store", kind: "store"), by: .system)
            let forged = try await client.post("/units/\(spare.id)/delete", form: [("csrf", "guess")], as: user)
            #expect(forged.status == .forbidden)
            let deleted = try await client.post("/units/\(spare.id)/delete", form: [("csrf", user.csrf)], as: user)
            #expect(deleted.status == .seeOther)
            #expect(deleted.headers[.location] == "/units?notice=unitDeleted")
            await #expect(throws: StoreError.self) { try await server.store.unit(spare.id) }
        }
    }

    @Test func aTeamLeadCannotEditACustomerOutsideTheirUnits() async throws {
        try await TestServer.with { server, client in
            let lead = server.login(.teamLead)
            let user = try await client.signIn(email: lead.email, password: lead.password)
            let visible = try await server.store.unitTree().subtree(of: try #require(lead.unitID))
            let customers = try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 300)).items
            let foreign = try #require(customers.first { $0.unitID.map { !visible.contains($0) } ?? false })

            // Not theirs to see: the detail page does not exist for them.
            #expect(try await client.page("/customers/\(foreign.id)", as: user).status == .notFound)
            // And editing customers is not a team lead's job at all.
            let edit = try await client.page("/customers/\(foreign.id)/edit", as: user)
            #expect(edit.status == .forbidden)
            let post = try await client.post(
                "/customers/\(foreign.id)", form: [("display_name", "Hijacked"), ("csrf", user.csrf)], as: user)
            #expect(post.status == .forbidden)
            #expect(try await server.store.customer(foreign.id).displayName == foreign.displayName)
        }
    }

    @Test func aCustomerEditKeepsTheIdentifiersAndSavesConsentLanguageAndUnit() async throws {
        try await TestServer.with { server, client in
            let manager = server.login(.cxManager)
            let user = try await client.signIn(email: manager.email, password: manager.password)
            let customer = try #require(
                try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 1)).items.first)
            let unit = try #require(try await server.store.units().last)
            let page = try await client.page("/customers/\(customer.id)/edit", as: user)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<li>\(customer.identifiers[0].description)</li>"))

            let saved = try await client.post(
                "/customers/\(customer.id)",
                form: [
                    ("display_name", "Åsa <Öberg>"), ("may_contact", "on"), ("language", "fi"), ("unit", unit.id),
                    ("csrf", user.csrf),
                ],
                as: user)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/customers/\(customer.id)?notice=saved")
            let stored = try await server.store.customer(customer.id)
            #expect(stored.displayName == "Åsa <Öberg>")
            #expect(stored.consent == Consent(maySurvey: false, mayContact: true))
            #expect(stored.preferredLanguage == .fi)
            #expect(stored.unitID == unit.id)
            #expect(stored.identifiers == customer.identifiers)
            let detail = try await client.page("/customers/\(customer.id)?notice=saved", as: user).body.string
            #expect(detail.contains("Åsa &lt;Öberg&gt;"))
            #expect(!detail.contains("action=\"/customers/\(customer.id)/erase\""), "a CX manager may not erase customers")
        }
    }

    @Test func erasingACustomerNeedsTheConfirmation() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let customer = try #require(
                try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 1)).items.first)
            #expect(
                try await client.page("/customers/\(customer.id)", as: user).body.string.contains(
                    "action=\"/customers/\(customer.id)/erase\""))

            let unconfirmed = try await client.post("/customers/\(customer.id)/erase", form: [("csrf", user.csrf)], as: user)
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(unconfirmed.body.string.contains("<a href=\"#erase-confirm\">Tick the box to confirm the erasure.</a>"))
            #expect(try await server.store.customer(customer.id).id == customer.id)

            let erased = try await client.post(
                "/customers/\(customer.id)/erase", form: [("confirm", "yes"), ("csrf", user.csrf)], as: user)
            #expect(erased.status == .seeOther)
            #expect(erased.headers[.location] == "/customers?notice=customerErased")
            await #expect(throws: StoreError.self) { try await server.store.customer(customer.id) }
            let audit = try await server.store.auditLog(
                entityType: "customer", entityID: customer.id, page: PageRequest(limit: 5))
            #expect(audit.items.contains { $0.action == "erase" })
            #expect(
                try await client.page("/customers?notice=customerErased", as: user).body.string.contains(
                    "The customer and all their responses have been erased."))
        }
    }

    @Test func anAdminCannotDemoteOrDisableThemselves() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let me = try #require(try await server.store.users().first { $0.email == admin.email })

            let demoted = try await client.post("/users/\(me.id)", form: [("role", "viewer"), ("csrf", user.csrf)], as: user)
            #expect(demoted.status == .unprocessableContent)
            #expect(demoted.body.string.contains("<a href=\"#user-role\">You cannot remove your own administrator role."))
            let disabled = try await client.post(
                "/users/\(me.id)", form: [("role", "admin"), ("disabled", "on"), ("csrf", user.csrf)], as: user)
            #expect(disabled.status == .unprocessableContent)
            #expect(disabled.body.string.contains("<a href=\"#user-disabled\">You cannot disable your own account.</a>"))
            let stored = try await server.store.user(me.id)
            #expect(stored.role == .admin && !stored.disabled)
            #expect(try await client.page("/users", as: user).status == .ok)
        }
    }

    @Test func aTeamLeadNeedsAUnitAndOtherUsersCanBeChanged() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let viewer = try #require(try await server.store.users().first { $0.email == server.login(.viewer).email })
            let unit = try #require(try await server.store.units().first)

            let missing = try await client.post(
                "/users/\(viewer.id)", form: [("role", "team_lead"), ("unit", ""), ("csrf", user.csrf)], as: user)
            #expect(missing.status == .unprocessableContent)
            #expect(
                missing.body.string.contains(
                    "<a href=\"#user-unit\">Choose a unit: this role sees only the data of its own unit.</a>"))
            #expect(try await server.store.user(viewer.id).role == .viewer)

            let saved = try await client.post(
                "/users/\(viewer.id)",
                form: [
                    ("role", "team_lead"), ("unit", unit.id), ("display_name", "Vera Viewer"), ("disabled", "on"),
                    ("csrf", user.csrf),
                ],
                as: user)
            #expect(saved.status == .seeOther)
            let stored = try await server.store.user(viewer.id)
            #expect(
                stored.role == .teamLead && stored.unitID == unit.id && stored.displayName == "Vera Viewer" && stored.disabled)
            let refused = try await client.signIn(email: viewer.email, password: server.login(.viewer).password)
            #expect(refused.loginResponse.status == .unauthorized)
        }
    }

    @Test func aPasswordResetReplacesTheOldPasswordAndEndsTheSessions() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let frontline = server.login(.frontline)
            let adminUser = try await client.signIn(email: admin.email, password: admin.password)
            let frontlineUser = try await client.signIn(email: frontline.email, password: frontline.password)
            let target = try #require(try await server.store.users().first { $0.email == frontline.email })

            let reset = try await client.post("/users/\(target.id)/password", form: [("csrf", adminUser.csrf)], as: adminUser)
            #expect(reset.status == .ok)
            let password = try #require(reset.body.string.firstMatch(of: /<code>[^:<]+: ([^<]+)<\/code>/)?.1)
            #expect(password.count >= PasswordPolicy.minimumLength)

            let stale = try await client.page("/journeys", as: frontlineUser)
            #expect(stale.status == .seeOther, "the old session still works")
            #expect(
                try await client.signIn(email: frontline.email, password: frontline.password).loginResponse.status
                    == .unauthorized)
            #expect(try await client.signIn(email: frontline.email, password: String(password)).loginResponse.status == .seeOther)
            let audit = try await server.store.auditLog(entityType: "user", entityID: target.id, page: PageRequest(limit: 10))
            #expect(audit.items.contains { $0.action == "reset_password" && $0.actorName == admin.email })
        }
    }

    @Test func aRevokedTokenStopsWorking() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let token = try #require(try await server.store.apiTokens().first { $0.name == "test-viewer" })
            #expect(try await client.page("/users", as: user).body.string.contains("action=\"/tokens/\(token.id)/revoke\""))
            #expect(try await client.api(.get, "/api/v1/units", token: server.tokens[.viewer]).status == .ok)

            let revoked = try await client.post("/tokens/\(token.id)/revoke", form: [("csrf", user.csrf)], as: user)
            #expect(revoked.status == .seeOther)
            #expect(revoked.headers[.location] == "/users?notice=tokenRevoked")
            #expect(try await client.api(.get, "/api/v1/units", token: server.tokens[.viewer]).status == .unauthorized)
            #expect(!(try await client.page("/users", as: user).body.string.contains("/tokens/\(token.id)/revoke")))
        }
    }

    @Test func settingsRejectAnUnknownTimeZoneAndSaveAKnownOne() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let before = try await server.store.workspaceSettings()
            let page = try await client.page("/settings", as: user)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<a href=\"/settings\" aria-current=\"page\">"))

            let unknown = try await client.post(
                "/settings",
                form: [
                    ("name", "Nordic Retail"), ("default_language", "sv"), ("time_zone", "Mars/Olympus_Mons"),
                    ("languages", "sv"),
                    ("csrf", user.csrf),
                ],
                as: user)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.body.string.contains("<a href=\"#settings-time-zone\">Choose a time zone from the list.</a>"))
            #expect(!unknown.body.string.contains("Mars/Olympus_Mons"))
            #expect(try await server.store.workspaceSettings() == before)

            let notEnabled = try await client.post(
                "/settings",
                form: [
                    ("name", "Nordic Retail"), ("default_language", "da"), ("time_zone", "Europe/Oslo"), ("languages", "sv"),
                    ("csrf", user.csrf),
                ],
                as: user)
            #expect(notEnabled.status == .unprocessableContent)
            #expect(
                notEnabled.body.string.contains(
                    "<a href=\"#settings-default-language\">The default language must be one of the languages in use."))

            let saved = try await client.post(
                "/settings",
                form: [
                    ("name", "Nordic Retail"), ("default_language", "fi"), ("time_zone", "Europe/Helsinki"), ("languages", "sv"),
                    ("languages", "fi"), ("csrf", user.csrf),
                ],
                as: user)
            #expect(saved.status == .seeOther)
            #expect(
                try await server.store.workspaceSettings()
                    == WorkspaceSettings(
                        name: "Nordic Retail", defaultLanguage: .fi, timeZone: "Europe/Helsinki", enabledLanguages: [.sv, .fi]))
        }
    }

    @Test func theRetentionPolicyIsSetOnTheSettingsPageAndThroughTheAPI() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let page = try await client.page("/settings", as: user)
            #expect(page.body.string.contains("The retention policy has not been applied yet."))
            #expect(page.body.string.contains("name=\"retention_responses\""))
            let current = try await server.store.workspaceSettings()
            func post(_ retention: [(String, String)]) async throws -> TestResponse {
                try await client.post(
                    "/settings",
                    form: [
                        ("name", current.name), ("default_language", current.defaultLanguage.rawValue),
                        ("time_zone", current.timeZone),
                    ] + current.enabledLanguages.map { ("languages", $0.rawValue) } + retention + [("csrf", user.csrf)],
                    as: user)
            }
            let notMonths = try await post([("retention_responses", "0"), ("retention_open_text", "twelve")])
            #expect(notMonths.status == .unprocessableContent)
            #expect(notMonths.body.string.contains("<a href=\"#settings-retention-responses\">Enter a whole number of months"))
            #expect(notMonths.body.string.contains("<a href=\"#settings-retention-open-text\">Enter a whole number of months"))
            #expect(notMonths.body.string.contains("value=\"twelve\""))
            let longer = try await post([("retention_responses", "24"), ("retention_open_text", "36")])
            #expect(longer.status == .unprocessableContent)
            #expect(
                longer.body.string.contains(
                    "<a href=\"#settings-retention-open-text\">This cannot be longer than the time responses are kept.</a>"))
            #expect(try await server.store.workspaceSettings().retention.isEmpty)

            let saved = try await post([
                ("retention_responses", "36"), ("retention_customer_link", "24"), ("retention_open_text", " 12 "),
                ("retention_inactive_customers", ""),
            ])
            #expect(saved.status == .seeOther)
            let policy = RetentionPolicy(openTextMonths: 12, customerLinkMonths: 24, responseMonths: 36)
            #expect(try await server.store.workspaceSettings().retention == policy)
            let applied = try await server.store.applyRetention(.manual, by: .commandLine)
            #expect(applied != nil)
            #expect(try await server.store.retentionRuns().count == 1)
            let after = try await client.page("/settings", as: user)
            #expect(after.body.string.contains("value=\"36\""))
            #expect(after.body.string.contains("Last applied "))

            // The API reads and writes the same policy; omitted on PUT, it stays.
            let token = server.tokens[.admin]
            let read = try await client.api(.get, "/api/v1/workspace", token: token)
            #expect(
                read.body.string.contains("\"retention\":{\"customerLinkMonths\":24,\"openTextMonths\":12,\"responseMonths\":36}")
            )
            let withoutRetention =
                #"{"name": "Renamed", "defaultLanguage": "en", "timeZone": "Europe/Stockholm", "enabledLanguages": ["en", "sv"]}"#
            #expect(try await client.api(.put, "/api/v1/workspace", token: token, json: withoutRetention).status == .ok)
            #expect(try await server.store.workspaceSettings().retention == policy)
            let invalid =
                #"{"name": "Renamed", "defaultLanguage": "en", "timeZone": "Europe/Stockholm", "enabledLanguages": ["en"], "retention": {"responseMonths": 700}}"#
            let refused = try await client.api(.put, "/api/v1/workspace", token: token, json: invalid)
            #expect(refused.status == .badRequest || refused.status == .unprocessableContent)
            #expect(refused.body.string.contains("retention.responseMonths"))
            let cleared =
                #"{"name": "Renamed", "defaultLanguage": "en", "timeZone": "Europe/Stockholm", "enabledLanguages": ["en"], "retention": null}"#
            #expect(try await client.api(.put, "/api/v1/workspace", token: token, json: cleared).status == .ok)
            #expect(try await server.store.workspaceSettings().retention.isEmpty)
        }
    }

    @Test func settingsAreOnlyForThoseWhoManageTheWorkspace() async throws {
        try await TestServer.with { server, client in
            let manager = server.login(.cxManager)
            let user = try await client.signIn(email: manager.email, password: manager.password)
            #expect(try await client.page("/settings", as: user).status == .forbidden)
            #expect(!(try await client.page("/journeys", as: user).body.string.contains("href=\"/settings\"")))
            let admin = server.login(.admin)
            let adminUser = try await client.signIn(email: admin.email, password: admin.password)
            #expect(try await client.page("/journeys", as: adminUser).body.string.contains("href=\"/settings\""))
        }
    }
}
