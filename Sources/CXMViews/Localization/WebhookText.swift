/// Messages of the webhooks settings page and of the messages posted to Slack and Teams.
public enum WebhookText: String, Localizable {
    case webhooks, intro, name, url, format, formatJson, formatSlack, formatTeams
    case events, active, paused, evCaseOpened, evCaseStatus, evCaseAssigned, evCaseContact, evCaseNote
    case evCaseEscalated, evCaseUpdated, evCaseFollowUp, evResponse, evAlert, msgAlert, evTest, add, save, delete
    case sendTest, rotate, secretShown, secretHint, none, log, colEvent, colQueued
    case colState, colTries, colAnswer, statePending, stateDelivered, stateFailed, nextTry, retry
    case health, never, noDeliveries, signingTitle, signing, msgResponse, msgContact, msgTest
    case msgOpen, msgBy, msgUnassigned, msgTouchpoint, msgAnswers, urlInvalid, urlHint, eventsRequired
    case nameRequired, all, settingsLink, privacy

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .webhooks:
            Translations(en: "Webhooks", sv: "Webhooks", da: "Webhooks", nb: "Webhooks", fi: "Webhookit")
        case .intro:
            Translations(
                en:
                    "cxm posts events to other systems as they happen: signed JSON, or a message in a Slack or Microsoft Teams channel. A receiver that is down gets the event later: cxm tries again for a day and a half.",
                sv:
                    "cxm skickar händelser till andra system när de sker: signerad JSON eller ett meddelande i en Slack- eller Microsoft Teams-kanal. En mottagare som ligger nere får händelsen senare: cxm försöker igen i ett och ett halvt dygn.",
                da:
                    "cxm sender hændelser til andre systemer, når de sker: signeret JSON eller en besked i en Slack- eller Microsoft Teams-kanal. En modtager, der er nede, får hændelsen senere: cxm prøver igen i halvandet døgn.",
                nb:
                    "cxm sender hendelser til andre systemer når de skjer: signert JSON eller en melding i en Slack- eller Microsoft Teams-kanal. En mottaker som er nede, får hendelsen senere: cxm prøver igjen i halvannet døgn.",
                fi:
                    "cxm lähettää tapahtumat muihin järjestelmiin heti: allekirjoitettuna JSONina tai viestinä Slack- tai Microsoft Teams -kanavalle. Jos vastaanottaja ei vastaa, cxm yrittää uudelleen puolentoista vuorokauden ajan."
            )
        case .name:
            Translations(en: "Name", sv: "Namn", da: "Navn", nb: "Navn", fi: "Nimi")
        case .url:
            Translations(en: "Address (URL)", sv: "Adress (URL)", da: "Adresse (URL)", nb: "Adresse (URL)", fi: "Osoite (URL)")
        case .format:
            Translations(en: "Format", sv: "Format", da: "Format", nb: "Format", fi: "Muoto")
        case .formatJson:
            Translations(
                en: "Signed JSON (Standard Webhooks)", sv: "Signerad JSON (Standard Webhooks)",
                da: "Signeret JSON (Standard Webhooks)", nb: "Signert JSON (Standard Webhooks)",
                fi: "Allekirjoitettu JSON (Standard Webhooks)")
        case .formatSlack:
            Translations(
                en: "Slack incoming webhook", sv: "Slack incoming webhook", da: "Slack incoming webhook",
                nb: "Slack incoming webhook", fi: "Slackin incoming webhook")
        case .formatTeams:
            Translations(
                en: "Microsoft Teams incoming webhook", sv: "Microsoft Teams incoming webhook",
                da: "Microsoft Teams incoming webhook", nb: "Microsoft Teams incoming webhook",
                fi: "Microsoft Teamsin incoming webhook")
        case .events:
            Translations(en: "Events", sv: "Händelser", da: "Hændelser", nb: "Hendelser", fi: "Tapahtumat")
        case .active:
            Translations(en: "Active", sv: "Aktiv", da: "Aktiv", nb: "Aktiv", fi: "Käytössä")
        case .paused:
            Translations(en: "Paused", sv: "Pausad", da: "Sat på pause", nb: "Satt på pause", fi: "Keskeytetty")
        case .evCaseOpened:
            Translations(
                en: "A case is opened", sv: "Ett ärende öppnas", da: "En sag oprettes", nb: "En sak opprettes",
                fi: "Tapaus avataan")
        case .evCaseStatus:
            Translations(
                en: "A case changes status", sv: "Ett ärende byter status", da: "En sag skifter status",
                nb: "En sak skifter status", fi: "Tapauksen tila muuttuu")
        case .evCaseAssigned:
            Translations(
                en: "A case is assigned or moved", sv: "Ett ärende tilldelas eller flyttas", da: "En sag tildeles eller flyttes",
                nb: "En sak tildeles eller flyttes", fi: "Tapaus osoitetaan tai siirretään")
        case .evCaseContact:
            Translations(
                en: "A contact with the customer is logged", sv: "En kontakt med kunden loggas",
                da: "En kontakt med kunden logges", nb: "En kontakt med kunden logges", fi: "Yhteydenotto asiakkaaseen kirjataan")
        case .evCaseNote:
            Translations(
                en: "A note is added to a case", sv: "En anteckning läggs till ett ärende", da: "En note føjes til en sag",
                nb: "Et notat legges til en sak", fi: "Tapaukseen lisätään muistiinpano")
        case .evCaseEscalated:
            Translations(
                en: "A case is overdue and escalated", sv: "Ett ärende är försenat och eskaleras",
                da: "En sag er forsinket og eskaleres", nb: "En sak er forsinket og eskaleres",
                fi: "Tapaus on myöhässä ja eskaloidaan")
        case .evCaseUpdated:
            Translations(
                en: "A case's details change", sv: "Ett ärendes uppgifter ändras", da: "En sags oplysninger ændres",
                nb: "En saks opplysninger endres", fi: "Tapauksen tiedot muuttuvat")
        case .evCaseFollowUp:
            Translations(
                en: "A closed case's follow-up survey is scheduled", sv: "En uppföljningsenkät schemaläggs för ett stängt ärende",
                da: "En opfølgningsundersøgelse planlægges for en lukket sag",
                nb: "En oppfølgingsundersøkelse planlegges for en lukket sak", fi: "Suljetun tapauksen seurantakysely ajastetaan")
        case .evAlert:
            Translations(
                en: "A real change in results is found", sv: "En verklig förändring i resultaten upptäcks",
                da: "En reel ændring i resultaterne findes", nb: "En reell endring i resultatene oppdages",
                fi: "Tuloksissa havaitaan todellinen muutos")
        case .msgAlert:
            Translations(
                en: "Change in results: {0}", sv: "Förändring i resultaten: {0}", da: "Ændring i resultaterne: {0}",
                nb: "Endring i resultatene: {0}", fi: "Muutos tuloksissa: {0}")
        case .evResponse:
            Translations(
                en: "A response arrives", sv: "Ett svar kommer in", da: "Et svar kommer ind", nb: "Et svar kommer inn",
                fi: "Vastaus saapuu")
        case .evTest:
            Translations(en: "Test", sv: "Test", da: "Test", nb: "Test", fi: "Testi")
        case .add:
            Translations(
                en: "Add webhook", sv: "Lägg till webhook", da: "Tilføj webhook", nb: "Legg til webhook", fi: "Lisää webhook")
        case .save:
            Translations(en: "Save", sv: "Spara", da: "Gem", nb: "Lagre", fi: "Tallenna")
        case .delete:
            Translations(
                en: "Delete webhook", sv: "Ta bort webhook", da: "Slet webhook", nb: "Slett webhook", fi: "Poista webhook")
        case .sendTest:
            Translations(en: "Send a test", sv: "Skicka ett test", da: "Send en test", nb: "Send en test", fi: "Lähetä testi")
        case .rotate:
            Translations(
                en: "New signing secret", sv: "Ny signeringsnyckel", da: "Ny signeringsnøgle", nb: "Ny signeringsnøkkel",
                fi: "Uusi allekirjoitusavain")
        case .secretShown:
            Translations(
                en: "The signing secret. Copy it to the receiver now: cxm does not show it again.",
                sv: "Signeringsnyckeln. Kopiera den till mottagaren nu: cxm visar den inte igen.",
                da: "Signeringsnøglen. Kopiér den til modtageren nu: cxm viser den ikke igen.",
                nb: "Signeringsnøkkelen. Kopier den til mottakeren nå: cxm viser den ikke igjen.",
                fi: "Allekirjoitusavain. Kopioi se vastaanottajalle nyt: cxm ei näytä sitä uudelleen.")
        case .secretHint:
            Translations(
                en: "Signing secret ending {0}", sv: "Signeringsnyckel som slutar på {0}",
                da: "Signeringsnøgle, der ender på {0}", nb: "Signeringsnøkkel som slutter på {0}",
                fi: "Allekirjoitusavain, loppuosa {0}")
        case .none:
            Translations(
                en: "No webhooks yet.", sv: "Inga webhooks än.", da: "Ingen webhooks endnu.", nb: "Ingen webhooks ennå.",
                fi: "Ei vielä webhookeja.")
        case .log:
            Translations(en: "Delivery log", sv: "Leveranslogg", da: "Leveringslog", nb: "Leveringslogg", fi: "Toimitusloki")
        case .colEvent:
            Translations(en: "Event", sv: "Händelse", da: "Hændelse", nb: "Hendelse", fi: "Tapahtuma")
        case .colQueued:
            Translations(en: "Queued", sv: "Köad", da: "Sat i kø", nb: "Satt i kø", fi: "Jonossa alkaen")
        case .colState:
            Translations(en: "State", sv: "Läge", da: "Tilstand", nb: "Tilstand", fi: "Tila")
        case .colTries:
            Translations(en: "Tries", sv: "Försök", da: "Forsøg", nb: "Forsøk", fi: "Yritykset")
        case .colAnswer:
            Translations(en: "Last answer", sv: "Senaste svar", da: "Seneste svar", nb: "Siste svar", fi: "Viimeisin vastaus")
        case .statePending:
            Translations(en: "Waiting", sv: "Väntar", da: "Venter", nb: "Venter", fi: "Odottaa")
        case .stateDelivered:
            Translations(en: "Delivered", sv: "Levererad", da: "Leveret", nb: "Levert", fi: "Toimitettu")
        case .stateFailed:
            Translations(en: "Failed", sv: "Misslyckad", da: "Mislykket", nb: "Mislyktes", fi: "Epäonnistui")
        case .nextTry:
            Translations(
                en: "next try {0}", sv: "nästa försök {0}", da: "næste forsøg {0}", nb: "neste forsøk {0}",
                fi: "seuraava yritys {0}")
        case .retry:
            Translations(en: "Send again", sv: "Skicka igen", da: "Send igen", nb: "Send igjen", fi: "Lähetä uudelleen")
        case .health:
            Translations(
                en: "{0} waiting · {1} failed in 30 days · last delivered {2}",
                sv: "{0} väntar · {1} misslyckade på 30 dagar · senast levererad {2}",
                da: "{0} venter · {1} mislykkede på 30 dage · sidst leveret {2}",
                nb: "{0} venter · {1} mislykket på 30 dager · sist levert {2}",
                fi: "{0} odottaa · {1} epäonnistui 30 päivässä · viimeksi toimitettu {2}")
        case .never:
            Translations(en: "never", sv: "aldrig", da: "aldrig", nb: "aldri", fi: "ei koskaan")
        case .noDeliveries:
            Translations(
                en: "Nothing sent yet.", sv: "Inget skickat än.", da: "Intet sendt endnu.", nb: "Ingenting sendt ennå.",
                fi: "Mitään ei ole vielä lähetetty.")
        case .signingTitle:
            Translations(
                en: "Checking the signature", sv: "Kontrollera signaturen", da: "Kontrol af signaturen",
                nb: "Kontroll av signaturen", fi: "Allekirjoituksen tarkistus")
        case .signing:
            Translations(
                en:
                    "Every JSON delivery carries the headers webhook-id, webhook-timestamp and webhook-signature (v1, then the HMAC-SHA256 of id.timestamp.body with the secret, in base64). Check the signature and refuse deliveries whose timestamp is more than five minutes off.",
                sv:
                    "Varje JSON-leverans har huvudena webhook-id, webhook-timestamp och webhook-signature (v1 och sedan HMAC-SHA256 av id.timestamp.body med nyckeln, i base64). Kontrollera signaturen och avvisa leveranser vars tidsstämpel avviker mer än fem minuter.",
                da:
                    "Hver JSON-levering har headerne webhook-id, webhook-timestamp og webhook-signature (v1 og derefter HMAC-SHA256 af id.timestamp.body med nøglen, i base64). Kontrollér signaturen, og afvis leveringer, hvis tidsstempel afviger mere end fem minutter.",
                nb:
                    "Hver JSON-levering har hodene webhook-id, webhook-timestamp og webhook-signature (v1 og deretter HMAC-SHA256 av id.timestamp.body med nøkkelen, i base64). Kontroller signaturen og avvis leveringer der tidsstempelet avviker mer enn fem minutter.",
                fi:
                    "Jokaisessa JSON-toimituksessa on otsakkeet webhook-id, webhook-timestamp ja webhook-signature (v1 ja sen jälkeen avaimella laskettu id.timestamp.body-merkkijonon HMAC-SHA256 base64-muodossa). Tarkista allekirjoitus ja hylkää toimitukset, joiden aikaleima poikkeaa yli viisi minuuttia."
            )
        case .msgResponse:
            Translations(
                en: "New response to {0}", sv: "Nytt svar på {0}", da: "Nyt svar på {0}", nb: "Nytt svar på {0}",
                fi: "Uusi vastaus kyselyyn {0}")
        case .msgContact:
            Translations(
                en: "Contact logged: {0}, {1}", sv: "Kontakt loggad: {0}, {1}", da: "Kontakt logget: {0}, {1}",
                nb: "Kontakt logget: {0}, {1}", fi: "Yhteydenotto kirjattu: {0}, {1}")
        case .msgTest:
            Translations(
                en: "A test delivery from cxm: if you read this, the webhook works.",
                sv: "En testleverans från cxm: om du läser det här fungerar webhooken.",
                da: "En testlevering fra cxm: hvis du kan læse dette, virker webhooken.",
                nb: "En testlevering fra cxm: hvis du leser dette, fungerer webhooken.",
                fi: "Testitoimitus cxm:stä: jos luet tämän, webhook toimii.")
        case .msgOpen:
            Translations(en: "Open in cxm", sv: "Öppna i cxm", da: "Åbn i cxm", nb: "Åpne i cxm", fi: "Avaa cxm:ssä")
        case .msgBy:
            Translations(en: "by {0}", sv: "av {0}", da: "af {0}", nb: "av {0}", fi: "tekijä: {0}")
        case .msgUnassigned:
            Translations(
                en: "No longer assigned to anyone", sv: "Inte längre tilldelat någon", da: "Ikke længere tildelt nogen",
                nb: "Ikke lenger tildelt noen", fi: "Ei enää osoitettu kenellekään")
        case .msgTouchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kosketuspiste")
        case .msgAnswers:
            Translations(en: "Scores", sv: "Betyg", da: "Scorer", nb: "Poeng", fi: "Arviot")
        case .urlInvalid:
            Translations(
                en:
                    "Write an http or https address, such as https://hooks.example.com/cxm, without a user name or password in it.",
                sv:
                    "Skriv en http- eller https-adress, till exempel https://hooks.example.com/cxm, utan användarnamn eller lösenord i den.",
                da:
                    "Skriv en http- eller https-adresse, for eksempel https://hooks.example.com/cxm, uden brugernavn eller adgangskode i den.",
                nb:
                    "Skriv en http- eller https-adresse, for eksempel https://hooks.example.com/cxm, uten brukernavn eller passord i den.",
                fi:
                    "Kirjoita http- tai https-osoite, esimerkiksi https://hooks.example.com/cxm, ilman käyttäjätunnusta tai salasanaa."
            )
        case .urlHint:
            Translations(
                en:
                    "For Slack or Teams: the address of the channel's incoming webhook. For your own system: an https address that checks the signature.",
                sv:
                    "För Slack eller Teams: adressen till kanalens incoming webhook. För ert eget system: en https-adress som kontrollerar signaturen.",
                da:
                    "Til Slack eller Teams: adressen på kanalens incoming webhook. Til jeres eget system: en https-adresse, der kontrollerer signaturen.",
                nb:
                    "For Slack eller Teams: adressen til kanalens incoming webhook. For deres eget system: en https-adresse som kontrollerer signaturen.",
                fi:
                    "Slackille tai Teamsille: kanavan incoming webhook -osoite. Omalle järjestelmälle: https-osoite, joka tarkistaa allekirjoituksen."
            )
        case .eventsRequired:
            Translations(
                en: "Choose at least one event.", sv: "Välj minst en händelse.", da: "Vælg mindst én hændelse.",
                nb: "Velg minst én hendelse.", fi: "Valitse vähintään yksi tapahtuma.")
        case .nameRequired:
            Translations(
                en: "Give the webhook a name (up to 200 characters).", sv: "Ge webhooken ett namn (högst 200 tecken).",
                da: "Giv webhooken et navn (højst 200 tegn).", nb: "Gi webhooken et navn (høyst 200 tegn).",
                fi: "Anna webhookille nimi (enintään 200 merkkiä).")
        case .all:
            Translations(
                en: "All webhooks", sv: "Alla webhooks", da: "Alle webhooks", nb: "Alle webhooks", fi: "Kaikki webhookit")
        case .settingsLink:
            Translations(
                en: "Webhooks: post cases and responses to other systems, Slack or Teams",
                sv: "Webhooks: skicka ärenden och svar till andra system, Slack eller Teams",
                da: "Webhooks: send sager og svar til andre systemer, Slack eller Teams",
                nb: "Webhooks: send saker og svar til andre systemer, Slack eller Teams",
                fi: "Webhookit: lähetä tapaukset ja vastaukset muihin järjestelmiin, Slackiin tai Teamsiin")
        case .privacy:
            Translations(
                en:
                    "Case events carry the case's title, ids and codes: no notes, nothing said on the phone, no complaint's words. Response events carry the answers, open ones too.",
                sv:
                    "Ärendehändelser innehåller ärendets rubrik, id:n och koder: inga anteckningar, inget som sades i telefon, inga ord ur klagomål. Svarshändelser innehåller svaren, även fritextsvar.",
                da:
                    "Sagshændelser indeholder sagens titel, id'er og koder: ingen noter, intet af det, der blev sagt i telefonen, ingen ord fra klager. Svarhændelser indeholder svarene, også fritekstsvar.",
                nb:
                    "Sakshendelser inneholder sakens tittel, id-er og koder: ingen notater, ingenting av det som ble sagt på telefonen, ingen ord fra klager. Svarhendelser inneholder svarene, også fritekstsvar.",
                fi:
                    "Tapaustapahtumat sisältävät tapauksen otsikon, tunnisteet ja koodit: ei muistiinpanoja, ei puhelimessa sanottua, ei valitusten sanoja. Vastaustapahtumat sisältävät vastaukset, myös avoimet vastaukset."
            )
        }
    }
}
