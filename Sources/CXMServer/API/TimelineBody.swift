import CXMCore
import CXMStore
import Foundation

/// A page of a customer's time line as the API writes it: each item says its kind and carries the
/// record under that kind's name.
struct TimelineBody: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var kind: TimelineItem.Kind
        var id: String
        var at: Date
        var response: SurveyResponse?
        var invitation: Invitation?
        var `case`: Case?
        var ticket: Ticket?
        var incident: Incident?
        var churn: ChurnEvent?
        var order: BusinessEvent?
        var activity: SiteActivity?

        init(_ item: TimelineItem) {
            kind = item.kind
            id = item.id
            at = item.at
            switch item {
            case .response(let record): response = record
            case .invitation(let record): invitation = record
            case .serviceCase(let record): self.case = record
            case .ticket(let record): ticket = record
            case .incident(let record): incident = record
            case .churn(let record): churn = record
            case .order(let record): order = record
            case .activity(let record): activity = record
            }
        }
    }

    var customer: Customer
    var items: [Item]
    /// Pass as `after` for the next page; absent on the last page.
    var next: String?

    init(customer: Customer, page: TimelinePage) {
        self.customer = customer
        items = page.items.map(Item.init)
        next = page.next?.description
    }
}
