/// Labels for user roles; raw values are the role names the server stores.
public enum RoleText: String, Localizable {
    case admin
    case cxManager = "cx_manager"
    case analyst
    case teamLead = "team_lead"
    case frontline
    case viewer

    /// The label in every language.
    public var translations: Translations {
        switch self {
        case .admin:
            Translations(en: "Administrator", sv: "Administratör", da: "Administrator", nb: "Administrator", fi: "Pääkäyttäjä")
        case .cxManager:
            Translations(en: "CX manager", sv: "CX-ansvarig", da: "CX-ansvarlig", nb: "CX-ansvarlig", fi: "CX-päällikkö")
        case .analyst:
            Translations(en: "Analyst", sv: "Analytiker", da: "Analytiker", nb: "Analytiker", fi: "Analyytikko")
        case .teamLead:
            Translations(en: "Team lead", sv: "Teamledare", da: "Teamleder", nb: "Teamleder", fi: "Tiiminvetäjä")
        case .frontline:
            Translations(
                en: "Frontline staff", sv: "Frontlinjepersonal", da: "Frontlinjemedarbejder", nb: "Frontlinjeansatt",
                fi: "Etulinjan työntekijä")
        case .viewer:
            Translations(en: "Viewer", sv: "Läsare", da: "Læser", nb: "Leser", fi: "Katselija")
        }
    }
}
