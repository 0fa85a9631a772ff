/// Messages of the unit tree page.
public enum OrganisationText: String, Localizable {
    case addUnit, kind, parentUnit, topLevel, peopleCount, noUnits, organisation

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .addUnit:
            Translations(en: "Add unit", sv: "Lägg till enhet", da: "Tilføj enhed", nb: "Legg til enhet", fi: "Lisää yksikkö")
        case .kind:
            Translations(en: "Kind", sv: "Typ", da: "Type", nb: "Type", fi: "Tyyppi")
        case .parentUnit:
            Translations(en: "Parent unit", sv: "Överordnad enhet", da: "Overordnet enhed", nb: "Overordnet enhet", fi: "Yläyksikkö")
        case .topLevel:
            Translations(en: "None (top level)", sv: "Ingen (högsta nivån)", da: "Ingen (øverste niveau)",
                         nb: "Ingen (øverste nivå)", fi: "Ei mitään (ylin taso)")
        case .peopleCount:
            Translations(en: "People: {0}", sv: "Personer: {0}", da: "Personer: {0}", nb: "Personer: {0}", fi: "Henkilöitä: {0}")
        case .noUnits:
            Translations(en: "No units yet.", sv: "Inga enheter ännu.", da: "Ingen enheder endnu.", nb: "Ingen enheter ennå.",
                         fi: "Yksiköitä ei ole vielä.")
        case .organisation:
            Translations(en: "Organisation", sv: "Organisation", da: "Organisation", nb: "Organisasjon", fi: "Organisaatio")
        }
    }
}
