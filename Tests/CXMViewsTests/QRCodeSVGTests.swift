import CXMCore
import Foundation
import Testing

@testable import CXMViews

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("QR code SVG")
struct QRCodeSVGTests {
    static let label = "Enkät \"Kassa 1\" <Malmö> & Co's"

    static func code(_ text: String, _ correction: QRCode.Correction = .medium) throws -> QRCode {
        try QRCode(text: text, correction: correction)
    }

    /// Elements, their attributes and text as an XML parser sees them, so escaping is undone the standard way.
    final class Outline: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var text: [String: String] = [:]
        private var open: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            elements.append((name, attributes))
            open.append(name)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { text[current, default: ""] += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func attributes(of name: String) -> [[String: String]] {
            elements.filter { $0.name == name }.map(\.attributes)
        }
    }

    static func outline(_ svg: String) -> Outline? {
        let parser = XMLParser(data: Data(svg.utf8))
        let outline = Outline()
        parser.delegate = outline
        return parser.parse() ? outline : nil
    }

    /// The dark cells the path paints, in viewBox units, from its `M x y h n v1 h-n z` rectangles; nil when
    /// the path holds anything else.
    static func paintedCells(_ path: String) -> Set<[Int]>? {
        let rectangle = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/
        var cells = Set<[Int]>()
        var rebuilt = ""
        for match in path.matches(of: rectangle) {
            let (x, y, width, back) = (Int(match.1)!, Int(match.2)!, Int(match.3)!, Int(match.4)!)
            guard width == back, width > 0 else { return nil }
            for offset in 0..<width where !cells.insert([x + offset, y]).inserted { return nil }
            rebuilt += String(match.0)
        }
        return rebuilt == path ? cells : nil
    }

    @Test("the SVG is well-formed XML: an image named by the label, white square, one black path")
    func wellFormed() throws {
        let code = try Self.code("https://cxm.example/s/k3f9")
        let side = code.size + 8

        let svg = QRCodeSVG(code: code, label: Self.label).render().rendered

        let outline = try #require(Self.outline(svg), "XMLParser rejected the SVG")
        let root = try #require(outline.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["viewBox"] == "0 0 \(side) \(side)")
        #expect(root.attributes["width"] == "\(side * 4)")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"] == Self.label)
        #expect(root.attributes["shape-rendering"] == "crispEdges")
        #expect(outline.text["title"] == Self.label)
        #expect(outline.attributes(of: "rect") == [["width": "\(side)", "height": "\(side)", "fill": "#fff"]])
        #expect(outline.attributes(of: "path").count == 1)
        #expect(outline.attributes(of: "path").first?["fill"] == "#000")
    }

    @Test("the label is escaped in the attribute and the title")
    func escapesLabel() throws {
        let svg = QRCodeSVG(code: try Self.code("cxm"), label: Self.label).render().rendered

        let escaped = "Enkät &quot;Kassa 1&quot; &lt;Malmö&gt; &amp; Co&#39;s"
        #expect(svg.contains("aria-label=\"\(escaped)\""))
        #expect(svg.contains("<title>\(escaped)</title>"))
        #expect(!svg.contains("<Malmö>"))
    }

    @Test(
        "the painted cells are exactly the dark modules, inside a light quiet zone of four",
        arguments: [
            ("HELLO WORLD", QRCode.Correction.medium), ("https://cxm.example/s/kiosk/k3f9x2?butik=malmö", .quartile),
            (String(repeating: "cxm ", count: 60), .high), ("", .low),
        ])
    func cellsMatchModules(text: String, correction: QRCode.Correction) throws {
        let code = try Self.code(text, correction)
        let drawing = QRCodeSVG(code: code, label: "QR")

        let cells = try #require(Self.paintedCells(drawing.pathData), "the path is not made of run rectangles")

        let side = code.size + 8
        var mismatches: [[Int]] = []
        for y in 0..<side {
            for x in 0..<side where cells.contains([x, y]) != code.isDark(x: x - 4, y: y - 4) {
                mismatches.append([x, y])
            }
        }
        #expect(mismatches.isEmpty, "cells differ at \(mismatches.prefix(5))")
        #expect(cells.allSatisfy { (4..<side - 4).contains($0[0]) && (4..<side - 4).contains($0[1]) })
        #expect(drawing.render().rendered.contains("d=\"\(drawing.pathData)\""))
    }

    @Test("a version-4 code stays small: one rectangle per run, not per module")
    func compact() throws {
        let code = try Self.code("https://cxm.example/s/kiosk/k3f9x2?store=malmo-centrum")
        let darkModules = (0..<code.size).flatMap { y in (0..<code.size).filter { code.isDark(x: $0, y: y) } }.count

        let svg = QRCodeSVG(code: code, label: "Survey").render().rendered

        #expect(code.version == 4)
        let rectangles = QRCodeSVG(code: code, label: "Survey").pathData.filter { $0 == "M" }.count
        #expect(rectangles * 3 < darkModules * 2, "\(rectangles) rectangles for \(darkModules) dark modules")
        #expect(svg.utf8.count < 6_000, "\(svg.utf8.count) bytes")
    }
}
