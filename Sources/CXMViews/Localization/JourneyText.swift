/// Messages of the journey, stage and touchpoint pages.
public enum JourneyText: String, Localizable {
    case newJourney, noJourneys, stages, stage, phase, touchpoints, touchpoint, channel, owningUnit
    case desiredFeeling, functionalNeeds, emotionalNeeds, hygieneFactors, serviceBlueprint
    case customerActions, frontstage, backstage, supportProcesses
    case editJourney, editTouchpoint, addStage, addTouchpoint, noStages, noTouchpoints, backToJourney

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .newJourney:
            Translations(en: "New journey", sv: "Ny kundresa", da: "Ny kunderejse", nb: "Ny kundereise", fi: "Uusi asiakaspolku")
        case .noJourneys:
            Translations(
                en: "No journeys yet.", sv: "Inga kundresor ännu.", da: "Ingen kunderejser endnu.",
                nb: "Ingen kundereiser ennå.", fi: "Asiakaspolkuja ei ole vielä.")
        case .stages:
            Translations(en: "Stages", sv: "Steg", da: "Trin", nb: "Steg", fi: "Vaiheet")
        case .stage:
            Translations(en: "Stage", sv: "Steg", da: "Trin", nb: "Steg", fi: "Vaihe")
        case .phase:
            Translations(en: "Phase", sv: "Fas", da: "Fase", nb: "Fase", fi: "Ajankohta")
        case .touchpoints:
            Translations(
                en: "Touchpoints", sv: "Kontaktpunkter", da: "Kontaktpunkter", nb: "Kontaktpunkter", fi: "Kosketuspisteet")
        case .touchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kosketuspiste")
        case .channel:
            Translations(en: "Channel", sv: "Kanal", da: "Kanal", nb: "Kanal", fi: "Kanava")
        case .owningUnit:
            Translations(
                en: "Owning unit", sv: "Ansvarig enhet", da: "Ansvarlig enhed", nb: "Ansvarlig enhet", fi: "Vastuuyksikkö")
        case .desiredFeeling:
            Translations(
                en: "Desired feeling", sv: "Önskad känsla", da: "Ønsket følelse", nb: "Ønsket følelse", fi: "Tavoiteltu tunne")
        case .functionalNeeds:
            Translations(
                en: "Functional needs", sv: "Funktionella behov", da: "Funktionelle behov",
                nb: "Funksjonelle behov", fi: "Toiminnalliset tarpeet")
        case .emotionalNeeds:
            Translations(
                en: "Emotional needs", sv: "Känslomässiga behov", da: "Følelsesmæssige behov",
                nb: "Emosjonelle behov", fi: "Tunnetarpeet")
        case .hygieneFactors:
            Translations(
                en: "Hygiene factors", sv: "Hygienfaktorer", da: "Hygiejnefaktorer", nb: "Hygienefaktorer", fi: "Hygieniatekijät")
        case .serviceBlueprint:
            Translations(
                en: "Service blueprint", sv: "Tjänsteritning", da: "Service blueprint",
                nb: "Tjenestetegning", fi: "Palvelupiirustus")
        case .customerActions:
            Translations(
                en: "Customer actions", sv: "Kundens aktiviteter", da: "Kundens handlinger",
                nb: "Kundens handlinger", fi: "Asiakkaan toiminta")
        case .frontstage:
            Translations(
                en: "Frontstage", sv: "Synligt för kunden", da: "Synligt for kunden", nb: "Synlig for kunden",
                fi: "Asiakkaalle näkyvä toiminta")
        case .backstage:
            Translations(
                en: "Backstage", sv: "Bakom kulisserna", da: "Bag kulisserne", nb: "Bak kulissene", fi: "Kulissien takana")
        case .supportProcesses:
            Translations(
                en: "Support processes", sv: "Stödprocesser", da: "Støtteprocesser", nb: "Støtteprosesser", fi: "Tukiprosessit")
        case .editJourney:
            Translations(
                en: "Edit journey", sv: "Redigera kundresa", da: "Rediger kunderejse", nb: "Rediger kundereise",
                fi: "Muokkaa asiakaspolkua")
        case .editTouchpoint:
            Translations(
                en: "Edit touchpoint", sv: "Redigera kontaktpunkt", da: "Rediger kontaktpunkt", nb: "Rediger kontaktpunkt",
                fi: "Muokkaa kosketuspistettä")
        case .addStage:
            Translations(en: "Add stage", sv: "Lägg till steg", da: "Tilføj trin", nb: "Legg til steg", fi: "Lisää vaihe")
        case .addTouchpoint:
            Translations(
                en: "Add touchpoint", sv: "Lägg till kontaktpunkt", da: "Tilføj kontaktpunkt", nb: "Legg til kontaktpunkt",
                fi: "Lisää kosketuspiste")
        case .noStages:
            Translations(
                en: "This journey has no stages yet.", sv: "Kundresan har inga steg ännu.",
                da: "Kunderejsen har ingen trin endnu.", nb: "Kundereisen har ingen steg ennå.",
                fi: "Asiakaspolulla ei ole vielä vaiheita.")
        case .noTouchpoints:
            Translations(
                en: "No touchpoints in this stage yet.", sv: "Inga kontaktpunkter i det här steget ännu.",
                da: "Ingen kontaktpunkter i dette trin endnu.", nb: "Ingen kontaktpunkter i dette steget ennå.",
                fi: "Tässä vaiheessa ei ole vielä kosketuspisteitä.")
        case .backToJourney:
            Translations(
                en: "Back to the journey", sv: "Tillbaka till kundresan", da: "Tilbage til kunderejsen",
                nb: "Tilbake til kundereisen", fi: "Takaisin asiakaspolkuun")
        }
    }
}
