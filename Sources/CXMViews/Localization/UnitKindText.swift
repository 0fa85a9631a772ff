/// Labels for organisation unit kinds; raw values are the kind names the server stores.
public enum UnitKindText: String, Localizable {
    case company, region, branch, store, team, department

    /// The label in every language.
    public var translations: Translations {
        switch self {
        case .company: Translations(en: "Company", sv: "Företag", da: "Virksomhed", nb: "Selskap", fi: "Yritys")
        case .region: Translations(en: "Region", sv: "Region", da: "Region", nb: "Region", fi: "Alue")
        case .branch: Translations(en: "Branch", sv: "Kontor", da: "Filial", nb: "Filial", fi: "Toimipiste")
        case .store: Translations(en: "Store", sv: "Butik", da: "Butik", nb: "Butikk", fi: "Myymälä")
        case .team: Translations(en: "Team", sv: "Team", da: "Team", nb: "Team", fi: "Tiimi")
        case .department: Translations(en: "Department", sv: "Avdelning", da: "Afdeling", nb: "Avdeling", fi: "Osasto")
        }
    }
}
