import CXMCore
import Testing

@testable import CXMViews

@Suite("Escaping by construction")
struct EscapingTests {
    @Test("text and attribute values escape the five significant characters")
    func escapesFragment() {
        let text = HTML(text: "<b>\"Tom\" & 'Jerry'</b>")
        #expect(text.rendered == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")

        let input = void("input", .value("\" onfocus=\"alert(1)"))
        #expect(input.rendered == "<input value=\"&quot; onfocus=&quot;alert(1)\">")
    }

    @Test("a quote followed by a combining mark is still escaped")
    func combiningMarks() {
        // "\u{301}" joins the quote into one Character that is not equal to a quote.
        let mark = "\u{301}"
        let rendered = void("input", .value("x\"" + mark + " autofocus onfocus='" + mark + "<" + mark)).rendered
        let rawQuote = "\"" + mark
        let escapedQuote = "&quot;" + mark + " autofocus"
        let escapedRest = "&#39;" + mark + "&lt;" + mark
        #expect(!rendered.contains(rawQuote))
        #expect(rendered.contains(escapedQuote))
        #expect(rendered.contains(escapedRest))
    }

    @Test("strings inside the builder are text, not markup")
    func builderEscapesStrings() {
        let fragment = el("p") { "<script>alert(1)</script>" }
        #expect(fragment.rendered == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    }

    @Test("hostile text never reaches a page as markup", arguments: Fixtures.pages(.en, text: Fixtures.hostile))
    func pagesEscapeHostileText(page: RenderedPage) {
        #expect(!page.html.contains("<script>"), "\(page.name) contains a raw script tag")
        #expect(!page.html.contains("\"quoted\""), "\(page.name) contains an unescaped double quote from input")
        #expect(!page.html.contains("'single'"), "\(page.name) contains an unescaped single quote from input")
        #expect(page.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(page.name) lost the text instead of escaping it")
    }

    @Test("hostile ids stay inside their attribute on links and form actions")
    func attributesStayClosed() {
        let html = Fixtures.pages(.en, text: "\"><script>x</script>").first { $0.name == "journey" }?.html ?? ""
        #expect(html.contains("href=\"/touchpoints/tp%22%3E%3Cscript%3Ex%3C%2Fscript%3E/edit\""))
        #expect(html.contains("action=\"/journeys/%22%3E%3Cscript%3Ex%3C%2Fscript%3E/stages\""))
        #expect(html.contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""))
    }

    @Test(
        "path segments and query values are percent-encoded",
        arguments: [
            ("a/b?c#d", "a%2Fb%3Fc%23d"),
            ("crm:123", "crm%3A123"),
            ("Åsa Öberg", "%C3%85sa%20%C3%96berg"),
            ("plain-id_1.2~", "plain-id_1.2~"),
        ])
    func percentEncoding(input: String, expected: String) {
        #expect(URLPath.encode(input) == expected)
    }

    @Test("query builder leaves out empty values")
    func queryBuilder() {
        #expect(URLPath.withQuery("/customers", [("q", ""), ("page", "2")]) == "/customers?page=2")
        #expect(URLPath.withQuery("/customers", [("q", "a&b"), ("page", "3")]) == "/customers?q=a%26b&page=3")
    }
}
