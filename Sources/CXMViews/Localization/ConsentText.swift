/// Labels for the two consent flags a customer record carries.
public enum ConsentText: String, Localizable {
    case maySurvey = "may_survey"
    case mayContact = "may_contact"

    /// The label in every language.
    public var translations: Translations {
        switch self {
        case .maySurvey:
            Translations(
                en: "May be surveyed", sv: "Får få enkäter", da: "Må modtage spørgeskemaer", nb: "Kan motta undersøkelser",
                fi: "Kyselyt sallittu")
        case .mayContact:
            Translations(
                en: "May be contacted", sv: "Får kontaktas", da: "Må kontaktes", nb: "Kan kontaktes", fi: "Yhteydenotot sallittu")
        }
    }
}
