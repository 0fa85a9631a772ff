/// Messages of survey invitations by e-mail.
public enum InvitationText: String, Localizable {
    case subject, reminderSubject, greeting, intro, reminderIntro, answerButton, answerLink, firstQuestion, expires
    case unsubscribe, sentBy

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .subject:
            Translations(
                en: "{0}: how did we do?", sv: "{0}: hur gick det?", da: "{0}: hvordan gik det?", nb: "{0}: hvordan gikk det?",
                fi: "{0}: miten onnistuimme?")
        case .reminderSubject:
            Translations(
                en: "Reminder – {0}: how did we do?", sv: "Påminnelse – {0}: hur gick det?",
                da: "Påmindelse – {0}: hvordan gik det?", nb: "Påminnelse – {0}: hvordan gikk det?",
                fi: "Muistutus – {0}: miten onnistuimme?")
        case .greeting: Translations(en: "Hello,", sv: "Hej!", da: "Hej!", nb: "Hei!", fi: "Hei!")
        case .intro:
            Translations(
                en: "Thank you for your recent contact with {0}. Would you tell us how it went? It takes about two minutes.",
                sv: "Tack för din kontakt med {0} nyligen. Vill du berätta hur det gick? Det tar ungefär två minuter.",
                da: "Tak for din kontakt med {0} for nylig. Vil du fortælle os, hvordan det gik? Det tager cirka to minutter.",
                nb:
                    "Takk for at du nylig var i kontakt med {0}. Vil du fortelle oss hvordan det gikk? Det tar omtrent to minutter.",
                fi:
                    "Kiitos, että asioit äskettäin {0}:n kanssa. Kertoisitko, miten onnistuimme? Vastaaminen vie noin kaksi minuuttia."
            )
        case .reminderIntro:
            Translations(
                en:
                    "A few days ago we asked how your contact with {0} went. If you have a moment, we would still like to hear from you.",
                sv:
                    "För några dagar sedan frågade vi hur din kontakt med {0} gick. Om du har en stund vill vi gärna fortfarande höra från dig.",
                da:
                    "For nogle dage siden spurgte vi, hvordan din kontakt med {0} gik. Har du et øjeblik, vil vi stadig gerne høre fra dig.",
                nb:
                    "For noen dager siden spurte vi hvordan kontakten din med {0} gikk. Har du et øyeblikk, vil vi fortsatt gjerne høre fra deg.",
                fi:
                    "Kysyimme muutama päivä sitten, miten asiointisi {0}:n kanssa sujui. Jos sinulla on hetki aikaa, kuulisimme yhä mielellämme mielipiteesi."
            )
        case .answerButton:
            Translations(
                en: "Answer the survey", sv: "Svara på enkäten", da: "Besvar spørgeskemaet", nb: "Svar på undersøkelsen",
                fi: "Vastaa kyselyyn")
        case .answerLink:
            Translations(
                en: "Answer the survey here:", sv: "Svara på enkäten här:", da: "Besvar spørgeskemaet her:",
                nb: "Svar på undersøkelsen her:", fi: "Vastaa kyselyyn tästä:")
        case .firstQuestion:
            Translations(
                en: "Or answer the first question right here:", sv: "Eller svara på första frågan direkt här:",
                da: "Eller besvar det første spørgsmål direkte her:", nb: "Eller svar på det første spørsmålet rett her:",
                fi: "Tai vastaa ensimmäiseen kysymykseen suoraan tässä:")
        case .expires:
            Translations(
                en: "The link works until {0}.", sv: "Länken fungerar till och med {0}.", da: "Linket virker til og med {0}.",
                nb: "Lenken virker til og med {0}.", fi: "Linkki toimii {0} asti.")
        case .unsubscribe:
            Translations(
                en: "Don't want survey invitations from us? Unsubscribe:", sv: "Vill du inte få enkäter från oss? Avsluta här:",
                da: "Vil du ikke have spørgeskemaer fra os? Afmeld her:",
                nb: "Vil du ikke få undersøkelser fra oss? Meld deg av her:",
                fi: "Etkö halua kyselykutsuja meiltä? Peru ne tästä:")
        case .sentBy:
            Translations(
                en: "Sent by {0} with cxm.", sv: "Skickat av {0} med cxm.", da: "Sendt af {0} med cxm.",
                nb: "Sendt av {0} med cxm.",
                fi: "Lähettäjä {0} (cxm).")
        }
    }
}
