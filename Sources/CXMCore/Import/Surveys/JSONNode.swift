/// A JSON value with its path in the file (`preset.blocks[2].elements[0]`), so that every complaint
/// about the file names the element at fault.
struct JSONNode: Sendable {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    /// The member of an object, or nil when absent, null, or this is not an object.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value, let member = members[key] else { return nil }
        if case .null = member { return nil }
        return JSONNode(member, path: path.isEmpty ? key : "\(path).\(key)")
    }

    var isObject: Bool { if case .object = value { true } else { false } }
    var keys: Set<String> { if case .object(let members) = value { Set(members.keys) } else { [] } }

    var string: String? { if case .string(let text) = value { text } else { nil } }
    var bool: Bool? { if case .bool(let flag) = value { flag } else { nil } }
    var number: Double? { if case .number(let number) = value { number } else { nil } }

    /// An integral number, or a string holding one.
    var int: Int? {
        if let number, number.rounded() == number, abs(number) < 1e9 { return Int(number) }
        return string.flatMap { Int($0) }
    }

    /// The items of an array, each with its path; nil when this is not an array.
    var items: [JSONNode]? {
        guard case .array(let values) = value else { return nil }
        return values.enumerated().map { JSONNode($1, path: "\(path)[\($0)]") }
    }

    /// A member that must be there, as a string.
    func requiredString(_ key: String) throws(SurveyImportError) -> String {
        guard let member = self[key] else { throw .invalidElement(path: describedPath, reason: "'\(key)' is missing") }
        guard let text = member.string else { throw .invalidElement(path: member.path, reason: "must be a string") }
        return text
    }

    /// A member that must be there, as an array.
    func requiredItems(_ key: String) throws(SurveyImportError) -> [JSONNode] {
        guard let member = self[key] else { throw .invalidElement(path: describedPath, reason: "'\(key)' is missing") }
        guard let items = member.items else { throw .invalidElement(path: member.path, reason: "must be an array") }
        return items
    }

    /// A member that may be absent but, if present, must be an array.
    func optionalItems(_ key: String) throws(SurveyImportError) -> [JSONNode] {
        guard let member = self[key] else { return [] }
        guard let items = member.items else { throw .invalidElement(path: member.path, reason: "must be an array") }
        return items
    }

    /// The path for messages; the whole file when this is the top level.
    var describedPath: String { path.isEmpty ? "the top level" : path }
}
