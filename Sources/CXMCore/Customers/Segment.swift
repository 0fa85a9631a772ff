import Foundation

/// A saved filter over customer attributes, such as "private customers in Norway with fibre".
public struct Segment: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    /// All conditions must hold.
    public var conditions: [SegmentCondition]

    public init(id: String = Identifier.make(), name: String, description: String = "", conditions: [SegmentCondition]) {
        self.id = id
        self.name = name
        self.description = description
        self.conditions = conditions
    }

    /// Whether the customer belongs to the segment.
    public func contains(_ customer: Customer) -> Bool { contains(attributes: customer.attributes) }

    /// Whether a customer with these attributes belongs to the segment.
    public func contains(attributes: [String: AttributeValue]) -> Bool {
        conditions.allSatisfy { $0.matches(attributes[$0.attribute]) }
    }

    public func validated() throws(ValidationFailure) -> Segment {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        result.description = check.text(description, field: "description")
        check.check(!conditions.isEmpty, "conditions", "must hold at least one condition")
        for (index, condition) in conditions.enumerated() {
            let field = "conditions[\(index)]"
            if !AttributeDefinition.isValidKey(condition.attribute) {
                check.add("\(field).attribute", "must be an attribute name of a–z, 0–9 and '_'")
            }
            if condition.op.needsValue && condition.value == nil {
                check.add("\(field).value", "is required for the operator '\(condition.op.rawValue)'")
            }
            if case .text(let text) = condition.value, text.count > AttributeValue.maxTextLength {
                check.add("\(field).value", "must be at most \(AttributeValue.maxTextLength) characters")
            }
        }
        try check.finish()
        return result
    }
}

/// One comparison of a customer attribute with a value.
public struct SegmentCondition: Sendable, Codable, Hashable {
    public enum Operator: String, Sendable, Codable, CaseIterable {
        case equals, notEquals, lessThan, greaterThan, contains, isSet, isNotSet

        var needsValue: Bool { self != .isSet && self != .isNotSet }
    }

    public var attribute: String
    public var op: Operator
    public var value: AttributeValue?

    public init(attribute: String, op: Operator, value: AttributeValue? = nil) {
        self.attribute = attribute
        self.op = op
        self.value = value
    }

    /// Evaluates the condition against a customer's value for the attribute.
    public func matches(_ actual: AttributeValue?) -> Bool {
        switch op {
        case .isSet: return actual != nil
        case .isNotSet: return actual == nil
        default: break
        }
        guard let actual, let value else { return false }
        switch op {
        case .equals: return actual == value
        case .notEquals: return actual != value
        case .contains: return actual.plainText.localizedCaseInsensitiveContains(value.plainText)
        case .lessThan, .greaterThan:
            let ordered: Bool?
            switch (actual, value) {
            case (.number(let a), .number(let b)): ordered = op == .lessThan ? a < b : a > b
            case (.date(let a), .date(let b)), (.text(let a), .text(let b)): ordered = op == .lessThan ? a < b : a > b
            default: ordered = nil
            }
            return ordered ?? false
        case .isSet, .isNotSet: return false
        }
    }
}
