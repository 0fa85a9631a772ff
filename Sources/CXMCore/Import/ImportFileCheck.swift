/// Checks that an import file is CSV text before any row of it is imported: not a workbook or other
/// binary file, not UTF-16, valid UTF-8 throughout (a Windows-1252 export would otherwise turn å, ä
/// and ö into replacement characters in names). Feed it the file in chunks of any size.
public struct ImportFileCheck: Sendable {
    /// What is wrong with the file, naming the fix; nil while it looks like UTF-8 CSV.
    public private(set) var problem: String?
    private var line = 1
    private var offset = 0
    private var carry: [UInt8] = []

    public init() {}

    public mutating func feed(_ chunk: some Collection<UInt8>) {
        guard problem == nil else { return }
        var bytes = carry
        bytes.append(contentsOf: chunk)
        carry = []
        if offset == 0 {
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                problem = "is a ZIP archive, such as an Excel workbook (.xlsx); save it as \"CSV UTF-8\" and import that"
                return
            }
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                problem = "is UTF-16 text; save it as \"CSV UTF-8\" and import that"
                return
            }
        }
        check(bytes, final: false)
    }

    /// Ends the input; an incomplete character at the very end is a problem too.
    public mutating func finish() {
        guard problem == nil, !carry.isEmpty else { return }
        let rest = carry
        carry = []
        check(rest, final: true)
    }

    private mutating func check(_ bytes: [UInt8], final: Bool) {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 {
                    switch encoded.first {
                    case 0x00:
                        problem = "holds binary data (a NUL byte on line \(line)); import a CSV text file saved as UTF-8"
                        return
                    case 0x0A: line += 1
                    default: break
                    }
                }
                position += encoded.count
            case .error:
                // A character cut by the chunk's end is completed by the next chunk.
                if !final, bytes.count - position < 4, Self.couldContinue(bytes[position...]) {
                    carry = Array(bytes[position...])
                    offset += position
                    return
                }
                problem =
                    "is not UTF-8 text (line \(line), byte \(offset + position + 1)); it was probably saved as Windows-1252 "
                    + "or Latin-1: save it as \"CSV UTF-8\" and import that"
                return
            case .emptyInput:
                offset += position
                return
            }
        }
    }

    /// Whether the bytes are the start of a multi-byte UTF-8 character that more bytes could complete.
    private static func couldContinue(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let lead = bytes.first else { return false }
        let needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
        return needed > bytes.count && bytes.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
