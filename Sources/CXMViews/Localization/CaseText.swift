/// Messages of the case queue and the case page.
public enum CaseText: String, Localizable {
    case byPerson, personStatisticsOn, personStatisticsHint, personStatisticsSwitchOn, personStatisticsSwitchOff
    case cases, caseNumber, show, scopeMine, scopeUnits, scopeUnassigned, unit, anyUnit
    case status, statusOpen, statusAll, statusNew, statusContacted, statusInProgress, statusWaiting, statusResolved
    case statusClosed, priority, anyPriority, priorityLow, priorityNormal, priorityHigh, priorityUrgent, overdueOnly
    case order, orderDue, orderPriority, orderNewest, orderOldest, noCases, firstContactDue, resolutionDue
    case overdueSince, assignee, nobody, workload, openCount, overdueCount, selectCase, bulkLegend
    case bulkAssign, noChange, bulkApply, bulkDone, bulkConflicts, bulkNothingSelected, sourceResponse, sourceComplaint
    case sourceManual, openedAt, customer, anonymous, theAnswer, otherCases, history, evOpened
    case evStatus, evAssigned, evUnassigned, evMoved, evNote, evEscalatedLead, evEscalatedUnit, evUpdate
    case cxmItself, changeStatus, newStatus, resolutionCode, resolutionHint, assign, person, toQueue
    case reason, logContact, channel, outcome, channelPhone, channelEmail, channelSms, channelVisit
    case channelChat, channelLetter, outcomeReached, outcomeNoAnswer, outcomeLeftMessage, outcomeWrongDetails, outcomeDeclined,
        addNote
    case noteLabel, details, rootCause, rootCauseTouchpoint, notChosen, conflict, illegalMove, resolutionRequired
    case outOfReach, escalatedLead, escalatedUnit, targets, met, firstContact, resolution, dueAt
    case overdue, reportTitle, reportLink, reportPeriod, reportFrom, reportTo, groupBy, byUnit
    case byTouchpoint, allCases, colCases, colReached, colResolved, colHoursToContact, colRecovered7, colRecovered9
    case colAwaiting, reportExplain, fewAnswers, openCase, caseAbout, caseTitleRequired, alertOpened, alertDueSoon
    case alertBreached, alertMovedUp, mailSubject, mailGreeting, mailIntro, mailFooter, evFollowUp, evFollowUpHeld
    case evFollowUpRepeated, sendFollowUp, sendFollowUpHint, followUpTitle, followUpIntro, followUpSurvey, followUpNone,
        followUpDelay
    case followUpDelayInvalid, followUpLink

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .cases:
            Translations(en: "Cases", sv: "Ärenden", da: "Sager", nb: "Saker", fi: "Tapaukset")
        case .caseNumber:
            Translations(en: "Case {0}", sv: "Ärende {0}", da: "Sag {0}", nb: "Sak {0}", fi: "Tapaus {0}")
        case .show:
            Translations(en: "Show", sv: "Visa", da: "Vis", nb: "Vis", fi: "Näytä")
        case .scopeMine:
            Translations(
                en: "Assigned to me", sv: "Tilldelade mig", da: "Tildelt mig", nb: "Tildelt meg", fi: "Minulle osoitetut")
        case .scopeUnits:
            Translations(
                en: "All in my units", sv: "Alla i mina enheter", da: "Alle i mine enheder", nb: "Alle i mine enheter",
                fi: "Kaikki yksiköissäni")
        case .scopeUnassigned:
            Translations(
                en: "Not yet assigned", sv: "Ännu inte tilldelade", da: "Endnu ikke tildelt", nb: "Ikke tildelt ennå",
                fi: "Vielä osoittamattomat")
        case .unit:
            Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .anyUnit:
            Translations(
                en: "All my units", sv: "Alla mina enheter", da: "Alle mine enheder", nb: "Alle mine enheter",
                fi: "Kaikki yksikköni")
        case .status:
            Translations(en: "Status", sv: "Status", da: "Status", nb: "Status", fi: "Tila")
        case .statusOpen:
            Translations(en: "Open", sv: "Öppna", da: "Åbne", nb: "Åpne", fi: "Avoimet")
        case .statusAll:
            Translations(en: "All", sv: "Alla", da: "Alle", nb: "Alle", fi: "Kaikki")
        case .statusNew:
            Translations(en: "New", sv: "Ny", da: "Ny", nb: "Ny", fi: "Uusi")
        case .statusContacted:
            Translations(en: "Contacted", sv: "Kontaktad", da: "Kontaktet", nb: "Kontaktet", fi: "Yhteydessä")
        case .statusInProgress:
            Translations(en: "In progress", sv: "Pågår", da: "I gang", nb: "Pågår", fi: "Työn alla")
        case .statusWaiting:
            Translations(
                en: "Waiting for the customer", sv: "Väntar på kunden", da: "Venter på kunden", nb: "Venter på kunden",
                fi: "Odottaa asiakasta")
        case .statusResolved:
            Translations(en: "Resolved", sv: "Löst", da: "Løst", nb: "Løst", fi: "Ratkaistu")
        case .statusClosed:
            Translations(en: "Closed", sv: "Stängt", da: "Lukket", nb: "Lukket", fi: "Suljettu")
        case .priority:
            Translations(en: "Priority", sv: "Prioritet", da: "Prioritet", nb: "Prioritet", fi: "Kiireellisyys")
        case .anyPriority:
            Translations(
                en: "Any priority", sv: "Alla prioriteter", da: "Alle prioriteter", nb: "Alle prioriteter",
                fi: "Mikä tahansa kiireellisyys")
        case .priorityLow:
            Translations(en: "Low", sv: "Låg", da: "Lav", nb: "Lav", fi: "Matala")
        case .priorityNormal:
            Translations(en: "Normal", sv: "Normal", da: "Normal", nb: "Normal", fi: "Tavallinen")
        case .priorityHigh:
            Translations(en: "High", sv: "Hög", da: "Høj", nb: "Høy", fi: "Korkea")
        case .priorityUrgent:
            Translations(en: "Urgent", sv: "Brådskande", da: "Haster", nb: "Haster", fi: "Kiireellinen")
        case .overdueOnly:
            Translations(
                en: "Only overdue", sv: "Bara försenade", da: "Kun forsinkede", nb: "Bare forsinkede", fi: "Vain myöhässä olevat")
        case .order:
            Translations(en: "Order", sv: "Ordning", da: "Rækkefølge", nb: "Rekkefølge", fi: "Järjestys")
        case .orderDue:
            Translations(
                en: "Nearest target first", sv: "Närmast mål först", da: "Nærmeste frist først", nb: "Nærmeste frist først",
                fi: "Lähin tavoiteaika ensin")
        case .orderPriority:
            Translations(
                en: "Most urgent first", sv: "Mest brådskande först", da: "Mest hastende først", nb: "Mest hastende først",
                fi: "Kiireellisimmät ensin")
        case .orderNewest:
            Translations(en: "Newest first", sv: "Nyaste först", da: "Nyeste først", nb: "Nyeste først", fi: "Uusimmat ensin")
        case .orderOldest:
            Translations(en: "Oldest first", sv: "Äldsta först", da: "Ældste først", nb: "Eldste først", fi: "Vanhimmat ensin")
        case .noCases:
            Translations(
                en: "No cases match these filters.", sv: "Inga ärenden matchar filtren.", da: "Ingen sager matcher filtrene.",
                nb: "Ingen saker passer til filtrene.", fi: "Mikään tapaus ei vastaa suodattimia.")
        case .firstContactDue:
            Translations(
                en: "First contact due {0}", sv: "Första kontakt senast {0}", da: "Første kontakt senest {0}",
                nb: "Første kontakt senest {0}", fi: "Ensimmäinen yhteydenotto viimeistään {0}")
        case .resolutionDue:
            Translations(
                en: "Resolution due {0}", sv: "Lösning senast {0}", da: "Løsning senest {0}", nb: "Løsning senest {0}",
                fi: "Ratkaisu viimeistään {0}")
        case .overdueSince:
            Translations(
                en: "Overdue since {0}", sv: "Försenat sedan {0}", da: "Forsinket siden {0}", nb: "Forsinket siden {0}",
                fi: "Myöhässä {0} alkaen")
        case .assignee:
            Translations(en: "Assigned to", sv: "Tilldelat", da: "Tildelt", nb: "Tildelt", fi: "Vastuuhenkilö")
        case .nobody:
            Translations(en: "Nobody yet", sv: "Ingen ännu", da: "Ingen endnu", nb: "Ingen ennå", fi: "Ei vielä ketään")
        case .workload:
            Translations(
                en: "Open cases per person", sv: "Öppna ärenden per person", da: "Åbne sager pr. person",
                nb: "Åpne saker per person", fi: "Avoimet tapaukset henkilöittäin")
        case .openCount:
            Translations(en: "Open", sv: "Öppna", da: "Åbne", nb: "Åpne", fi: "Avoimia")
        case .overdueCount:
            Translations(en: "Overdue", sv: "Försenade", da: "Forsinkede", nb: "Forsinkede", fi: "Myöhässä")
        case .selectCase:
            Translations(
                en: "Select case {0}", sv: "Markera ärende {0}", da: "Vælg sag {0}", nb: "Velg sak {0}", fi: "Valitse tapaus {0}")
        case .bulkLegend:
            Translations(
                en: "Change the selected cases", sv: "Ändra markerade ärenden", da: "Ret de valgte sager",
                nb: "Endre valgte saker", fi: "Muuta valittuja tapauksia")
        case .bulkAssign:
            Translations(en: "Assign to", sv: "Tilldela", da: "Tildel til", nb: "Tildel til", fi: "Osoita henkilölle")
        case .noChange:
            Translations(en: "No change", sv: "Ingen ändring", da: "Ingen ændring", nb: "Ingen endring", fi: "Ei muutosta")
        case .bulkApply:
            Translations(
                en: "Apply to the selected cases", sv: "Ändra de markerade ärendena", da: "Ret de valgte sager",
                nb: "Endre de valgte sakene", fi: "Muuta valitut tapaukset")
        case .bulkDone:
            Translations(
                en: "{0} cases changed.", sv: "{0} ärenden ändrades.", da: "{0} sager blev rettet.", nb: "{0} saker ble endret.",
                fi: "{0} tapausta muutettiin.")
        case .bulkConflicts:
            Translations(
                en: "{0} cases had changed meanwhile and were left as they were.",
                sv: "{0} ärenden hade ändrats under tiden och lämnades som de var.",
                da: "{0} sager var ændret i mellemtiden og blev ikke rørt.",
                nb: "{0} saker var endret i mellomtiden og ble latt være.",
                fi: "{0} tapausta oli muuttunut välillä, eikä niihin koskettu.")
        case .bulkNothingSelected:
            Translations(
                en: "Select at least one case.", sv: "Markera minst ett ärende.", da: "Vælg mindst én sag.",
                nb: "Velg minst én sak.", fi: "Valitse vähintään yksi tapaus.")
        case .sourceResponse:
            Translations(
                en: "From a survey answer", sv: "Från ett enkätsvar", da: "Fra et besvaret spørgeskema",
                nb: "Fra et undersøkelsessvar", fi: "Kyselyvastauksesta")
        case .sourceComplaint:
            Translations(
                en: "From a complaint", sv: "Från ett klagomål", da: "Fra en klage", nb: "Fra en klage", fi: "Valituksesta")
        case .sourceManual:
            Translations(
                en: "Opened by hand", sv: "Öppnat manuellt", da: "Oprettet manuelt", nb: "Opprettet manuelt", fi: "Avattu käsin")
        case .openedAt:
            Translations(en: "Opened {0}", sv: "Öppnat {0}", da: "Oprettet {0}", nb: "Opprettet {0}", fi: "Avattu {0}")
        case .customer:
            Translations(en: "Customer", sv: "Kund", da: "Kunde", nb: "Kunde", fi: "Asiakas")
        case .anonymous:
            Translations(
                en: "Anonymous answer: there is no one to contact.", sv: "Anonymt svar: det finns ingen att kontakta.",
                da: "Anonymt svar: der er ingen at kontakte.", nb: "Anonymt svar: det er ingen å kontakte.",
                fi: "Nimetön vastaus: ketään ei voi tavoittaa.")
        case .theAnswer:
            Translations(en: "The answer", sv: "Svaret", da: "Svaret", nb: "Svaret", fi: "Vastaus")
        case .otherCases:
            Translations(
                en: "The customer's other cases", sv: "Kundens andra ärenden", da: "Kundens andre sager",
                nb: "Kundens andre saker", fi: "Asiakkaan muut tapaukset")
        case .history:
            Translations(en: "History", sv: "Historik", da: "Historik", nb: "Historikk", fi: "Historia")
        case .evOpened:
            Translations(en: "Opened", sv: "Öppnat", da: "Oprettet", nb: "Opprettet", fi: "Avattu")
        case .evStatus:
            Translations(
                en: "Status: {0} → {1}", sv: "Status: {0} → {1}", da: "Status: {0} → {1}", nb: "Status: {0} → {1}",
                fi: "Tila: {0} → {1}")
        case .evAssigned:
            Translations(en: "Assigned to {0}", sv: "Tilldelat {0}", da: "Tildelt {0}", nb: "Tildelt {0}", fi: "Osoitettu: {0}")
        case .evUnassigned:
            Translations(
                en: "Back to the unit's queue", sv: "Tillbaka till enhetens kö", da: "Tilbage i enhedens kø",
                nb: "Tilbake i enhetens kø", fi: "Takaisin yksikön jonoon")
        case .evMoved:
            Translations(
                en: "Moved to {0}", sv: "Flyttat till {0}", da: "Flyttet til {0}", nb: "Flyttet til {0}", fi: "Siirretty: {0}")
        case .evNote:
            Translations(en: "Note", sv: "Anteckning", da: "Note", nb: "Notat", fi: "Muistiinpano")
        case .evEscalatedLead:
            Translations(
                en: "Overdue: the team lead was told", sv: "Försenat: teamledaren har informerats",
                da: "Forsinket: teamlederen er underrettet", nb: "Forsinket: teamlederen er varslet",
                fi: "Myöhässä: tiiminvetäjälle ilmoitettu")
        case .evEscalatedUnit:
            Translations(
                en: "Still overdue: moved up to {0}", sv: "Fortfarande försenat: flyttat upp till {0}",
                da: "Stadig forsinket: flyttet op til {0}", nb: "Fortsatt forsinket: flyttet opp til {0}",
                fi: "Yhä myöhässä: siirretty ylemmäs: {0}")
        case .evUpdate:
            Translations(en: "Changed: {0}", sv: "Ändrat: {0}", da: "Ændret: {0}", nb: "Endret: {0}", fi: "Muutettu: {0}")
        case .cxmItself:
            Translations(en: "cxm", sv: "cxm", da: "cxm", nb: "cxm", fi: "cxm-järjestelmä")
        case .changeStatus:
            Translations(en: "Change the status", sv: "Ändra status", da: "Skift status", nb: "Endre status", fi: "Muuta tilaa")
        case .newStatus:
            Translations(en: "New status", sv: "Ny status", da: "Ny status", nb: "Ny status", fi: "Uusi tila")
        case .resolutionCode:
            Translations(en: "Resolution code", sv: "Lösningskod", da: "Løsningskode", nb: "Løsningskode", fi: "Ratkaisukoodi")
        case .resolutionHint:
            Translations(
                en: "Needed to resolve or close the case, for example refund, explained or fixed.",
                sv: "Behövs för att lösa eller stänga ärendet, till exempel återbetalning, förklarat eller åtgärdat.",
                da: "Kræves for at løse eller lukke sagen, for eksempel refusion, forklaret eller udbedret.",
                nb: "Trengs for å løse eller lukke saken, for eksempel refusjon, forklart eller utbedret.",
                fi: "Tarvitaan tapauksen ratkaisemiseen tai sulkemiseen, esimerkiksi hyvitys, selitetty tai korjattu.")
        case .assign:
            Translations(en: "Assign", sv: "Tilldela", da: "Tildel", nb: "Tildel", fi: "Osoita")
        case .person:
            Translations(en: "Person", sv: "Person", da: "Person", nb: "Person", fi: "Henkilö")
        case .toQueue:
            Translations(
                en: "Nobody (the unit's queue)", sv: "Ingen (enhetens kö)", da: "Ingen (enhedens kø)", nb: "Ingen (enhetens kø)",
                fi: "Ei kukaan (yksikön jono)")
        case .reason:
            Translations(en: "Reason", sv: "Anledning", da: "Begrundelse", nb: "Begrunnelse", fi: "Syy")
        case .logContact:
            Translations(
                en: "Log a contact with the customer", sv: "Logga en kontakt med kunden", da: "Registrér en kontakt med kunden",
                nb: "Logg en kontakt med kunden", fi: "Kirjaa yhteydenotto asiakkaaseen")
        case .channel:
            Translations(en: "How", sv: "Hur", da: "Hvordan", nb: "Hvordan", fi: "Miten")
        case .outcome:
            Translations(en: "Outcome", sv: "Utfall", da: "Resultat", nb: "Utfall", fi: "Tulos")
        case .channelPhone:
            Translations(en: "Phone call", sv: "Telefonsamtal", da: "Telefonopkald", nb: "Telefonsamtale", fi: "Puhelu")
        case .channelEmail:
            Translations(en: "E-mail", sv: "E-post", da: "E-mail", nb: "E-post", fi: "Sähköposti")
        case .channelSms:
            Translations(en: "Text message", sv: "Sms", da: "Sms", nb: "SMS", fi: "Tekstiviesti")
        case .channelVisit:
            Translations(en: "Visit", sv: "Besök", da: "Besøg", nb: "Besøk", fi: "Käynti")
        case .channelChat:
            Translations(en: "Chat", sv: "Chatt", da: "Chat", nb: "Chat", fi: "Chat")
        case .channelLetter:
            Translations(en: "Letter", sv: "Brev", da: "Brev", nb: "Brev", fi: "Kirje")
        case .outcomeReached:
            Translations(
                en: "Reached the customer", sv: "Nådde kunden", da: "Fik fat i kunden", nb: "Nådde kunden",
                fi: "Asiakas tavoitettiin")
        case .outcomeNoAnswer:
            Translations(en: "No answer", sv: "Inget svar", da: "Intet svar", nb: "Ikke svar", fi: "Ei vastausta")
        case .outcomeLeftMessage:
            Translations(
                en: "Left a message", sv: "Lämnade meddelande", da: "Lagde en besked", nb: "La igjen beskjed", fi: "Jätti viestin"
            )
        case .outcomeWrongDetails:
            Translations(
                en: "Wrong contact details", sv: "Fel kontaktuppgifter", da: "Forkerte kontaktoplysninger",
                nb: "Feil kontaktinformasjon", fi: "Väärät yhteystiedot")
        case .outcomeDeclined:
            Translations(
                en: "Customer did not want to talk", sv: "Kunden ville inte prata", da: "Kunden ville ikke tale",
                nb: "Kunden ville ikke snakke", fi: "Asiakas ei halunnut keskustella")
        case .addNote:
            Translations(
                en: "Add an internal note", sv: "Lägg till en intern anteckning", da: "Tilføj en intern note",
                nb: "Legg til et internt notat", fi: "Lisää sisäinen muistiinpano")
        case .noteLabel:
            Translations(
                en: "Note (only colleagues see it)", sv: "Anteckning (syns bara för kollegor)", da: "Note (kun kolleger ser den)",
                nb: "Notat (bare kolleger ser det)", fi: "Muistiinpano (vain kollegat näkevät sen)")
        case .details:
            Translations(en: "Details", sv: "Detaljer", da: "Detaljer", nb: "Detaljer", fi: "Tiedot")
        case .rootCause:
            Translations(en: "Root cause", sv: "Grundorsak", da: "Grundårsag", nb: "Grunnårsak", fi: "Perimmäinen syy")
        case .rootCauseTouchpoint:
            Translations(
                en: "Where in the journey it went wrong", sv: "Var i resan det gick fel", da: "Hvor i rejsen det gik galt",
                nb: "Hvor i reisen det gikk galt", fi: "Missä asiakaspolun kohdassa meni vikaan")
        case .notChosen:
            Translations(en: "Not chosen", sv: "Inte valt", da: "Ikke valgt", nb: "Ikke valgt", fi: "Ei valittu")
        case .conflict:
            Translations(
                en:
                    "Someone changed this case while you had it open. It is shown as it is now; repeat your change if it still applies.",
                sv:
                    "Någon ändrade ärendet medan du hade det öppet. Det visas som det är nu; gör om ändringen om den fortfarande gäller.",
                da:
                    "Nogen ændrede sagen, mens du havde den åben. Den vises, som den er nu; gentag din ændring, hvis den stadig gælder.",
                nb:
                    "Noen endret saken mens du hadde den åpen. Den vises slik den er nå; gjenta endringen hvis den fortsatt gjelder.",
                fi:
                    "Joku muutti tapausta sillä välin, kun se oli sinulla auki. Se näytetään nykyisessä muodossaan; tee muutos uudelleen, jos se on yhä ajankohtainen."
            )
        case .illegalMove:
            Translations(
                en: "From {0} the case can go to: {1}.", sv: "Från {0} kan ärendet gå till: {1}.",
                da: "Fra {0} kan sagen gå til: {1}.", nb: "Fra {0} kan saken gå til: {1}.",
                fi: "Tilasta {0} tapaus voi siirtyä tiloihin: {1}.")
        case .resolutionRequired:
            Translations(
                en: "Give a resolution code to resolve or close the case.",
                sv: "Ange en lösningskod för att lösa eller stänga ärendet.",
                da: "Angiv en løsningskode for at løse eller lukke sagen.",
                nb: "Oppgi en løsningskode for å løse eller lukke saken.",
                fi: "Anna ratkaisukoodi tapauksen ratkaisemiseksi tai sulkemiseksi.")
        case .outOfReach:
            Translations(
                en: "That person cannot see this case's unit; choose someone in it or above it.",
                sv: "Den personen ser inte ärendets enhet; välj någon i den eller ovanför.",
                da: "Den person kan ikke se sagens enhed; vælg en i den eller over den.",
                nb: "Den personen ser ikke sakens enhet; velg noen i den eller over den.",
                fi: "Kyseinen henkilö ei näe tapauksen yksikköä; valitse joku siitä tai sen yläpuolelta.")
        case .escalatedLead:
            Translations(
                en: "Overdue: the team lead has been told", sv: "Försenat: teamledaren är informerad",
                da: "Forsinket: teamlederen er underrettet", nb: "Forsinket: teamlederen er varslet",
                fi: "Myöhässä: tiiminvetäjälle on ilmoitettu")
        case .escalatedUnit:
            Translations(
                en: "Overdue: moved up the organisation", sv: "Försenat: flyttat uppåt i organisationen",
                da: "Forsinket: flyttet op i organisationen", nb: "Forsinket: flyttet opp i organisasjonen",
                fi: "Myöhässä: siirretty ylemmäs organisaatiossa")
        case .targets:
            Translations(en: "Targets", sv: "Mål", da: "Frister", nb: "Frister", fi: "Tavoiteajat")
        case .met:
            Translations(en: "met {0}", sv: "klart {0}", da: "nået {0}", nb: "nådd {0}", fi: "saavutettu {0}")
        case .firstContact:
            Translations(
                en: "First contact", sv: "Första kontakt", da: "Første kontakt", nb: "Første kontakt",
                fi: "Ensimmäinen yhteydenotto")
        case .resolution:
            Translations(en: "Resolution", sv: "Lösning", da: "Løsning", nb: "Løsning", fi: "Ratkaisu")
        case .dueAt:
            Translations(en: "due {0}", sv: "senast {0}", da: "senest {0}", nb: "senest {0}", fi: "viimeistään {0}")
        case .overdue:
            Translations(en: "overdue", sv: "försenat", da: "forsinket", nb: "forsinket", fi: "myöhässä")
        case .reportTitle:
            Translations(
                en: "How the loop is closed", sv: "Hur loopen sluts", da: "Hvordan sløjfen lukkes", nb: "Hvordan sløyfen lukkes",
                fi: "Miten silmukka suljetaan")
        case .reportLink:
            Translations(
                en: "How the loop is closed: the report", sv: "Hur loopen sluts: rapporten",
                da: "Hvordan sløjfen lukkes: rapporten", nb: "Hvordan sløyfen lukkes: rapporten",
                fi: "Miten silmukka suljetaan: raportti")
        case .reportPeriod:
            Translations(
                en: "Cases opened {0} – {1}", sv: "Ärenden öppnade {0} – {1}", da: "Sager oprettet {0} – {1}",
                nb: "Saker opprettet {0} – {1}", fi: "Tapaukset avattu {0} – {1}")
        case .reportFrom:
            Translations(en: "From", sv: "Från", da: "Fra", nb: "Fra", fi: "Alkaen")
        case .reportTo:
            Translations(en: "To", sv: "Till", da: "Til", nb: "Til", fi: "Asti")
        case .groupBy:
            Translations(en: "Group by", sv: "Gruppera efter", da: "Gruppér efter", nb: "Grupper etter", fi: "Ryhmittely")
        case .byUnit:
            Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .byPerson: Translations(en: "Person", sv: "Person", da: "Person", nb: "Person", fi: "Henkilö")
        case .personStatisticsOn:
            Translations(
                en:
                    "Per-person statistics are on: switched on by {0} on {1}. Results are meant for teams and units; use them to support people, not to rank them.",
                sv:
                    "Statistik per person är påslagen: påslagen av {0} den {1}. Resultaten är till för team och enheter; använd dem för att stötta, inte för att rangordna.",
                da:
                    "Statistik pr. person er slået til: slået til af {0} den {1}. Resultaterne er til teams og enheder; brug dem til at støtte, ikke til at rangordne.",
                nb:
                    "Statistikk per person er slått på: slått på av {0} den {1}. Resultatene er ment for team og enheter; bruk dem til å støtte, ikke til å rangere.",
                fi:
                    "Henkilökohtaiset tilastot ovat käytössä: ne otti käyttöön {0} {1}. Tulokset on tarkoitettu tiimeille ja yksiköille; käytä niitä tukemiseen, älä järjestykseen asettamiseen."
            )
        case .personStatisticsHint:
            Translations(
                en:
                    "By default cases are reported per team and unit, not per person. Switching per-person statistics on shows a notice to everyone who reads them.",
                sv:
                    "Som standard redovisas ärenden per team och enhet, inte per person. Slår du på statistik per person visas en notis för alla som läser den.",
                da:
                    "Som standard rapporteres sager pr. team og enhed, ikke pr. person. Slår du statistik pr. person til, vises en meddelelse for alle, der læser den.",
                nb:
                    "Som standard rapporteres saker per team og enhet, ikke per person. Slår du på statistikk per person, vises et varsel for alle som leser den.",
                fi:
                    "Oletuksena tapaukset raportoidaan tiimeittäin ja yksiköittäin, ei henkilöittäin. Jos otat henkilökohtaiset tilastot käyttöön, kaikki lukijat näkevät siitä ilmoituksen."
            )
        case .personStatisticsSwitchOn:
            Translations(
                en: "Switch per-person statistics on", sv: "Slå på statistik per person", da: "Slå statistik pr. person til",
                nb: "Slå på statistikk per person", fi: "Ota henkilökohtaiset tilastot käyttöön")
        case .personStatisticsSwitchOff:
            Translations(
                en: "Switch per-person statistics off", sv: "Slå av statistik per person", da: "Slå statistik pr. person fra",
                nb: "Slå av statistikk per person", fi: "Poista henkilökohtaiset tilastot käytöstä")
        case .byTouchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kosketuspiste")
        case .allCases:
            Translations(en: "All cases", sv: "Alla ärenden", da: "Alle sager", nb: "Alle saker", fi: "Kaikki tapaukset")
        case .colCases:
            Translations(en: "Cases", sv: "Ärenden", da: "Sager", nb: "Saker", fi: "Tapauksia")
        case .colReached:
            Translations(
                en: "Reached in time", sv: "Kontaktade i tid", da: "Kontaktet i tide", nb: "Kontaktet i tide",
                fi: "Tavoitettu ajoissa")
        case .colResolved:
            Translations(en: "Resolved in time", sv: "Lösta i tid", da: "Løst i tide", nb: "Løst i tide", fi: "Ratkaistu ajoissa")
        case .colHoursToContact:
            Translations(
                en: "Hours to first contact (median)", sv: "Timmar till första kontakt (median)",
                da: "Timer til første kontakt (median)", nb: "Timer til første kontakt (median)",
                fi: "Tunteja ensimmäiseen yhteydenottoon (mediaani)")
        case .colRecovered7:
            Translations(
                en: "Came back at 7+", sv: "Kom tillbaka med 7+", da: "Kom tilbage med 7+", nb: "Kom tilbake med 7+",
                fi: "Palasi arvosanalla 7+")
        case .colRecovered9:
            Translations(
                en: "Came back at 9+", sv: "Kom tillbaka med 9+", da: "Kom tilbage med 9+", nb: "Kom tilbake med 9+",
                fi: "Palasi arvosanalla 9+")
        case .colAwaiting:
            Translations(
                en: "Not answered since", sv: "Inte svarat sedan", da: "Ikke svaret siden", nb: "Ikke svart siden",
                fi: "Ei vastannut sen jälkeen")
        case .reportExplain:
            Translations(
                en:
                    "A share is given with its n and a 95 % interval; fewer than 30 is marked. Came back: detractors whose next answer after their case was resolved gave 7 or more (9 or more). Hours are calendar hours.",
                sv:
                    "En andel anges med sitt n och ett 95-procentigt intervall; färre än 30 markeras. Kom tillbaka: kritiker vars nästa svar efter att ärendet lösts gav 7 eller mer (9 eller mer). Timmar är kalendertimmar.",
                da:
                    "En andel angives med sit n og et 95 %-interval; færre end 30 markeres. Kom tilbage: kritikere, hvis næste svar efter sagens løsning gav 7 eller mere (9 eller mere). Timer er kalendertimer.",
                nb:
                    "En andel oppgis med sin n og et 95 %-intervall; færre enn 30 markeres. Kom tilbake: kritikere som ga 7 eller mer (9 eller mer) i neste svar etter at saken ble løst. Timer er kalendertimer.",
                fi:
                    "Osuus annetaan n:n ja 95 %:n luottamusvälin kanssa; alle 30 merkitään. Palasi: arvostelijat, joiden seuraava vastaus tapauksen ratkaisun jälkeen oli 7 tai enemmän (9 tai enemmän). Tunnit ovat kalenteritunteja."
            )
        case .fewAnswers:
            Translations(en: "fewer than 30", sv: "färre än 30", da: "færre end 30", nb: "færre enn 30", fi: "alle 30")
        case .openCase:
            Translations(en: "Open a case", sv: "Öppna ett ärende", da: "Opret en sag", nb: "Opprett en sak", fi: "Avaa tapaus")
        case .caseAbout:
            Translations(
                en: "What is it about?", sv: "Vad gäller det?", da: "Hvad drejer det sig om?", nb: "Hva gjelder det?",
                fi: "Mistä on kyse?")
        case .caseTitleRequired:
            Translations(
                en: "Say in a few words what the case is about.", sv: "Beskriv med några ord vad ärendet gäller.",
                da: "Beskriv med få ord, hvad sagen drejer sig om.", nb: "Beskriv med noen få ord hva saken gjelder.",
                fi: "Kerro muutamalla sanalla, mistä tapauksessa on kyse.")
        case .alertOpened:
            Translations(en: "New cases", sv: "Nya ärenden", da: "Nye sager", nb: "Nye saker", fi: "Uudet tapaukset")
        case .alertDueSoon:
            Translations(
                en: "Due soon", sv: "Snart försenade", da: "Snart forsinkede", nb: "Snart forsinket", fi: "Pian myöhässä")
        case .alertBreached:
            Translations(en: "Overdue", sv: "Försenade", da: "Forsinkede", nb: "Forsinket", fi: "Myöhässä")
        case .alertMovedUp:
            Translations(
                en: "Moved to your unit after being overdue", sv: "Flyttade till din enhet efter att ha blivit försenade",
                da: "Flyttet til din enhed efter at være blevet forsinket",
                nb: "Flyttet til din enhet etter å ha blitt forsinket", fi: "Siirretty yksikköösi myöhästymisen jälkeen")
        case .mailSubject:
            Translations(
                en: "{0}: {1} cases need your attention", sv: "{0}: {1} ärenden behöver din uppmärksamhet",
                da: "{0}: {1} sager kræver din opmærksomhed", nb: "{0}: {1} saker trenger din oppmerksomhet",
                fi: "{0}: {1} tapausta vaatii huomiotasi")
        case .mailGreeting:
            Translations(en: "Hello {0},", sv: "Hej {0}!", da: "Hej {0},", nb: "Hei {0},", fi: "Hei {0},")
        case .mailIntro:
            Translations(
                en: "These cases need your attention:", sv: "De här ärendena behöver din uppmärksamhet:",
                da: "Disse sager kræver din opmærksomhed:", nb: "Disse sakene trenger din oppmerksomhet:",
                fi: "Nämä tapaukset vaativat huomiotasi:")
        case .mailFooter:
            Translations(
                en: "You get this mail because you work cases at {0}.",
                sv: "Du får det här mejlet eftersom du arbetar med ärenden hos {0}.",
                da: "Du får denne mail, fordi du arbejder med sager hos {0}.",
                nb: "Du får denne e-posten fordi du jobber med saker hos {0}.",
                fi: "Saat tämän viestin, koska käsittelet tapauksia organisaatiossa {0}.")
        case .evFollowUp:
            Translations(
                en: "Follow-up survey “{0}” goes out {1}", sv: "Uppföljningsenkäten ”{0}” skickas {1}",
                da: "Opfølgningsundersøgelsen “{0}” sendes {1}", nb: "Oppfølgingsundersøkelsen «{0}» sendes {1}",
                fi: "Seurantakysely ”{0}” lähtee {1}")
        case .evFollowUpHeld:
            Translations(
                en: "Follow-up survey not sent: {0}", sv: "Uppföljningsenkäten skickas inte: {0}",
                da: "Opfølgningsundersøgelsen sendes ikke: {0}", nb: "Oppfølgingsundersøkelsen sendes ikke: {0}",
                fi: "Seurantakyselyä ei lähetetä: {0}")
        case .evFollowUpRepeated:
            Translations(
                en: "The follow-up survey was made when the case was first closed; no second one",
                sv: "Uppföljningsenkäten skapades när ärendet stängdes första gången; ingen andra",
                da: "Opfølgningsundersøgelsen blev lavet, da sagen først blev lukket; ingen ny",
                nb: "Oppfølgingsundersøkelsen ble laget da saken først ble lukket; ingen ny",
                fi: "Seurantakysely tehtiin, kun tapaus suljettiin ensimmäisen kerran; toista ei lähetetä")
        case .sendFollowUp:
            Translations(
                en: "Send the follow-up survey “{0}” to the customer", sv: "Skicka uppföljningsenkäten ”{0}” till kunden",
                da: "Send opfølgningsundersøgelsen “{0}” til kunden", nb: "Send oppfølgingsundersøkelsen «{0}» til kunden",
                fi: "Lähetä seurantakysely ”{0}” asiakkaalle")
        case .sendFollowUpHint:
            Translations(
                en: "Only when you close the case, and only if the customer agreed to surveys.",
                sv: "Bara när du stänger ärendet, och bara om kunden har gått med på enkäter.",
                da: "Kun når du lukker sagen, og kun hvis kunden har sagt ja til undersøgelser.",
                nb: "Bare når du lukker saken, og bare hvis kunden har sagt ja til undersøkelser.",
                fi: "Vain kun suljet tapauksen ja vain, jos asiakas on suostunut kyselyihin.")
        case .followUpTitle:
            Translations(
                en: "Follow-up survey after a case", sv: "Uppföljningsenkät efter ett ärende",
                da: "Opfølgningsundersøgelse efter en sag", nb: "Oppfølgingsundersøkelse etter en sak",
                fi: "Seurantakysely tapauksen jälkeen")
        case .followUpIntro:
            Translations(
                en:
                    "When a case is closed after the customer was reached, cxm can send them a short survey to learn whether you won them back. It counts in the closed-loop report's recovery rates. It is sent even if the customer answered another survey lately; consent and unsubscribing still hold.",
                sv:
                    "När ett ärende stängs efter att kunden nåtts kan cxm skicka en kort enkät för att ta reda på om ni vann tillbaka kunden. Den räknas i rapportens återhämtning. Den skickas även om kunden nyligen svarat på en annan enkät; samtycke och avregistrering gäller fortfarande.",
                da:
                    "Når en sag lukkes, efter at kunden er blevet kontaktet, kan cxm sende en kort undersøgelse for at finde ud af, om I vandt kunden tilbage. Den tæller med i rapportens genvinding. Den sendes, selv om kunden for nylig har svaret på en anden undersøgelse; samtykke og afmelding gælder stadig.",
                nb:
                    "Når en sak lukkes etter at kunden er nådd, kan cxm sende en kort undersøkelse for å finne ut om dere vant kunden tilbake. Den teller i rapportens gjenvinning. Den sendes selv om kunden nylig har svart på en annen undersøkelse; samtykke og avmelding gjelder fortsatt.",
                fi:
                    "Kun tapaus suljetaan asiakkaan tavoittamisen jälkeen, cxm voi lähettää lyhyen kyselyn selvittääkseen, saitteko asiakkaan takaisin. Se lasketaan raportin palautumisosuuksiin. Se lähetetään, vaikka asiakas olisi äskettäin vastannut toiseen kyselyyn; suostumus ja peruutus ovat silti voimassa."
            )
        case .followUpSurvey:
            Translations(en: "Survey", sv: "Enkät", da: "Undersøgelse", nb: "Undersøkelse", fi: "Kysely")
        case .followUpNone:
            Translations(
                en: "None: send no follow-up", sv: "Ingen: skicka ingen uppföljning", da: "Ingen: send ingen opfølgning",
                nb: "Ingen: send ingen oppfølging", fi: "Ei mitään: ei seurantaa")
        case .followUpDelay:
            Translations(
                en: "Hours after closing", sv: "Timmar efter stängning", da: "Timer efter lukning", nb: "Timer etter lukking",
                fi: "Tunteja sulkemisen jälkeen")
        case .followUpDelayInvalid:
            Translations(
                en: "Write a whole number of hours from 0 to 168.", sv: "Skriv ett helt antal timmar från 0 till 168.",
                da: "Skriv et helt antal timer fra 0 til 168.", nb: "Skriv et helt antall timer fra 0 til 168.",
                fi: "Kirjoita kokonainen tuntimäärä väliltä 0–168.")
        case .followUpLink:
            Translations(
                en: "Follow-up survey after closing", sv: "Uppföljningsenkät efter stängning", da: "Opfølgning efter lukning",
                nb: "Oppfølging etter lukking", fi: "Seurantakysely sulkemisen jälkeen")
        }
    }
}
