import Foundation

/// What kind of record a source system sends.
public enum SignalKind: String, Sendable, Codable, CaseIterable {
    /// A support ticket: opened, answered, closed, maybe reopened.
    case ticket
    /// A customer leaving, with the reason and the revenue that leaves with them.
    case churn
    /// An outage or deviation: when, what it hit, how badly.
    case incident
    /// An order or another business event with a value.
    case order
    /// Behavioural events from a web site or app (page views, screens, steps), for funnels; they are
    /// sent to the source's `events:batch`, not as signals.
    case event

    /// The kinds sent as signal records, each with its own table.
    public static let records: [SignalKind] = [.ticket, .churn, .incident, .order]
}

/// What to do with a record whose customer identifiers match nobody.
public enum UnknownCustomerPolicy: String, Sendable, Codable, CaseIterable {
    /// Refuse the record, naming the identifiers; the safe default.
    case reject
    /// Create a customer with the record's identifiers (a CRM or billing system is the source of truth).
    case create
}

/// A system that sends signals (a help desk, the billing system, the network monitor), and how its
/// identifiers map to customers.
public struct SignalSource: Sendable, Codable, Hashable, Identifiable {
    /// A short key such as `zendesk`, used in the API's paths.
    public var id: String
    public var name: String
    /// The kinds of record the source may send.
    public var kinds: [SignalKind]
    /// Which identifier system each of the source's customer fields holds, for example
    /// `{"requester_email": "email", "account_no": "crm"}`. A field named like a system (`email`,
    /// `phone`, `crm`) needs no entry.
    public var identifierMap: [String: String]
    public var unknownCustomers: UnknownCustomerPolicy

    public init(
        id: String, name: String, kinds: [SignalKind], identifierMap: [String: String] = [:],
        unknownCustomers: UnknownCustomerPolicy = .reject
    ) {
        self.id = id
        self.name = name
        self.kinds = kinds
        self.identifierMap = identifierMap
        self.unknownCustomers = unknownCustomers
    }

    private enum CodingKeys: String, CodingKey { case id, name, kinds, identifierMap, unknownCustomers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        kinds = try container.decode([SignalKind].self, forKey: .kinds)
        identifierMap = try container.decodeIfPresent([String: String].self, forKey: .identifierMap) ?? [:]
        unknownCustomers = try container.decodeIfPresent(UnknownCustomerPolicy.self, forKey: .unknownCustomers) ?? .reject
    }

    /// Checks the key, name, kinds and map, and returns them normalised.
    public func validated() throws(ValidationFailure) -> SignalSource {
        var check = Validator()
        var result = self
        result.id = id.trimmingCharacters(in: .whitespaces).lowercased()
        check.check(
            Self.isKey(result.id, maxLength: 40), "id", "must be 1–40 characters of a–z, 0–9, '_' or '-' (for example zendesk)")
        result.name = check.name(name, field: "name")
        var seen = Set<SignalKind>()
        result.kinds = kinds.filter { seen.insert($0).inserted }
        check.check(
            !result.kinds.isEmpty, "kinds",
            "must name at least one of \(SignalKind.allCases.map(\.rawValue).joined(separator: ", "))")
        check.check(identifierMap.count <= 20, "identifierMap", "must map at most 20 fields")
        result.identifierMap = [:]
        for (field, system) in identifierMap {
            let system = system.trimmingCharacters(in: .whitespaces).lowercased()
            check.check(
                Self.isKey(field, maxLength: 64), "identifierMap.\(field)",
                "field names must be 1–64 characters of letters, digits, '_' or '-'")
            check.check(
                Self.isKey(system, maxLength: 32) && !system.contains("-"), "identifierMap.\(field)",
                "must name an identifier system of a–z, 0–9 or '_' (for example email, crm, phone)")
            result.identifierMap[field] = system
        }
        try check.finish()
        return result
    }

    /// The identifier system a customer field of this source holds.
    public func system(forField field: String) -> String? {
        if let mapped = identifierMap[field] { return mapped }
        let lowered = field.lowercased()
        return Self.isKey(lowered, maxLength: 32) && !lowered.contains("-") ? lowered : nil
    }

    static func isKey(_ text: String, maxLength: Int) -> Bool {
        !text.isEmpty && text.count <= maxLength
            && text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "-" }
    }
}
