import Foundation

/// Turns CSV records into customers. Columns: `id`, `displayName` (or `name`), `maySurvey`, `mayContact`,
/// `unitID`, `preferredLanguage`; identifier columns (`crm`, `email`, `phone`, `support`, `billing`, or
/// `identifier:SYSTEM`); attributes as `attribute:KEY:TYPE` (TYPE text, number, date, boolean) or any
/// other column as a text attribute.
public struct CustomerCSVMapping: Sendable {
    enum Target: Sendable, Hashable {
        case field(String)
        case identifier(String)
        case attribute(String, AttributeType)
        case ignore
    }

    static let fields = ["id", "displayname", "name", "maysurvey", "maycontact", "unitid", "preferredlanguage"]
    static let identifierSystems = ["crm", "email", "phone", "support", "billing"]

    private let targets: [Target]
    /// The country national phone numbers in the file are read in (the workspace's).
    public var phoneCountry: PhoneCountry?

    public init(header: [String], overrides: [String: String]) throws(ValidationFailure) {
        var check = Validator()
        var targets: [Target] = []
        for (index, rawName) in header.enumerated() {
            let name = rawName.trimmingCharacters(in: .whitespaces)
            let text = overrides[name.lowercased()] ?? name
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            let head = parts[0].lowercased()
            switch head {
            case "ignore": targets.append(.ignore)
            case "identifier" where parts.count == 2: targets.append(.identifier(parts[1].lowercased()))
            case "attribute" where parts.count >= 2:
                let type = parts.count == 3 ? AttributeType(rawValue: parts[2].lowercased()) : .text
                guard let type, AttributeDefinition.isValidKey(parts[1]) else {
                    check.add(
                        "column \(index + 1) (\(name))",
                        "'\(text)' must be attribute:KEY:TYPE with TYPE text, number, date or boolean")
                    targets.append(.ignore)
                    continue
                }
                targets.append(.attribute(parts[1], type))
            default:
                if Self.fields.contains(head) && parts.count == 1 {
                    targets.append(.field(head == "name" ? "displayname" : head))
                } else if Self.identifierSystems.contains(head) && parts.count == 1 {
                    targets.append(.identifier(head))
                } else {
                    let key = head.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
                    if !AttributeDefinition.isValidKey(key) {
                        check.add(
                            "column \(index + 1) (\(name))",
                            "cannot be an attribute name; map it with --map '\(name)=attribute:KEY:TYPE' or '\(name)=ignore'")
                    }
                    targets.append(.attribute(key, .text))
                }
            }
        }
        if !targets.contains(where: { if case .identifier = $0 { true } else { false } }) {
            check.add(
                "header",
                "no identifier column (crm, email, phone, support, billing or identifier:SYSTEM); customers are joined on them")
        }
        for unknown in Set(overrides.keys).subtracting(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            .sorted()
        {
            check.add("--map", "there is no column '\(unknown)' in the file's header")
        }
        try check.finish()
        self.targets = targets
    }

    /// The customer a record describes (with a new id unless the file gives one).
    public func customer(from record: CSVReader.Record, newID: () -> String) throws(ValidationFailure) -> Customer {
        var check = Validator()
        guard record.fields.count == targets.count else {
            throw ValidationFailure(field: "line", "has \(record.fields.count) fields but the header has \(targets.count)")
        }
        var customer = Customer(id: "", displayName: "", identifiers: [])
        for (target, raw) in zip(targets, record.fields) {
            let value = raw.trimmingCharacters(in: .whitespaces)
            if value.isEmpty { continue }
            switch target {
            case .ignore: continue
            case .identifier(let system): customer.identifiers.append(CustomerIdentifier(system: system, value: value))
            case .attribute(let key, let type):
                if let parsed = AttributeValue.parse(value, as: type) {
                    customer.attributes[key] = parsed
                } else {
                    check.add(key, "'\(value)' is not a \(type.rawValue)")
                }
            case .field(let name):
                switch name {
                case "id": customer.id = value
                case "displayname": customer.displayName = value
                case "unitid": customer.unitID = value
                case "preferredlanguage":
                    customer.preferredLanguage = Language(code: value)
                    if customer.preferredLanguage == nil {
                        check.add("preferredLanguage", "'\(value)' is not one of en, sv, da, nb, fi")
                    }
                case "maysurvey", "maycontact":
                    guard case .boolean(let flag)? = AttributeValue.parse(value, as: .boolean) else {
                        check.add(name == "maysurvey" ? "maySurvey" : "mayContact", "'\(value)' is not yes/no or true/false")
                        continue
                    }
                    if name == "maysurvey" { customer.consent.maySurvey = flag } else { customer.consent.mayContact = flag }
                default: break
                }
            }
        }
        if customer.id.isEmpty {
            customer.id = newID()
        } else if !Identifier.isValid(customer.id) {
            check.add("id", "'\(customer.id)' must be 1–64 characters of letters, digits, '-' or '_'")
        }
        // Report the row's own problems and the customer's together, not one set after the other.
        let valid: Customer
        do { valid = try customer.validated(phoneCountry: phoneCountry) } catch {
            check.merge(error, prefix: "")
            throw ValidationFailure(check.errors)
        }
        try check.finish()
        return valid
    }
}
