/// Builds link targets from path segments and query items, percent-encoding every piece of input.
public enum URLPath {
    /// Joins a fixed prefix with an encoded identifier, as in `/journeys/{id}`.
    public static func make(_ prefix: String, _ id: String, _ suffix: String = "") -> String {
        "\(prefix)/\(encode(id))\(suffix)"
    }

    /// Appends query items to a path, leaving out items whose value is empty.
    public static func withQuery(_ path: String, _ items: [(name: String, value: String)]) -> String {
        let query = items.filter { !$0.value.isEmpty }.map { "\(encode($0.name))=\(encode($0.value))" }
        return query.isEmpty ? path : "\(path)?\(query.joined(separator: "&"))"
    }

    /// Percent-encodes everything except RFC 3986 unreserved characters, so `/`, `?`, `&` and `#` stay data.
    public static func encode(_ value: String) -> String {
        var result = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
