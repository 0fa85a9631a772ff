import Foundation

/// One stored signal of any kind.
public enum SignalRecord: Sendable, Hashable {
    case ticket(Ticket)
    case churn(ChurnEvent)
    case incident(Incident)
    case order(BusinessEvent)

    public var kind: SignalKind {
        switch self {
        case .ticket: .ticket
        case .churn: .churn
        case .incident: .incident
        case .order: .order
        }
    }

    public var id: String {
        get {
            switch self {
            case .ticket(let record): record.id
            case .churn(let record): record.id
            case .incident(let record): record.id
            case .order(let record): record.id
            }
        }
        set {
            switch self {
            case .ticket(var record): record.id = newValue; self = .ticket(record)
            case .churn(var record): record.id = newValue; self = .churn(record)
            case .incident(var record): record.id = newValue; self = .incident(record)
            case .order(var record): record.id = newValue; self = .order(record)
            }
        }
    }

    public var externalID: String {
        switch self {
        case .ticket(let record): record.externalID
        case .churn(let record): record.externalID
        case .incident(let record): record.externalID
        case .order(let record): record.externalID
        }
    }

    /// The customer the record is about; incidents name theirs in `Incident.customerIDs`.
    public var customerID: String? {
        get {
            switch self {
            case .ticket(let record): record.customerID
            case .churn(let record): record.customerID
            case .incident: nil
            case .order(let record): record.customerID
            }
        }
        set {
            switch self {
            case .ticket(var record): record.customerID = newValue; self = .ticket(record)
            case .churn(var record): record.customerID = newValue; self = .churn(record)
            case .incident: break
            case .order(var record): record.customerID = newValue; self = .order(record)
            }
        }
    }

    /// When it happened (a ticket's opening, an incident's start).
    public var at: Date {
        switch self {
        case .ticket(let record): record.openedAt
        case .churn(let record): record.at
        case .incident(let record): record.startedAt
        case .order(let record): record.at
        }
    }
}
