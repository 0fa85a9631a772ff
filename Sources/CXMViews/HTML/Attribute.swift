/// An attribute whose name is chosen by this module and whose value is always escaped.
struct Attribute: Sendable {
    let name: String
    /// `nil` renders a boolean attribute such as `required`.
    let value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    var rendered: String {
        guard let value else { return " \(name)" }
        return " \(name)=\"\(HTML.escape(value))\""
    }

    static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    static func id(_ value: String) -> Attribute { Attribute("id", value) }
    static func href(_ value: String) -> Attribute { Attribute("href", value) }
    static func name(_ value: String) -> Attribute { Attribute("name", value) }
    static func type(_ value: String) -> Attribute { Attribute("type", value) }
    static func value(_ value: String) -> Attribute { Attribute("value", value) }
    static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    static func lang(_ value: String) -> Attribute { Attribute("lang", value) }
    static func scope(_ value: String) -> Attribute { Attribute("scope", value) }
    static func role(_ value: String) -> Attribute { Attribute("role", value) }
    static func aria(_ name: String, _ value: String) -> Attribute { Attribute("aria-\(name)", value) }
    static func flag(_ name: String) -> Attribute { Attribute(name, nil) }
}
