/// Messages of the page frame and words shared by many pages.
public enum CommonText: String, Localizable {
    case skipToContent, mainNavigation, dashboards, alerts, journeys, units, customers, surveys, users, auditLog
    case language, changeLanguage, signedInAs, signOut, errorSummaryTitle, footer
    case yes, no, save, create, add, name, description, search, edit, notSet, noneListed
    case previous, next, pagination, pageNumber, showingRange, goHome, oneItemPerLine
    case settings, delete, actions, cases, feedback, signals, improvements

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .cases:
            Translations(en: "Cases", sv: "Ärenden", da: "Sager", nb: "Saker", fi: "Tapaukset")
        case .skipToContent:
            Translations(
                en: "Skip to main content", sv: "Hoppa till huvudinnehållet", da: "Spring til hovedindholdet",
                nb: "Hopp til hovedinnholdet", fi: "Siirry pääsisältöön")
        case .mainNavigation:
            Translations(en: "Main navigation", sv: "Huvudmeny", da: "Hovedmenu", nb: "Hovedmeny", fi: "Päävalikko")
        case .dashboards:
            Translations(en: "Dashboards", sv: "Resultat", da: "Resultater", nb: "Resultater", fi: "Tulokset")
        case .signals: Translations(en: "Signals", sv: "Signaler", da: "Signaler", nb: "Signaler", fi: "Signaalit")
        case .alerts: Translations(en: "Alerts", sv: "Larm", da: "Alarmer", nb: "Varsler", fi: "Hälytykset")
        case .improvements:
            Translations(en: "Improvements", sv: "Förbättringar", da: "Forbedringer", nb: "Forbedringer", fi: "Parannukset")
        case .feedback:
            Translations(en: "Feedback", sv: "Kommentarer", da: "Kommentarer", nb: "Kommentarer", fi: "Palaute")
        case .journeys:
            Translations(en: "Journeys", sv: "Kundresor", da: "Kunderejser", nb: "Kundereiser", fi: "Asiakaspolut")
        case .units:
            Translations(en: "Units", sv: "Enheter", da: "Enheder", nb: "Enheter", fi: "Yksiköt")
        case .customers:
            Translations(en: "Customers", sv: "Kunder", da: "Kunder", nb: "Kunder", fi: "Asiakkaat")
        case .surveys:
            Translations(en: "Surveys", sv: "Enkäter", da: "Spørgeskemaer", nb: "Undersøkelser", fi: "Kyselyt")
        case .users:
            Translations(en: "Users", sv: "Användare", da: "Brugere", nb: "Brukere", fi: "Käyttäjät")
        case .auditLog:
            Translations(en: "Audit log", sv: "Granskningslogg", da: "Revisionslog", nb: "Revisjonslogg", fi: "Tarkastusloki")
        case .language:
            Translations(en: "Language", sv: "Språk", da: "Sprog", nb: "Språk", fi: "Kieli")
        case .changeLanguage:
            Translations(en: "Change language", sv: "Byt språk", da: "Skift sprog", nb: "Bytt språk", fi: "Vaihda kieli")
        case .signedInAs:
            Translations(
                en: "Signed in as {0}", sv: "Inloggad som {0}", da: "Logget ind som {0}",
                nb: "Logget inn som {0}", fi: "Kirjautuneena: {0}")
        case .signOut:
            Translations(en: "Sign out", sv: "Logga ut", da: "Log ud", nb: "Logg ut", fi: "Kirjaudu ulos")
        case .errorSummaryTitle:
            Translations(
                en: "Please correct the following", sv: "Rätta till följande", da: "Ret venligst følgende",
                nb: "Rett opp følgende", fi: "Korjaa seuraavat kohdat")
        case .footer:
            Translations(
                en: "cxm: open-source customer experience management",
                sv: "cxm: kundupplevelsehantering med öppen källkod",
                da: "cxm: styring af kundeoplevelser med åben kildekode",
                nb: "cxm: styring av kundeopplevelser med åpen kildekode",
                fi: "cxm: avoimen lähdekoodin asiakaskokemuksen hallinta")
        case .yes:
            Translations(en: "Yes", sv: "Ja", da: "Ja", nb: "Ja", fi: "Kyllä")
        case .no:
            Translations(en: "No", sv: "Nej", da: "Nej", nb: "Nei", fi: "Ei")
        case .save:
            Translations(en: "Save", sv: "Spara", da: "Gem", nb: "Lagre", fi: "Tallenna")
        case .create:
            Translations(en: "Create", sv: "Skapa", da: "Opret", nb: "Opprett", fi: "Luo")
        case .add:
            Translations(en: "Add", sv: "Lägg till", da: "Tilføj", nb: "Legg til", fi: "Lisää")
        case .name:
            Translations(en: "Name", sv: "Namn", da: "Navn", nb: "Navn", fi: "Nimi")
        case .description:
            Translations(en: "Description", sv: "Beskrivning", da: "Beskrivelse", nb: "Beskrivelse", fi: "Kuvaus")
        case .search:
            Translations(en: "Search", sv: "Sök", da: "Søg", nb: "Søk", fi: "Hae")
        case .edit:
            Translations(en: "Edit", sv: "Redigera", da: "Rediger", nb: "Rediger", fi: "Muokkaa")
        case .notSet:
            Translations(en: "Not set", sv: "Inte angivet", da: "Ikke angivet", nb: "Ikke angitt", fi: "Ei asetettu")
        case .noneListed:
            Translations(en: "None listed", sv: "Inga angivna", da: "Ingen angivet", nb: "Ingen oppgitt", fi: "Ei määritelty")
        case .previous:
            Translations(en: "Previous", sv: "Föregående", da: "Forrige", nb: "Forrige", fi: "Edellinen")
        case .next:
            Translations(en: "Next", sv: "Nästa", da: "Næste", nb: "Neste", fi: "Seuraava")
        case .pagination:
            Translations(en: "Pages", sv: "Sidor", da: "Sider", nb: "Sider", fi: "Sivut")
        case .pageNumber:
            Translations(en: "Page {0}", sv: "Sida {0}", da: "Side {0}", nb: "Side {0}", fi: "Sivu {0}")
        case .showingRange:
            Translations(
                en: "Showing {0}–{1} of {2}", sv: "Visar {0}–{1} av {2}", da: "Viser {0}–{1} af {2}",
                nb: "Viser {0}–{1} av {2}", fi: "Näytetään {0}–{1}, yhteensä {2}")
        case .goHome:
            Translations(
                en: "Go to the start page", sv: "Till startsidan", da: "Gå til forsiden",
                nb: "Gå til forsiden", fi: "Siirry etusivulle")
        case .oneItemPerLine:
            Translations(
                en: "One item per line.", sv: "En punkt per rad.", da: "Ét punkt pr. linje.",
                nb: "Ett punkt per linje.", fi: "Yksi kohta riviä kohden.")
        case .settings:
            Translations(en: "Settings", sv: "Inställningar", da: "Indstillinger", nb: "Innstillinger", fi: "Asetukset")
        case .delete:
            Translations(en: "Delete", sv: "Ta bort", da: "Slet", nb: "Slett", fi: "Poista")
        case .actions:
            Translations(en: "Actions", sv: "Åtgärder", da: "Handlinger", nb: "Handlinger", fi: "Toiminnot")
        }
    }
}
