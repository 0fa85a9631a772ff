/// Messages of sign-in, user and API token administration and the audit log.
public enum AccountText: String, Localizable {
    case signIn, email, password, role, unit, lastLogin, never, createUser, noUsers, wholeOrganisation
    case apiTokens, createToken, created, lastUsed, noTokens, newSecretTitle, newSecretHint
    case time, actor, action, entityType, entityID, summary, noAuditEntries
    case editUser, displayName, accountDisabled, status, active, disabled, unitHint, resetPassword, resetPasswordHint
    case revoke, backToUsers

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .signIn:
            Translations(en: "Sign in", sv: "Logga in", da: "Log ind", nb: "Logg inn", fi: "Kirjaudu sisään")
        case .email:
            Translations(en: "Email", sv: "E-post", da: "E-mail", nb: "E-post", fi: "Sähköposti")
        case .password:
            Translations(en: "Password", sv: "Lösenord", da: "Adgangskode", nb: "Passord", fi: "Salasana")
        case .role:
            Translations(en: "Role", sv: "Roll", da: "Rolle", nb: "Rolle", fi: "Rooli")
        case .unit:
            Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .lastLogin:
            Translations(
                en: "Last sign-in", sv: "Senaste inloggning", da: "Seneste login", nb: "Siste innlogging",
                fi: "Viimeisin kirjautuminen")
        case .never:
            Translations(en: "Never", sv: "Aldrig", da: "Aldrig", nb: "Aldri", fi: "Ei koskaan")
        case .createUser:
            Translations(en: "Create user", sv: "Skapa användare", da: "Opret bruger", nb: "Opprett bruker", fi: "Luo käyttäjä")
        case .noUsers:
            Translations(
                en: "No users yet.", sv: "Inga användare ännu.", da: "Ingen brugere endnu.", nb: "Ingen brukere ennå.",
                fi: "Käyttäjiä ei ole vielä.")
        case .wholeOrganisation:
            Translations(
                en: "No unit (whole organisation)", sv: "Ingen enhet (hela organisationen)",
                da: "Ingen enhed (hele organisationen)", nb: "Ingen enhet (hele organisasjonen)",
                fi: "Ei yksikköä (koko organisaatio)")
        case .apiTokens:
            Translations(en: "API tokens", sv: "API-nycklar", da: "API-nøgler", nb: "API-nøkler", fi: "API-avaimet")
        case .createToken:
            Translations(en: "Create token", sv: "Skapa nyckel", da: "Opret nøgle", nb: "Opprett nøkkel", fi: "Luo avain")
        case .created:
            Translations(en: "Created", sv: "Skapad", da: "Oprettet", nb: "Opprettet", fi: "Luotu")
        case .lastUsed:
            Translations(en: "Last used", sv: "Senast använd", da: "Sidst brugt", nb: "Sist brukt", fi: "Viimeksi käytetty")
        case .noTokens:
            Translations(
                en: "No API tokens yet.", sv: "Inga API-nycklar ännu.", da: "Ingen API-nøgler endnu.",
                nb: "Ingen API-nøkler ennå.", fi: "API-avaimia ei ole vielä.")
        case .newSecretTitle:
            Translations(
                en: "Copy this secret now", sv: "Kopiera hemligheten nu", da: "Kopiér hemmeligheden nu",
                nb: "Kopier hemmeligheten nå", fi: "Kopioi salaisuus nyt")
        case .newSecretHint:
            Translations(
                en: "It is shown only once and cannot be retrieved later.",
                sv: "Den visas bara en gång och kan inte hämtas senare.",
                da: "Den vises kun én gang og kan ikke hentes senere.",
                nb: "Den vises bare én gang og kan ikke hentes senere.",
                fi: "Se näytetään vain kerran, eikä sitä voi hakea myöhemmin.")
        case .time:
            Translations(en: "Time", sv: "Tid", da: "Tidspunkt", nb: "Tidspunkt", fi: "Aika")
        case .actor:
            Translations(en: "Performed by", sv: "Utförd av", da: "Udført af", nb: "Utført av", fi: "Tekijä")
        case .action:
            Translations(en: "Action", sv: "Händelse", da: "Handling", nb: "Handling", fi: "Toiminto")
        case .entityType:
            Translations(en: "Object type", sv: "Objekttyp", da: "Objekttype", nb: "Objekttype", fi: "Kohteen tyyppi")
        case .entityID:
            Translations(en: "Object ID", sv: "Objekt-id", da: "Objekt-id", nb: "Objekt-ID", fi: "Kohteen tunniste")
        case .summary:
            Translations(en: "Summary", sv: "Sammanfattning", da: "Resumé", nb: "Sammendrag", fi: "Yhteenveto")
        case .noAuditEntries:
            Translations(
                en: "No audit entries yet.", sv: "Inga loggposter ännu.", da: "Ingen logposter endnu.",
                nb: "Ingen loggoppføringer ennå.", fi: "Lokimerkintöjä ei ole vielä.")
        case .editUser:
            Translations(
                en: "Edit user", sv: "Redigera användare", da: "Rediger bruger", nb: "Rediger bruker", fi: "Muokkaa käyttäjää")
        case .displayName:
            Translations(en: "Display name", sv: "Visningsnamn", da: "Visningsnavn", nb: "Visningsnavn", fi: "Näyttönimi")
        case .accountDisabled:
            Translations(
                en: "Account disabled (cannot sign in)", sv: "Kontot är avstängt (kan inte logga in)",
                da: "Kontoen er deaktiveret (kan ikke logge ind)", nb: "Kontoen er deaktivert (kan ikke logge inn)",
                fi: "Tili poistettu käytöstä (ei voi kirjautua)")
        case .status:
            Translations(en: "Status", sv: "Status", da: "Status", nb: "Status", fi: "Tila")
        case .active:
            Translations(en: "Active", sv: "Aktiv", da: "Aktiv", nb: "Aktiv", fi: "Käytössä")
        case .disabled:
            Translations(en: "Disabled", sv: "Avstängd", da: "Deaktiveret", nb: "Deaktivert", fi: "Poistettu käytöstä")
        case .unitHint:
            Translations(
                en: "Team leads and frontline staff see only their unit's data, so they need a unit.",
                sv: "Teamledare och frontlinjepersonal ser bara sin enhets data och behöver därför en enhet.",
                da: "Teamledere og frontlinjemedarbejdere ser kun deres enheds data og skal derfor have en enhed.",
                nb: "Teamledere og frontlinjeansatte ser bare data for sin egen enhet og må derfor ha en enhet.",
                fi:
                    "Tiiminvetäjät ja etulinjan työntekijät näkevät vain oman yksikkönsä tiedot, joten heille on valittava yksikkö."
            )
        case .resetPassword:
            Translations(
                en: "Reset password", sv: "Återställ lösenord", da: "Nulstil adgangskode", nb: "Tilbakestill passord",
                fi: "Nollaa salasana")
        case .resetPasswordHint:
            Translations(
                en: "Creates a new password and signs the user out everywhere. The new password is shown once.",
                sv: "Skapar ett nytt lösenord och loggar ut användaren överallt. Det nya lösenordet visas bara en gång.",
                da: "Opretter en ny adgangskode og logger brugeren ud alle steder. Den nye adgangskode vises kun én gang.",
                nb: "Lager et nytt passord og logger brukeren ut overalt. Det nye passordet vises bare én gang.",
                fi: "Luo uuden salasanan ja kirjaa käyttäjän ulos kaikkialta. Uusi salasana näytetään vain kerran.")
        case .revoke:
            Translations(en: "Revoke", sv: "Återkalla", da: "Tilbagekald", nb: "Tilbakekall", fi: "Mitätöi")
        case .backToUsers:
            Translations(
                en: "Back to users", sv: "Tillbaka till användare", da: "Tilbage til brugere", nb: "Tilbake til brukere",
                fi: "Takaisin käyttäjiin")
        }
    }
}
