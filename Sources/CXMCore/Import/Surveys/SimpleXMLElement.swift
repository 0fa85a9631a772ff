/// An element of a parsed XML document: its name, attributes, child elements and the character data
/// directly inside it (CDATA included), with the line and column where it starts, for error messages.
struct SimpleXMLElement: Sendable, Hashable {
    var name: String
    var attributes: [String: String] = [:]
    var children: [SimpleXMLElement] = []
    var text = ""
    var line: Int
    var column: Int

    /// The first child element of that name.
    func child(_ name: String) -> SimpleXMLElement? { children.first { $0.name == name } }

    /// Every child element of that name, in document order.
    func children(_ name: String) -> [SimpleXMLElement] { children.filter { $0.name == name } }

    /// The text of the first child of that name, or nil when there is no such child.
    func childText(_ name: String) -> String? { child(name)?.text }
}
