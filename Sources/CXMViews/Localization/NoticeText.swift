/// Success messages the server shows once after a redirect (the flash area).
public enum NoticeText: String, Localizable {
    case saved, journeyCreated, stageAdded, touchpointAdded, unitCreated, userCreated, tokenCreated, signedOut
    case unitDeleted, customerErased, tokenRevoked, passwordReset, surveyDeleted, passwordSet
    case webhookDeleted, webhookTestQueued, webhookRetried
    case customersMerged, mergeUndone, reviewLinked, reviewDismissed, observationRecorded, improvementProposed

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .observationRecorded:
            Translations(
                en: "Your observation is recorded.", sv: "Din observation är sparad.", da: "Din observation er gemt.",
                nb: "Observasjonen din er lagret.", fi: "Havaintosi on tallennettu.")
        case .improvementProposed:
            Translations(
                en: "The improvement is proposed.", sv: "Förbättringen är föreslagen.", da: "Forbedringen er foreslået.",
                nb: "Forbedringen er foreslått.", fi: "Parannus on ehdotettu.")
        case .saved:
            Translations(
                en: "Your changes have been saved.", sv: "Ändringarna har sparats.", da: "Ændringerne er gemt.",
                nb: "Endringene er lagret.", fi: "Muutokset on tallennettu.")
        case .journeyCreated:
            Translations(
                en: "The journey has been created.", sv: "Kundresan har skapats.", da: "Kunderejsen er oprettet.",
                nb: "Kundereisen er opprettet.", fi: "Asiakaspolku on luotu.")
        case .stageAdded:
            Translations(
                en: "The stage has been added.", sv: "Steget har lagts till.", da: "Trinnet er tilføjet.",
                nb: "Steget er lagt til.", fi: "Vaihe on lisätty.")
        case .touchpointAdded:
            Translations(
                en: "The touchpoint has been added.", sv: "Kontaktpunkten har lagts till.", da: "Kontaktpunktet er tilføjet.",
                nb: "Kontaktpunktet er lagt til.", fi: "Kosketuspiste on lisätty.")
        case .unitCreated:
            Translations(
                en: "The unit has been created.", sv: "Enheten har skapats.", da: "Enheden er oprettet.",
                nb: "Enheten er opprettet.", fi: "Yksikkö on luotu.")
        case .userCreated:
            Translations(
                en: "The user has been created.", sv: "Användaren har skapats.", da: "Brugeren er oprettet.",
                nb: "Brukeren er opprettet.", fi: "Käyttäjä on luotu.")
        case .tokenCreated:
            Translations(
                en: "The API token has been created.", sv: "API-nyckeln har skapats.", da: "API-nøglen er oprettet.",
                nb: "API-nøkkelen er opprettet.", fi: "API-avain on luotu.")
        case .passwordSet:
            Translations(
                en: "Your password has been set. Sign in with it.", sv: "Lösenordet är sparat. Logga in med det.",
                da: "Adgangskoden er gemt. Log ind med den.", nb: "Passordet er lagret. Logg inn med det.",
                fi: "Salasana on tallennettu. Kirjaudu sillä sisään.")
        case .signedOut:
            Translations(
                en: "You have been signed out.", sv: "Du har loggats ut.", da: "Du er logget ud.", nb: "Du er logget ut.",
                fi: "Olet kirjautunut ulos.")
        case .unitDeleted:
            Translations(
                en: "The unit has been deleted.", sv: "Enheten har tagits bort.", da: "Enheden er slettet.",
                nb: "Enheten er slettet.", fi: "Yksikkö on poistettu.")
        case .customerErased:
            Translations(
                en: "The customer and all their responses have been erased.",
                sv: "Kunden och alla kundens svar har raderats.",
                da: "Kunden og alle kundens svar er slettet.",
                nb: "Kunden og alle kundens svar er slettet.",
                fi: "Asiakas ja kaikki asiakkaan vastaukset on poistettu.")
        case .webhookDeleted:
            Translations(
                en: "The webhook was deleted.", sv: "Webhooken togs bort.", da: "Webhooken blev slettet.",
                nb: "Webhooken ble slettet.", fi: "Webhook poistettiin.")
        case .webhookTestQueued:
            Translations(
                en: "A test event is on its way; it shows in the log within seconds.",
                sv: "En testhändelse är på väg; den syns i loggen inom några sekunder.",
                da: "En testhændelse er på vej; den vises i loggen inden for få sekunder.",
                nb: "En testhendelse er på vei; den vises i loggen i løpet av sekunder.",
                fi: "Testitapahtuma on matkalla; se näkyy lokissa muutamassa sekunnissa.")
        case .webhookRetried:
            Translations(
                en: "The delivery is sent again within seconds.", sv: "Leveransen skickas igen inom några sekunder.",
                da: "Leveringen sendes igen inden for få sekunder.", nb: "Leveringen sendes igjen i løpet av sekunder.",
                fi: "Toimitus lähetetään uudelleen muutamassa sekunnissa.")
        case .customersMerged:
            Translations(
                en: "The customers were merged. The merge can be undone below.",
                sv: "Kunderna slogs ihop. Sammanslagningen kan ångras nedan.",
                da: "Kunderne blev flettet. Fletningen kan fortrydes nedenfor.",
                nb: "Kundene ble slått sammen. Sammenslåingen kan angres nedenfor.",
                fi: "Asiakkaat yhdistettiin. Yhdistämisen voi perua alempana.")
        case .mergeUndone:
            Translations(
                en: "The merge was undone.", sv: "Sammanslagningen ångrades.", da: "Fletningen blev fortrudt.",
                nb: "Sammenslåingen ble angret.",
                fi: "Yhdistäminen peruttiin.")
        case .reviewLinked:
            Translations(
                en: "The record was linked to the customer.", sv: "Posten kopplades till kunden.",
                da: "Posten blev knyttet til kunden.",
                nb: "Posten ble knyttet til kunden.", fi: "Tietue liitettiin asiakkaaseen.")
        case .reviewDismissed:
            Translations(
                en: "The record stays without a customer.", sv: "Posten förblir utan kund.", da: "Posten forbliver uden kunde.",
                nb: "Posten forblir uten kunde.", fi: "Tietue jää ilman asiakasta.")
        case .tokenRevoked:
            Translations(
                en: "The API token has been revoked.", sv: "API-nyckeln har återkallats.", da: "API-nøglen er tilbagekaldt.",
                nb: "API-nøkkelen er tilbakekalt.", fi: "API-avain on mitätöity.")
        case .surveyDeleted:
            Translations(
                en: "The survey has been deleted.", sv: "Enkäten har tagits bort.", da: "Spørgeskemaet er slettet.",
                nb: "Undersøkelsen er slettet.", fi: "Kysely on poistettu.")
        case .passwordReset:
            Translations(
                en: "A new password has been created and the user has been signed out everywhere.",
                sv: "Ett nytt lösenord har skapats och användaren har loggats ut överallt.",
                da: "Der er oprettet en ny adgangskode, og brugeren er logget ud alle steder.",
                nb: "Et nytt passord er opprettet, og brukeren er logget ut overalt.",
                fi: "Uusi salasana on luotu, ja käyttäjä on kirjattu ulos kaikkialta.")
        }
    }
}
