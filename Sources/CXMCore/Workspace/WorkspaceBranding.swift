import Foundation

/// How the pages customers see look: the workspace's accent and background colours and its logo.
/// Unset parts fall back to cxm's own look. The colours are checked against WCAG 2.1 AA, because
/// the survey pages must stay readable whatever a brand guide says.
public struct WorkspaceBranding: Sendable, Codable, Hashable {
    /// Buttons, chosen answers and links: white text sits on it, and it sits on white and on the background.
    public var accentColour: Colour?
    /// Around the survey on wide screens, and behind the language links and the logo.
    public var backgroundColour: Colour?
    /// The stored logo, if any; set and removed through its own endpoint, never by saving the colours.
    public var logo: LogoSummary?

    public init(accentColour: Colour? = nil, backgroundColour: Colour? = nil, logo: LogoSummary? = nil) {
        self.accentColour = accentColour
        self.backgroundColour = backgroundColour
        self.logo = logo
    }

    /// cxm's own colours.
    public static let defaultAccent = Colour(red: 0x12, green: 0x3a, blue: 0x5e)
    public static let defaultBackground = Colour(red: 0xf4, green: 0xf6, blue: 0xf8)
    /// The focus ring of the survey pages; it must stay visible on the background.
    public static let focusColour = Colour(red: 0xc2, green: 0x41, blue: 0x0c)

    /// WCAG 2.1 AA: 4.5:1 for text, 3:1 for the focus ring and other non-text marks.
    public static let textContrast = 4.5
    public static let markContrast = 3.0

    public var accent: Colour { accentColour ?? Self.defaultAccent }
    public var background: Colour { backgroundColour ?? Self.defaultBackground }

    /// Changes whenever the look changes, so pages can let browsers cache the stylesheet and logo for good.
    public var version: String {
        let parts = [accentColour?.hex ?? "", backgroundColour?.hex ?? "", logo?.version ?? ""].joined(separator: "|")
        return ContentHash.hex(Array(parts.utf8))
    }

    /// A pair of the page's colours that does not reach its WCAG 2.1 AA contrast, and the nearest
    /// shade of the colour to change that does.
    public struct ContrastProblem: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// White text on the accent colour (buttons, chosen answers).
            case accentOnWhite
            /// Accent-coloured links on the background.
            case accentOnBackground
            /// The focus ring on the background.
            case focusOnBackground
        }

        public var kind: Kind
        /// The colour to change (the accent for `accentOnWhite`, else the background).
        public var colour: Colour
        /// The contrast found, rounded down to tenths so that a ratio just short of the bar never reads
        /// as reaching it (4.49 is 4.4).
        public var contrast: Double
        /// The contrast needed (4.5 or 3).
        public var needed: Double
        public var suggestion: Colour

        public init(kind: Kind, colour: Colour, contrast: Double, needed: Double, suggestion: Colour) {
            self.kind = kind
            self.colour = colour
            self.contrast = (contrast * 10).rounded(.down) / 10
            self.needed = needed
            self.suggestion = suggestion
        }

        /// The field of `WorkspaceBranding` to change.
        public var field: String { kind == .accentOnWhite ? "accentColour" : "backgroundColour" }

        /// The problem in English, for the API.
        public var message: String {
            func ratio(_ value: Double) -> String { value == value.rounded() ? "\(Int(value)):1" : "\(value):1" }
            let (contrast, bar) = (ratio(self.contrast), ratio(needed))
            return switch kind {
            case .accentOnWhite:
                "\(colour.hex) gives white button text a contrast of \(contrast); WCAG 2.1 AA needs \(bar); a darker "
                    + "shade such as \(suggestion.hex) passes"
            case .accentOnBackground:
                "links in the accent colour on \(colour.hex) have a contrast of \(contrast); WCAG 2.1 AA needs \(bar); "
                    + "a lighter background such as \(suggestion.hex) passes"
            case .focusOnBackground:
                "the focus ring (\(WorkspaceBranding.focusColour.hex)) on \(colour.hex) has a contrast of \(contrast); "
                    + "WCAG 2.1 AA needs \(bar); a lighter background such as \(suggestion.hex) passes"
            }
        }
    }

    /// What keeps the colours from being readable together; empty when they are. The background is
    /// judged only once the accent itself passes, since changing the accent changes that judgement.
    public var contrastProblems: [ContrastProblem] {
        let (accent, background) = (self.accent, self.background)
        if accent.contrast(with: .white) < Self.textContrast {
            // The shade suggested must also do for links on the background, or taking it would
            // only move the problem there.
            var darker = accent.nearestShade(towards: .black, reaching: Self.textContrast, against: .white) ?? .black
            if darker.contrast(with: background) < Self.textContrast,
                let deeper = darker.nearestShade(towards: .black, reaching: Self.textContrast, against: background)
            {
                darker = deeper
            }
            return [
                ContrastProblem(
                    kind: .accentOnWhite, colour: accent, contrast: accent.contrast(with: .white),
                    needed: Self.textContrast, suggestion: darker)
            ]
        }
        if accent.contrast(with: background) < Self.textContrast {
            let lighter = background.nearestShade(towards: .white, reaching: Self.textContrast, against: accent) ?? .white
            return [
                ContrastProblem(
                    kind: .accentOnBackground, colour: background, contrast: accent.contrast(with: background),
                    needed: Self.textContrast, suggestion: lighter)
            ]
        }
        if Self.focusColour.contrast(with: background) < Self.markContrast {
            let lighter =
                background.nearestShade(towards: .white, reaching: Self.markContrast, against: Self.focusColour) ?? .white
            return [
                ContrastProblem(
                    kind: .focusOnBackground, colour: background,
                    contrast: Self.focusColour.contrast(with: background), needed: Self.markContrast,
                    suggestion: lighter)
            ]
        }
        return []
    }

    /// Checks the colours together; every message names the contrast found and a shade that passes.
    public func validated() throws(ValidationFailure) -> WorkspaceBranding {
        let problems = contrastProblems
        guard problems.isEmpty else { throw ValidationFailure(problems.map { FieldError($0.field, $0.message) }) }
        return self
    }
}

/// What is known of a stored logo without loading its bytes.
public struct LogoSummary: Sendable, Codable, Hashable {
    public var format: ImageFormat
    public var byteCount: Int
    /// A hash of the bytes: a new logo, a new address.
    public var version: String

    public init(format: ImageFormat, byteCount: Int, version: String) {
        self.format = format
        self.byteCount = byteCount
        self.version = version
    }

    private enum CodingKeys: String, CodingKey {
        case format = "mediaType", byteCount = "bytes", version
    }
}

/// A workspace logo: a PNG, JPEG or WebP image small enough for a survey page.
public struct BrandLogo: Sendable, Hashable {
    public var format: ImageFormat
    public var bytes: [UInt8]

    /// A logo shows at most 48 pixels high (96 on sharp screens); 200 KB is plenty.
    public static let maxBytes = 200 * 1024

    /// Why some bytes are not a logo.
    public enum Problem: Sendable, Hashable {
        case empty
        /// Larger than `maxBytes`; the size in whole kilobytes, rounded up.
        case tooLarge(kilobytes: Int)
        /// Not a PNG, JPEG or WebP image (SVG included: it can carry scripts).
        case unknownFormat

        /// The problem in English, for the API.
        public var message: String {
            switch self {
            case .empty: "is empty; send a PNG, JPEG or WebP image"
            case .tooLarge(let kilobytes):
                "is \(kilobytes) KB; the limit is \(BrandLogo.maxBytes / 1024) KB. A logo shows at most 48 pixels high: "
                    + "scale it down to about 400 pixels wide and save it again"
            case .unknownFormat:
                "is not a PNG, JPEG or WebP image; export the logo in one of those formats (SVG is not accepted, since "
                    + "it can carry scripts)"
            }
        }
    }

    /// What is wrong with some bytes as a logo, judged by content (not by name or declared type).
    public static func problem(with bytes: [UInt8]) -> Problem? {
        if bytes.isEmpty { return .empty }
        if bytes.count > maxBytes { return .tooLarge(kilobytes: (bytes.count + 1023) / 1024) }
        return ImageFormat(detecting: bytes) == nil ? .unknownFormat : nil
    }

    /// Checks the bytes (see `problem(with:)`).
    public init(bytes: [UInt8], field: String = "logo") throws(ValidationFailure) {
        guard let format = ImageFormat(detecting: bytes), bytes.count <= Self.maxBytes else {
            throw ValidationFailure(field: field, (Self.problem(with: bytes) ?? .unknownFormat).message)
        }
        self.format = format
        self.bytes = bytes
    }

    public var summary: LogoSummary {
        LogoSummary(format: format, byteCount: bytes.count, version: ContentHash.hex(bytes))
    }
}

/// The image formats a logo may have, known by their first bytes.
public enum ImageFormat: String, Sendable, Codable, Hashable, CaseIterable {
    case png = "image/png"
    case jpeg = "image/jpeg"
    case webp = "image/webp"

    /// The media type, for `Content-Type`.
    public var mediaType: String { rawValue }

    public init?(detecting bytes: [UInt8]) {
        if bytes.starts(with: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) {
            self = .png
        } else if bytes.starts(with: [0xff, 0xd8, 0xff]) {
            self = .jpeg
        } else if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            self = .webp
        } else {
            return nil
        }
    }
}

/// A short, stable fingerprint of some bytes (64-bit FNV-1a) for cache-busting addresses; not a
/// security measure.
public enum ContentHash {
    public static func hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(format: "%016llx", hash)
    }
}
