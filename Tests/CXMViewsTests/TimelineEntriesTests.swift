import CXMCore
import Foundation
import Testing

@testable import CXMViews

@Suite("Time line rows")
struct TimelineEntriesTests {
    static let opened = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func ticketsChurnAndIncidentsReadInTheReadersLanguage() {
        let items: [TimelineItem] = [
            .ticket(
                Ticket(
                    sourceID: "desk", externalID: "T-1", openedAt: Self.opened,
                    firstResponseAt: Self.opened.addingTimeInterval(1800), closedAt: Self.opened.addingTimeInterval(9000),
                    category: "billing", touchpointID: "tp-1")),
            .churn(ChurnEvent(sourceID: "b", externalID: "C", at: Self.opened, reason: "price", revenue: 4788.4)),
            .incident(
                Incident(sourceID: "n", externalID: "I", title: "Fibre cut <Malmö>", severity: .critical, startedAt: Self.opened)),
        ]

        let rows = CustomerTimelineEntries.make(
            items, names: .init(surveys: [:], touchpoints: ["tp-1": "Customer service"]), language: .sv,
            timeZone: "Europe/Stockholm")

        #expect(rows.map(\.kind) == ["Supportärende", "Kunden lämnade", "Driftstörning"])
        #expect(rows[0].title == "billing")
        #expect(rows[0].detail == "första svar efter 0,5 h · stängt efter 2,5 h · Customer service")
        #expect(rows[1].title == "orsak: price")
        #expect(rows[1].detail == "årsintäkt " + LocaleFormat(.sv).integer(4788))
        #expect(rows[2].detail == "critical · pågår")

        let html = CustomerDetailPage(
            context: Fixtures.context(.sv), id: "c1", displayName: "Kari", identifiers: [], maySurvey: true, mayContact: true,
            segments: [], attributes: [], timeline: rows, olderTimeline: "/customers/c1?after=1_x#timeline"
        ).render()
        #expect(html.contains("Fibre cut &lt;Malmö&gt;"))
        #expect(html.contains("href=\"/customers/c1?after=1_x#timeline\""))
    }
}
