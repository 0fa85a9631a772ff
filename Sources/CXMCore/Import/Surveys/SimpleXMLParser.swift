import Foundation

/// A small, strict XML parser for survey exports: elements, attributes, text, CDATA, comments and
/// processing instructions, with the five predefined entities and character references. DOCTYPE
/// declarations are refused, so no external or expanding entities can be smuggled in.
///
/// Written here rather than using Foundation's `XMLParser` because that one reports libxml2 error
/// codes without messages and positions past the fault; an import error should name the line.
struct SimpleXMLParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document and returns its root element.
    static func parse(_ data: Data) throws(SurveyImportError) -> SimpleXMLElement {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .malformedXML(line: 1, column: 1, reason: "the file is UTF-16 text; export it as UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = SimpleXMLParser(bytes)
        try parser.checkUTF8()
        return try parser.document()
    }

    private mutating func document() throws(SurveyImportError) -> SimpleXMLElement {
        var stack: [SimpleXMLElement] = []
        var root: SimpleXMLElement?
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                let (startLine, startColumn) = (line, column)
                let text = try characterData()
                if stack.isEmpty {
                    guard text.allSatisfy(\.isWhitespace) else {
                        throw .malformedXML(line: startLine, column: startColumn, reason: "text outside the root element")
                    }
                } else {
                    stack[stack.count - 1].text += text
                }
                continue
            }
            if starts(with: "<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: "comment")
            } else if starts(with: "<![CDATA[") {
                guard !stack.isEmpty else { throw failure("CDATA section outside the root element") }
                let opening = (line, column)
                index += 9
                let start = index
                try skip(past: "]]>", what: "CDATA section", from: opening)
                stack[stack.count - 1].text += String(decoding: bytes[start..<(index - 3)], as: UTF8.self)
            } else if starts(with: "<!") {
                throw failure("DOCTYPE and other declarations are not accepted in a survey export")
            } else if starts(with: "</") {
                let (closeLine, closeColumn) = (line, column)
                index += 2
                let name = try self.name()
                skipWhitespace()
                try expect(">")
                guard let open = stack.popLast() else {
                    throw .malformedXML(
                        line: closeLine, column: closeColumn, reason: "closing tag </\(name)> without an opening tag")
                }
                guard open.name == name else {
                    throw .malformedXML(
                        line: closeLine, column: closeColumn,
                        reason: "closing tag </\(name)> does not match <\(open.name)> opened on line \(open.line)")
                }
                if stack.isEmpty { root = open } else { stack[stack.count - 1].children.append(open) }
            } else {
                if root != nil, stack.isEmpty { throw failure("a second root element; an XML document has one") }
                var element = SimpleXMLElement(name: "", line: line, column: column)
                index += 1
                element.name = try name()
                let selfClosing = try attributes(into: &element)
                if !selfClosing {
                    stack.append(element)
                } else if stack.isEmpty {
                    root = element
                } else {
                    stack[stack.count - 1].children.append(element)
                }
            }
        }
        if let open = stack.last {
            throw failure("the file ends inside <\(open.name)>, opened on line \(open.line); it is cut short")
        }
        guard let root else { throw failure("the file holds no XML element") }
        return root
    }

    /// Reads attributes up to `>` or `/>`; returns whether the tag closes itself.
    private mutating func attributes(into element: inout SimpleXMLElement) throws(SurveyImportError) -> Bool {
        while true {
            let hadSpace = skipWhitespace()
            guard index < bytes.count else { throw failure("the file ends inside the tag <\(element.name)>") }
            if starts(with: "/>") {
                index += 2
                return true
            }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                return false
            }
            guard hadSpace else { throw failure("expected a space, '>' or '/>' in the tag <\(element.name)>") }
            let name = try self.name()
            skipWhitespace()
            try expect("=")
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw failure("the value of attribute '\(name)' must be in quotes")
            }
            let quote = bytes[index]
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote {
                if bytes[index] == UInt8(ascii: "<") { throw failure("'<' inside the value of attribute '\(name)'") }
                advance()
            }
            guard index < bytes.count else { throw failure("the value of attribute '\(name)' is never closed") }
            let raw = String(decoding: bytes[start..<index], as: UTF8.self)
            index += 1
            element.attributes[name] = try decodeEntities(raw, at: start)
        }
    }

    /// Text up to the next `<`, with entities decoded.
    private mutating func characterData() throws(SurveyImportError) -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { advance() }
        let raw = String(decoding: bytes[start..<index], as: UTF8.self)
        return raw.contains("&") ? try decodeEntities(raw, at: start) : raw
    }

    private mutating func name() throws(SurveyImportError) -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > start else { throw failure("expected an element or attribute name") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), 0x80...0xFF:
            true
        default: false
        }
    }

    /// Decodes `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and numeric character references; `offset`
    /// is where the text starts in the file, so that a bad entity is named where it stands.
    private func decodeEntities(_ raw: String, at offset: Int) throws(SurveyImportError) -> String {
        var result = ""
        var rest = raw[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let failure = { (reason: String) -> SurveyImportError in
                let (line, column) = self.position(of: offset + raw.utf8.distance(from: raw.startIndex, to: amp))
                return .malformedXML(line: line, column: column, reason: reason)
            }
            guard let semicolon = rest[amp...].firstIndex(of: ";") else {
                throw failure("'&' that starts no entity; write &amp;")
            }
            let name = rest[rest.index(after: amp)..<semicolon]
            switch name {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number: UInt32? =
                    name.hasPrefix("#x")
                    ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                guard let number, let scalar = Unicode.Scalar(number) else {
                    throw failure("unknown entity &\(name); only &lt; &gt; &amp; &quot; &apos; and &#…; are defined")
                }
                result.unicodeScalars.append(scalar)
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private mutating func skip(
        past terminator: String, what: String, from opening: (Int, Int)? = nil
    )
        throws(SurveyImportError)
    {
        let (startLine, startColumn) = opening ?? (line, column)
        let pattern = Array(terminator.utf8)
        while index < bytes.count {
            if bytes[index] == pattern[0], bytes[index...].starts(with: pattern) {
                index += pattern.count
                return
            }
            advance()
        }
        throw .malformedXML(line: startLine, column: startColumn, reason: "\(what) never closed with '\(terminator)'")
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = index
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
        return index > start
    }

    private mutating func expect(_ character: Character) throws(SurveyImportError) {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else {
            throw failure("expected '\(character)'")
        }
        index += 1
    }

    private func starts(with prefix: String) -> Bool { bytes[index...].starts(with: prefix.utf8) }

    private mutating func advance() {
        if bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    /// The 1-based column of the current position, counted in characters rather than bytes.
    private var column: Int {
        bytes[lineStart..<min(index, bytes.count)].count { $0 & 0xC0 != 0x80 } + 1
    }

    /// The 1-based line and column of a byte offset, for errors found after the scan passed it.
    private func position(of offset: Int) -> (Int, Int) {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.count { $0 == 0x0A } + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (line, bytes[lineStart..<min(offset, bytes.count)].count { $0 & 0xC0 != 0x80 } + 1)
    }

    private func failure(_ reason: String) -> SurveyImportError {
        .malformedXML(line: line, column: column, reason: reason)
    }

    /// Refuses text that is not UTF-8 (a Latin-1 export), naming the line of the first bad byte.
    private mutating func checkUTF8() throws(SurveyImportError) {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return
            case .error(let length):
                while index < offset { advance() }
                _ = length
                throw failure("the file is not UTF-8 text (it was probably saved as Latin-1 or Windows-1252)")
            }
        }
    }
}
