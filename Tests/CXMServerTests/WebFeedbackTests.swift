import CXMCore
import CXMServer
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("The feedback inbox, theme pages and theme settings in the browser")
struct WebFeedbackTests {
    @Test func theInboxShowsLanguageSentimentAndMarkedThemeWords() async throws {
        try await TestServer.with { server, client in
            let viewer = server.login(.viewer)
            let user = try await client.signIn(email: viewer.email, password: viewer.password)
            let page = try await client.page("/feedback", as: user)
            #expect(page.status == .ok)
            let html = page.body.string
            let t = Localizer(try WebCaseTests.language(of: page))
            #expect(html.contains(#"href="/feedback" aria-current="page""#))
            #expect(html.contains(#"<mark class="theme-mark""#))
            #expect(html.contains("badge badge-negative") || html.contains("badge badge-positive"))
            #expect(html.contains(#"class="feedback-summary""#))
            // Viewers read but do not tag.
            #expect(!html.contains("feedback-actions"))

            let negative = try await client.page("/feedback?sentiment=negative", as: user)
            #expect(!negative.body.string.contains("feedback-card feedback-positive"))
            let none = try await client.page("/feedback?search=zzqqxx", as: user)
            #expect(none.body.string.contains(t(InboxText.noAnswers)))
            #expect(try await client.page("/feedback?sentiment=furious", as: user).status == .badRequest)
            // A page number past Int's range would overflow into a crash; every paged list clamps it.
            for path in ["/feedback", "/customers", "/cases"] {
                #expect(try await client.page(path + "?page=9223372036854775807", as: user).status != .internalServerError)
            }
        }
    }

    @Test func anAnalystTagsAndRethemesAndAFrontlinerOpensACase() async throws {
        try await TestServer.with { server, client in
            let text = try #require(try await server.store.feedback(FeedbackQuery(), page: PageRequest(limit: 1)).items.first)
            let analyst = server.login(.analyst)
            let user = try await client.signIn(email: analyst.email, password: analyst.password)
            let page = try await client.page("/feedback", as: user)
            #expect(page.body.string.contains("feedback-actions"))
            let path = "/feedback/\(text.responseID)/\(text.question)"
            let tagged = try await client.post(
                path + "/annotate",
                form: [
                    ("csrf", user.csrf), ("add_tag", "Uppföljning"), ("add_theme", "contract"), ("example_shown", "1"),
                    ("mark_example", "on"), ("return_to", "/feedback?sentiment=negative"),
                ], as: user)
            #expect(tagged.status == .seeOther)
            #expect(tagged.headers[.location]?.hasPrefix("/feedback?sentiment=negative#fb-") == true)
            let changed = try await server.store.feedbackText(response: text.responseID, question: text.question)
            #expect(changed.tags == ["uppföljning"] && changed.isExample)
            #expect(changed.themes.contains { $0.themeID == "contract" && $0.manual })
            let away = try await client.post(
                path + "/annotate",
                form: [("csrf", user.csrf), ("remove_theme", "contract"), ("return_to", "https://evil.example")],
                as: user)
            #expect(away.headers[.location]?.hasPrefix("/feedback#fb-") == true)
            #expect(
                !(try await server.store.feedbackText(response: text.responseID, question: text.question).themes
                    .contains { $0.themeID == "contract" }))
            let noToken = try await client.post(path + "/annotate", form: [("add_tag", "x")], as: user)
            #expect(noToken.status == .forbidden)

            let viewer = server.login(.viewer)
            let viewing = try await client.signIn(email: viewer.email, password: viewer.password)
            let refused = try await client.post(
                path + "/annotate", form: [("csrf", viewing.csrf), ("add_tag", "x")], as: viewing)
            #expect(refused.status == .forbidden)

            let lead = server.login(.teamLead)
            let leading = try await client.signIn(email: lead.email, password: lead.password)
            let visible = try #require(
                try await server.store.feedback(
                    {
                        var query = FeedbackQuery();
                        query.visibleUnits = try await server.store.unitTree().subtree(of: lead.unitID!); return query
                    }(),
                    page: PageRequest(limit: 1)
                ).items.first)
            let opened = try await client.post(
                "/feedback/\(visible.responseID)/\(visible.question)/case", form: [("csrf", leading.csrf)], as: leading)
            #expect(opened.status == .seeOther)
            let caseID = try #require(opened.headers[.location]?.split(separator: "/").last.map(String.init))
            let record = try await server.store.caseRecord(caseID)
            #expect(record.responseID == visible.responseID && record.unitID == visible.unitID)
        }
    }

    @Test func themePagesExplainAThemeInTheCustomersWords() async throws {
        try await TestServer.with { server, client in
            let viewer = server.login(.viewer)
            let user = try await client.signIn(email: viewer.email, password: viewer.password)
            let overview = try await client.page("/feedback/themes", as: user)
            #expect(overview.status == .ok)
            let t = Localizer(try WebCaseTests.language(of: overview))
            #expect(overview.body.string.contains(t(InboxText.npsOfMentioners)))
            #expect(!overview.body.string.contains("/settings/themes"))
            let (_, counts) = try await server.store.themeCounts(FeedbackQuery())
            let busiest = try #require(counts.max { $0.mentions < $1.mentions })
            let page = try await client.page("/feedback/themes/\(busiest.themeID)", as: user)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains(t(InboxText.negativeQuotes)) && html.contains(t(InboxText.positiveQuotes)))
            #expect(html.contains("feedback-card"))
            #expect(html.contains(t(InboxText.overTime)))
            #expect(try await client.page("/feedback/themes/nope", as: user).status == .notFound)
            #expect(try await client.page("/feedback/themes/candidates", as: user).status == .forbidden)
        }
    }

    @Test func themeSettingsAreCheckedSavedRestoredAndTried() async throws {
        try await TestServer.with { server, client in
            let frontline = server.login(.frontline)
            let refused = try await client.signIn(email: frontline.email, password: frontline.password)
            #expect(try await client.page("/settings/themes", as: refused).status == .forbidden)

            let analyst = server.login(.analyst)
            let user = try await client.signIn(email: analyst.email, password: analyst.password)
            let page = try await client.page("/settings/themes", as: user)
            #expect(page.status == .ok)
            let taxonomy = try await server.store.taxonomy().taxonomy
            let count = taxonomy.themes.count
            var form: [(String, String)] = [("csrf", user.csrf)]
            for (index, theme) in taxonomy.themes.enumerated() {
                form.append(("theme[\(index)].id", String(theme.id.split(separator: ".").last!)))
                form.append(("theme[\(index)].parent", theme.parentID ?? ""))
                for language in Language.allCases {
                    form.append(("theme[\(index)].name.\(language.rawValue)", theme.names.values[language] ?? ""))
                    form.append(
                        (
                            "theme[\(index)].patterns.\(language.rawValue)",
                            (theme.patterns[language] ?? []).joined(separator: "\n")
                        ))
                }
            }
            var bad = form
            bad += [
                ("theme[\(count)].id", "moving"), ("theme[\(count)].parent", ""), ("theme[\(count)].name.en", "Moving house"),
                ("theme[\(count)].patterns.sv", "flytt*\npr*s"),
            ]
            let refusedSave = try await client.post("/settings/themes", form: bad, as: user)
            #expect(refusedSave.status == .unprocessableContent)
            #expect(refusedSave.body.string.contains("pr*s"))
            #expect(refusedSave.body.string.contains("id=\"tx-\(count)-patterns-sv\""))
            #expect(try await server.store.taxonomy().isDefault)

            var good = form
            good += [
                ("theme[\(count)].id", "moving"), ("theme[\(count)].parent", ""), ("theme[\(count)].name.en", "Moving house"),
                ("theme[\(count)].patterns.sv", "flytt*"),
            ]
            let saved = try await client.post("/settings/themes", form: good, as: user)
            #expect(saved.status == .seeOther)
            let record = try await server.store.taxonomy()
            #expect(!record.isDefault && record.taxonomy.themes.count == count + 1)
            #expect(record.taxonomy.theme("moving")?.patterns[.sv] == ["flytt*"])

            let tried = try await client.post(
                "/settings/themes/try", form: [("csrf", user.csrf), ("text", "Flytten gick smidigt, tack!")], as: user)
            #expect(tried.body.string.contains("Moving house") || tried.body.string.contains("moving"))

            let restored = try await client.post("/settings/themes/default", form: [("csrf", user.csrf)], as: user)
            #expect(restored.status == .seeOther)
            #expect(try await server.store.taxonomy().isDefault)
        }
    }

    @Test func suggestedThemesCanBeDismissedOrAccepted() async throws {
        try await TestServer.with { server, client in
            let analyst = server.login(.analyst)
            let user = try await client.signIn(email: analyst.email, password: analyst.password)
            let page = try await client.page("/feedback/themes/candidates", as: user)
            #expect(page.status == .ok)
            let accepted = try await client.post(
                "/feedback/themes/candidates",
                form: [
                    ("csrf", user.csrf), ("language", "sv"), ("phrase", "flytt av bredband"), ("pattern", "flytt*"),
                    ("decision", "accept"), ("name", "Flytt"),
                ], as: user)
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers[.location] == "/feedback/themes/flytt?notice=saved")
            #expect(try await server.store.taxonomy().taxonomy.theme("flytt")?.patterns[.sv] == ["flytt*"])
            let dismissed = try await client.post(
                "/feedback/themes/candidates",
                form: [("csrf", user.csrf), ("language", "sv"), ("phrase", "bra"), ("pattern", "bra"), ("decision", "dismiss")],
                as: user)
            #expect(dismissed.status == .seeOther)
        }
    }

    @Test func sentimentIsLearnedFromTheScoresOnRequest() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let trained = try await client.post("/settings/themes/models", form: [("csrf", user.csrf)], as: user)
            #expect(trained.status == .seeOther)
            let models = try await server.store.sentimentModels()
            #expect(!models.isEmpty)
            let page = try await client.page("/settings/themes", as: user)
            let t = Localizer(try WebCaseTests.language(of: page))
            #expect(page.body.string.contains(t(InboxText.sentimentModels)))
        }
    }
}
