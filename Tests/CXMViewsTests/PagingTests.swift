import CXMCore
import Testing

@testable import CXMViews

@Suite("Paging")
struct PagingTests {
    @Test(
        "the range line uses locale-formatted numbers",
        arguments: [
            (Language.en, "Showing 51–100 of 20,000"), (.sv, "Visar 51–100 av 20\u{00A0}000"), (.da, "Viser 51–100 af 20.000"),
        ])
    func rangeLine(language: Language, expected: String) {
        let html = CustomersPage(
            context: Fixtures.context(language), query: "",
            customers: [
                .init(
                    id: "1", displayName: "Ann", identifiers: [], maySurvey: true, mayContact: true,
                    segments: [])
            ],
            paging: Paging(page: 2, pageSize: 50, totalCount: 20_000)
        ).render()
        #expect(html.contains(expected))
    }

    @Test(
        "page numbers show the ends and the neighbourhood of the current page",
        arguments: [
            (1, 1, [1] as [Int?]),
            (1, 400, [1, 2, 3, nil, 400]),
            (200, 400, [1, nil, 198, 199, 200, 201, 202, nil, 400]),
            (4, 400, [1, 2, 3, 4, 5, 6, nil, 400]),
            (5, 400, [1, 2, 3, 4, 5, 6, 7, nil, 400]),
            (999, 5, [1, 2, 3, 4, 5]),
        ])
    func window(page: Int, pages: Int, expected: [Int?]) {
        #expect(Paging(page: page, pageSize: 10, totalCount: pages * 10).window == expected)
    }

    @Test("links keep the search, mark the current page and offer previous and next")
    func links() {
        let html = CustomersPage(
            context: Fixtures.context(.en), query: "crm:1 & co",
            customers: [
                .init(
                    id: "1", displayName: "Ann", identifiers: [], maySurvey: true, mayContact: true,
                    segments: [])
            ],
            paging: Paging(page: 2, pageSize: 50, totalCount: 20_000)
        ).render()
        #expect(html.contains("<a href=\"/customers?q=crm%3A1%20%26%20co&amp;page=1\" rel=\"prev\">Previous</a>"))
        #expect(html.contains("<a href=\"/customers?q=crm%3A1%20%26%20co&amp;page=3\" rel=\"next\">Next</a>"))
        #expect(html.contains("aria-label=\"Page 2\" aria-current=\"page\">2</a>"))
        #expect(html.contains(">400</a>"))
    }

    @Test("an empty result shows zero rows and no page links")
    func empty() {
        let paging = Paging(page: 1, pageSize: 50, totalCount: 0)
        #expect(paging.firstRow == 0 && paging.lastRow == 0 && paging.pageCount == 1)
    }
}
