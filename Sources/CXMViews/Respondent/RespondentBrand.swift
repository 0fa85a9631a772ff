import CXMCore

/// The workspace's look as the pages customers see use it: where its stylesheet and logo are
/// served, and the name the logo stands for.
public struct RespondentBrand: Sendable, Equatable {
    /// The workspace's name: the logo's text alternative.
    public var name: String
    /// `/assets/brand.css?v=…` when the workspace has colours of its own.
    public var stylesheetPath: String?
    /// `/assets/logo?v=…` when it has a logo.
    public var logoPath: String?

    /// cxm's own look, for pages shown before anything is read (the busy page).
    public static let plain = RespondentBrand(name: "", branding: WorkspaceBranding())

    public init(name: String, branding: WorkspaceBranding) {
        self.name = name
        let version = branding.version
        let hasColours = branding.accentColour != nil || branding.backgroundColour != nil
        self.stylesheetPath = hasColours ? "\(Self.stylesheetAddress)?v=\(version)" : nil
        self.logoPath = branding.logo.map { "\(Self.logoAddress)?v=\($0.version)" }
    }

    public static let stylesheetAddress = "/assets/brand.css"
    public static let logoAddress = "/assets/logo"
}
