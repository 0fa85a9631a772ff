/// Labels for customer attribute types; raw values are the type names the server stores.
public enum AttributeTypeText: String, Localizable {
    case text, number, date, boolean

    /// The label in every language.
    public var translations: Translations {
        switch self {
        case .text: Translations(en: "Text", sv: "Text", da: "Tekst", nb: "Tekst", fi: "Teksti")
        case .number: Translations(en: "Number", sv: "Tal", da: "Tal", nb: "Tall", fi: "Luku")
        case .date: Translations(en: "Date", sv: "Datum", da: "Dato", nb: "Dato", fi: "Päivämäärä")
        case .boolean: Translations(en: "Yes/no", sv: "Ja/nej", da: "Ja/nej", nb: "Ja/nei", fi: "Kyllä/ei")
        }
    }
}
