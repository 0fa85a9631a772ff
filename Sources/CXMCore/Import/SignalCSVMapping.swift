import Foundation

/// Turns CSV records into signal submissions, so that a help desk's or billing system's export can be
/// loaded as the API batch would load it. Columns are named like the batch's fields (case does not
/// matter); customers are named by the source's identifier fields as `customer:FIELD` (or by a column
/// named like a field of the source's identifierMap); `touchpoints`, `units` and an incident's
/// `customers` (`email=a@x.se|crm=123`, one customer per pair) are `|`-separated lists.
public struct SignalCSVMapping: Sendable {
    enum Target: Sendable, Hashable {
        case field(String)
        case customer(String)
        case ignore
    }

    /// The fields a column may fill, as the API spells them.
    public static let fields = [
        "type", "id", "customerName", "openedAt", "firstResponseAt", "closedAt", "category", "subject", "reopened", "reason",
        "reasonText", "revenue", "at", "title", "severity", "startedAt", "endedAt", "service", "affectedShare", "customers",
        "eventType", "value", "touchpoint", "unit", "channel", "touchpoints", "units", "updatedAt",
    ]
    static let dateFields: Set<String> = [
        "openedat", "firstresponseat", "closedat", "at", "startedat", "endedat", "updatedat",
    ]
    static let byLowercase = Dictionary(uniqueKeysWithValues: fields.map { ($0.lowercased(), $0) })

    private let targets: [Target]
    private let defaultKind: SignalKind?

    /// Builds the mapping from the header row, `--map` overrides (keys lowercased column names) and the
    /// kind that rows without a `type` column are.
    public init(
        header: [String], overrides: [String: String], source: SignalSource, kind: SignalKind?
    ) throws(ValidationFailure) {
        var check = Validator()
        var targets: [Target] = []
        let identifierFields = Dictionary(
            source.identifierMap.keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for (index, rawName) in header.enumerated() {
            let name = rawName.trimmedSpaces
            let text = overrides[name.lowercased()] ?? name
            let lowered = text.lowercased()
            let column = "column \(index + 1) (\(name))"
            if lowered == "ignore" {
                targets.append(.ignore)
            } else if lowered.hasPrefix("customer:") {
                let field = String(text.dropFirst("customer:".count))
                if source.system(forField: field) == nil {
                    check.add(
                        column,
                        "'\(field)' is not an identifier field of source '\(source.id)'; use customer:email, customer:crm, … or a field of its identifierMap"
                    )
                }
                targets.append(.customer(field))
            } else if let field = Self.byLowercase[lowered] {
                targets.append(.field(field))
            } else if let field = identifierFields[lowered] {
                targets.append(.customer(field))
            } else {
                check.add(
                    column,
                    "is not a signal field; map it with --map '\(name)=FIELD' (\(Self.fields.joined(separator: ", ")) or customer:FIELD) or --map '\(name)=ignore'"
                )
                targets.append(.ignore)
            }
        }
        var seen = Set<Target>()
        for target in targets where target != .ignore && !seen.insert(target).inserted {
            check.add("header", "two columns give \(Self.describe(target)); map one of them to ignore")
        }
        if !targets.contains(.field("id")) {
            check.add("header", "no column gives the record's id; name one id or map it with --map 'Column=id'")
        }
        if kind == nil, !targets.contains(.field("type")) {
            check.add(
                "header",
                "no column gives the type and no default kind is given; add a type column or give the kind (ticket, churn, incident or order)"
            )
        }
        for unknown in Set(overrides.keys).subtracting(header.map { $0.trimmedSpaces.lowercased() }).sorted() {
            check.add("--map", "there is no column '\(unknown)' in the file's header")
        }
        try check.finish()
        self.targets = targets
        self.defaultKind = kind
    }

    private static func describe(_ target: Target) -> String {
        switch target {
        case .field(let name): name
        case .customer(let field): "customer:\(field)"
        case .ignore: "ignore"
        }
    }

    /// The submission a record describes, or the problems with it; the catalog checks the rest.
    public func submission(from record: CSVReader.Record) throws(ValidationFailure) -> SignalSubmission {
        guard record.fields.count == targets.count else {
            throw ValidationFailure(field: "line", "has \(record.fields.count) fields but the header has \(targets.count)")
        }
        var values: [String: String] = [:]
        var customer: [String: String] = [:]
        for (target, raw) in zip(targets, record.fields) {
            let value = raw.trimmedSpaces
            guard !value.isEmpty else { continue }
            switch target {
            case .ignore: continue
            case .field(let name): values[name] = value
            case .customer(let field): customer[field] = value
            }
        }
        var check = Validator()
        var kind = defaultKind
        if let text = values["type"] {
            kind = SignalKind(rawValue: text.lowercased())
            if kind == nil { check.add("type", "'\(text)' is not one of ticket, churn, incident or order") }
        } else if kind == nil {
            check.add("type", "is empty; write ticket, churn, incident or order", code: .required)
        }
        if values["id"] == nil { check.add("id", "is empty; give the record's id in its system", code: .required) }
        var submission = SignalSubmission(type: kind ?? .ticket, id: values["id"] ?? "")
        submission.customer = customer.isEmpty ? nil : customer
        submission.customerName = values["customerName"]
        Self.fill(&submission, from: values, check: &check)
        try check.finish()
        return submission
    }
}
