/// Field and form error messages the server puts into `FormError`s.
public enum ValidationText: String, Localizable {
    case required, tooLong, invalidEmail, invalidChoice, alreadyInUse, invalidCredentials, formExpired
    case tooManySignIns
    case unitCycle, unitInUse, unitRequiredForRole, cannotDemoteSelf, cannotDisableSelf, confirmErase
    case unknownTimeZone, noLanguageEnabled, defaultLanguageNotEnabled
    case invalidRetentionMonths, retentionBeyondResponses

    /// The message in every language; `tooLong` takes the maximum length as `{0}`, `tooManySignIns`
    /// the minutes to wait.
    public var translations: Translations {
        switch self {
        case .required:
            Translations(
                en: "Fill in this field.", sv: "Fyll i fältet.", da: "Udfyld feltet.", nb: "Fyll ut feltet.",
                fi: "Täytä tämä kenttä.")
        case .tooLong:
            Translations(
                en: "Use at most {0} characters.", sv: "Använd högst {0} tecken.", da: "Brug højst {0} tegn.",
                nb: "Bruk høyst {0} tegn.", fi: "Käytä enintään {0} merkkiä.")
        case .invalidEmail:
            Translations(
                en: "Enter a valid email address.", sv: "Ange en giltig e-postadress.", da: "Angiv en gyldig e-mailadresse.",
                nb: "Skriv inn en gyldig e-postadresse.", fi: "Anna kelvollinen sähköpostiosoite.")
        case .invalidChoice:
            Translations(
                en: "Choose one of the options.", sv: "Välj ett av alternativen.", da: "Vælg en af mulighederne.",
                nb: "Velg ett av alternativene.", fi: "Valitse jokin vaihtoehdoista.")
        case .alreadyInUse:
            Translations(
                en: "This is already in use.", sv: "Det här används redan.", da: "Det er allerede i brug.",
                nb: "Dette er allerede i bruk.", fi: "Tämä on jo käytössä.")
        case .invalidCredentials:
            Translations(
                en: "The email address or password is wrong.", sv: "E-postadressen eller lösenordet är fel.",
                da: "E-mailadressen eller adgangskoden er forkert.", nb: "E-postadressen eller passordet er feil.",
                fi: "Sähköpostiosoite tai salasana on väärä.")
        case .tooManySignIns:
            Translations(
                en: "Too many sign-in attempts. Try again in {0} min.",
                sv: "För många inloggningsförsök. Försök igen om {0} min.",
                da: "For mange loginforsøg. Prøv igen om {0} min.",
                nb: "For mange påloggingsforsøk. Prøv igjen om {0} min.",
                fi: "Liian monta kirjautumisyritystä. Yritä uudelleen {0} min kuluttua.")
        case .formExpired:
            Translations(
                en: "The form has expired. Please try again.", sv: "Formuläret har gått ut. Försök igen.",
                da: "Formularen er udløbet. Prøv igen.", nb: "Skjemaet er utløpt. Prøv igjen.",
                fi: "Lomake on vanhentunut. Yritä uudelleen.")
        case .unitCycle:
            Translations(
                en: "A unit cannot be placed under itself or one of its own units.",
                sv: "En enhet kan inte placeras under sig själv eller någon av sina egna underenheter.",
                da: "En enhed kan ikke placeres under sig selv eller en af sine egne underenheder.",
                nb: "En enhet kan ikke plasseres under seg selv eller en av sine egne underenheter.",
                fi: "Yksikköä ei voi sijoittaa itsensä tai oman alayksikkönsä alle.")
        case .unitInUse:
            Translations(
                en:
                    "This unit is still used by other units, people, customers, touchpoints, responses or API tokens. Move them to another unit first.",
                sv:
                    "Enheten används fortfarande av andra enheter, personer, kunder, kontaktpunkter, svar eller API-nycklar. Flytta dem till en annan enhet först.",
                da:
                    "Enheden bruges stadig af andre enheder, personer, kunder, kontaktpunkter, svar eller API-nøgler. Flyt dem til en anden enhed først.",
                nb:
                    "Enheten brukes fortsatt av andre enheter, personer, kunder, kontaktpunkter, svar eller API-nøkler. Flytt dem til en annen enhet først.",
                fi:
                    "Yksikköä käyttävät vielä muut yksiköt, henkilöt, asiakkaat, kosketuspisteet, vastaukset tai API-avaimet. Siirrä ne ensin toiseen yksikköön."
            )
        case .unitRequiredForRole:
            Translations(
                en: "Choose a unit: this role sees only the data of its own unit.",
                sv: "Välj en enhet: rollen ser bara data för sin egen enhet.",
                da: "Vælg en enhed: rollen ser kun data for sin egen enhed.",
                nb: "Velg en enhet: rollen ser bare data for sin egen enhet.",
                fi: "Valitse yksikkö: tämä rooli näkee vain oman yksikkönsä tiedot.")
        case .cannotDemoteSelf:
            Translations(
                en: "You cannot remove your own administrator role. Ask another administrator to do it.",
                sv: "Du kan inte ta bort din egen administratörsroll. Be en annan administratör göra det.",
                da: "Du kan ikke fjerne din egen administratorrolle. Bed en anden administrator om at gøre det.",
                nb: "Du kan ikke fjerne din egen administratorrolle. Be en annen administrator om å gjøre det.",
                fi: "Et voi poistaa omaa pääkäyttäjän rooliasi. Pyydä toista pääkäyttäjää tekemään se.")
        case .cannotDisableSelf:
            Translations(
                en: "You cannot disable your own account.", sv: "Du kan inte stänga av ditt eget konto.",
                da: "Du kan ikke deaktivere din egen konto.", nb: "Du kan ikke deaktivere din egen konto.",
                fi: "Et voi poistaa omaa tiliäsi käytöstä.")
        case .confirmErase:
            Translations(
                en: "Tick the box to confirm the erasure.", sv: "Kryssa i rutan för att bekräfta raderingen.",
                da: "Sæt kryds i feltet for at bekræfte sletningen.", nb: "Kryss av i boksen for å bekrefte slettingen.",
                fi: "Vahvista poisto valitsemalla valintaruutu.")
        case .unknownTimeZone:
            Translations(
                en: "Choose a time zone from the list.", sv: "Välj en tidszon i listan.", da: "Vælg en tidszone på listen.",
                nb: "Velg en tidssone fra listen.", fi: "Valitse aikavyöhyke luettelosta.")
        case .noLanguageEnabled:
            Translations(
                en: "Choose at least one language.", sv: "Välj minst ett språk.", da: "Vælg mindst ét sprog.",
                nb: "Velg minst ett språk.", fi: "Valitse vähintään yksi kieli.")
        case .defaultLanguageNotEnabled:
            Translations(
                en: "The default language must be one of the languages in use.",
                sv: "Standardspråket måste vara ett av de språk som används.",
                da: "Standardsproget skal være et af de sprog, der er i brug.",
                nb: "Standardspråket må være ett av språkene som er i bruk.",
                fi: "Oletuskielen on oltava yksi käytössä olevista kielistä.")
        case .invalidRetentionMonths:
            Translations(
                en: "Enter a whole number of months from 1 to 600, or leave the field empty to keep for good.",
                sv: "Ange ett helt antal månader från 1 till 600, eller lämna fältet tomt för att spara för alltid.",
                da: "Angiv et helt antal måneder fra 1 til 600, eller lad feltet stå tomt for at gemme for altid.",
                nb: "Skriv inn et helt antall måneder fra 1 til 600, eller la feltet stå tomt for å beholde for alltid.",
                fi: "Anna kokonainen kuukausimäärä väliltä 1–600 tai jätä kenttä tyhjäksi, jos tiedot säilytetään pysyvästi.")
        case .retentionBeyondResponses:
            Translations(
                en: "This cannot be longer than the time responses are kept.",
                sv: "Det kan inte vara längre än den tid svaren sparas.",
                da: "Det kan ikke være længere end den tid, svarene gemmes.",
                nb: "Dette kan ikke være lengre enn tiden svarene beholdes.",
                fi: "Aika ei voi olla pidempi kuin vastausten säilytysaika.")
        }
    }
}
