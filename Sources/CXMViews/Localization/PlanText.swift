import CXMCore

/// Messages of the teams' action plans.
public enum PlanText: String, Localizable {
    case plans, plansHint, startPlan, startPlanHere, noPlans, rollup, plan, number, title, titleHint, focus
    case focusHint, unit, lead, started, status, open, closed, actions, doneOf, overdue, suggestionsCount
    case source, openResults, question, suggestions, noSuggestions, suggestion, addSuggestion, takenUp
    case makeAction, comments, noComments, comment, addComment, noActions, action, owner, noOwner, due, noDue
    case addAction, statusPlanned, statusDoing, statusDone, statusDropped, isOverdue, save, closePlan
    case reopenPlan, closedNote, byOn, backToPlans

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .plans:
            Translations(
                en: "Action plans",
                sv: "Handlingsplaner",
                da: "Handlingsplaner",
                nb: "Handlingsplaner",
                fi: "Toimintasuunnitelmat")
        case .plansHint:
            Translations(
                en:
                    "Each team turns its results into its own plan: the team lead asks \"what would be the best action plan for you?\", the team suggests and comments, and the actions get owners and due dates. Results are read per team and unit, never per person.",
                sv:
                    "Varje team gör sina resultat till en egen plan: teamledaren frågar ”vilken handlingsplan vore bäst för er?”, teamet föreslår och kommenterar, och åtgärderna får ägare och slutdatum. Resultaten läses per team och enhet, aldrig per person.",
                da:
                    "Hvert team gør sine resultater til sin egen plan: teamlederen spørger »hvad ville være den bedste handlingsplan for jer?«, teamet foreslår og kommenterer, og handlingerne får ejere og frister. Resultaterne læses pr. team og enhed, aldrig pr. person.",
                nb:
                    "Hvert team gjør resultatene sine til sin egen plan: teamlederen spør «hva ville være den beste handlingsplanen for dere?», teamet foreslår og kommenterer, og tiltakene får eiere og frister. Resultatene leses per team og enhet, aldri per person.",
                fi:
                    "Jokainen tiimi tekee tuloksistaan oman suunnitelmansa: tiiminvetäjä kysyy ”mikä olisi teille paras toimintasuunnitelma?”, tiimi ehdottaa ja kommentoi, ja toimenpiteet saavat omistajat ja määräpäivät. Tuloksia luetaan tiimeittäin ja yksiköittäin, ei koskaan henkilöittäin."
            )
        case .startPlan:
            Translations(
                en: "Start an action plan",
                sv: "Starta en handlingsplan",
                da: "Start en handlingsplan",
                nb: "Start en handlingsplan",
                fi: "Aloita toimintasuunnitelma")
        case .startPlanHere:
            Translations(
                en: "Start an action plan for your team from these results",
                sv: "Starta en handlingsplan för ditt team utifrån de här resultaten",
                da: "Start en handlingsplan for dit team ud fra disse resultater",
                nb: "Start en handlingsplan for teamet ditt ut fra disse resultatene",
                fi: "Aloita tiimillesi toimintasuunnitelma näiden tulosten pohjalta")
        case .noPlans:
            Translations(
                en: "No action plans yet. A team lead starts one from a result page or here.",
                sv: "Inga handlingsplaner ännu. En teamledare startar en från en resultatsida eller här.",
                da: "Ingen handlingsplaner endnu. En teamleder starter en fra en resultatside eller her.",
                nb: "Ingen handlingsplaner ennå. En teamleder starter en fra en resultatside eller her.",
                fi: "Ei vielä toimintasuunnitelmia. Tiiminvetäjä aloittaa sellaisen tulossivulta tai täältä.")
        case .rollup:
            Translations(
                en: "{0} open plans in {1} units · {2} of {3} actions done · {4} overdue",
                sv: "{0} öppna planer i {1} enheter · {2} av {3} åtgärder klara · {4} försenade",
                da: "{0} åbne planer i {1} enheder · {2} af {3} handlinger udført · {4} forsinkede",
                nb: "{0} åpne planer i {1} enheter · {2} av {3} tiltak fullført · {4} forsinket",
                fi: "{0} avointa suunnitelmaa {1} yksikössä · {2}/{3} toimenpidettä tehty · {4} myöhässä")
        case .plan:
            Translations(
                en: "Plan",
                sv: "Plan",
                da: "Plan",
                nb: "Plan",
                fi: "Suunnitelma")
        case .number:
            Translations(
                en: "Plan {0}",
                sv: "Plan {0}",
                da: "Plan {0}",
                nb: "Plan {0}",
                fi: "Suunnitelma {0}")
        case .title:
            Translations(
                en: "Title",
                sv: "Rubrik",
                da: "Titel",
                nb: "Tittel",
                fi: "Otsikko")
        case .titleHint:
            Translations(
                en: "What the team wants to change, e.g. \"Shorter queues at lunch\".",
                sv: "Vad teamet vill ändra, t.ex. ”Kortare köer vid lunch”.",
                da: "Hvad teamet vil ændre, fx »Kortere køer ved frokost«.",
                nb: "Hva teamet vil endre, f.eks. «Kortere køer ved lunsj».",
                fi: "Mitä tiimi haluaa muuttaa, esim. ”Lyhyemmät jonot lounasaikaan”.")
        case .focus:
            Translations(
                en: "What in the results it answers",
                sv: "Vad i resultaten den svarar på",
                da: "Hvad i resultaterne den svarer på",
                nb: "Hva i resultatene den svarer på",
                fi: "Mihin tuloksissa se vastaa")
        case .focusHint:
            Translations(
                en: "The numbers that prompted the plan, in your words: the team reads them together.",
                sv: "Siffrorna som ledde till planen, med dina ord: teamet läser dem tillsammans.",
                da: "Tallene, der førte til planen, med dine ord: teamet læser dem sammen.",
                nb: "Tallene som førte til planen, med dine ord: teamet leser dem sammen.",
                fi: "Luvut, jotka johtivat suunnitelmaan, omin sanoin: tiimi lukee ne yhdessä.")
        case .unit:
            Translations(
                en: "Team (unit)",
                sv: "Team (enhet)",
                da: "Team (enhed)",
                nb: "Team (enhet)",
                fi: "Tiimi (yksikkö)")
        case .lead:
            Translations(
                en: "Lead",
                sv: "Ledare",
                da: "Leder",
                nb: "Leder",
                fi: "Vetäjä")
        case .started:
            Translations(
                en: "Started",
                sv: "Startad",
                da: "Startet",
                nb: "Startet",
                fi: "Aloitettu")
        case .status:
            Translations(
                en: "Status",
                sv: "Status",
                da: "Status",
                nb: "Status",
                fi: "Tila")
        case .open:
            Translations(
                en: "Open",
                sv: "Öppen",
                da: "Åben",
                nb: "Åpen",
                fi: "Avoin")
        case .closed:
            Translations(
                en: "Closed",
                sv: "Stängd",
                da: "Lukket",
                nb: "Lukket",
                fi: "Suljettu")
        case .actions:
            Translations(
                en: "Actions",
                sv: "Åtgärder",
                da: "Handlinger",
                nb: "Tiltak",
                fi: "Toimenpiteet")
        case .doneOf:
            Translations(
                en: "{0} of {1} done",
                sv: "{0} av {1} klara",
                da: "{0} af {1} udført",
                nb: "{0} av {1} fullført",
                fi: "{0}/{1} tehty")
        case .overdue:
            Translations(
                en: "{0} overdue",
                sv: "{0} försenade",
                da: "{0} forsinkede",
                nb: "{0} forsinket",
                fi: "{0} myöhässä")
        case .suggestionsCount:
            Translations(
                en: "{0} suggestions",
                sv: "{0} förslag",
                da: "{0} forslag",
                nb: "{0} forslag",
                fi: "{0} ehdotusta")
        case .source:
            Translations(
                en: "The results it answers",
                sv: "Resultaten den svarar på",
                da: "Resultaterne, den svarer på",
                nb: "Resultatene den svarer på",
                fi: "Tulokset, joihin se vastaa")
        case .openResults:
            Translations(
                en: "Open these results",
                sv: "Öppna resultaten",
                da: "Åbn resultaterne",
                nb: "Åpne resultatene",
                fi: "Avaa tulokset")
        case .question:
            Translations(
                en: "What would be the best action plan for you?",
                sv: "Vilken handlingsplan vore bäst för er?",
                da: "Hvad ville være den bedste handlingsplan for jer?",
                nb: "Hva ville være den beste handlingsplanen for dere?",
                fi: "Mikä olisi teille paras toimintasuunnitelma?")
        case .suggestions:
            Translations(
                en: "Suggestions from the team",
                sv: "Förslag från teamet",
                da: "Forslag fra teamet",
                nb: "Forslag fra teamet",
                fi: "Tiimin ehdotukset")
        case .noSuggestions:
            Translations(
                en: "No suggestions yet: what would you do?",
                sv: "Inga förslag ännu: vad skulle du göra?",
                da: "Ingen forslag endnu: hvad ville du gøre?",
                nb: "Ingen forslag ennå: hva ville du gjort?",
                fi: "Ei vielä ehdotuksia: mitä sinä tekisit?")
        case .suggestion:
            Translations(
                en: "Your suggestion",
                sv: "Ditt förslag",
                da: "Dit forslag",
                nb: "Ditt forslag",
                fi: "Ehdotuksesi")
        case .addSuggestion:
            Translations(
                en: "Suggest",
                sv: "Föreslå",
                da: "Foreslå",
                nb: "Foreslå",
                fi: "Ehdota")
        case .takenUp:
            Translations(
                en: "Became an action",
                sv: "Blev en åtgärd",
                da: "Blev til en handling",
                nb: "Ble et tiltak",
                fi: "Muuttui toimenpiteeksi")
        case .makeAction:
            Translations(
                en: "Make it an action",
                sv: "Gör till åtgärd",
                da: "Gør til handling",
                nb: "Gjør til tiltak",
                fi: "Tee toimenpiteeksi")
        case .comments:
            Translations(
                en: "Comments",
                sv: "Kommentarer",
                da: "Kommentarer",
                nb: "Kommentarer",
                fi: "Kommentit")
        case .noComments:
            Translations(
                en: "No comments yet.",
                sv: "Inga kommentarer ännu.",
                da: "Ingen kommentarer endnu.",
                nb: "Ingen kommentarer ennå.",
                fi: "Ei vielä kommentteja.")
        case .comment:
            Translations(
                en: "Comment",
                sv: "Kommentar",
                da: "Kommentar",
                nb: "Kommentar",
                fi: "Kommentti")
        case .addComment:
            Translations(
                en: "Add comment",
                sv: "Lägg till kommentar",
                da: "Tilføj kommentar",
                nb: "Legg til kommentar",
                fi: "Lisää kommentti")
        case .noActions:
            Translations(
                en: "No actions yet.",
                sv: "Inga åtgärder ännu.",
                da: "Ingen handlinger endnu.",
                nb: "Ingen tiltak ennå.",
                fi: "Ei vielä toimenpiteitä.")
        case .action:
            Translations(
                en: "Action",
                sv: "Åtgärd",
                da: "Handling",
                nb: "Tiltak",
                fi: "Toimenpide")
        case .owner:
            Translations(
                en: "Owner",
                sv: "Ägare",
                da: "Ejer",
                nb: "Eier",
                fi: "Omistaja")
        case .noOwner:
            Translations(
                en: "No owner yet",
                sv: "Ingen ägare ännu",
                da: "Ingen ejer endnu",
                nb: "Ingen eier ennå",
                fi: "Ei vielä omistajaa")
        case .due:
            Translations(
                en: "Due",
                sv: "Klart senast",
                da: "Frist",
                nb: "Frist",
                fi: "Määräpäivä")
        case .noDue:
            Translations(
                en: "No due date",
                sv: "Inget slutdatum",
                da: "Ingen frist",
                nb: "Ingen frist",
                fi: "Ei määräpäivää")
        case .addAction:
            Translations(
                en: "Add action",
                sv: "Lägg till åtgärd",
                da: "Tilføj handling",
                nb: "Legg til tiltak",
                fi: "Lisää toimenpide")
        case .statusPlanned:
            Translations(
                en: "Planned",
                sv: "Planerad",
                da: "Planlagt",
                nb: "Planlagt",
                fi: "Suunniteltu")
        case .statusDoing:
            Translations(
                en: "Under way",
                sv: "Pågår",
                da: "I gang",
                nb: "Pågår",
                fi: "Käynnissä")
        case .statusDone:
            Translations(
                en: "Done",
                sv: "Klar",
                da: "Udført",
                nb: "Fullført",
                fi: "Tehty")
        case .statusDropped:
            Translations(
                en: "Dropped",
                sv: "Struken",
                da: "Droppet",
                nb: "Droppet",
                fi: "Hylätty")
        case .isOverdue:
            Translations(
                en: "Overdue",
                sv: "Försenad",
                da: "Forsinket",
                nb: "Forsinket",
                fi: "Myöhässä")
        case .save:
            Translations(
                en: "Save",
                sv: "Spara",
                da: "Gem",
                nb: "Lagre",
                fi: "Tallenna")
        case .closePlan:
            Translations(
                en: "Close the plan",
                sv: "Stäng planen",
                da: "Luk planen",
                nb: "Lukk planen",
                fi: "Sulje suunnitelma")
        case .reopenPlan:
            Translations(
                en: "Reopen the plan",
                sv: "Öppna planen igen",
                da: "Genåbn planen",
                nb: "Åpne planen igjen",
                fi: "Avaa suunnitelma uudelleen")
        case .closedNote:
            Translations(
                en: "This plan is closed: suggestions, comments and new actions are no longer taken.",
                sv: "Planen är stängd: förslag, kommentarer och nya åtgärder tas inte längre emot.",
                da: "Planen er lukket: forslag, kommentarer og nye handlinger modtages ikke længere.",
                nb: "Planen er lukket: forslag, kommentarer og nye tiltak tas ikke lenger imot.",
                fi: "Suunnitelma on suljettu: ehdotuksia, kommentteja ja uusia toimenpiteitä ei enää oteta vastaan.")
        case .byOn:
            Translations(
                en: "{0} on {1}",
                sv: "{0} den {1}",
                da: "{0} den {1}",
                nb: "{0} den {1}",
                fi: "{0}, {1}")
        case .backToPlans:
            Translations(
                en: "All action plans",
                sv: "Alla handlingsplaner",
                da: "Alle handlingsplaner",
                nb: "Alle handlingsplaner",
                fi: "Kaikki toimintasuunnitelmat")
        }
    }
}
