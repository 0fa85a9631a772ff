import CXMCore

/// A QR code drawn as SVG for a counter sign or a kiosk page: black modules on their own white square with
/// the four-module quiet zone readers need, so it scans on any page colour and in any theme.
public struct QRCodeSVG: Sendable {
    public var code: QRCode
    /// The accessible name, such as "QR code: survey for Store Malmö"; shown as the tooltip too.
    public var label: String
    /// Pixels per module for the default width and height; CSS may scale the image, the viewBox keeps it sharp.
    public var moduleSize: Int

    /// Light modules around the symbol, as ISO/IEC 18004 requires for a reliable read.
    public static let quietZone = 4

    /// Creates the drawing of a code.
    public init(code: QRCode, label: String, moduleSize: Int = 4) {
        self.code = code
        self.label = label
        self.moduleSize = moduleSize
    }

    /// Side of the image in modules, quiet zone included.
    var side: Int { code.size + 2 * Self.quietZone }

    /// The `<svg>` element, ready to embed in a page or to serve as `image/svg+xml` (its `rendered` markup).
    public func render() -> HTML {
        let pixels = String(side * max(1, moduleSize))
        return el(
            "svg", Attribute("xmlns", "http://www.w3.org/2000/svg"), Attribute("viewBox", "0 0 \(side) \(side)"),
            Attribute("width", pixels), Attribute("height", pixels), .class("qr-code"), .role("img"), .aria("label", label),
            Attribute("shape-rendering", "crispEdges")
        ) {
            el("title") { label }
            el("rect", Attribute("width", String(side)), Attribute("height", String(side)), Attribute("fill", "#fff"))
            el("path", Attribute("d", pathData), Attribute("fill", "#000"))
        }
    }

    /// One rectangle per horizontal run of dark modules: far fewer shapes than one per module, so a version-4
    /// code stays a few kilobytes and edges stay crisp without hairline seams between neighbouring squares.
    var pathData: String {
        var path = ""
        path.reserveCapacity(code.size * code.size * 2)
        for y in 0..<code.size {
            var x = 0
            while x < code.size {
                guard code.isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                var end = x + 1
                while end < code.size && code.isDark(x: end, y: y) { end += 1 }
                let length = end - x
                path += "M\(x + Self.quietZone) \(y + Self.quietZone)h\(length)v1h-\(length)z"
                x = end
            }
        }
        return path
    }
}
