import CXMCore

/// Messages of a funnel step's feedback prompt: the widget that asks visitors who stall why.
public enum FunnelPromptText: String, Localizable {
    case title, hint, suggest, none, atStep, closed, answers, readAnswers, place, remove, noLinks, stepField, linkField
    case attach

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .title:
            Translations(
                en: "Ask why visitors leave", sv: "Fråga varför besökarna lämnar", da: "Spørg, hvorfor besøgende forlader",
                nb: "Spør hvorfor besøkende forlater", fi: "Kysy, miksi kävijät poistuvat")
        case .hint:
            Translations(
                en:
                    "A feedback prompt on a step shows the website widget of a public survey link to visitors who stay on the step longer than most who go on, or who move to leave the page.",
                sv:
                    "En återkopplingsfråga på ett steg visar webbwidgeten för en publik enkätlänk för besökare som stannar på steget längre än de flesta som går vidare, eller som är på väg att lämna sidan.",
                da:
                    "Et feedbackspørgsmål på et trin viser webwidgetten for et offentligt undersøgelseslink til besøgende, der bliver på trinnet længere end de fleste, der går videre, eller som er på vej væk fra siden.",
                nb:
                    "Et tilbakemeldingsspørsmål på et steg viser nettwidgeten for en offentlig undersøkelseslenke til besøkende som blir på steget lenger enn de fleste som går videre, eller som er på vei bort fra siden.",
                fi:
                    "Vaiheen palautekysely näyttää julkisen kyselylinkin verkkowidgetin kävijöille, jotka viipyvät vaiheessa pidempään kuin useimmat jatkaneet tai ovat poistumassa sivulta."
            )
        case .suggest:
            Translations(
                en: "Most visitors leave after “{0}”: a prompt there would ask them why.",
                sv: "Flest besökare lämnar efter ”{0}”: en fråga där skulle fråga dem varför.",
                da: "Flest besøgende forlader efter »{0}«: et spørgsmål dér ville spørge dem hvorfor.",
                nb: "Flest besøkende forlater etter «{0}»: et spørsmål der ville spurt dem hvorfor.",
                fi: "Eniten kävijöitä poistuu vaiheen ”{0}” jälkeen: siellä kysely kysyisi heiltä syytä.")
        case .none:
            Translations(
                en: "No step has a feedback prompt.", sv: "Inget steg har en återkopplingsfråga.",
                da: "Intet trin har et feedbackspørgsmål.", nb: "Ingen steg har et tilbakemeldingsspørsmål.",
                fi: "Yhdessäkään vaiheessa ei ole palautekyselyä.")
        case .atStep:
            Translations(
                en: "Step {0}, {1}: “{2}”", sv: "Steg {0}, {1}: ”{2}”", da: "Trin {0}, {1}: »{2}«", nb: "Steg {0}, {1}: «{2}»",
                fi: "Vaihe {0}, {1}: ”{2}”")
        case .closed:
            Translations(
                en: "The link is disabled or deleted: the prompt shows to nobody. Open the link again or choose another.",
                sv: "Länken är stängd eller borttagen: frågan visas för ingen. Öppna länken igen eller välj en annan.",
                da: "Linket er lukket eller slettet: spørgsmålet vises for ingen. Åbn linket igen, eller vælg et andet.",
                nb: "Lenken er stengt eller slettet: spørsmålet vises for ingen. Åpne lenken igjen eller velg en annen.",
                fi: "Linkki on suljettu tai poistettu: kyselyä ei näytetä kenellekään. Avaa linkki uudelleen tai valitse toinen."
            )
        case .answers:
            Translations(
                en: "{0} answers in the period.", sv: "{0} svar under perioden.", da: "{0} svar i perioden.",
                nb: "{0} svar i perioden.", fi: "{0} vastausta jaksolla.")
        case .readAnswers:
            Translations(en: "Read them", sv: "Läs dem", da: "Læs dem", nb: "Les dem", fi: "Lue ne")
        case .place:
            Translations(
                en:
                    "Put this on the step's page. It waits {0} seconds (most visitors who go on have reached the next step by then), or shows when the visitor moves to leave.",
                sv:
                    "Lägg detta på stegets sida. Den väntar {0} sekunder (de flesta som går vidare har nått nästa steg då), eller visas när besökaren är på väg att lämna.",
                da:
                    "Sæt dette på trinnets side. Det venter {0} sekunder (de fleste, der går videre, har nået næste trin til den tid), eller vises, når den besøgende er på vej væk.",
                nb:
                    "Legg dette på stegets side. Det venter {0} sekunder (de fleste som går videre har nådd neste steg da), eller vises når den besøkende er på vei bort.",
                fi:
                    "Lisää tämä vaiheen sivulle. Se odottaa {0} sekuntia (useimmat jatkavat ovat silloin jo seuraavassa vaiheessa) tai näkyy, kun kävijä on poistumassa."
            )
        case .remove:
            Translations(
                en: "Remove the prompt", sv: "Ta bort frågan", da: "Fjern spørgsmålet", nb: "Fjern spørsmålet",
                fi: "Poista kysely")
        case .noLinks:
            Translations(
                en: "A prompt needs an open public survey link: create one on a survey's page (Links).",
                sv: "En fråga behöver en öppen publik enkätlänk: skapa en på en enkäts sida (Länkar).",
                da: "Et spørgsmål kræver et åbent offentligt undersøgelseslink: opret et på en undersøgelses side (Links).",
                nb: "Et spørsmål trenger en åpen offentlig undersøkelseslenke: opprett en på en undersøkelses side (Lenker).",
                fi: "Kysely tarvitsee avoimen julkisen kyselylinkin: luo se kyselyn sivulla (Linkit).")
        case .stepField:
            Translations(
                en: "Step visitors leave from", sv: "Steget besökarna lämnar från", da: "Trinnet, besøgende forlader fra",
                nb: "Steget besøkende forlater fra", fi: "Vaihe, josta kävijät poistuvat")
        case .linkField:
            Translations(
                en: "Public survey link", sv: "Publik enkätlänk", da: "Offentligt undersøgelseslink",
                nb: "Offentlig undersøkelseslenke", fi: "Julkinen kyselylinkki")
        case .attach:
            Translations(
                en: "Attach the prompt", sv: "Lägg till frågan", da: "Tilføj spørgsmålet", nb: "Legg til spørsmålet",
                fi: "Liitä kysely")
        }
    }
}
