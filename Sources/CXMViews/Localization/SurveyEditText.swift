/// Messages of the survey editor: creating, editing, versions and deleting.
public enum SurveyEditText: String, Localizable {
    case newSurvey, editSurvey, createSurvey, newSurveyIntro, languagesHint, touchpointsHint, noTouchpoints
    case versionResponses, versionOneResponse, savedAsVersion, saveNewVersion, saveHint
    case question, key, keyHint, keyLocked, type, typeLocked, textIn, nkiItem, scaleMin, scaleMax
    case optionsIn, optionsHint, optionLabelsIn, optionLabelsHint, moveUp, moveDown, removeQuestion
    case addQuestion, addQuestionHint, onlyForNKI, onlyForRating, onlyForChoice
    case versionHistory, versionSaved, currentVersion, deleteSurvey, deleteSurveyHint, surveyHasResponses
    case textMissing, optionLabelMissing, optionLineFormat, tooFewOptions, keyFormat, keyTaken, scaleInvalid
    case nkiItemTwice, notAWholeNumber, chooseTouchpoint, chooseLanguage, needsQuestion, savedMeanwhile

    /// The message in every language; placeholders are noted at the keys that take them.
    public var translations: Translations {
        switch self {
        case .newSurvey:
            Translations(en: "New survey", sv: "Ny enkät", da: "Nyt spørgeskema", nb: "Ny undersøkelse", fi: "Uusi kysely")
        case .editSurvey:
            Translations(
                en: "Edit survey", sv: "Redigera enkät", da: "Rediger spørgeskema", nb: "Rediger undersøkelse",
                fi: "Muokkaa kyselyä")
        case .createSurvey:
            Translations(
                en: "Create survey", sv: "Skapa enkät", da: "Opret spørgeskema", nb: "Opprett undersøkelse",
                fi: "Luo kysely")
        case .newSurveyIntro:
            Translations(
                en:
                    "The survey starts with a Net Promoter Score question in the languages you choose. You can change it and add more questions on the next page.",
                sv:
                    "Enkäten börjar med en NPS-fråga på de språk du väljer. Du kan ändra den och lägga till fler frågor på nästa sida.",
                da:
                    "Spørgeskemaet starter med et NPS-spørgsmål på de sprog, du vælger. Du kan ændre det og tilføje flere spørgsmål på næste side.",
                nb:
                    "Undersøkelsen starter med et NPS-spørsmål på språkene du velger. Du kan endre det og legge til flere spørsmål på neste side.",
                fi:
                    "Kysely alkaa NPS-kysymyksellä valitsemillasi kielillä. Voit muokata sitä ja lisätä kysymyksiä seuraavalla sivulla."
            )
        case .languagesHint:
            Translations(
                en: "Respondents can answer in these languages; every question needs a text in each of them.",
                sv: "Kunderna kan svara på de här språken; varje fråga behöver en text på vart och ett av dem.",
                da: "Kunderne kan svare på disse sprog; hvert spørgsmål skal have en tekst på dem alle.",
                nb: "Kundene kan svare på disse språkene; hvert spørsmål trenger en tekst på hvert av dem.",
                fi: "Vastaajat voivat vastata näillä kielillä; jokainen kysymys tarvitsee tekstin jokaisella niistä.")
        case .touchpointsHint:
            Translations(
                en: "The touchpoints this survey measures, by journey and stage.",
                sv: "Kontaktpunkterna som enkäten mäter, per kundresa och steg.",
                da: "De kontaktpunkter, spørgeskemaet måler, efter kunderejse og trin.",
                nb: "Kontaktpunktene undersøkelsen måler, etter kundereise og steg.",
                fi: "Kosketuspisteet, joita kysely mittaa, asiakaspoluittain ja vaiheittain.")
        case .noTouchpoints:
            Translations(
                en: "There are no touchpoints yet. Add them to a journey first.",
                sv: "Det finns inga kontaktpunkter ännu. Lägg först till dem i en kundresa.",
                da: "Der er ingen kontaktpunkter endnu. Tilføj dem først til en kunderejse.",
                nb: "Det finnes ingen kontaktpunkter ennå. Legg dem først til i en kundereise.",
                fi: "Kosketuspisteitä ei ole vielä. Lisää ne ensin asiakaspolkuun.")
        case .versionResponses:
            // {0} version number, {1} number of responses
            Translations(
                en: "Version {0}; {1} responses", sv: "Version {0}; {1} svar", da: "Version {0}; {1} svar",
                nb: "Versjon {0}; {1} svar", fi: "Versio {0}; {1} vastausta")
        case .versionOneResponse:
            // {0} version number
            Translations(
                en: "Version {0}; 1 response", sv: "Version {0}; 1 svar", da: "Version {0}; 1 svar",
                nb: "Versjon {0}; 1 svar", fi: "Versio {0}; 1 vastaus")
        case .savedAsVersion:
            // {0} version number
            Translations(
                en: "Saved as version {0}.", sv: "Sparad som version {0}.", da: "Gemt som version {0}.",
                nb: "Lagret som versjon {0}.", fi: "Tallennettu versioksi {0}.")
        case .saveNewVersion:
            Translations(
                en: "Save as a new version", sv: "Spara som ny version", da: "Gem som ny version", nb: "Lagre som ny versjon",
                fi: "Tallenna uutena versiona")
        case .saveHint:
            Translations(
                en: "Every save becomes a new version. Responses keep the version they answered.",
                sv: "Varje sparning blir en ny version. Svaren behåller den version de besvarade.",
                da: "Hver gang du gemmer, bliver det en ny version. Svarene beholder den version, de besvarede.",
                nb: "Hver lagring blir en ny versjon. Svarene beholder versjonen de besvarte.",
                fi: "Jokainen tallennus luo uuden version. Vastaukset säilyttävät version, johon ne on annettu.")
        case .question:
            // {0} position of the question
            Translations(en: "Question {0}", sv: "Fråga {0}", da: "Spørgsmål {0}", nb: "Spørsmål {0}", fi: "Kysymys {0}")
        case .key:
            Translations(en: "Key", sv: "Nyckel", da: "Nøgle", nb: "Nøkkel", fi: "Tunniste")
        case .keyHint:
            Translations(
                en: "Used in reports and imports: a–z, 0–9 and _, for example reason.",
                sv: "Används i rapporter och importer: a–z, 0–9 och _, till exempel orsak.",
                da: "Bruges i rapporter og importer: a–z, 0–9 og _, for eksempel aarsag.",
                nb: "Brukes i rapporter og importer: a–z, 0–9 og _, for eksempel arsak.",
                fi: "Käytetään raporteissa ja tuonneissa: a–z, 0–9 ja _, esimerkiksi syy.")
        case .keyLocked:
            Translations(
                en: "The key cannot change because the survey has responses: their answers are stored under it.",
                sv: "Nyckeln kan inte ändras eftersom enkäten har svar: svaren är lagrade under den.",
                da: "Nøglen kan ikke ændres, fordi spørgeskemaet har svar: svarene er gemt under den.",
                nb: "Nøkkelen kan ikke endres fordi undersøkelsen har svar: svarene er lagret under den.",
                fi: "Tunnistetta ei voi muuttaa, koska kyselyyn on vastattu: vastaukset on tallennettu sen alle.")
        case .type:
            Translations(en: "Type", sv: "Typ", da: "Type", nb: "Type", fi: "Tyyppi")
        case .typeLocked:
            Translations(
                en: "The type is fixed once the question exists.", sv: "Typen ligger fast när frågan väl finns.",
                da: "Typen ligger fast, når spørgsmålet først er oprettet.", nb: "Typen ligger fast når spørsmålet først finnes.",
                fi: "Tyyppiä ei voi muuttaa kysymyksen luomisen jälkeen.")
        case .textIn:
            // {0} language name
            Translations(
                en: "Question text ({0})", sv: "Frågetext ({0})", da: "Spørgsmålstekst ({0})", nb: "Spørsmålstekst ({0})",
                fi: "Kysymysteksti ({0})")
        case .nkiItem:
            Translations(en: "NKI item", sv: "NKI-fråga", da: "NKI-spørgsmål", nb: "NKI-spørsmål", fi: "NKI-osatekijä")
        case .scaleMin:
            Translations(en: "Lowest score", sv: "Lägsta värde", da: "Laveste værdi", nb: "Laveste verdi", fi: "Pienin arvo")
        case .scaleMax:
            Translations(en: "Highest score", sv: "Högsta värde", da: "Højeste værdi", nb: "Høyeste verdi", fi: "Suurin arvo")
        case .optionsIn:
            // {0} language name
            Translations(
                en: "Answer options ({0})", sv: "Svarsalternativ ({0})", da: "Svarmuligheder ({0})",
                nb: "Svaralternativer ({0})", fi: "Vastausvaihtoehdot ({0})")
        case .optionsHint:
            Translations(
                en: "One per line as key = label, for example fast = Fast delivery.",
                sv: "Ett per rad som nyckel = text, till exempel snabb = Snabb leverans.",
                da: "Én pr. linje som nøgle = tekst, for eksempel hurtig = Hurtig levering.",
                nb: "Ett per linje som nøkkel = tekst, for eksempel rask = Rask levering.",
                fi: "Yksi riviä kohden muodossa tunniste = teksti, esimerkiksi nopea = Nopea toimitus.")
        case .optionLabelsIn:
            // {0} language name
            Translations(
                en: "Option labels ({0})", sv: "Alternativens texter ({0})", da: "Svarmulighedernes tekster ({0})",
                nb: "Alternativenes tekster ({0})", fi: "Vaihtoehtojen tekstit ({0})")
        case .optionLabelsHint:
            Translations(
                en: "One label per line, in the same order as the options above.",
                sv: "En text per rad, i samma ordning som alternativen ovan.",
                da: "Én tekst pr. linje i samme rækkefølge som svarmulighederne ovenfor.",
                nb: "Én tekst per linje, i samme rekkefølge som alternativene over.",
                fi: "Yksi teksti riviä kohden, samassa järjestyksessä kuin yllä olevat vaihtoehdot.")
        case .moveUp:
            Translations(en: "Move up", sv: "Flytta upp", da: "Flyt op", nb: "Flytt opp", fi: "Siirrä ylös")
        case .moveDown:
            Translations(en: "Move down", sv: "Flytta ned", da: "Flyt ned", nb: "Flytt ned", fi: "Siirrä alas")
        case .removeQuestion:
            Translations(
                en: "Remove question", sv: "Ta bort frågan", da: "Fjern spørgsmålet", nb: "Fjern spørsmålet",
                fi: "Poista kysymys")
        case .addQuestion:
            Translations(
                en: "Add question", sv: "Lägg till fråga", da: "Tilføj spørgsmål", nb: "Legg til spørsmål",
                fi: "Lisää kysymys")
        case .addQuestionHint:
            Translations(
                en: "The new question goes at the end. Your other changes on this page are saved with it.",
                sv: "Den nya frågan hamnar sist. Dina övriga ändringar på sidan sparas samtidigt.",
                da: "Det nye spørgsmål kommer sidst. Dine øvrige ændringer på siden gemmes samtidig.",
                nb: "Det nye spørsmålet havner sist. De andre endringene dine på siden lagres samtidig.",
                fi: "Uusi kysymys lisätään viimeiseksi. Muut tällä sivulla tekemäsi muutokset tallennetaan samalla.")
        case .onlyForNKI:
            Translations(
                en: "Only for NKI questions.", sv: "Bara för NKI-frågor.", da: "Kun til NKI-spørgsmål.",
                nb: "Bare for NKI-spørsmål.", fi: "Vain NKI-kysymyksille.")
        case .onlyForRating:
            Translations(
                en: "Only for rating questions; 1–5 if left empty.", sv: "Bara för betygsfrågor; 1–5 om fälten lämnas tomma.",
                da: "Kun til bedømmelsesspørgsmål; 1–5, hvis felterne er tomme.",
                nb: "Bare for vurderingsspørsmål; 1–5 hvis feltene er tomme.",
                fi: "Vain arviokysymyksille; 1–5, jos kentät jätetään tyhjiksi.")
        case .onlyForChoice:
            Translations(
                en: "Only for single and multiple choice questions.", sv: "Bara för enkelvals- och flervalsfrågor.",
                da: "Kun til enkeltvalgs- og flervalgsspørgsmål.", nb: "Bare for enkeltvalg- og flervalgspørsmål.",
                fi: "Vain yksi- ja monivalintakysymyksille.")
        case .versionHistory:
            Translations(
                en: "Version history", sv: "Versionshistorik", da: "Versionshistorik", nb: "Versjonshistorikk",
                fi: "Versiohistoria")
        case .versionSaved:
            // {0} version number, {1} date and time
            Translations(
                en: "Version {0}, saved {1}", sv: "Version {0}, sparad {1}", da: "Version {0}, gemt {1}",
                nb: "Versjon {0}, lagret {1}", fi: "Versio {0}, tallennettu {1}")
        case .currentVersion:
            Translations(en: "current", sv: "aktuell", da: "aktuel", nb: "gjeldende", fi: "nykyinen")
        case .deleteSurvey:
            Translations(
                en: "Delete survey", sv: "Ta bort enkäten", da: "Slet spørgeskemaet", nb: "Slett undersøkelsen",
                fi: "Poista kysely")
        case .deleteSurveyHint:
            Translations(
                en: "Deletes the survey with all its versions. A survey that has responses cannot be deleted.",
                sv: "Tar bort enkäten med alla dess versioner. En enkät som har svar kan inte tas bort.",
                da: "Sletter spørgeskemaet med alle dets versioner. Et spørgeskema med svar kan ikke slettes.",
                nb: "Sletter undersøkelsen med alle versjonene. En undersøkelse som har svar, kan ikke slettes.",
                fi: "Poistaa kyselyn kaikkine versioineen. Kyselyä, johon on vastattu, ei voi poistaa.")
        case .surveyHasResponses:
            Translations(
                en: "This survey has responses, so it cannot be deleted: the answers would lose their questions.",
                sv: "Enkäten har svar och kan därför inte tas bort: svaren skulle förlora sina frågor.",
                da: "Spørgeskemaet har svar og kan derfor ikke slettes: svarene ville miste deres spørgsmål.",
                nb: "Undersøkelsen har svar og kan derfor ikke slettes: svarene ville mistet spørsmålene sine.",
                fi: "Kyselyyn on vastattu, joten sitä ei voi poistaa: vastaukset menettäisivät kysymyksensä.")
        case .textMissing:
            // {0} language name
            Translations(
                en: "Write the question in {0}.", sv: "Skriv frågan på {0}.", da: "Skriv spørgsmålet på {0}.",
                nb: "Skriv spørsmålet på {0}.", fi: "Kirjoita kysymys kielellä {0}.")
        case .optionLabelMissing:
            // {0} language name
            Translations(
                en: "Give every option a label in {0}.", sv: "Ge varje alternativ en text på {0}.",
                da: "Giv hver svarmulighed en tekst på {0}.", nb: "Gi hvert alternativ en tekst på {0}.",
                fi: "Anna jokaiselle vaihtoehdolle teksti kielellä {0}.")
        case .optionLineFormat:
            Translations(
                en: "Write each option as key = label.", sv: "Skriv varje alternativ som nyckel = text.",
                da: "Skriv hver svarmulighed som nøgle = tekst.", nb: "Skriv hvert alternativ som nøkkel = tekst.",
                fi: "Kirjoita jokainen vaihtoehto muodossa tunniste = teksti.")
        case .tooFewOptions:
            Translations(
                en: "A choice question needs at least two options.", sv: "En valfråga behöver minst två alternativ.",
                da: "Et valgspørgsmål skal have mindst to svarmuligheder.", nb: "Et valgspørsmål trenger minst to alternativer.",
                fi: "Valintakysymyksessä on oltava vähintään kaksi vaihtoehtoa.")
        case .keyFormat:
            Translations(
                en: "Use 1–40 characters of a–z, 0–9 and _.", sv: "Använd 1–40 tecken av a–z, 0–9 och _.",
                da: "Brug 1–40 tegn blandt a–z, 0–9 og _.", nb: "Bruk 1–40 tegn blant a–z, 0–9 og _.",
                fi: "Käytä 1–40 merkkiä: a–z, 0–9 ja _.")
        case .keyTaken:
            Translations(
                en: "Another question already uses this key.", sv: "En annan fråga använder redan den här nyckeln.",
                da: "Et andet spørgsmål bruger allerede denne nøgle.", nb: "Et annet spørsmål bruker allerede denne nøkkelen.",
                fi: "Toinen kysymys käyttää jo tätä tunnistetta.")
        case .scaleInvalid:
            Translations(
                en: "The lowest score must be below the highest, at most 100 apart.",
                sv: "Lägsta värdet måste vara mindre än det högsta, högst 100 ifrån varandra.",
                da: "Den laveste værdi skal være mindre end den højeste, højst 100 fra hinanden.",
                nb: "Laveste verdi må være lavere enn høyeste, høyst 100 fra hverandre.",
                fi: "Pienimmän arvon on oltava suurinta pienempi ja enintään 100 sitä pienempi.")
        case .nkiItemTwice:
            Translations(
                en: "Each NKI item may appear only once in a survey.",
                sv: "Varje NKI-fråga får bara förekomma en gång i en enkät.",
                da: "Hvert NKI-spørgsmål må kun forekomme én gang i et spørgeskema.",
                nb: "Hvert NKI-spørsmål kan bare forekomme én gang i en undersøkelse.",
                fi: "Kukin NKI-osatekijä voi esiintyä kyselyssä vain kerran.")
        case .notAWholeNumber:
            Translations(
                en: "Enter a whole number.", sv: "Ange ett heltal.", da: "Angiv et helt tal.", nb: "Skriv inn et heltall.",
                fi: "Anna kokonaisluku.")
        case .chooseTouchpoint:
            Translations(
                en: "Choose at least one touchpoint.", sv: "Välj minst en kontaktpunkt.", da: "Vælg mindst ét kontaktpunkt.",
                nb: "Velg minst ett kontaktpunkt.", fi: "Valitse vähintään yksi kosketuspiste.")
        case .chooseLanguage:
            Translations(
                en: "Choose at least one language.", sv: "Välj minst ett språk.", da: "Vælg mindst ét sprog.",
                nb: "Velg minst ett språk.", fi: "Valitse vähintään yksi kieli.")
        case .savedMeanwhile:
            // {0} version number
            Translations(
                en: "Someone saved version {0} while you were editing. Your changes are still here; save again to replace it.",
                sv:
                    "Någon sparade version {0} medan du redigerade. Dina ändringar finns kvar här; spara igen för att ersätta den.",
                da: "En anden gemte version {0}, mens du redigerede. Dine ændringer er her stadig; gem igen for at erstatte den.",
                nb:
                    "Noen lagret versjon {0} mens du redigerte. Endringene dine er fortsatt her; lagre på nytt for å erstatte den.",
                fi: "Joku tallensi version {0} muokatessasi. Muutoksesi ovat yhä tallessa; tallenna uudelleen korvataksesi sen.")
        case .needsQuestion:
            Translations(
                en: "A survey needs at least one question.", sv: "En enkät behöver minst en fråga.",
                da: "Et spørgeskema skal have mindst ét spørgsmål.", nb: "En undersøkelse trenger minst ett spørsmål.",
                fi: "Kyselyssä on oltava vähintään yksi kysymys.")
        }
    }
}
