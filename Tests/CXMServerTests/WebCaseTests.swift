import CXMCore
import CXMServer
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Working cases in the browser")
struct WebCaseTests {
    static let store = "unit-se-store-goteborg-nordstan"

    static func open(_ server: TestServer, _ title: String) async throws -> Case {
        try await server.store.openCase(
            Case(title: title, source: .manual, unitID: store, createdAt: Date()), firstContactHours: 8,
            resolutionHours: 40, by: .system)
    }

    static func language(of page: TestResponse) throws -> Language {
        try #require(Language.allCases.first { page.body.string.contains(#"<html lang="\#($0.localeIdentifier)""#) })
    }

    @Test func aTeamLeadSeesTheQueueWorksACaseAndIsToldOfAConflict() async throws {
        try await TestServer.with { server, client in
            let first = try await Self.open(server, "Long wait at the till")
            let second = try await Self.open(server, "Wrong price on the shelf")
            let lead = server.login(.teamLead)
            let user = try await client.signIn(email: lead.email, password: lead.password)
            let queue = try await client.page("/cases?unit=\(Self.store)", as: user)
            #expect(queue.status == .ok)
            let t = Localizer(try Self.language(of: queue))
            let html = queue.body.string
            #expect(html.contains(#"<a href="/cases" aria-current="page">"#))
            #expect(html.contains(t(CaseText.caseNumber, String(first.number))) && html.contains("Wrong price on the shelf"))
            #expect(html.contains(#"name="case" value="\#(first.id):1""#))  // the lead's bulk form
            #expect(html.contains(t(CaseText.workload)))

            // Bulk: both cases to the store's frontline colleague, then one changed meanwhile.
            let frontline = try #require(try await server.store.users().first { $0.role == .frontline })
            let bulk = try await client.post(
                "/cases/bulk",
                form: [
                    ("csrf", user.csrf), ("case", "\(first.id):1"), ("case", "\(second.id):1"), ("assignee", frontline.id),
                    ("priority", "high"), ("return_to", "/cases?unit=\(Self.store)"),
                ], as: user)
            #expect(bulk.status == .seeOther && bulk.headers[.location] == "/cases?unit=\(Self.store)&bulk=2-0")
            let after = try await client.page(try #require(bulk.headers[.location]), as: user)
            #expect(after.body.string.contains(t(CaseText.bulkDone, "2")))
            #expect(try await server.store.caseRecord(first.id).assigneeID == frontline.id)
            #expect(try await server.store.caseRecord(second.id).priority == .high)
            let stale = try await client.post(
                "/cases/bulk", form: [("csrf", user.csrf), ("case", "\(first.id):1"), ("priority", "low")], as: user)
            #expect(stale.headers[.location] == "/cases?bulk=0-1")

            // The case page: the customer part, the forms, a contact that meets the first target.
            let page = try await client.page("/cases/\(first.id)", as: user)
            #expect(page.status == .ok && page.body.string.contains(t(CaseText.logContact)))
            let version = try await server.store.caseRecord(first.id).version
            let contacted = try await client.post(
                "/cases/\(first.id)/contact",
                form: [
                    ("csrf", user.csrf), ("version", String(version)), ("channel", "phone"), ("outcome", "reached"),
                    ("note", "Offered a voucher"),
                ], as: user)
            #expect(contacted.status == .seeOther)
            let worked = try await server.store.caseRecord(first.id)
            #expect(worked.status == .contacted && worked.firstContactAt != nil)
            let timeline = try await client.page("/cases/\(first.id)", as: user).body.string
            #expect(timeline.contains("Offered a voucher") && timeline.contains(t(CaseText.channelPhone)))

            // The old version: refused, the page shows the case as it is now and says why.
            let conflict = try await client.post(
                "/cases/\(first.id)/status",
                form: [("csrf", user.csrf), ("version", String(version)), ("status", "in_progress")],
                as: user)
            #expect(conflict.status == .conflict && conflict.body.string.contains(t(CaseText.conflict)))
            let illegal = try await client.post(
                "/cases/\(first.id)/status",
                form: [("csrf", user.csrf), ("version", String(worked.version)), ("status", "new")], as: user)
            #expect(illegal.status == .badRequest || illegal.status == .unprocessableContent)
            let noCode = try await client.post(
                "/cases/\(first.id)/status",
                form: [("csrf", user.csrf), ("version", String(worked.version)), ("status", "resolved")], as: user)
            #expect(noCode.status == .unprocessableContent && noCode.body.string.contains(t(CaseText.resolutionRequired)))
            let resolved = try await client.post(
                "/cases/\(first.id)/status",
                form: [
                    ("csrf", user.csrf), ("version", String(worked.version)), ("status", "resolved"),
                    ("resolution_code", "voucher"),
                ], as: user)
            #expect(resolved.status == .seeOther)
            #expect(try await server.store.caseRecord(first.id).status == .resolved)
            let forged = try await client.post("/cases/\(first.id)/note", form: [("text", "x")], as: user)
            #expect(forged.status == .forbidden)
        }
    }

    @Test func frontlineSeeTheirOwnQueueWithoutBulkAndViewersNoCases() async throws {
        try await TestServer.with { server, client in
            let record = try await Self.open(server, "Router not delivered")
            let frontline = server.login(.frontline)
            let user = try await client.signIn(email: frontline.email, password: frontline.password)
            let mine = try await client.page("/cases", as: user)
            #expect(mine.status == .ok && !mine.body.string.contains(#"action="/cases/bulk""#))
            #expect(mine.body.string.contains(#"<option value="mine" selected>"#))
            let unit = try await client.page("/cases?scope=units", as: user)
            #expect(unit.body.string.contains("Router not delivered"))
            // They can take it themselves, but no one else is offered.
            let page = try await client.page("/cases/\(record.id)", as: user).body.string
            let me = try #require(try await server.store.users().first { $0.role == .frontline })
            #expect(page.contains(#"<option value="\#(me.id)""#))
            let lead = try #require(try await server.store.users().first { $0.role == .teamLead })
            #expect(!page.contains(#"<option value="\#(lead.id)""#))

            let viewer = server.login(.viewer)
            let watcher = try await client.signIn(email: viewer.email, password: viewer.password)
            #expect(try await client.page("/cases", as: watcher).status == .forbidden)
            let dashboards = try await client.page("/dashboards", as: watcher)
            #expect(!dashboards.body.string.contains(#"href="/cases""#))
        }
    }

    @Test func theSweepMailsEachPersonOnceAboutTheirCases() async throws {
        try await TestServer.with { server, _ in
            let first = try await Self.open(server, "Long wait at the till")
            let second = try await Self.open(server, "Wrong price on the shelf")
            let escalator = CaseEscalator(
                store: server.store, checkEvery: .seconds(60), mailLinkBase: "https://cxm.example.se", logger: TestServer.logger)
            let alerts = try await escalator.sweep()
            #expect(Set(alerts.filter { $0.kind == .opened }.map(\.caseID)) == [first.id, second.id])
            let mails = try await server.store.claimMail(limit: 50, lease: 60).map(\.mail)
            let frontline = server.login(.frontline)
            let theirs = mails.filter { $0.to == frontline.email }
            #expect(theirs.count == 1)
            let mail = try #require(theirs.first)
            #expect(mail.subject.contains("2"))
            #expect(
                mail.body.contains("https://cxm.example.se/cases/\(first.id)") && mail.body.contains("Wrong price on the shelf"))
            #expect(mail.html?.contains("href=\"https://cxm.example.se/cases/\(second.id)\"") == true)
            // Announced once: the next sweep says nothing more.
            #expect(try await escalator.sweep().isEmpty)
            #expect(try await server.store.claimMail(limit: 50, lease: 60).isEmpty)
        }
    }

    @Test func aCaseIsOpenedByHandFromTheCustomersPage() async throws {
        try await TestServer.with { server, client in
            let customer = try #require(
                try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 50)).items.first { $0.unitID != nil })
            let cx = server.login(.cxManager)
            let user = try await client.signIn(email: cx.email, password: cx.password)
            let page = try await client.page("/customers/\(customer.id)", as: user)
            let t = Localizer(try Self.language(of: page))
            #expect(page.body.string.contains(#"action="/customers/\#(customer.id)/cases""#))
            let empty = try await client.post(
                "/customers/\(customer.id)/cases", form: [("csrf", user.csrf), ("title", " "), ("unit", customer.unitID!)],
                as: user)
            #expect(empty.status == .unprocessableContent && empty.body.string.contains(t(CaseText.caseTitleRequired)))
            let opened = try await client.post(
                "/customers/\(customer.id)/cases",
                form: [
                    ("csrf", user.csrf), ("title", "Called about a wrong invoice"), ("unit", customer.unitID!),
                    ("priority", "high"), ("note", "Wants a call back after 16"),
                ], as: user)
            #expect(opened.status == .seeOther)
            let id = String(try #require(opened.headers[.location]).dropFirst("/cases/".count))
            let record = try await server.store.caseRecord(id)
            #expect(record.customerID == customer.id && record.priority == .high && record.source == .manual)
            #expect(try await server.store.caseEvents(id).first?.text == "Wants a call back after 16")
            // Viewers see the customer but no form.
            let viewer = server.login(.viewer)
            let watcher = try await client.signIn(email: viewer.email, password: viewer.password)
            let seen = try await client.page("/customers/\(customer.id)", as: watcher).body.string
            #expect(seen.contains(customer.displayName) && !seen.contains(#"action="/customers/\#(customer.id)/cases""#))
        }
    }
}
