import Foundation

/// A signal as a source system sends it: `type` says which fields apply; customers are named by the
/// source's own identifier fields (`"customer": {"email": "anna@example.se"}`).
public struct SignalSubmission: Sendable, Codable, Hashable {
    public var type: SignalKind
    /// The record's id in the source system; a later delivery with the same id updates it.
    public var id: String
    public var customer: [String: String]?
    /// A display name for a customer the source may create.
    public var customerName: String?
    /// When a churn or order happened.
    public var at: Date?
    public var openedAt: Date?
    public var firstResponseAt: Date?
    public var closedAt: Date?
    public var category: String?
    public var subject: String?
    public var reopened: Int?
    public var reason: String?
    public var reasonText: String?
    public var revenue: Double?
    public var title: String?
    public var severity: IncidentSeverity?
    public var startedAt: Date?
    public var endedAt: Date?
    public var service: String?
    /// The customers an incident hit, each by the source's identifier fields.
    public var customers: [[String: String]]?
    public var affectedShare: Double?
    public var eventType: String?
    public var value: Double?
    public var touchpoint: String?
    public var unit: String?
    public var channel: String?
    public var touchpoints: [String]?
    public var units: [String]?
    /// When the record last changed in the sending system. Webhooks can arrive out of order: a delivery
    /// older than the one stored is not applied.
    public var updatedAt: Date?

    public init(type: SignalKind, id: String) {
        self.type = type
        self.id = id
    }

    /// The customer identifiers the record names, normalised, or why they cannot be read.
    public func customerIdentifiers(
        source: SignalSource, phoneCountry: PhoneCountry?
    ) -> (identifiers: [CustomerIdentifier], errors: [FieldError]) {
        Self.identifiers(customer ?? [:], field: "customer", source: source, phoneCountry: phoneCountry)
    }

    /// The identifiers of each customer an incident names.
    public func affectedCustomerIdentifiers(
        source: SignalSource, phoneCountry: PhoneCountry?
    ) -> (identifiers: [[CustomerIdentifier]], errors: [FieldError]) {
        var errors: [FieldError] = []
        let all = (customers ?? []).enumerated().map { index, fields in
            let read = Self.identifiers(fields, field: "customers[\(index)]", source: source, phoneCountry: phoneCountry)
            errors += read.errors
            return read.identifiers
        }
        return (all, errors)
    }

    static func identifiers(
        _ fields: [String: String], field: String, source: SignalSource, phoneCountry: PhoneCountry?
    ) -> (identifiers: [CustomerIdentifier], errors: [FieldError]) {
        var identifiers: [CustomerIdentifier] = []
        var errors: [FieldError] = []
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            guard let system = source.system(forField: key) else {
                errors.append(
                    FieldError(
                        "\(field).\(key)",
                        "is not an identifier field of source '\(source.id)'; map it to a system (email, phone, crm, …) in the source's identifierMap"
                    ))
                continue
            }
            do {
                let identifier = try CustomerIdentifier(system: system, value: value).validated(phoneCountry: phoneCountry)
                if !identifiers.contains(identifier) { identifiers.append(identifier) }
            } catch {
                errors += error.errors.map { FieldError("\(field).\(key)", $0.message) }
            }
        }
        return (identifiers, errors)
    }
}
