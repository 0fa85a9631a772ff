import CXMCore
import Testing

@testable import CXMViews

@Suite("Survey editor pages")
struct SurveyEditorPagesTests {
    static let context = Fixtures.context(.en)

    @Test("the editor renders in every language with a labelled text input per survey language", arguments: Language.allCases)
    func everyLanguage(language: Language) {
        let html = Fixtures.surveyEditPage(Fixtures.context(language), text: "Sample", responseCount: 3).render()
        let t = Localizer(language)
        for code in ["en", "sv", "fi"] {
            #expect(html.contains("<label for=\"q0-text-\(code)\">"))
            #expect(html.contains("<label for=\"new-text-\(code)\">"))
        }
        #expect(html.contains(t(SurveyEditText.textIn, Labels.languageName(.sv, in: language))))
        #expect(html.contains(t(SurveyEditText.versionResponses, "4", "3")))
        #expect(html.contains(t(SurveyEditText.keyLocked)))
        for code in Language.allCases.map(\.rawValue) {
            #expect(
                html.contains(
                    "<label for=\"survey-language-\(code)\">\(Labels.languageName(Language(rawValue: code)!, in: language))</label>"
                ))
        }
    }

    @Test("keys are read-only with the reason once there are responses, and editable before")
    func keysLock() {
        let locked = Fixtures.surveyEditPage(Self.context, text: "Sample", responseCount: 1).render()
        #expect(locked.contains("id=\"q0-key\" name=\"q0-key\" value=\"nps\" autocomplete=\"off\" readonly"))
        #expect(locked.contains("Version 4; 1 response"))
        #expect(locked.contains("answers are stored under it"))
        let open = Fixtures.surveyEditPage(Self.context, text: "Sample", responseCount: 0).render()
        #expect(!open.contains("readonly"))
        #expect(open.contains("Version 4; 0 responses"))
    }

    @Test("each type shows its own fields: NKI item, rating scale, options per language")
    func typeFields() {
        let html = Fixtures.surveyEditPage(Self.context, text: "Sample", responseCount: 0).render()
        #expect(html.contains("<option value=\"overall\" selected>Overall satisfaction</option>"))
        #expect(html.contains("id=\"q4-min\" name=\"q4-min\" value=\"1\""))
        #expect(html.contains("id=\"q4-max\" name=\"q4-max\" value=\"7\""))
        #expect(html.contains("<textarea id=\"q5-options\" name=\"q5-options\""))
        #expect(html.contains("<label for=\"q5-options-sv\">Option labels (Swedish)</label>"))
        #expect(!html.contains("id=\"q0-min\""))
        #expect(!html.contains("id=\"q0-options\""))
    }

    @Test("the first submit button saves, so Enter in a field never moves or removes a question")
    func saveComesFirst() {
        let html = Fixtures.surveyEditPage(Self.context, text: "Sample", responseCount: 0).render()
        let form = String(html[html.range(of: "<form method=\"post\" action=\"/surveys/Sample\"")!.lowerBound...])
        let firstButton = Markup.tags("button", in: form).first ?? ""
        #expect(firstButton == "<button type=\"submit\" class=\"button\">")
        #expect(html.contains("name=\"action\" value=\"up-1\""))
        #expect(html.contains("name=\"action\" value=\"down-0\""))
        #expect(!html.contains("value=\"up-0\""))
        #expect(html.contains("name=\"action\" value=\"remove-7\""))
        #expect(!html.contains("value=\"down-7\""))
    }

    @Test("an error at a question's Swedish text is shown there and linked from the summary")
    func errorAtField() {
        let error = FormError(field: "q2-text-sv", message: "Write the question in Swedish.")
        let html = Fixtures.surveyEditPage(Fixtures.context(.en, errors: [error]), text: "Sample", responseCount: 0).render()
        #expect(html.contains("<a href=\"#q2-text-sv\">Write the question in Swedish.</a>"))
        #expect(html.contains("<p id=\"q2-text-sv-error\" class=\"error-message\">Write the question in Swedish.</p>"))
        #expect(html.contains("aria-describedby=\"q2-text-sv-error\" aria-invalid=\"true\""))
    }

    @Test("hostile question and option texts stay text in the editor")
    func escaping() {
        let html = Fixtures.surveyEditPage(Self.context, text: Fixtures.hostile, responseCount: 0).render()
        #expect(!html.contains("<script>"))
        #expect(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;\""))
        #expect(html.contains("a = &lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("the survey page offers edit, history and delete only to editors")
    func detailControls() {
        let editor = SurveyDetailPage(
            context: Self.context, id: "s1", name: "Visit", version: 2, languages: [.en], touchpoints: [], questions: [],
            canEdit: true, versions: [(number: 1, savedAt: "1 May"), (number: 2, savedAt: "2 May")]
        ).render()
        #expect(editor.contains("href=\"/surveys/s1/edit\""))
        #expect(editor.contains("action=\"/surveys/s1/delete\""))
        #expect(editor.contains("<li>Version 2, saved 2 May (current)</li>"))
        #expect(editor.contains("<li>Version 1, saved 1 May</li>"))
        let reader = SurveyDetailPage(
            context: Self.context, id: "s1", name: "Visit", version: 2, languages: [.en], touchpoints: [], questions: []
        ).render()
        #expect(!reader.contains("/edit\""))
        #expect(!reader.contains("/delete\""))
    }
}
