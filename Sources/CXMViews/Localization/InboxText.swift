/// Messages of the feedback inbox, the theme pages and the theme settings.
public enum InboxText: String, Localizable {
    case feedback, inboxIntro, search, sentiment, anySentiment, positive, neutral, negative, theme, anyTheme
    case noTheme, language, anyLanguage, otherLanguage, touchpoint, anyTouchpoint, unit, anyUnit, from, to
    case npsGroup, anyGroup, promoters, passives, detractors, tag, anyTag, examplesOnly, order, orderNewest
    case orderOldest, orderNegative, orderPositive, show, summary, fewAnswers, noAnswers, scoreOf, learned
    case example, markExample, unmarkExample, addTag, setTheme, removeTheme, apply, edit, openCase, caseTitle
    case manual, truncated, themes, themesIntro, mentions, share, netSentiment, negativeShare
    case npsOfMentioners, cesOfMentioners, lowSample, tooFew, ofAnswers, allAnswers, whatCustomersSay
    case negativeQuotes, positiveQuotes, quotesNote, noQuotes, overTime, period, answers, byTouchpoint
    case readAll, subThemes, taxonomy, taxonomyIntro, themeID, themeName, patterns, parent, topLevel
    case addTheme, deleteTheme, restoreDefault, version, defaultTaxonomy, pending, tryText, tryIntro, analyse
    case editThemes, candidates, candidatesIntro, phrase, leansNegative, acceptAs, mergeInto, dismiss
    case noCandidates, sentimentModels, modelsIntro, train, modelLanguage, modelExamples, modelAccuracy
    case modelInUse, modelNotEnough, modelBuiltInBetter, noModels, trainedAt
    case reanalysing

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .reanalysing:
            Translations(
                en:
                    "Answers are being read again with changed themes or a new sentiment model; until that is done, the figures mix the old and the new.",
                sv:
                    "Svaren läses om med ändrade teman eller en ny känslomodell; tills det är klart blandar siffrorna det gamla och det nya.",
                da:
                    "Svarene læses igen med ændrede temaer eller en ny stemningsmodel; indtil det er færdigt, blander tallene det gamle og det nye.",
                nb:
                    "Svarene leses på nytt med endrede temaer eller en ny stemningsmodell; til det er ferdig, blander tallene det gamle og det nye.",
                fi:
                    "Vastauksia luetaan uudelleen muuttuneilla teemoilla tai uudella sävymallilla; siihen asti luvuissa on sekaisin vanhaa ja uutta."
            )
        case .feedback:
            Translations(en: "Feedback", sv: "Kommentarer", da: "Kommentarer", nb: "Kommentarer", fi: "Palaute")
        case .inboxIntro:
            Translations(
                en:
                    "Every open-text answer with its language, sentiment and themes. Theme words are highlighted; small groups are flagged so that no one over-reads a handful of comments.",
                sv:
                    "Alla fritextsvar med språk, känsla och teman. Temaorden är markerade; små grupper flaggas så att ingen drar slutsatser av en handfull kommentarer.",
                da:
                    "Alle fritekstsvar med sprog, stemning og temaer. Temaordene er fremhævet; små grupper markeres, så ingen overfortolker en håndfuld kommentarer.",
                nb:
                    "Alle fritekstsvar med språk, stemning og temaer. Temaordene er uthevet; små grupper flagges så ingen overtolker en håndfull kommentarer.",
                fi:
                    "Kaikki avoimet vastaukset kielen, sävyn ja teemojen kanssa. Teemasanat on korostettu; pienet ryhmät merkitään, jotta kourallisesta kommentteja ei vedetä liikoja johtopäätöksiä."
            )
        case .search:
            Translations(
                en: "Search the words", sv: "Sök i texten", da: "Søg i teksten", nb: "Søk i teksten", fi: "Hae tekstistä")
        case .sentiment:
            Translations(en: "Sentiment", sv: "Känsla", da: "Stemning", nb: "Stemning", fi: "Sävy")
        case .anySentiment:
            Translations(
                en: "Any sentiment", sv: "Alla känslor", da: "Alle stemninger", nb: "Alle stemninger", fi: "Kaikki sävyt")
        case .positive:
            Translations(en: "Positive", sv: "Positiv", da: "Positiv", nb: "Positiv", fi: "Myönteinen")
        case .neutral:
            Translations(en: "Neutral", sv: "Neutral", da: "Neutral", nb: "Nøytral", fi: "Neutraali")
        case .negative:
            Translations(en: "Negative", sv: "Negativ", da: "Negativ", nb: "Negativ", fi: "Kielteinen")
        case .theme:
            Translations(en: "Theme", sv: "Tema", da: "Tema", nb: "Tema", fi: "Teema")
        case .anyTheme:
            Translations(en: "Any theme", sv: "Alla teman", da: "Alle temaer", nb: "Alle temaer", fi: "Kaikki teemat")
        case .noTheme:
            Translations(
                en: "No theme yet", sv: "Inget tema än", da: "Intet tema endnu", nb: "Ikke noe tema ennå", fi: "Ei vielä teemaa")
        case .language:
            Translations(
                en: "Language of the text", sv: "Textens språk", da: "Tekstens sprog", nb: "Tekstens språk", fi: "Tekstin kieli")
        case .anyLanguage:
            Translations(en: "Any language", sv: "Alla språk", da: "Alle sprog", nb: "Alle språk", fi: "Kaikki kielet")
        case .otherLanguage:
            Translations(en: "Another language", sv: "Annat språk", da: "Andet sprog", nb: "Annet språk", fi: "Muu kieli")
        case .touchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kohtaamispiste")
        case .anyTouchpoint:
            Translations(
                en: "Any touchpoint", sv: "Alla kontaktpunkter", da: "Alle kontaktpunkter", nb: "Alle kontaktpunkter",
                fi: "Kaikki kohtaamispisteet")
        case .unit:
            Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .anyUnit:
            Translations(en: "Any unit", sv: "Alla enheter", da: "Alle enheder", nb: "Alle enheter", fi: "Kaikki yksiköt")
        case .from:
            Translations(en: "From", sv: "Från", da: "Fra", nb: "Fra", fi: "Alkaen")
        case .to:
            Translations(en: "Until", sv: "Till", da: "Til", nb: "Til", fi: "Asti")
        case .npsGroup:
            Translations(en: "NPS group", sv: "NPS-grupp", da: "NPS-gruppe", nb: "NPS-gruppe", fi: "NPS-ryhmä")
        case .anyGroup:
            Translations(en: "Anyone", sv: "Alla", da: "Alle", nb: "Alle", fi: "Kaikki")
        case .promoters:
            Translations(
                en: "Promoters (9–10)", sv: "Promotorer (9–10)", da: "Promotorer (9–10)", nb: "Promotører (9–10)",
                fi: "Suosittelijat (9–10)")
        case .passives:
            Translations(
                en: "Passives (7–8)", sv: "Passiva (7–8)", da: "Passive (7–8)", nb: "Passive (7–8)", fi: "Passiiviset (7–8)")
        case .detractors:
            Translations(
                en: "Detractors (0–6)", sv: "Kritiker (0–6)", da: "Kritikere (0–6)", nb: "Kritikere (0–6)",
                fi: "Arvostelijat (0–6)")
        case .tag:
            Translations(en: "Tag", sv: "Tagg", da: "Tag", nb: "Tagg", fi: "Tunniste")
        case .anyTag:
            Translations(en: "Any tag", sv: "Alla taggar", da: "Alle tags", nb: "Alle tagger", fi: "Kaikki tunnisteet")
        case .examplesOnly:
            Translations(en: "Only examples", sv: "Bara exempel", da: "Kun eksempler", nb: "Bare eksempler", fi: "Vain esimerkit")
        case .order:
            Translations(en: "Order", sv: "Ordning", da: "Rækkefølge", nb: "Rekkefølge", fi: "Järjestys")
        case .orderNewest:
            Translations(en: "Newest first", sv: "Nyaste först", da: "Nyeste først", nb: "Nyeste først", fi: "Uusimmat ensin")
        case .orderOldest:
            Translations(en: "Oldest first", sv: "Äldsta först", da: "Ældste først", nb: "Eldste først", fi: "Vanhimmat ensin")
        case .orderNegative:
            Translations(
                en: "Most negative first", sv: "Mest negativa först", da: "Mest negative først", nb: "Mest negative først",
                fi: "Kielteisimmät ensin")
        case .orderPositive:
            Translations(
                en: "Most positive first", sv: "Mest positiva först", da: "Mest positive først", nb: "Mest positive først",
                fi: "Myönteisimmät ensin")
        case .show:
            Translations(en: "Show", sv: "Visa", da: "Vis", nb: "Vis", fi: "Näytä")
        case .summary:
            Translations(
                en: "{0} answers: {1} positive, {2} neutral, {3} negative",
                sv: "{0} svar: {1} positiva, {2} neutrala, {3} negativa",
                da: "{0} svar: {1} positive, {2} neutrale, {3} negative",
                nb: "{0} svar: {1} positive, {2} nøytrale, {3} negative",
                fi: "{0} vastausta: {1} myönteistä, {2} neutraalia, {3} kielteistä")
        case .fewAnswers:
            Translations(
                en: "Only {0} answers: read them as single voices, not as a trend.",
                sv: "Bara {0} svar: läs dem som enskilda röster, inte som en trend.",
                da: "Kun {0} svar: læs dem som enkelte stemmer, ikke som en tendens.",
                nb: "Bare {0} svar: les dem som enkeltstemmer, ikke som en trend.",
                fi: "Vain {0} vastausta: lue ne yksittäisinä ääninä, ei trendinä.")
        case .noAnswers:
            Translations(
                en: "No answers match.", sv: "Inga svar matchar.", da: "Ingen svar passer.", nb: "Ingen svar passer.",
                fi: "Yksikään vastaus ei vastaa hakua.")
        case .scoreOf:
            Translations(en: "score {0}", sv: "poäng {0}", da: "score {0}", nb: "poeng {0}", fi: "pisteet {0}")
        case .learned:
            Translations(
                en: "learned from your scores", sv: "inlärd från era betyg", da: "lært af jeres scorer",
                nb: "lært av deres poeng", fi: "opittu omista arvosanoistanne")
        case .example:
            Translations(en: "Example", sv: "Exempel", da: "Eksempel", nb: "Eksempel", fi: "Esimerkki")
        case .markExample:
            Translations(
                en: "Mark as example", sv: "Markera som exempel", da: "Markér som eksempel", nb: "Marker som eksempel",
                fi: "Merkitse esimerkiksi")
        case .unmarkExample:
            Translations(
                en: "No longer an example", sv: "Inte längre exempel", da: "Ikke længere eksempel", nb: "Ikke lenger eksempel",
                fi: "Ei enää esimerkki")
        case .addTag:
            Translations(en: "Add a tag", sv: "Lägg till tagg", da: "Tilføj tag", nb: "Legg til tagg", fi: "Lisää tunniste")
        case .setTheme:
            Translations(en: "Set a theme", sv: "Sätt tema", da: "Sæt tema", nb: "Sett tema", fi: "Aseta teema")
        case .removeTheme:
            Translations(
                en: "Remove the theme {0}", sv: "Ta bort temat {0}", da: "Fjern temaet {0}", nb: "Fjern temaet {0}",
                fi: "Poista teema {0}")
        case .apply:
            Translations(en: "Apply", sv: "Spara", da: "Gem", nb: "Lagre", fi: "Tallenna")
        case .edit:
            Translations(
                en: "Tag or re-theme", sv: "Tagga eller ändra tema", da: "Tag eller skift tema", nb: "Tagg eller endre tema",
                fi: "Tunnisteet ja teemat")
        case .openCase:
            Translations(en: "Open a case", sv: "Öppna ärende", da: "Opret sag", nb: "Opprett sak", fi: "Avaa tapaus")
        case .caseTitle:
            Translations(
                en: "Feedback: {0}", sv: "Kommentar: {0}", da: "Kommentar: {0}", nb: "Kommentar: {0}", fi: "Palaute: {0}")
        case .manual:
            Translations(en: "set by hand", sv: "satt för hand", da: "sat manuelt", nb: "satt manuelt", fi: "asetettu käsin")
        case .truncated:
            Translations(
                en: "Very long: only the first 20,000 characters were analysed.",
                sv: "Mycket lång: bara de första 20 000 tecknen analyserades.",
                da: "Meget lang: kun de første 20.000 tegn blev analyseret.",
                nb: "Svært lang: bare de første 20 000 tegnene ble analysert.",
                fi: "Hyvin pitkä: vain ensimmäiset 20 000 merkkiä analysoitiin.")
        case .themes:
            Translations(en: "Themes", sv: "Teman", da: "Temaer", nb: "Temaer", fi: "Teemat")
        case .themesIntro:
            Translations(
                en:
                    "What customers talk about among the selected answers: how often, in what tone, and how those who mention it score. Intervals are 95 %.",
                sv:
                    "Vad kunderna pratar om i de valda svaren: hur ofta, i vilken ton och vilka betyg de som nämner det ger. Intervallen är 95 %.",
                da:
                    "Hvad kunderne taler om i de valgte svar: hvor ofte, i hvilken tone, og hvilke scorer de, der nævner det, giver. Intervallerne er 95 %.",
                nb:
                    "Hva kundene snakker om i de valgte svarene: hvor ofte, i hvilken tone, og hvilke poeng de som nevner det gir. Intervallene er 95 %.",
                fi:
                    "Mistä asiakkaat puhuvat valituissa vastauksissa: kuinka usein, millä sävyllä ja miten sen maininneet arvioivat. Välit ovat 95 %."
            )
        case .mentions:
            Translations(en: "Mentions", sv: "Omnämnanden", da: "Omtaler", nb: "Omtaler", fi: "Maininnat")
        case .share:
            Translations(
                en: "Share of answers", sv: "Andel av svaren", da: "Andel af svarene", nb: "Andel av svarene",
                fi: "Osuus vastauksista")
        case .netSentiment:
            Translations(en: "Net sentiment", sv: "Nettokänsla", da: "Nettostemning", nb: "Nettostemning", fi: "Nettosävy")
        case .negativeShare:
            Translations(en: "Negative", sv: "Negativa", da: "Negative", nb: "Negative", fi: "Kielteiset")
        case .npsOfMentioners:
            Translations(
                en: "NPS of those mentioning it", sv: "NPS hos dem som nämner det", da: "NPS blandt dem, der nævner det",
                nb: "NPS blant dem som nevner det", fi: "Maininneiden NPS")
        case .cesOfMentioners:
            Translations(
                en: "CES of those mentioning it", sv: "CES hos dem som nämner det", da: "CES blandt dem, der nævner det",
                nb: "CES blant dem som nevner det", fi: "Maininneiden CES")
        case .lowSample:
            Translations(en: "few answers", sv: "få svar", da: "få svar", nb: "få svar", fi: "vähän vastauksia")
        case .tooFew:
            Translations(en: "too few", sv: "för få", da: "for få", nb: "for få", fi: "liian vähän")
        case .ofAnswers:
            Translations(
                en: "{0} analysed answers", sv: "{0} analyserade svar", da: "{0} analyserede svar", nb: "{0} analyserte svar",
                fi: "{0} analysoitua vastausta")
        case .allAnswers:
            Translations(en: "All answers", sv: "Alla svar", da: "Alle svar", nb: "Alle svar", fi: "Kaikki vastaukset")
        case .whatCustomersSay:
            Translations(
                en: "What customers say about {0}", sv: "Vad kunderna säger om {0}", da: "Hvad kunderne siger om {0}",
                nb: "Hva kundene sier om {0}", fi: "Mitä asiakkaat sanovat aiheesta {0}")
        case .negativeQuotes:
            Translations(
                en: "In their own words: the negative side", sv: "Med deras egna ord: det negativa",
                da: "Med deres egne ord: det negative", nb: "Med deres egne ord: det negative",
                fi: "Heidän omin sanoin: kielteiset")
        case .positiveQuotes:
            Translations(
                en: "In their own words: the positive side", sv: "Med deras egna ord: det positiva",
                da: "Med deres egne ord: det positive", nb: "Med deres egne ord: det positive",
                fi: "Heidän omin sanoin: myönteiset")
        case .quotesNote:
            Translations(
                en: "Marked examples first, then the clearest answers.",
                sv: "Markerade exempel först, sedan de tydligaste svaren.",
                da: "Markerede eksempler først, derefter de tydeligste svar.",
                nb: "Merkede eksempler først, deretter de tydeligste svarene.",
                fi: "Merkityt esimerkit ensin, sitten selkeimmät vastaukset.")
        case .noQuotes:
            Translations(
                en: "None in this selection.", sv: "Inga i det här urvalet.", da: "Ingen i dette udvalg.",
                nb: "Ingen i dette utvalget.", fi: "Ei yhtään tässä valinnassa.")
        case .overTime:
            Translations(en: "Over time", sv: "Över tid", da: "Over tid", nb: "Over tid", fi: "Ajan mittaan")
        case .period:
            Translations(en: "Period", sv: "Period", da: "Periode", nb: "Periode", fi: "Jakso")
        case .answers:
            Translations(en: "Answers", sv: "Svar", da: "Svar", nb: "Svar", fi: "Vastaukset")
        case .byTouchpoint:
            Translations(
                en: "By touchpoint", sv: "Per kontaktpunkt", da: "Pr. kontaktpunkt", nb: "Per kontaktpunkt",
                fi: "Kohtaamispisteittäin")
        case .readAll:
            Translations(
                en: "Read all {0} answers in the inbox", sv: "Läs alla {0} svar i inkorgen", da: "Læs alle {0} svar i indbakken",
                nb: "Les alle {0} svar i innboksen", fi: "Lue kaikki {0} vastausta saapuneista")
        case .subThemes:
            Translations(en: "Sub-themes", sv: "Underteman", da: "Undertemaer", nb: "Undertemaer", fi: "Alateemat")
        case .taxonomy:
            Translations(
                en: "Themes and keywords", sv: "Teman och nyckelord", da: "Temaer og nøgleord", nb: "Temaer og nøkkelord",
                fi: "Teemat ja avainsanat")
        case .taxonomyIntro:
            Translations(
                en:
                    "Each theme is found by its keywords and phrases, per language. A * at the end of a word matches any ending (dyr* finds dyrt, dyrare); at the start any beginning (*kö finds telefonkö). One pattern per line. After saving, every answer is read again in the background.",
                sv:
                    "Varje tema hittas genom sina nyckelord och fraser, per språk. En * sist i ett ord matchar valfri ändelse (dyr* hittar dyrt, dyrare); först valfri början (*kö hittar telefonkö). Ett mönster per rad. När du sparat läses alla svar om i bakgrunden.",
                da:
                    "Hvert tema findes ved sine nøgleord og fraser, pr. sprog. En * sidst i et ord matcher enhver endelse (dyr* finder dyrt, dyrere); først enhver begyndelse (*kø finder telefonkø). Ét mønster pr. linje. Når du har gemt, læses alle svar igen i baggrunden.",
                nb:
                    "Hvert tema finnes ved sine nøkkelord og fraser, per språk. En * sist i et ord matcher hvilken som helst endelse (dyr* finner dyrt, dyrere); først hvilken som helst begynnelse (*kø finner telefonkø). Ett mønster per linje. Når du har lagret, leses alle svar på nytt i bakgrunnen.",
                fi:
                    "Jokainen teema löytyy avainsanoistaan ja ilmauksistaan kielittäin. * sanan lopussa sopii mihin tahansa päätteeseen (hinta* löytää hinnat, hintaa); alussa mihin tahansa alkuun (*jono löytää puhelinjono). Yksi malli riviä kohden. Tallennuksen jälkeen kaikki vastaukset luetaan taustalla uudelleen."
            )
        case .themeID:
            Translations(en: "Id", sv: "Id", da: "Id", nb: "Id", fi: "Tunnus")
        case .themeName:
            Translations(en: "Name ({0})", sv: "Namn ({0})", da: "Navn ({0})", nb: "Navn ({0})", fi: "Nimi ({0})")
        case .patterns:
            Translations(
                en: "Keywords ({0})", sv: "Nyckelord ({0})", da: "Nøgleord ({0})", nb: "Nøkkelord ({0})", fi: "Avainsanat ({0})")
        case .parent:
            Translations(en: "Sub-theme of", sv: "Undertema till", da: "Undertema til", nb: "Undertema til", fi: "Yläteema")
        case .topLevel:
            Translations(
                en: "None (a theme of its own)", sv: "Inget (eget tema)", da: "Intet (eget tema)", nb: "Ingen (eget tema)",
                fi: "Ei mitään (oma teema)")
        case .addTheme:
            Translations(en: "Add a theme", sv: "Lägg till tema", da: "Tilføj tema", nb: "Legg til tema", fi: "Lisää teema")
        case .deleteTheme:
            Translations(en: "Delete the theme", sv: "Ta bort temat", da: "Slet temaet", nb: "Slett temaet", fi: "Poista teema")
        case .restoreDefault:
            Translations(
                en: "Restore cxm's default themes", sv: "Återställ cxm:s standardteman", da: "Gendan cxm's standardtemaer",
                nb: "Gjenopprett cxms standardtemaer", fi: "Palauta cxm:n oletusteemat")
        case .version:
            Translations(en: "Version {0}", sv: "Version {0}", da: "Version {0}", nb: "Versjon {0}", fi: "Versio {0}")
        case .defaultTaxonomy:
            Translations(en: "cxm's default", sv: "cxm:s standard", da: "cxm's standard", nb: "cxms standard", fi: "cxm:n oletus")
        case .pending:
            Translations(
                en: "{0} answers are being read again.", sv: "{0} svar läses om.", da: "{0} svar læses igen.",
                nb: "{0} svar leses på nytt.", fi: "{0} vastausta luetaan uudelleen.")
        case .tryText:
            Translations(en: "Try a text", sv: "Prova en text", da: "Prøv en tekst", nb: "Prøv en tekst", fi: "Kokeile tekstiä")
        case .tryIntro:
            Translations(
                en: "See how cxm reads a text with these themes; nothing is stored.",
                sv: "Se hur cxm läser en text med de här temana; inget sparas.",
                da: "Se, hvordan cxm læser en tekst med disse temaer; intet gemmes.",
                nb: "Se hvordan cxm leser en tekst med disse temaene; ingenting lagres.",
                fi: "Katso, miten cxm lukee tekstin näillä teemoilla; mitään ei tallenneta.")
        case .analyse:
            Translations(en: "Analyse", sv: "Analysera", da: "Analysér", nb: "Analyser", fi: "Analysoi")
        case .editThemes:
            Translations(
                en: "Edit themes and keywords", sv: "Redigera teman och nyckelord", da: "Redigér temaer og nøgleord",
                nb: "Rediger temaer og nøkkelord", fi: "Muokkaa teemoja ja avainsanoja")
        case .candidates:
            Translations(
                en: "Suggested new themes", sv: "Förslag på nya teman", da: "Forslag til nye temaer",
                nb: "Forslag til nye temaer", fi: "Ehdotetut uudet teemat")
        case .candidatesIntro:
            Translations(
                en:
                    "Phrases customers use often that no theme covers yet. Accept one as a theme, add it to an existing theme, or dismiss it.",
                sv:
                    "Fraser som kunderna ofta använder men som inget tema täcker än. Godta en som tema, lägg den till ett befintligt tema eller avfärda den.",
                da:
                    "Fraser, kunderne ofte bruger, men som intet tema dækker endnu. Godkend en som tema, føj den til et eksisterende tema, eller afvis den.",
                nb:
                    "Fraser kundene ofte bruker, men som ikke noe tema dekker ennå. Godta en som tema, legg den til et eksisterende tema, eller avvis den.",
                fi:
                    "Ilmauksia, joita asiakkaat käyttävät usein mutta joita mikään teema ei vielä kata. Hyväksy teemaksi, lisää olemassa olevaan teemaan tai hylkää."
            )
        case .phrase:
            Translations(en: "Phrase", sv: "Fras", da: "Frase", nb: "Frase", fi: "Ilmaus")
        case .leansNegative:
            Translations(
                en: "leans negative", sv: "lutar negativt", da: "hælder negativt", nb: "heller negativt",
                fi: "kallistuu kielteiseen")
        case .acceptAs:
            Translations(
                en: "Accept as theme named", sv: "Godta som tema med namnet", da: "Godkend som tema med navnet",
                nb: "Godta som tema med navnet", fi: "Hyväksy teemaksi nimellä")
        case .mergeInto:
            Translations(
                en: "Add to theme", sv: "Lägg till i tema", da: "Føj til tema", nb: "Legg til i tema", fi: "Lisää teemaan")
        case .dismiss:
            Translations(en: "Dismiss", sv: "Avfärda", da: "Afvis", nb: "Avvis", fi: "Hylkää")
        case .noCandidates:
            Translations(
                en: "No suggestions: the themes cover what customers say often.",
                sv: "Inga förslag: temana täcker det kunderna ofta säger.",
                da: "Ingen forslag: temaerne dækker det, kunderne ofte siger.",
                nb: "Ingen forslag: temaene dekker det kundene ofte sier.",
                fi: "Ei ehdotuksia: teemat kattavat sen, mitä asiakkaat usein sanovat.")
        case .sentimentModels:
            Translations(
                en: "Sentiment learned from your scores", sv: "Känsla inlärd från era betyg", da: "Stemning lært af jeres scorer",
                nb: "Stemning lært av deres poeng", fi: "Omista arvosanoista opittu sävy")
        case .modelsIntro:
            Translations(
                en:
                    "Answers next to an NPS, CSAT or CES score teach cxm how your customers write when they are pleased or not. A language's learned model is used when it reads held-back answers better than the built-in one.",
                sv:
                    "Svar bredvid ett NPS-, CSAT- eller CES-betyg lär cxm hur era kunder skriver när de är nöjda eller inte. En inlärd modell används för ett språk när den läser undanhållna svar bättre än den inbyggda.",
                da:
                    "Svar ved siden af en NPS-, CSAT- eller CES-score lærer cxm, hvordan jeres kunder skriver, når de er tilfredse eller ej. En lært model bruges for et sprog, når den læser tilbageholdte svar bedre end den indbyggede.",
                nb:
                    "Svar ved siden av en NPS-, CSAT- eller CES-poengsum lærer cxm hvordan kundene deres skriver når de er fornøyde eller ikke. En lært modell brukes for et språk når den leser tilbakeholdte svar bedre enn den innebygde.",
                fi:
                    "NPS-, CSAT- tai CES-arvion viereiset vastaukset opettavat cxm:lle, miten asiakkaanne kirjoittavat tyytyväisinä ja tyytymättöminä. Opittua mallia käytetään kielelle, kun se lukee sivuun jätetyt vastaukset paremmin kuin sisäänrakennettu."
            )
        case .train:
            Translations(
                en: "Learn from the scores now", sv: "Lär från betygen nu", da: "Lær af scorerne nu", nb: "Lær av poengene nå",
                fi: "Opi arvosanoista nyt")
        case .modelLanguage:
            Translations(en: "Language", sv: "Språk", da: "Sprog", nb: "Språk", fi: "Kieli")
        case .modelExamples:
            Translations(
                en: "Scored answers (positive / negative)", sv: "Betygsatta svar (positiva / negativa)",
                da: "Svar med score (positive / negative)", nb: "Svar med poeng (positive / negative)",
                fi: "Arvioidut vastaukset (myönteiset / kielteiset)")
        case .modelAccuracy:
            Translations(
                en: "Accuracy on held-back answers: learned / built-in",
                sv: "Träffsäkerhet på undanhållna svar: inlärd / inbyggd",
                da: "Træfsikkerhed på tilbageholdte svar: lært / indbygget",
                nb: "Treffsikkerhet på tilbakeholdte svar: lært / innebygd",
                fi: "Osuvuus sivuun jätetyissä: opittu / sisäänrakennettu")
        case .modelInUse:
            Translations(en: "In use", sv: "Används", da: "I brug", nb: "I bruk", fi: "Käytössä")
        case .modelNotEnough:
            Translations(
                en: "Not enough scored answers yet (needs {0} of each sign).",
                sv: "Inte tillräckligt många betygsatta svar än (behöver {0} av varje).",
                da: "Endnu ikke nok svar med score (kræver {0} af hver).",
                nb: "Ikke nok svar med poeng ennå (trenger {0} av hver).",
                fi: "Arvioituja vastauksia ei vielä tarpeeksi (tarvitaan {0} kumpaakin).")
        case .modelBuiltInBetter:
            Translations(
                en: "built-in reads better", sv: "den inbyggda läser bättre", da: "den indbyggede læser bedre",
                nb: "den innebygde leser bedre", fi: "sisäänrakennettu lukee paremmin")
        case .noModels:
            Translations(
                en: "Nothing learned yet.", sv: "Inget inlärt än.", da: "Intet lært endnu.", nb: "Ingenting lært ennå.",
                fi: "Mitään ei ole vielä opittu.")
        case .trainedAt:
            Translations(en: "Learned {0}", sv: "Inlärd {0}", da: "Lært {0}", nb: "Lært {0}", fi: "Opittu {0}")
        }
    }
}
