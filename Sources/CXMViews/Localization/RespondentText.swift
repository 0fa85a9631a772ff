/// Messages of the pages customers answer surveys on.
public enum RespondentText: String, Localizable {
    case next, back, send, optional, requiredMark, progress, language
    case thanksTitle, thanksBody, kioskRestart, kioskStartAgain
    case busyTitle, busyBody, widgetClose, widgetMore
    case unsubscribeTitle, unsubscribeBody, unsubscribeButton, unsubscribedTitle, unsubscribedBody
    case closedTitle, closedBody, notFoundTitle, notFoundBody, usedTitle, usedBody, expiredTitle, expiredBody
    case errorRequired, errorScale, errorOption, errorTooLong
    case npsLow, npsHigh, scaleLow, scaleHigh
    case csat1, csat2, csat3, csat4, csat5
    case ces1, ces2, ces3, ces4, ces5, ces6, ces7

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .next: Translations(en: "Next", sv: "Nästa", da: "Næste", nb: "Neste", fi: "Seuraava")
        case .back: Translations(en: "Back", sv: "Tillbaka", da: "Tilbage", nb: "Tilbake", fi: "Takaisin")
        case .send: Translations(en: "Send", sv: "Skicka", da: "Send", nb: "Send", fi: "Lähetä")
        case .optional:
            Translations(en: "(optional)", sv: "(frivillig)", da: "(valgfri)", nb: "(valgfri)", fi: "(vapaaehtoinen)")
        case .requiredMark:
            Translations(en: "(required)", sv: "(obligatorisk)", da: "(skal besvares)", nb: "(må besvares)", fi: "(pakollinen)")
        case .progress:
            Translations(
                en: "Page {0} of {1}", sv: "Sida {0} av {1}", da: "Side {0} af {1}", nb: "Side {0} av {1}",
                fi: "Sivu {0}/{1}")
        case .language: Translations(en: "Language", sv: "Språk", da: "Sprog", nb: "Språk", fi: "Kieli")
        case .thanksTitle: Translations(en: "Thank you!", sv: "Tack!", da: "Tak!", nb: "Takk!", fi: "Kiitos!")
        case .thanksBody:
            Translations(
                en: "Your answers have been received. They help us do better.",
                sv: "Vi har tagit emot dina svar. De hjälper oss att bli bättre.",
                da: "Vi har modtaget dine svar. De hjælper os med at blive bedre.",
                nb: "Vi har mottatt svarene dine. De hjelper oss å bli bedre.",
                fi: "Vastauksesi on vastaanotettu. Ne auttavat meitä parantamaan toimintaamme.")
        case .kioskRestart:
            Translations(
                en: "This page starts over for the next customer in a few seconds.",
                sv: "Sidan börjar om för nästa kund om några sekunder.",
                da: "Siden starter forfra for den næste kunde om få sekunder.",
                nb: "Siden starter på nytt for neste kunde om noen sekunder.",
                fi: "Sivu alkaa alusta seuraavaa asiakasta varten muutaman sekunnin kuluttua.")
        case .kioskStartAgain:
            Translations(en: "Start again", sv: "Börja om", da: "Start forfra", nb: "Start på nytt", fi: "Aloita alusta")
        case .widgetClose: Translations(en: "Close", sv: "Stäng", da: "Luk", nb: "Lukk", fi: "Sulje")
        case .widgetMore:
            Translations(
                en: "Tell us more (a few more questions)", sv: "Berätta mer (några frågor till)",
                da: "Fortæl mere (nogle få spørgsmål mere)", nb: "Fortell mer (noen få spørsmål til)",
                fi: "Kerro lisää (muutama kysymys lisää)")
        case .busyTitle:
            Translations(
                en: "One moment, please", sv: "Ett ögonblick", da: "Et øjeblik", nb: "Et øyeblikk", fi: "Hetkinen")
        case .busyBody:
            Translations(
                en:
                    "We are receiving many answers from your connection. Go back and send again in a minute; your answers are kept.",
                sv: "Vi tar emot många svar från din anslutning. Gå tillbaka och skicka igen om en minut; dina svar finns kvar.",
                da: "Vi modtager mange svar fra din forbindelse. Gå tilbage, og send igen om et minut; dine svar er gemt.",
                nb:
                    "Vi mottar mange svar fra tilkoblingen din. Gå tilbake og send igjen om et minutt; svarene dine er tatt vare på.",
                fi:
                    "Yhteydestäsi tulee paljon vastauksia. Palaa takaisin ja lähetä uudelleen minuutin kuluttua; vastauksesi säilyvät."
            )
        case .unsubscribeTitle:
            Translations(
                en: "Unsubscribe from surveys", sv: "Avsluta enkätutskick", da: "Afmeld spørgeskemaer",
                nb: "Meld deg av undersøkelser", fi: "Peru kyselyt")
        case .unsubscribeBody:
            Translations(
                en: "We will not send you survey invitations any more. Other messages from us are not affected.",
                sv: "Vi skickar inga fler enkätinbjudningar till dig. Andra meddelanden från oss påverkas inte.",
                da: "Vi sender ikke flere invitationer til spørgeskemaer til dig. Andre beskeder fra os påvirkes ikke.",
                nb: "Vi sender deg ikke flere invitasjoner til undersøkelser. Andre meldinger fra oss påvirkes ikke.",
                fi: "Emme lähetä sinulle enää kyselykutsuja. Muut viestimme eivät muutu.")
        case .unsubscribeButton:
            Translations(
                en: "Unsubscribe", sv: "Avsluta utskicken", da: "Afmeld", nb: "Meld av", fi: "Peru kutsut")
        case .unsubscribedTitle:
            Translations(
                en: "You are unsubscribed", sv: "Du är avregistrerad", da: "Du er afmeldt", nb: "Du er meldt av",
                fi: "Kutsut on peruttu")
        case .unsubscribedBody:
            Translations(
                en: "You will not get survey invitations from us again. Thank you for the answers you have given.",
                sv: "Du får inga fler enkätinbjudningar från oss. Tack för de svar du har gett.",
                da: "Du får ikke flere invitationer til spørgeskemaer fra os. Tak for de svar, du har givet.",
                nb: "Du får ikke flere invitasjoner til undersøkelser fra oss. Takk for svarene du har gitt.",
                fi: "Et saa meiltä enää kyselykutsuja. Kiitos antamistasi vastauksista.")
        case .closedTitle:
            Translations(
                en: "This survey is closed", sv: "Enkäten är stängd", da: "Spørgeskemaet er lukket",
                nb: "Undersøkelsen er stengt", fi: "Kysely on suljettu")
        case .closedBody:
            Translations(
                en: "It no longer takes answers. Thank you for wanting to share your views.",
                sv: "Den tar inte längre emot svar. Tack för att du ville dela med dig.",
                da: "Det modtager ikke længere svar. Tak, fordi du ville dele dine synspunkter.",
                nb: "Den tar ikke lenger imot svar. Takk for at du ville dele synspunktene dine.",
                fi: "Siihen ei voi enää vastata. Kiitos, että halusit kertoa mielipiteesi.")
        case .notFoundTitle:
            Translations(
                en: "We could not find this survey", sv: "Vi hittar inte enkäten", da: "Vi kan ikke finde spørgeskemaet",
                nb: "Vi finner ikke undersøkelsen", fi: "Kyselyä ei löytynyt")
        case .notFoundBody:
            Translations(
                en: "Check that the whole link was copied, or ask the sender for a new one.",
                sv: "Kontrollera att hela länken kom med, eller be avsändaren om en ny.",
                da: "Kontrollér, at hele linket kom med, eller bed afsenderen om et nyt.",
                nb: "Sjekk at hele lenken ble med, eller be avsenderen om en ny.",
                fi: "Tarkista, että koko linkki tuli mukaan, tai pyydä lähettäjältä uusi.")
        case .usedTitle:
            Translations(
                en: "You have already answered", sv: "Du har redan svarat", da: "Du har allerede svaret",
                nb: "Du har allerede svart", fi: "Olet jo vastannut")
        case .usedBody:
            Translations(
                en: "This personal link has been used. Thank you for your answers!",
                sv: "Den här personliga länken är redan använd. Tack för dina svar!",
                da: "Dette personlige link er allerede brugt. Tak for dine svar!",
                nb: "Denne personlige lenken er allerede brukt. Takk for svarene dine!",
                fi: "Tätä henkilökohtaista linkkiä on jo käytetty. Kiitos vastauksistasi!")
        case .expiredTitle:
            Translations(
                en: "This link has expired", sv: "Länken har gått ut", da: "Linket er udløbet", nb: "Lenken er utløpt",
                fi: "Linkki on vanhentunut")
        case .expiredBody:
            Translations(
                en: "The survey could be answered for a limited time only. Thank you for your interest.",
                sv: "Enkäten gick bara att besvara under en begränsad tid. Tack för ditt intresse.",
                da: "Spørgeskemaet kunne kun besvares i en begrænset periode. Tak for din interesse.",
                nb: "Undersøkelsen kunne bare besvares i en begrenset periode. Takk for interessen.",
                fi: "Kyselyyn pystyi vastaamaan vain rajoitetun ajan. Kiitos kiinnostuksestasi.")
        case .errorRequired:
            Translations(
                en: "Please answer this question.", sv: "Svara på den här frågan.", da: "Besvar venligst dette spørgsmål.",
                nb: "Vennligst svar på dette spørsmålet.", fi: "Vastaa tähän kysymykseen.")
        case .errorScale:
            Translations(
                en: "Choose a point from {0} to {1}.", sv: "Välj ett värde från {0} till {1}.",
                da: "Vælg en værdi fra {0} til {1}.", nb: "Velg en verdi fra {0} til {1}.", fi: "Valitse arvo väliltä {0}–{1}.")
        case .errorOption:
            Translations(
                en: "Choose one of the options shown.", sv: "Välj ett av de visade alternativen.",
                da: "Vælg en af de viste muligheder.", nb: "Velg et av alternativene som vises.",
                fi: "Valitse jokin näytetyistä vaihtoehdoista.")
        case .errorTooLong:
            Translations(
                en: "Please keep the answer to at most {0} characters.", sv: "Håll svaret till högst {0} tecken.",
                da: "Hold svaret på højst {0} tegn.", nb: "Hold svaret på høyst {0} tegn.",
                fi: "Vastauksessa saa olla enintään {0} merkkiä.")
        case .npsLow:
            Translations(
                en: "Not at all likely", sv: "Inte alls troligt", da: "Slet ikke sandsynligt", nb: "Svært lite sannsynlig",
                fi: "Erittäin epätodennäköistä")
        case .npsHigh:
            Translations(
                en: "Extremely likely", sv: "Mycket troligt", da: "Meget sandsynligt", nb: "Svært sannsynlig",
                fi: "Erittäin todennäköistä")
        case .scaleLow:
            Translations(en: "Lowest", sv: "Lägst", da: "Lavest", nb: "Lavest", fi: "Heikoin")
        case .scaleHigh:
            Translations(en: "Highest", sv: "Högst", da: "Højest", nb: "Høyest", fi: "Paras")
        case .csat1:
            Translations(
                en: "Very dissatisfied", sv: "Mycket missnöjd", da: "Meget utilfreds", nb: "Svært misfornøyd",
                fi: "Erittäin tyytymätön")
        case .csat2:
            Translations(en: "Dissatisfied", sv: "Missnöjd", da: "Utilfreds", nb: "Misfornøyd", fi: "Tyytymätön")
        case .csat3: Translations(en: "Neutral", sv: "Neutral", da: "Neutral", nb: "Nøytral", fi: "Neutraali")
        case .csat4: Translations(en: "Satisfied", sv: "Nöjd", da: "Tilfreds", nb: "Fornøyd", fi: "Tyytyväinen")
        case .csat5:
            Translations(
                en: "Very satisfied", sv: "Mycket nöjd", da: "Meget tilfreds", nb: "Svært fornøyd", fi: "Erittäin tyytyväinen")
        case .ces1:
            Translations(
                en: "Strongly disagree", sv: "Instämmer inte alls", da: "Meget uenig", nb: "Helt uenig",
                fi: "Täysin eri mieltä")
        case .ces2: Translations(en: "Disagree", sv: "Instämmer inte", da: "Uenig", nb: "Uenig", fi: "Eri mieltä")
        case .ces3:
            Translations(
                en: "Somewhat disagree", sv: "Instämmer delvis inte", da: "Lidt uenig", nb: "Litt uenig",
                fi: "Jokseenkin eri mieltä")
        case .ces4:
            Translations(
                en: "Neither agree nor disagree", sv: "Varken eller", da: "Hverken enig eller uenig",
                nb: "Verken enig eller uenig",
                fi: "Ei samaa eikä eri mieltä")
        case .ces5:
            Translations(
                en: "Somewhat agree", sv: "Instämmer delvis", da: "Lidt enig", nb: "Litt enig", fi: "Jokseenkin samaa mieltä")
        case .ces6: Translations(en: "Agree", sv: "Instämmer", da: "Enig", nb: "Enig", fi: "Samaa mieltä")
        case .ces7:
            Translations(
                en: "Strongly agree", sv: "Instämmer helt", da: "Meget enig", nb: "Helt enig", fi: "Täysin samaa mieltä")
        }
    }

    /// The label of each point of a CSAT (1–5) scale.
    static let csatPoints: [RespondentText] = [.csat1, .csat2, .csat3, .csat4, .csat5]
    /// The label of each point of a CES (1–7, 7 = easiest) agreement scale.
    static let cesPoints: [RespondentText] = [.ces1, .ces2, .ces3, .ces4, .ces5, .ces6, .ces7]
}
