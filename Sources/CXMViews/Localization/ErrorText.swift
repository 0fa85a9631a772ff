/// Titles and explanations for the error page, one pair per HTTP status the server shows as a page.
public enum ErrorText: String, Localizable {
    case errorCode
    case badRequestTitle, badRequestMessage, unauthorizedTitle, unauthorizedMessage
    case forbiddenTitle, forbiddenMessage, notFoundTitle, notFoundMessage
    case tooManyRequestsTitle, tooManyRequestsMessage, serverErrorTitle, serverErrorMessage

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .errorCode:
            Translations(en: "Error {0}", sv: "Fel {0}", da: "Fejl {0}", nb: "Feil {0}", fi: "Virhe {0}")
        case .badRequestTitle:
            Translations(
                en: "The request could not be handled", sv: "Begäran kunde inte hanteras",
                da: "Forespørgslen kunne ikke behandles", nb: "Forespørselen kunne ikke behandles",
                fi: "Pyyntöä ei voitu käsitellä")
        case .badRequestMessage:
            Translations(
                en: "Check the address or the form and try again.", sv: "Kontrollera adressen eller formuläret och försök igen.",
                da: "Kontrollér adressen eller formularen, og prøv igen.", nb: "Sjekk adressen eller skjemaet og prøv igjen.",
                fi: "Tarkista osoite tai lomake ja yritä uudelleen.")
        case .unauthorizedTitle:
            Translations(
                en: "Sign-in required", sv: "Inloggning krävs", da: "Login påkrævet", nb: "Innlogging kreves",
                fi: "Kirjautuminen vaaditaan")
        case .unauthorizedMessage:
            Translations(
                en: "Please sign in to continue.", sv: "Logga in för att fortsätta.", da: "Log ind for at fortsætte.",
                nb: "Logg inn for å fortsette.", fi: "Kirjaudu sisään jatkaaksesi.")
        case .forbiddenTitle:
            Translations(en: "Access denied", sv: "Åtkomst nekad", da: "Adgang nægtet", nb: "Ingen tilgang", fi: "Pääsy estetty")
        case .forbiddenMessage:
            Translations(
                en: "You do not have permission to view this page.", sv: "Du har inte behörighet att se den här sidan.",
                da: "Du har ikke adgang til denne side.", nb: "Du har ikke tilgang til denne siden.",
                fi: "Sinulla ei ole oikeutta tähän sivuun.")
        case .notFoundTitle:
            Translations(
                en: "Page not found", sv: "Sidan hittades inte", da: "Siden blev ikke fundet", nb: "Fant ikke siden",
                fi: "Sivua ei löytynyt")
        case .notFoundMessage:
            Translations(
                en: "The page may have been moved or deleted.", sv: "Sidan kan ha flyttats eller tagits bort.",
                da: "Siden kan være flyttet eller slettet.", nb: "Siden kan ha blitt flyttet eller slettet.",
                fi: "Sivu on ehkä siirretty tai poistettu.")
        case .tooManyRequestsTitle:
            Translations(
                en: "Too many requests", sv: "För många förfrågningar", da: "For mange forespørgsler",
                nb: "For mange forespørsler", fi: "Liian monta pyyntöä")
        case .tooManyRequestsMessage:
            Translations(
                en: "Please wait a moment and try again.", sv: "Vänta en stund och försök igen.",
                da: "Vent et øjeblik, og prøv igen.", nb: "Vent litt og prøv igjen.", fi: "Odota hetki ja yritä uudelleen.")
        case .serverErrorTitle:
            Translations(
                en: "Something went wrong", sv: "Något gick fel", da: "Noget gik galt", nb: "Noe gikk galt",
                fi: "Jokin meni vikaan")
        case .serverErrorMessage:
            Translations(
                en: "An unexpected error occurred. Please try again later.",
                sv: "Ett oväntat fel inträffade. Försök igen senare.", da: "Der opstod en uventet fejl. Prøv igen senere.",
                nb: "Det oppstod en uventet feil. Prøv igjen senere.",
                fi: "Tapahtui odottamaton virhe. Yritä myöhemmin uudelleen.")
        }
    }
}
