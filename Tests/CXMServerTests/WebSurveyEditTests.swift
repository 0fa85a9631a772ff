import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Web survey editor")
struct WebSurveyEditTests {
    /// Signs in as the role and returns the browser.
    static func signIn(_ role: Role, _ server: TestServer, _ client: any TestClientProtocol) async throws -> WebUser {
        let login = server.login(role)
        return try await client.signIn(email: login.email, password: login.password)
    }

    /// Creates a survey in English and Swedish on the first touchpoint through the form; returns its id.
    static func create(_ server: TestServer, _ client: any TestClientProtocol, as user: WebUser) async throws -> String {
        let touchpoint = try #require(try await server.store.touchpoints().first)
        let created = try await client.post(
            "/surveys",
            form: [
                ("survey-name", "After delivery"), ("language", "en"), ("language", "sv"), ("touchpoint", touchpoint.id),
                ("csrf", user.csrf),
            ],
            as: user)
        #expect(created.status == .seeOther)
        let location = try #require(created.headers[.location])
        let id = try #require(location.firstMatch(of: /^\/surveys\/([^\/]+)\/edit\?saved=1$/)?.1)
        return String(id)
    }

    /// The editor's form as the browser would send it for the stored survey, with changes on top.
    static func editForm(_ survey: Survey, csrf: String, changes: [(String, String)] = []) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("csrf", csrf), ("base-version", String(survey.version)), ("question-count", String(survey.questions.count)),
            ("survey-name", survey.name),
        ]
        fields += survey.languages.map { ("language", $0.rawValue) }
        fields += survey.touchpointIDs.map { ("touchpoint", $0) }
        for (index, question) in survey.questions.enumerated() {
            let prefix = "q\(index)"
            fields += [
                ("\(prefix)-original", question.key), ("\(prefix)-key", question.key), ("\(prefix)-type", question.type.rawValue),
            ]
            fields += survey.languages.map { ("\(prefix)-text-\($0.rawValue)", question.text.values[$0] ?? "") }
            if question.required { fields.append(("\(prefix)-required", "on")) }
            if question.type.isChoice, let firstLanguage = survey.languages.first {
                let lines = question.options.map { "\($0.key) = \($0.label.values[firstLanguage] ?? "")" }
                fields.append(("\(prefix)-options", lines.joined(separator: "\n")))
                for language in survey.languages.dropFirst() {
                    let labels = question.options.map { $0.label.values[language] ?? "" }
                    fields.append(("\(prefix)-options-\(language.rawValue)", labels.joined(separator: "\n")))
                }
            }
        }
        let changed = Set(changes.map(\.0))
        return fields.filter { !changed.contains($0.0) } + changes
    }

    @Test func creatingASurveyMakesVersionOneThatCanBeAnswered() async throws {
        try await TestServer.with { server, client in
            let user = try await Self.signIn(.cxManager, server, client)
            let form = try await client.page("/surveys/new", as: user)
            #expect(form.status == .ok)
            #expect(form.body.string.contains("<label for=\"survey-language-sv\">"))

            let id = try await Self.create(server, client, as: user)
            let survey = try await server.store.survey(id)
            #expect(survey.version == 1)
            #expect(survey.languages == [.en, .sv])
            #expect(survey.questions.map(\.type) == [.nps])
            #expect(
                survey.questions[0].text.values[.sv]
                    == "Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?")
            let edit = try await client.page("/surveys/\(id)/edit?saved=1", as: user)
            #expect(edit.body.string.contains("Saved as version 1."))
            #expect(edit.body.string.contains("Version 1; 0 responses"))

            let answer = """
                {"surveyID": "\(id)", "touchpointID": "\(survey.touchpointIDs[0])", "language": "sv",
                 "answers": [{"question": "nps", "value": 10}]}
                """
            let response = try await client.api(.post, "/api/v1/responses", token: server.tokens[.admin], json: answer)
            #expect(response.status == .created)
            let responseID = try #require((try response.body.json() as? [String: Any])?["id"] as? String)
            #expect(try await server.store.response(responseID).surveyVersion == 1)
        }
    }

    @Test func editingATextMakesVersionTwoAndOldResponsesKeepVersionOne() async throws {
        try await TestServer.with { server, client in
            let user = try await Self.signIn(.admin, server, client)
            let id = try await Self.create(server, client, as: user)
            let first = try await server.store.survey(id)
            let answer = """
                {"surveyID": "\(id)", "touchpointID": "\(first.touchpointIDs[0])", "language": "en",
                 "answers": [{"question": "nps", "value": 7}]}
                """
            let response = try await client.api(.post, "/api/v1/responses", token: server.tokens[.admin], json: answer)
            let responseID = try #require((try response.body.json() as? [String: Any])?["id"] as? String)

            let saved = try await client.post(
                "/surveys/\(id)",
                form: Self.editForm(first, csrf: user.csrf, changes: [("q0-text-en", "Would you recommend us?")]), as: user)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/surveys/\(id)/edit?saved=2")

            let current = try await server.store.survey(id)
            #expect(current.version == 2)
            #expect(current.questions[0].text.values[.en] == "Would you recommend us?")
            let old = try await server.store.survey(id, version: 1)
            #expect(old.questions[0].text.values[.en] == first.questions[0].text.values[.en])
            #expect(try await server.store.response(responseID).surveyVersion == 1)
            let page = try await client.page("/surveys/\(id)", as: user)
            #expect(page.body.string.contains("Version 2, saved"))
            #expect(page.body.string.contains("Version 1, saved"))
            let edit = try await client.page("/surveys/\(id)/edit?saved=2", as: user)
            #expect(edit.body.string.contains("Version 2; 1 response"))
            #expect(edit.body.string.contains("readonly"))
        }
    }

    @Test func displayLogicEndLabelsAndRespondentTextsAreEditedOnThePage() async throws {
        try await TestServer.with { server, client in
            let user = try await Self.signIn(.cxManager, server, client)
            let id = try await Self.create(server, client, as: user)
            let first = try await server.store.survey(id)
            let added = try await client.post(
                "/surveys/\(id)",
                form: Self.editForm(
                    first, csrf: user.csrf,
                    changes: [
                        ("new-type", "open_text"), ("new-key", "why"), ("new-text-en", "What went wrong?"),
                        ("new-text-sv", "Vad gick fel?"), ("action", "add"),
                    ]), as: user)
            #expect(added.status == .seeOther)
            let two = try await server.store.survey(id)
            let logic: [(String, String)] = [
                ("q1-show-if", "nps"), ("q1-show-from", "0"), ("q1-show-to", "6"), ("q0-low-en", "Never"),
                ("q0-high-en", "Surely"), ("q0-low-sv", "Aldrig"), ("q0-high-sv", "Absolut"),
                ("survey-layout", "one_question_per_screen"), ("survey-title-sv", "Din leverans"),
                ("survey-thanks-detractor-sv", "Vi hör av oss."), ("survey-thanks-detractor-en", "We will be in touch."),
            ]
            let saved = try await client.post(
                "/surveys/\(id)", form: Self.editForm(two, csrf: user.csrf, changes: logic), as: user)
            #expect(saved.status == .seeOther)
            let survey = try await server.store.survey(id)
            #expect(survey.questions[1].showIf == DisplayCondition(question: "nps", atLeast: 0, atMost: 6))
            #expect(survey.questions[0].lowLabel == LocalizedText([.en: "Never", .sv: "Aldrig"]))
            #expect(survey.presentation.layout == .oneQuestionPerScreen)
            #expect(survey.presentation.title == LocalizedText([.sv: "Din leverans"]))
            #expect(survey.presentation.thankYou.detractor?.text(in: .sv) == "Vi hör av oss.")
            let edit = try await client.page("/surveys/\(id)/edit", as: user)
            #expect(edit.body.string.contains(#"<option value="nps" selected>"#))
            #expect(edit.body.string.contains(#"value="Aldrig""#))

            // A score off the question's scale, or not a number, is named at its field; nothing is saved.
            for (field, value, id) in [("q1-show-to", "11", "q1-show-if"), ("q1-show-from", "x", "q1-show-from")] {
                let refused = try await client.post(
                    "/surveys/\(survey.id)",
                    form: Self.editForm(survey, csrf: user.csrf, changes: logic.filter { $0.0 != field } + [(field, value)]),
                    as: user)
                #expect(refused.status == .unprocessableContent, "\(field)")
                #expect(refused.body.string.contains("href=\"#\(id)\""), "\(field)")
            }
            #expect(try await server.store.survey(id).version == survey.version)
        }
    }

    @Test func aMissingSwedishTextIsShownAtItsInputAndNothingIsSaved() async throws {
        try await TestServer.with { server, client in
            let user = try await Self.signIn(.admin, server, client)
            let id = try await Self.create(server, client, as: user)
            _ = try await client.post(
                "/language", form: [("language", "sv"), ("return_to", "/surveys"), ("csrf", user.csrf)], as: user)
            let first = try await server.store.survey(id)

            let refused = try await client.post(
                "/surveys/\(id)", form: Self.editForm(first, csrf: user.csrf, changes: [("q0-text-sv", "  ")]), as: user)
            #expect(refused.status == .unprocessableContent)
            let html = refused.body.string
            #expect(html.contains("<a href=\"#q0-text-sv\">Skriv frågan på svenska.</a>"))
            #expect(html.contains("<p id=\"q0-text-sv-error\" class=\"error-message\">Skriv frågan på svenska.</p>"))
            #expect(html.contains("aria-invalid=\"true\""))
            #expect(try await server.store.survey(id).version == 1)
        }
    }

    @Test func addingMovingAndRemovingQuestionsEachSaveANewVersion() async throws {
        try await TestServer.with { server, client in
            let user = try await Self.signIn(.admin, server, client)
            let id = try await Self.create(server, client, as: user)
            let first = try await server.store.survey(id)
            let added = try await client.post(
                "/surveys/\(id)",
                form: Self.editForm(
                    first, csrf: user.csrf,
                    changes: [
                        ("action", "add"), ("new-type", "single_choice"), ("new-key", "reason"), ("new-text-en", "Why?"),
                        ("new-text-sv", "Varför?"), ("new-options", "price = Price\nstaff = Staff"),
                        ("new-options-sv", "Pris\nPersonal"),
                    ]),
                as: user)
            #expect(added.status == .seeOther)
            let second = try await server.store.survey(id)
            #expect(second.questions.map(\.key) == ["nps", "reason"])
            #expect(second.questions[1].options.map { $0.label.values[.sv] } == ["Pris", "Personal"])

            let moved = try await client.post(
                "/surveys/\(id)", form: Self.editForm(second, csrf: user.csrf, changes: [("action", "up-1")]), as: user)
            #expect(moved.status == .seeOther)
            let third = try await server.store.survey(id)
            #expect(third.version == 3)
            #expect(third.questions.map(\.key) == ["reason", "nps"])

            let tooFew = try await client.post(
                "/surveys/\(id)",
                form: Self.editForm(
                    third, csrf: user.csrf, changes: [("action", "add"), ("new-type", "single_choice"), ("new-key", "x")]),
                as: user)
            #expect(tooFew.status == .unprocessableContent)
            #expect(tooFew.body.string.contains("<a href=\"#new-options\">A choice question needs at least two options.</a>"))
            #expect(tooFew.body.string.contains("<a href=\"#new-text-sv\">Write the question in Swedish.</a>"))

            let stale = try await client.post(
                "/surveys/\(id)", form: Self.editForm(second, csrf: user.csrf, changes: [("survey-name", "Stale")]), as: user)
            #expect(stale.status == .unprocessableContent)
            #expect(stale.body.string.contains("Someone saved version 3 while you were editing."))
            #expect(stale.body.string.contains("value=\"Stale\""))
            #expect(try await server.store.survey(id).version == 3)

            let removed = try await client.post(
                "/surveys/\(id)", form: Self.editForm(third, csrf: user.csrf, changes: [("action", "remove-0")]), as: user)
            #expect(removed.status == .seeOther)
            #expect(try await server.store.survey(id).questions.map(\.key) == ["nps"])
        }
    }

    @Test func hostileTextsAreEscapedInTheEditor() async throws {
        try await TestServer.with { server, client in
            let user = try await Self.signIn(.admin, server, client)
            let id = try await Self.create(server, client, as: user)
            let first = try await server.store.survey(id)
            let hostile = "<script>alert(1)</script>\" onfocus=\"x"
            let saved = try await client.post(
                "/surveys/\(id)", form: Self.editForm(first, csrf: user.csrf, changes: [("q0-text-en", hostile)]), as: user)
            #expect(saved.status == .seeOther)
            let html = try await client.page("/surveys/\(id)/edit", as: user).body.string
            #expect(!html.contains("<script>alert(1)"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onfocus=&quot;x"))
        }
    }

    @Test func anAnalystMayNotCreateEditOrDelete() async throws {
        try await TestServer.with { server, client in
            let survey = try #require(try await server.store.surveys().first)
            let analyst = try await Self.signIn(.analyst, server, client)
            #expect(try await client.page("/surveys/new", as: analyst).status == .forbidden)
            #expect(try await client.page("/surveys/\(survey.id)/edit", as: analyst).status == .forbidden)
            let edit = try await client.post(
                "/surveys/\(survey.id)", form: Self.editForm(survey, csrf: analyst.csrf, changes: [("survey-name", "Hijacked")]),
                as: analyst)
            #expect(edit.status == .forbidden)
            let create = try await client.post(
                "/surveys", form: [("survey-name", "x"), ("language", "en"), ("csrf", analyst.csrf)], as: analyst)
            #expect(create.status == .forbidden)
            let delete = try await client.post("/surveys/\(survey.id)/delete", form: [("csrf", analyst.csrf)], as: analyst)
            #expect(delete.status == .forbidden)
            #expect(try await server.store.survey(survey.id).name == survey.name)
            let detail = try await client.page("/surveys/\(survey.id)", as: analyst).body.string
            #expect(!detail.contains("/edit\""))
            #expect(!detail.contains("/delete\""))
        }
    }

    @Test func deletingASurveyWithResponsesIsRefusedAndAnUnusedOneIsDeleted() async throws {
        try await TestServer.with { server, client in
            let user = try await Self.signIn(.admin, server, client)
            let counts = try await server.store.responseCountsBySurvey()
            let used = try #require(try await server.store.surveys().first { (counts[$0.id] ?? 0) > 0 })
            let refused = try await client.post("/surveys/\(used.id)/delete", form: [("csrf", user.csrf)], as: user)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("This survey has responses, so it cannot be deleted"))
            #expect(refused.body.string.contains("role=\"alert\""))
            #expect(try await server.store.survey(used.id).id == used.id)

            let id = try await Self.create(server, client, as: user)
            let forged = try await client.post("/surveys/\(id)/delete", form: [("csrf", "guess")], as: user)
            #expect(forged.status == .forbidden)
            let deleted = try await client.post("/surveys/\(id)/delete", form: [("csrf", user.csrf)], as: user)
            #expect(deleted.status == .seeOther)
            #expect(deleted.headers[.location] == "/surveys?notice=surveyDeleted")
            await #expect(throws: StoreError.self) { try await server.store.survey(id) }
        }
    }
}
