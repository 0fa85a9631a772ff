/// Labels for survey question types; raw values are the type names the server stores.
public enum QuestionTypeText: String, Localizable {
    case nps, csat, ces, nki, rating
    case singleChoice = "single_choice"
    case multipleChoice = "multiple_choice"
    case openText = "open_text"

    /// The label in every language.
    public var translations: Translations {
        switch self {
        case .nps:
            Translations(
                en: "Likelihood to recommend (NPS)", sv: "Rekommendation (NPS)", da: "Anbefaling (NPS)",
                nb: "Anbefaling (NPS)", fi: "Suositteluhalukkuus (NPS)")
        case .csat:
            Translations(
                en: "Satisfaction (CSAT)", sv: "Nöjdhet (CSAT)", da: "Tilfredshed (CSAT)", nb: "Tilfredshet (CSAT)",
                fi: "Tyytyväisyys (CSAT)")
        case .ces:
            Translations(
                en: "Customer effort (CES)", sv: "Kundansträngning (CES)", da: "Kundeindsats (CES)",
                nb: "Kundeinnsats (CES)", fi: "Asioinnin vaivattomuus (CES)")
        case .nki:
            Translations(
                en: "Customer satisfaction index (NKI/CSI)", sv: "Nöjd-Kund-Index (NKI)",
                da: "Kundetilfredshedsindeks (NKI/CSI)", nb: "Kundetilfredshetsindeks (NKI/CSI)",
                fi: "Asiakastyytyväisyysindeksi (NKI/CSI)")
        case .rating:
            Translations(en: "Rating", sv: "Betyg", da: "Bedømmelse", nb: "Vurdering", fi: "Arvio")
        case .singleChoice:
            Translations(en: "Single choice", sv: "Enkelval", da: "Enkeltvalg", nb: "Enkeltvalg", fi: "Yksi valinta")
        case .multipleChoice:
            Translations(en: "Multiple choice", sv: "Flerval", da: "Flere valg", nb: "Flervalg", fi: "Monivalinta")
        case .openText:
            Translations(en: "Open text", sv: "Fritext", da: "Fritekst", nb: "Fritekst", fi: "Avoin vastaus")
        }
    }
}
