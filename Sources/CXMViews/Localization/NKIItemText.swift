/// Labels of the three NKI/CSI items; raw values are the item names the server stores.
public enum NKIItemText: String, Localizable {
    case overall, expectations, ideal

    /// The label in every language.
    public var translations: Translations {
        switch self {
        case .overall:
            Translations(
                en: "Overall satisfaction", sv: "Helhetsnöjdhet", da: "Samlet tilfredshed", nb: "Samlet tilfredshet",
                fi: "Kokonaistyytyväisyys")
        case .expectations:
            Translations(
                en: "Fulfilment of expectations", sv: "Infriade förväntningar", da: "Indfriede forventninger",
                nb: "Innfridde forventninger", fi: "Odotusten täyttyminen")
        case .ideal:
            Translations(
                en: "Closeness to the ideal", sv: "Jämfört med det ideala", da: "Sammenlignet med det ideelle",
                nb: "Sammenlignet med det ideelle", fi: "Verrattuna ihanteeseen")
        }
    }
}
