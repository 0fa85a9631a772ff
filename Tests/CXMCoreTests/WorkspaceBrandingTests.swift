import CXMCore
import Foundation
import Testing

@Suite("Workspace colours and logo")
struct WorkspaceBrandingTests {
    @Test func coloursAreReadInTheFormsPeopleWriteAndWrittenAsSixDigits() throws {
        #expect(Colour(hex: "#123A5E")?.hex == "#123a5e")
        #expect(Colour(hex: " 123a5e ")?.hex == "#123a5e")
        #expect(Colour(hex: "#fc0")?.hex == "#ffcc00")
        for bad in ["", "#", "#12345", "#1234567", "#12g45e", "red", "rgb(1,2,3)", "##123456"] {
            #expect(Colour(hex: bad) == nil, "\(bad)")
        }
        let decoded = try JSONDecoder().decode([Colour].self, from: Data(##"["#FFF", "#0a66c2"]"##.utf8))
        #expect(decoded.map(\.hex) == ["#ffffff", "#0a66c2"])
        #expect(String(decoding: try JSONEncoder().encode(decoded[1]), as: UTF8.self) == ##""#0a66c2""##)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Colour.self, from: Data(#""blue""#.utf8)) }
    }

    @Test func contrastFollowsWCAG() throws {
        #expect(abs(Colour.black.contrast(with: .white) - 21) < 1e-9)
        #expect(Colour.white.contrast(with: .white) == 1)
        // The well-known threshold pair: #767676 is the lightest grey that passes 4.5:1 on white.
        #expect(try #require(Colour(hex: "#767676")).contrast(with: .white) >= 4.5)
        #expect(try #require(Colour(hex: "#777777")).contrast(with: .white) < 4.5)
        #expect(abs(try #require(Colour(hex: "#ffcc00")).contrast(with: .white) - 1.512) < 0.001)
        #expect(abs(WorkspaceBranding.defaultAccent.contrast(with: .white) - 11.715) < 0.001)
    }

    @Test func theSuggestedShadeIsTheNearestThatPasses() throws {
        let yellow = try #require(Colour(hex: "#ffcc00"))
        let darker = try #require(yellow.nearestShade(towards: .black, reaching: 4.5, against: .white))
        #expect(darker.contrast(with: .white) >= 4.5)
        // One step lighter fails: nothing nearer to the brand colour passes.
        let lighter = Colour(
            red: darker.red &+ 1, green: darker.green == 0 ? 0 : darker.green &+ 1, blue: darker.blue)
        #expect(lighter.contrast(with: .white) < 4.5)
        #expect(darker.red > darker.green && darker.blue == 0)  // still a yellow-brown, not grey
        #expect(Colour.white.nearestShade(towards: .white, reaching: 4.5, against: .white) == nil)
        #expect(
            WorkspaceBranding.defaultAccent.nearestShade(towards: .black, reaching: 4.5, against: .white)
                == WorkspaceBranding.defaultAccent)
    }

    @Test func cxmsOwnLookAndReadableBrandsPass() throws {
        #expect(try WorkspaceBranding().validated() == WorkspaceBranding())
        let brand = WorkspaceBranding(accentColour: Colour(hex: "#0a66c2"), backgroundColour: Colour(hex: "#e8f0fe"))
        #expect(try brand.validated() == brand)
        #expect(brand.contrastProblems.isEmpty)
    }

    @Test func anAccentTooLightForWhiteTextIsRefusedWithAShadeThatPasses() throws {
        let brand = WorkspaceBranding(accentColour: Colour(hex: "#ffcc00"))
        let problem = try #require(brand.contrastProblems.first)
        #expect(problem.kind == .accentOnWhite && problem.field == "accentColour" && problem.contrast == 1.5)
        #expect(problem.suggestion.contrast(with: .white) >= 4.5)
        // Taking the suggestion solves the problem, links on the (light grey) background included.
        #expect(WorkspaceBranding(accentColour: problem.suggestion).contrastProblems.isEmpty)
        let onBlue = WorkspaceBranding(accentColour: Colour(hex: "#ffcc00"), backgroundColour: Colour(hex: "#dde8f8"))
        let suggestion = try #require(onBlue.contrastProblems.first?.suggestion)
        #expect(WorkspaceBranding(accentColour: suggestion, backgroundColour: onBlue.backgroundColour).contrastProblems.isEmpty)
        #expect(
            problem.message
                == "#ffcc00 gives white button text a contrast of 1.5:1; WCAG 2.1 AA needs 4.5:1; a darker shade such as \(problem.suggestion.hex) passes"
        )
        #expect(throws: ValidationFailure([FieldError("accentColour", problem.message)])) { try brand.validated() }
        // A contrast just short of the bar never reads as reaching it.
        let grey = WorkspaceBranding(accentColour: Colour(hex: "#777777"))
        #expect(grey.contrastProblems.first?.contrast == 4.4)
    }

    @Test func aBackgroundMustKeepLinksAndTheFocusRingVisible() throws {
        let dark = WorkspaceBranding(backgroundColour: Colour(hex: "#5a6a7a"))
        let links = try #require(dark.contrastProblems.first)
        #expect(links.kind == .accentOnBackground && links.field == "backgroundColour" && links.contrast == 2.1)
        #expect(WorkspaceBranding.defaultAccent.contrast(with: links.suggestion) >= 4.5)
        #expect(links.message.contains("a lighter background such as \(links.suggestion.hex) passes"))

        let grey = WorkspaceBranding(backgroundColour: Colour(hex: "#b0b0b0"))
        let focus = try #require(grey.contrastProblems.first)
        #expect(focus.kind == .focusOnBackground && focus.needed == 3 && focus.contrast == 2.3)
        #expect(WorkspaceBranding.focusColour.contrast(with: focus.suggestion) >= 3)
        #expect(focus.message.contains("WCAG 2.1 AA needs 3:1"))
        #expect(grey.contrastProblems.count == 1)
    }

    @Test func logosAreKnownByTheirContentAndLimitedInSize() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]
        let jpeg: [UInt8] = [0xff, 0xd8, 0xff, 0xe0, 0, 16]
        let webp = Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8)
        #expect(try BrandLogo(bytes: png).format == .png)
        #expect(try BrandLogo(bytes: jpeg).format == .jpeg)
        #expect(try BrandLogo(bytes: webp).format == .webp)
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8)
        let gif = Array("GIF89a".utf8)
        let riffWave = Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WAVEfmt ".utf8)
        for bytes in [svg, gif, riffWave, [0x89, 0x50]] {
            #expect(BrandLogo.problem(with: bytes) == .unknownFormat)
        }
        #expect(BrandLogo.problem(with: []) == .empty)
        #expect(BrandLogo.problem(with: png + [UInt8](repeating: 0, count: BrandLogo.maxBytes - png.count)) == nil)
        let large = png + [UInt8](repeating: 0, count: BrandLogo.maxBytes)
        #expect(BrandLogo.problem(with: large) == .tooLarge(kilobytes: 201))
        #expect(throws: ValidationFailure.self) { try BrandLogo(bytes: svg) }
        do {
            _ = try BrandLogo(bytes: large)
            Issue.record("an oversized logo was accepted")
        } catch {
            #expect(error.errors.first?.field == "logo" && error.description.contains("201 KB; the limit is 200 KB"))
        }
    }

    @Test func theVersionChangesWithEveryPartOfTheLook() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]
        let logo = try BrandLogo(bytes: png).summary
        let other = try BrandLogo(bytes: png + [2]).summary
        #expect(logo.version != other.version && logo.version.count == 16 && logo.byteCount == 9)
        let looks = [
            WorkspaceBranding(), WorkspaceBranding(accentColour: Colour(hex: "#0a66c2")),
            WorkspaceBranding(backgroundColour: Colour(hex: "#0a66c2")), WorkspaceBranding(logo: logo),
            WorkspaceBranding(logo: other),
        ]
        #expect(Set(looks.map(\.version)).count == looks.count)
        #expect(WorkspaceBranding(logo: logo).version == WorkspaceBranding(logo: logo).version)
        #expect(ContentHash.hex(Array("a".utf8)) == "af63dc4c8601ec8c")  // FNV-1a 64 of "a"
    }
}
