/// Labels for journey stage phases; raw values are the phase names the server stores.
public enum PhaseText: String, Localizable {
    case before, during, after, custom

    /// The label in every language.
    public var translations: Translations {
        switch self {
        case .before:
            Translations(en: "Before purchase", sv: "Före köp", da: "Før køb", nb: "Før kjøp", fi: "Ennen ostoa")
        case .during:
            Translations(en: "During purchase", sv: "Under köp", da: "Under køb", nb: "Under kjøp", fi: "Oston aikana")
        case .after:
            Translations(en: "After purchase", sv: "Efter köp", da: "Efter køb", nb: "Etter kjøp", fi: "Oston jälkeen")
        case .custom:
            Translations(en: "Custom", sv: "Anpassad", da: "Tilpasset", nb: "Tilpasset", fi: "Mukautettu")
        }
    }
}
