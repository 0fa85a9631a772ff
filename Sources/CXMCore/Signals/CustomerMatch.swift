import Foundation

/// How a record's customer identifiers matched the customers cxm knows. A record that names two
/// different customers is never joined to either: it waits in the identity review list.
public enum CustomerMatch: Sendable, Hashable {
    /// The record named no customer.
    case none
    case customer(String)
    /// Nobody has any of the identifiers.
    case unknown([CustomerIdentifier])
    /// The identifiers belong to different customers (sorted ids).
    case ambiguous([String])

    /// Matches identifiers against the owners of those that are known.
    public static func match(_ identifiers: [CustomerIdentifier], in owners: [CustomerIdentifier: String]) -> CustomerMatch {
        guard !identifiers.isEmpty else { return .none }
        let found = Set(identifiers.compactMap { owners[$0] })
        switch found.count {
        case 0: return .unknown(identifiers)
        case 1: return .customer(found.first!)
        default: return .ambiguous(found.sorted())
        }
    }

    /// The customer, when the match is certain.
    public var customerID: String? {
        if case .customer(let id) = self { id } else { nil }
    }
}
