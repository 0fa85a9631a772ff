/// Messages of the unit tree page.
public enum OrganisationText: String, Localizable {
    case addUnit, kind, parentUnit, topLevel, peopleCount, noUnits, organisation
    case editUnit, code, codeHint, deleteUnit, deleteUnitHint, backToUnits

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .addUnit:
            Translations(en: "Add unit", sv: "Lägg till enhet", da: "Tilføj enhed", nb: "Legg til enhet", fi: "Lisää yksikkö")
        case .kind:
            Translations(en: "Kind", sv: "Typ", da: "Type", nb: "Type", fi: "Tyyppi")
        case .parentUnit:
            Translations(
                en: "Parent unit", sv: "Överordnad enhet", da: "Overordnet enhed", nb: "Overordnet enhet", fi: "Yläyksikkö")
        case .topLevel:
            Translations(
                en: "None (top level)", sv: "Ingen (högsta nivån)", da: "Ingen (øverste niveau)",
                nb: "Ingen (øverste nivå)", fi: "Ei mitään (ylin taso)")
        case .peopleCount:
            Translations(en: "People: {0}", sv: "Personer: {0}", da: "Personer: {0}", nb: "Personer: {0}", fi: "Henkilöitä: {0}")
        case .noUnits:
            Translations(
                en: "No units yet.", sv: "Inga enheter ännu.", da: "Ingen enheder endnu.", nb: "Ingen enheter ennå.",
                fi: "Yksiköitä ei ole vielä.")
        case .organisation:
            Translations(en: "Organisation", sv: "Organisation", da: "Organisation", nb: "Organisasjon", fi: "Organisaatio")
        case .editUnit:
            Translations(en: "Edit unit", sv: "Redigera enhet", da: "Rediger enhed", nb: "Rediger enhet", fi: "Muokkaa yksikköä")
        case .code:
            Translations(en: "External code", sv: "Extern kod", da: "Ekstern kode", nb: "Ekstern kode", fi: "Ulkoinen tunnus")
        case .codeHint:
            Translations(
                en: "For example a cost centre or store number that imports use. Leave it empty if there is none.",
                sv: "Till exempel ett kostnadsställe eller butiksnummer som importer använder. Lämna tomt om det inte finns.",
                da:
                    "For eksempel et omkostningssted eller butiksnummer, som importer bruger. Lad feltet stå tomt, hvis der ikke er nogen.",
                nb:
                    "For eksempel et kostnadssted eller butikknummer som importer bruker. La feltet stå tomt hvis det ikke finnes.",
                fi: "Esimerkiksi kustannuspaikka tai myymälänumero, jota tuonnit käyttävät. Jätä tyhjäksi, jos sellaista ei ole.")
        case .deleteUnit:
            Translations(en: "Delete unit", sv: "Ta bort enhet", da: "Slet enhed", nb: "Slett enhet", fi: "Poista yksikkö")
        case .deleteUnitHint:
            Translations(
                en:
                    "A unit can be deleted only when no units, people, customers, touchpoints, responses or API tokens belong to it.",
                sv:
                    "En enhet kan tas bort först när inga enheter, personer, kunder, kontaktpunkter, svar eller API-nycklar hör till den.",
                da:
                    "En enhed kan først slettes, når ingen enheder, personer, kunder, kontaktpunkter, svar eller API-nøgler hører til den.",
                nb:
                    "En enhet kan bare slettes når ingen enheter, personer, kunder, kontaktpunkter, svar eller API-nøkler hører til den.",
                fi:
                    "Yksikön voi poistaa vasta, kun siihen ei kuulu yksiköitä, henkilöitä, asiakkaita, kosketuspisteitä, vastauksia eikä API-avaimia."
            )
        case .backToUnits:
            Translations(
                en: "Back to units", sv: "Tillbaka till enheter", da: "Tilbage til enheder", nb: "Tilbake til enheter",
                fi: "Takaisin yksiköihin")
        }
    }
}
