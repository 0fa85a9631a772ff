import CXMCore

/// Messages of the improvement pages: frontline observations, the board, one improvement and its impact.
public enum ImprovementText: String, Localizable {
    case improvements, board, boardHint, capacityLine, unestimated, proposed, accepted, inProgress
    case delivered, measured, declined, limitOf, emptyColumn, impact, impactScore, noImpact
    case newImprovement, capacity, teamDays, share, acceptedLimit, inProgressLimit, reason, capacityReasonHint
    case capacityChanges, capacityChange, noReason, overrides, overridesHint, noOverrides, number, title
    case problem, hypothesis, hypothesisHint, touchpoint, noTouchpoint, units, unitsHint, wholeCompany
    case owner, noOwner, effort, notEstimated, stage, evidence, evidenceHint, noEvidence
    case kindResponse, kindTheme, kindAlert, kindCase, kindObservation, kindIncident, kindFunnelStep, customers
    case severity, readFrom, basisScore, basisMentions, basisAlertWorse, basisAlert, basisPriority, basisMinutes
    case basisDropOff, basisReported, basisUnavailable, estimated, howComputed, formula, customersRule, severityRule
    case importanceDriver, importanceNone, workedOut, history, proposedBy, moveLine, moveTo, move
    case moveReasonHint, reasonsNeeded, wipLimit, overCapacity, setback, edit, propose, conflict
    case backToBoard, observations, observationsHint, record, whatHappened, whereInJourney, unit, frequency
    case once, weekly, daily, hourly, customer, customerHint, recordButton, noObservations
    case unthemed, unthemedAt, groupSummary, vote, unvote, votes, comments, commentCount
    case comment, addComment, noComments, byOn, observation, proposeFrom, proposeFromGroup, citedBy
    case personDays, effect, effectHint, treatedGroup, controlGroup, before, after, change
    case estimateDiD, estimateChange, verdictImproved, verdictNone, verdictNoneNeeded, verdictWorse, verdictTooFew, incomplete
    case learnings, learningsHint, noLearnings, lastDays, period, hiddenEvidence, themeLabel

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .improvements:
            Translations(en: "Improvements", sv: "Förbättringar", da: "Forbedringer", nb: "Forbedringer", fi: "Parannukset")
        case .board:
            Translations(
                en: "Improvement board", sv: "Förbättringstavla", da: "Forbedringstavle", nb: "Forbedringstavle",
                fi: "Parannustaulu")
        case .boardHint:
            Translations(
                en:
                    "Improvements have their own capacity, separate from development work. Moving past a limit or taking work back needs a reason, and the reason is kept.",
                sv:
                    "Förbättringar har egen kapacitet, skild från utvecklingsarbetet. Att gå över en gräns eller ta tillbaka arbete kräver ett skäl, och skälet sparas.",
                da:
                    "Forbedringer har deres egen kapacitet, adskilt fra udviklingsarbejdet. At gå over en grænse eller tage arbejde tilbage kræver en begrundelse, og begrundelsen gemmes.",
                nb:
                    "Forbedringer har egen kapasitet, atskilt fra utviklingsarbeidet. Å gå over en grense eller ta arbeid tilbake krever en begrunnelse, og begrunnelsen lagres.",
                fi:
                    "Parannuksilla on oma kapasiteettinsa, erillään kehitystyöstä. Rajan ylittäminen tai työn palauttaminen vaatii perustelun, ja perustelu tallennetaan."
            )
        case .capacityLine:
            Translations(
                en: "{0} of {1} person-days a month in progress ({2} of {3} team days reserved for improvements)",
                sv: "{0} av {1} persondagar i månaden pågår ({2} av {3} teamdagar reserverade för förbättringar)",
                da: "{0} af {1} persondage om måneden i gang ({2} af {3} teamdage reserveret til forbedringer)",
                nb: "{0} av {1} dagsverk i måneden pågår ({2} av {3} teamdager reservert for forbedringer)",
                fi: "{0}/{1} henkilötyöpäivää kuukaudessa työn alla ({2} {3} tiimipäivästä varattu parannuksille)")
        case .unestimated:
            Translations(
                en: "{0} items in progress have no estimate and count nothing.",
                sv: "{0} pågående poster saknar uppskattning och räknas inte.",
                da: "{0} igangværende punkter mangler et estimat og tæller ikke.",
                nb: "{0} pågående punkter mangler anslag og teller ikke.",
                fi: "{0} työn alla olevalta kohteelta puuttuu arvio, eikä niitä lasketa.")
        case .proposed:
            Translations(en: "Proposed", sv: "Föreslagen", da: "Foreslået", nb: "Foreslått", fi: "Ehdotettu")
        case .accepted:
            Translations(en: "Accepted", sv: "Godkänd", da: "Godkendt", nb: "Godkjent", fi: "Hyväksytty")
        case .inProgress:
            Translations(en: "In progress", sv: "Pågår", da: "I gang", nb: "Pågår", fi: "Työn alla")
        case .delivered:
            Translations(en: "Delivered", sv: "Levererad", da: "Leveret", nb: "Levert", fi: "Toteutettu")
        case .measured:
            Translations(en: "Measured", sv: "Mätt", da: "Målt", nb: "Målt", fi: "Mitattu")
        case .declined:
            Translations(en: "Declined", sv: "Avböjd", da: "Afvist", nb: "Avslått", fi: "Hylätty")
        case .limitOf:
            Translations(en: "{0} of {1}", sv: "{0} av {1}", da: "{0} af {1}", nb: "{0} av {1}", fi: "{0}/{1}")
        case .emptyColumn:
            Translations(en: "Nothing here.", sv: "Inget här.", da: "Intet her.", nb: "Ingenting her.", fi: "Ei mitään.")
        case .impact:
            Translations(en: "Impact", sv: "Påverkan", da: "Effekt", nb: "Effekt", fi: "Vaikutus")
        case .impactScore:
            Translations(en: "Impact {0}", sv: "Påverkan {0}", da: "Effekt {0}", nb: "Effekt {0}", fi: "Vaikutus {0}")
        case .noImpact:
            Translations(
                en: "No impact worked out yet", sv: "Ingen påverkan beräknad än", da: "Ingen effekt beregnet endnu",
                nb: "Ingen effekt beregnet ennå", fi: "Vaikutusta ei ole vielä laskettu")
        case .newImprovement:
            Translations(
                en: "New improvement", sv: "Ny förbättring", da: "Ny forbedring", nb: "Ny forbedring", fi: "Uusi parannus")
        case .capacity:
            Translations(en: "Capacity", sv: "Kapacitet", da: "Kapacitet", nb: "Kapasitet", fi: "Kapasiteetti")
        case .teamDays:
            Translations(
                en: "Team person-days a month", sv: "Teamets persondagar per månad", da: "Teamets persondage om måneden",
                nb: "Teamets dagsverk per måned", fi: "Tiimin henkilötyöpäivät kuukaudessa")
        case .share:
            Translations(
                en: "Share reserved for improvements (%)", sv: "Andel reserverad för förbättringar (%)",
                da: "Andel reserveret til forbedringer (%)", nb: "Andel reservert for forbedringer (%)",
                fi: "Parannuksille varattu osuus (%)")
        case .acceptedLimit:
            Translations(
                en: "Most items accepted at once", sv: "Högst antal godkända samtidigt", da: "Højst antal godkendte ad gangen",
                nb: "Høyst antall godkjente samtidig", fi: "Enintään hyväksyttyjä kerralla")
        case .inProgressLimit:
            Translations(
                en: "Most items in progress at once", sv: "Högst antal pågående samtidigt",
                da: "Højst antal igangværende ad gangen", nb: "Høyst antall pågående samtidig", fi: "Enintään työn alla kerralla")
        case .reason:
            Translations(en: "Reason", sv: "Skäl", da: "Begrundelse", nb: "Begrunnelse", fi: "Perustelu")
        case .capacityReasonHint:
            Translations(
                en: "Needed when improvements get less room than before.",
                sv: "Behövs när förbättringar får mindre utrymme än tidigare.",
                da: "Kræves, når forbedringer får mindre plads end før.", nb: "Kreves når forbedringer får mindre plass enn før.",
                fi: "Tarvitaan, kun parannuksille jää vähemmän tilaa kuin ennen.")
        case .capacityChanges:
            Translations(
                en: "Capacity changes", sv: "Ändringar av kapaciteten", da: "Ændringer af kapaciteten",
                nb: "Endringer i kapasiteten", fi: "Kapasiteetin muutokset")
        case .capacityChange:
            Translations(
                en: "{0} → {1} person-days a month", sv: "{0} → {1} persondagar per månad", da: "{0} → {1} persondage om måneden",
                nb: "{0} → {1} dagsverk per måned", fi: "{0} → {1} henkilötyöpäivää kuukaudessa")
        case .noReason:
            Translations(
                en: "no reason given", sv: "inget skäl angivet", da: "ingen begrundelse", nb: "ingen begrunnelse",
                fi: "ei perustelua")
        case .overrides:
            Translations(
                en: "Moves past limits and setbacks", sv: "Flyttar över gränser och bakslag",
                da: "Flytninger over grænser og tilbageskridt", nb: "Flyttinger over grenser og tilbakeslag",
                fi: "Rajat ylittäneet siirrot ja takaiskut")
        case .overridesHint:
            Translations(
                en: "Every move that needed a reason, with the reason: what took the list's capacity.",
                sv: "Varje flytt som krävde ett skäl, med skälet: det som tog listans kapacitet.",
                da: "Hver flytning, der krævede en begrundelse, med begrundelsen: det, der tog listens kapacitet.",
                nb: "Hver flytting som krevde en begrunnelse, med begrunnelsen: det som tok listens kapasitet.",
                fi: "Jokainen perustelua vaatinut siirto perusteluineen: mikä vei listan kapasiteetin.")
        case .noOverrides:
            Translations(
                en: "No move has needed a reason.", sv: "Ingen flytt har krävt ett skäl.",
                da: "Ingen flytning har krævet en begrundelse.", nb: "Ingen flytting har krevd en begrunnelse.",
                fi: "Mikään siirto ei ole vaatinut perustelua.")
        case .number:
            Translations(
                en: "Improvement {0}", sv: "Förbättring {0}", da: "Forbedring {0}", nb: "Forbedring {0}", fi: "Parannus {0}")
        case .title:
            Translations(en: "Title", sv: "Rubrik", da: "Titel", nb: "Tittel", fi: "Otsikko")
        case .problem:
            Translations(en: "Problem", sv: "Problem", da: "Problem", nb: "Problem", fi: "Ongelma")
        case .hypothesis:
            Translations(en: "Hypothesis", sv: "Hypotes", da: "Hypotese", nb: "Hypotese", fi: "Hypoteesi")
        case .hypothesisHint:
            Translations(
                en: "What should change for customers when it is done, and how you would see it.",
                sv: "Vad som ska ändras för kunderna när det är gjort, och hur man skulle se det.",
                da: "Hvad der skal ændre sig for kunderne, når det er gjort, og hvordan man ville se det.",
                nb: "Hva som skal endre seg for kundene når det er gjort, og hvordan man ville se det.",
                fi: "Mitä asiakkaille pitäisi muuttua, kun se on tehty, ja miten sen näkisi.")
        case .touchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kosketuspiste")
        case .noTouchpoint:
            Translations(en: "None named", sv: "Inget angivet", da: "Intet angivet", nb: "Ikke angitt", fi: "Ei nimetty")
        case .units:
            Translations(en: "Units", sv: "Enheter", da: "Enheder", nb: "Enheter", fi: "Yksiköt")
        case .unitsHint:
            Translations(
                en: "None ticked: the whole company.", sv: "Inga markerade: hela företaget.",
                da: "Ingen markeret: hele virksomheden.", nb: "Ingen avkrysset: hele selskapet.", fi: "Ei valintoja: koko yritys."
            )
        case .wholeCompany:
            Translations(
                en: "Whole company", sv: "Hela företaget", da: "Hele virksomheden", nb: "Hele selskapet", fi: "Koko yritys")
        case .owner:
            Translations(en: "Owner", sv: "Ansvarig", da: "Ansvarlig", nb: "Ansvarlig", fi: "Vastuuhenkilö")
        case .noOwner:
            Translations(en: "Nobody yet", sv: "Ingen än", da: "Ingen endnu", nb: "Ingen ennå", fi: "Ei vielä ketään")
        case .effort:
            Translations(
                en: "Effort (person-days)", sv: "Insats (persondagar)", da: "Indsats (persondage)", nb: "Innsats (dagsverk)",
                fi: "Työmäärä (henkilötyöpäivää)")
        case .notEstimated:
            Translations(en: "not estimated", sv: "ej uppskattad", da: "ikke estimeret", nb: "ikke anslått", fi: "ei arvioitu")
        case .stage:
            Translations(en: "Stage", sv: "Steg", da: "Trin", nb: "Trinn", fi: "Vaihe")
        case .evidence:
            Translations(en: "Evidence", sv: "Underlag", da: "Dokumentation", nb: "Grunnlag", fi: "Näyttö")
        case .evidenceHint:
            Translations(
                en:
                    "One per line as kind:id: observation:…, theme:queue.waiting, alert:…, case:…, incident:…, response:…, funnel_step:funnel-id:2. Only what you can open yourself can be linked.",
                sv:
                    "En per rad som typ:id: observation:…, theme:queue.waiting, alert:…, case:…, incident:…, response:…, funnel_step:tratt-id:2. Bara det du själv kan öppna kan länkas.",
                da:
                    "Én pr. linje som type:id: observation:…, theme:queue.waiting, alert:…, case:…, incident:…, response:…, funnel_step:tragt-id:2. Kun det, du selv kan åbne, kan linkes.",
                nb:
                    "Én per linje som type:id: observation:…, theme:queue.waiting, alert:…, case:…, incident:…, response:…, funnel_step:trakt-id:2. Bare det du selv kan åpne, kan lenkes.",
                fi:
                    "Yksi riville muodossa laji:id: observation:…, theme:queue.waiting, alert:…, case:…, incident:…, response:…, funnel_step:suppilo-id:2. Vain sen, minkä voit itse avata, voi linkittää."
            )
        case .noEvidence:
            Translations(
                en: "No evidence linked yet: the impact score is 0 until something backs the problem.",
                sv: "Inget underlag länkat än: påverkan är 0 tills något styrker problemet.",
                da: "Ingen dokumentation linket endnu: effekten er 0, indtil noget underbygger problemet.",
                nb: "Ikke noe grunnlag lenket ennå: effekten er 0 til noe underbygger problemet.",
                fi: "Näyttöä ei ole vielä linkitetty: vaikutus on 0, kunnes jokin tukee ongelmaa.")
        case .kindResponse:
            Translations(en: "Survey answer", sv: "Enkätsvar", da: "Besvarelse", nb: "Svar", fi: "Kyselyvastaus")
        case .kindTheme:
            Translations(en: "Theme", sv: "Tema", da: "Tema", nb: "Tema", fi: "Teema")
        case .kindAlert:
            Translations(en: "Alert", sv: "Larm", da: "Alarm", nb: "Varsel", fi: "Hälytys")
        case .kindCase:
            Translations(en: "Case", sv: "Ärende", da: "Sag", nb: "Sak", fi: "Tapaus")
        case .kindObservation:
            Translations(en: "Observation", sv: "Observation", da: "Observation", nb: "Observasjon", fi: "Havainto")
        case .kindIncident:
            Translations(en: "Incident", sv: "Incident", da: "Hændelse", nb: "Hendelse", fi: "Häiriö")
        case .kindFunnelStep:
            Translations(
                en: "Funnel drop-off", sv: "Avhopp i tratt", da: "Frafald i tragt", nb: "Frafall i trakt", fi: "Suppilon poistuma"
            )
        case .customers:
            Translations(en: "Customers", sv: "Kunder", da: "Kunder", nb: "Kunder", fi: "Asiakkaat")
        case .severity:
            Translations(en: "Severity", sv: "Allvarlighet", da: "Alvorlighed", nb: "Alvorlighet", fi: "Vakavuus")
        case .readFrom:
            Translations(en: "Read from", sv: "Avläst från", da: "Aflæst fra", nb: "Avlest fra", fi: "Luettu")
        case .basisScore:
            Translations(
                en: "score {0} of 10", sv: "betyg {0} av 10", da: "score {0} af 10", nb: "score {0} av 10", fi: "arvosana {0}/10")
        case .basisMentions:
            Translations(
                en: "{0} of {1} mentions negative", sv: "{0} av {1} omnämnanden negativa", da: "{0} af {1} omtaler negative",
                nb: "{0} av {1} omtaler negative", fi: "{0}/{1} maininnasta kielteisiä")
        case .basisAlertWorse:
            Translations(
                en: "a change for the worse", sv: "en försämring", da: "en forværring", nb: "en forverring",
                fi: "muutos huonompaan")
        case .basisAlert:
            Translations(en: "a change", sv: "en förändring", da: "en ændring", nb: "en endring", fi: "muutos")
        case .basisPriority:
            Translations(
                en: "priority {0}", sv: "prioritet {0}", da: "prioritet {0}", nb: "prioritet {0}", fi: "prioriteetti {0}")
        case .basisMinutes:
            Translations(
                en: "{0} minutes of impact", sv: "{0} minuters påverkan", da: "{0} minutters påvirkning",
                nb: "{0} minutters påvirkning", fi: "{0} minuutin vaikutus")
        case .basisDropOff:
            Translations(
                en: "{0} of {1} visitors left here", sv: "{0} av {1} besökare lämnade här", da: "{0} af {1} besøgende forlod her",
                nb: "{0} av {1} besøkende forlot her", fi: "{0}/{1} kävijästä poistui tässä")
        case .basisReported:
            Translations(
                en: "reported by staff, without a measure: 0.5", sv: "rapporterat av personal, utan mått: 0,5",
                da: "indberettet af personalet, uden mål: 0,5", nb: "rapportert av ansatte, uten mål: 0,5",
                fi: "henkilöstön raportoima, ilman mittaa: 0,5")
        case .basisUnavailable:
            Translations(
                en: "gone since, or outside what you see: counts nothing",
                sv: "borttaget sedan dess eller utanför det du ser: räknas inte",
                da: "fjernet siden eller uden for det, du ser: tæller ikke",
                nb: "fjernet siden eller utenfor det du ser: teller ikke",
                fi: "poistettu tai näkyvyytesi ulkopuolella: ei lasketa")
        case .estimated:
            Translations(en: "{0} (estimate)", sv: "{0} (uppskattning)", da: "{0} (skøn)", nb: "{0} (anslag)", fi: "{0} (arvio)")
        case .howComputed:
            Translations(
                en: "How the impact score is worked out", sv: "Hur påverkan räknas fram", da: "Sådan beregnes effekten",
                nb: "Slik beregnes effekten", fi: "Miten vaikutus lasketaan")
        case .formula:
            Translations(
                en: "{0} customers × {1} driver weight × {2} severity = {3}",
                sv: "{0} kunder × {1} drivkraftsvikt × {2} allvarlighet = {3}",
                da: "{0} kunder × {1} drivervægt × {2} alvorlighed = {3}",
                nb: "{0} kunder × {1} drivervekt × {2} alvorlighet = {3}",
                fi: "{0} asiakasta × {1} ajuripaino × {2} vakavuus = {3}")
        case .customersRule:
            Translations(
                en:
                    "Customers: the widest reach of any one piece of evidence. Evidence of one problem describes largely the same customers, so adding them up would count people twice.",
                sv:
                    "Kunder: den största räckvidden hos något enskilt underlag. Underlag om ett problem beskriver till stor del samma kunder, så att lägga ihop dem skulle räkna personer två gånger.",
                da:
                    "Kunder: den største rækkevidde for et enkelt stykke dokumentation. Dokumentation om ét problem beskriver stort set de samme kunder, så at lægge dem sammen ville tælle personer to gange.",
                nb:
                    "Kunder: den største rekkevidden for ett enkelt grunnlag. Grunnlag om ett problem beskriver stort sett de samme kundene, så å legge dem sammen ville telle personer to ganger.",
                fi:
                    "Asiakkaat: laajin yksittäisen näytön kattavuus. Saman ongelman näytöt kuvaavat pitkälti samoja asiakkaita, joten niiden yhteenlasku laskisi ihmiset kahteen kertaan."
            )
        case .severityRule:
            Translations(
                en: "Severity: the mean of the evidence's severities (0 to 1), weighted by the customers each stands for.",
                sv:
                    "Allvarlighet: medelvärdet av underlagens allvarlighet (0 till 1), viktat med antalet kunder vart och ett står för.",
                da: "Alvorlighed: gennemsnittet af dokumentationens alvorlighed (0 til 1), vægtet med de kunder, hver står for.",
                nb: "Alvorlighet: gjennomsnittet av grunnlagenes alvorlighet (0 til 1), vektet med kundene hvert står for.",
                fi: "Vakavuus: näyttöjen vakavuuksien (0–1) keskiarvo painotettuna asiakkailla, joita kukin edustaa.")
        case .importanceDriver:
            Translations(
                en:
                    "Driver weight: the touchpoint explains {0} of {1} in its journey's driver analysis, among {2} drivers: {3}× an average driver's weight.",
                sv:
                    "Drivkraftsvikt: kontaktpunkten förklarar {0} av {1} i resans drivkraftsanalys, bland {2} drivkrafter: {3}× en genomsnittlig drivkrafts vikt.",
                da:
                    "Drivervægt: kontaktpunktet forklarer {0} af {1} i rejsens driveranalyse blandt {2} drivere: {3}× en gennemsnitlig drivers vægt.",
                nb:
                    "Drivervekt: kontaktpunktet forklarer {0} av {1} i reisens driveranalyse, blant {2} drivere: {3}× en gjennomsnittlig drivers vekt.",
                fi:
                    "Ajuripaino: kosketuspiste selittää {0} {1}:stä polun ajurianalyysissä {2} ajurin joukossa: {3}× keskimääräisen ajurin paino."
            )
        case .importanceNone:
            Translations(
                en:
                    "Driver weight 1: no kept driver analysis has this touchpoint as a driver, so it counts as an average driver.",
                sv:
                    "Drivkraftsvikt 1: ingen sparad drivkraftsanalys har kontaktpunkten som drivkraft, så den räknas som en genomsnittlig drivkraft.",
                da:
                    "Drivervægt 1: ingen gemt driveranalyse har kontaktpunktet som driver, så det tæller som en gennemsnitlig driver.",
                nb:
                    "Drivervekt 1: ingen lagret driveranalyse har kontaktpunktet som driver, så det teller som en gjennomsnittlig driver.",
                fi:
                    "Ajuripaino 1: mikään tallennettu ajurianalyysi ei sisällä tätä kosketuspistettä ajurina, joten se lasketaan keskimääräiseksi ajuriksi."
            )
        case .workedOut:
            Translations(
                en: "Worked out {0}.", sv: "Beräknad {0}.", da: "Beregnet {0}.", nb: "Beregnet {0}.", fi: "Laskettu {0}.")
        case .history:
            Translations(en: "History", sv: "Historik", da: "Historik", nb: "Historikk", fi: "Historia")
        case .proposedBy:
            Translations(
                en: "Proposed by {0}", sv: "Föreslagen av {0}", da: "Foreslået af {0}", nb: "Foreslått av {0}",
                fi: "Ehdottanut {0}")
        case .moveLine:
            Translations(
                en: "{0} → {1}, by {2}", sv: "{0} → {1}, av {2}", da: "{0} → {1}, af {2}", nb: "{0} → {1}, av {2}",
                fi: "{0} → {1}, {2}")
        case .moveTo:
            Translations(en: "Move to {0}", sv: "Flytta till {0}", da: "Flyt til {0}", nb: "Flytt til {0}", fi: "Siirrä: {0}")
        case .move:
            Translations(en: "Move", sv: "Flytta", da: "Flyt", nb: "Flytt", fi: "Siirrä")
        case .moveReasonHint:
            Translations(
                en: "Needed past a WIP limit or the reserved person-days, and when work goes back or off the board.",
                sv: "Behövs över en WIP-gräns eller de reserverade persondagarna, och när arbete går tillbaka eller av tavlan.",
                da: "Kræves over en WIP-grænse eller de reserverede persondage, og når arbejde går tilbage eller af tavlen.",
                nb: "Kreves over en WIP-grense eller de reserverte dagsverkene, og når arbeid går tilbake eller av tavlen.",
                fi: "Tarvitaan, kun WIP-raja tai varatut henkilötyöpäivät ylittyvät ja kun työ palaa tai poistuu taululta.")
        case .reasonsNeeded:
            Translations(
                en: "This move needs a reason: {0}.", sv: "Den här flytten kräver ett skäl: {0}.",
                da: "Denne flytning kræver en begrundelse: {0}.", nb: "Denne flyttingen krever en begrunnelse: {0}.",
                fi: "Tämä siirto vaatii perustelun: {0}.")
        case .wipLimit:
            Translations(
                en: "{0} holds {1} items and its limit is {2}", sv: "{0} har {1} poster och gränsen är {2}",
                da: "{0} har {1} punkter, og grænsen er {2}", nb: "{0} har {1} punkter, og grensen er {2}",
                fi: "vaiheessa {0} on {1} kohdetta ja raja on {2}")
        case .overCapacity:
            Translations(
                en: "work in progress would take {0} of the {1} person-days reserved a month",
                sv: "pågående arbete skulle ta {0} av de {1} persondagar som är reserverade per månad",
                da: "igangværende arbejde ville tage {0} af de {1} persondage, der er reserveret om måneden",
                nb: "pågående arbeid ville ta {0} av de {1} dagsverkene som er reservert per måned",
                fi: "työn alla oleva veisi {0} kuukaudelle varatuista {1} henkilötyöpäivästä")
        case .setback:
            Translations(
                en: "the item goes back from {0} to {1}", sv: "posten går tillbaka från {0} till {1}",
                da: "punktet går tilbage fra {0} til {1}", nb: "punktet går tilbake fra {0} til {1}",
                fi: "kohde palaa vaiheesta {0} vaiheeseen {1}")
        case .edit:
            Translations(en: "Edit", sv: "Redigera", da: "Rediger", nb: "Rediger", fi: "Muokkaa")
        case .propose:
            Translations(en: "Propose", sv: "Föreslå", da: "Foreslå", nb: "Foreslå", fi: "Ehdota")
        case .conflict:
            Translations(
                en: "Someone changed this improvement meanwhile. Here it is as it is now; make your change again.",
                sv: "Någon ändrade förbättringen under tiden. Här är den som den är nu; gör din ändring igen.",
                da: "Nogen ændrede forbedringen i mellemtiden. Her er den, som den er nu; foretag din ændring igen.",
                nb: "Noen endret forbedringen i mellomtiden. Her er den slik den er nå; gjør endringen din på nytt.",
                fi: "Joku muutti parannusta sillä välin. Tässä se on nykyisellään; tee muutoksesi uudelleen.")
        case .backToBoard:
            Translations(
                en: "Back to the board", sv: "Tillbaka till tavlan", da: "Tilbage til tavlen", nb: "Tilbake til tavlen",
                fi: "Takaisin taululle")
        case .observations:
            Translations(
                en: "Frontline observations", sv: "Observationer från fältet", da: "Observationer fra frontlinjen",
                nb: "Observasjoner fra frontlinjen", fi: "Asiakasrajapinnan havainnot")
        case .observationsHint:
            Translations(
                en:
                    "What customers tell you and what you see, in your own words and language. Similar observations are grouped by theme; back a colleague's with “I see this too”.",
                sv:
                    "Det kunderna berättar och det du ser, med egna ord och på ditt språk. Liknande observationer grupperas efter tema; stöd en kollegas med ”Jag ser det också”.",
                da:
                    "Det, kunderne fortæller, og det, du ser, med dine egne ord og på dit sprog. Lignende observationer grupperes efter tema; bak en kollegas op med »Det ser jeg også«.",
                nb:
                    "Det kundene forteller og det du ser, med egne ord og på ditt språk. Like observasjoner grupperes etter tema; støtt en kollegas med «Jeg ser det også».",
                fi:
                    "Mitä asiakkaat kertovat ja mitä näet, omin sanoin ja omalla kielelläsi. Samankaltaiset havainnot ryhmitellään teemoittain; tue kollegan havaintoa napilla ”Huomaan saman”."
            )
        case .record:
            Translations(
                en: "Record an observation", sv: "Skriv en observation", da: "Registrér en observation",
                nb: "Registrer en observasjon", fi: "Kirjaa havainto")
        case .whatHappened:
            Translations(
                en: "What did you hear or see?", sv: "Vad hörde eller såg du?", da: "Hvad hørte eller så du?",
                nb: "Hva hørte eller så du?", fi: "Mitä kuulit tai näit?")
        case .whereInJourney:
            Translations(
                en: "Where in the journey", sv: "Var i kundresan", da: "Hvor på kunderejsen", nb: "Hvor i kundereisen",
                fi: "Missä kohtaa polkua")
        case .unit:
            Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .frequency:
            Translations(
                en: "How often does it happen?", sv: "Hur ofta händer det?", da: "Hvor ofte sker det?",
                nb: "Hvor ofte skjer det?", fi: "Kuinka usein sitä tapahtuu?")
        case .once:
            Translations(en: "Once", sv: "En gång", da: "Én gang", nb: "Én gang", fi: "Kerran")
        case .weekly:
            Translations(en: "Every week", sv: "Varje vecka", da: "Hver uge", nb: "Hver uke", fi: "Viikoittain")
        case .daily:
            Translations(en: "Every day", sv: "Varje dag", da: "Hver dag", nb: "Hver dag", fi: "Päivittäin")
        case .hourly:
            Translations(
                en: "Several times a day", sv: "Flera gånger om dagen", da: "Flere gange om dagen", nb: "Flere ganger om dagen",
                fi: "Useita kertoja päivässä")
        case .customer:
            Translations(
                en: "Customer id (optional)", sv: "Kund-id (valfritt)", da: "Kunde-id (valgfrit)", nb: "Kunde-id (valgfritt)",
                fi: "Asiakastunnus (valinnainen)")
        case .customerHint:
            Translations(
                en: "Only when it is about one customer. Erasing the customer erases the observation too.",
                sv: "Bara när det gäller en enskild kund. Raderas kunden raderas även observationen.",
                da: "Kun når det handler om én kunde. Slettes kunden, slettes observationen også.",
                nb: "Bare når det gjelder én kunde. Slettes kunden, slettes også observasjonen.",
                fi: "Vain, kun se koskee yhtä asiakasta. Asiakkaan poistaminen poistaa myös havainnon.")
        case .recordButton:
            Translations(en: "Record", sv: "Spara", da: "Gem", nb: "Lagre", fi: "Tallenna")
        case .noObservations:
            Translations(
                en: "No observations in the last {0} days.", sv: "Inga observationer de senaste {0} dagarna.",
                da: "Ingen observationer de seneste {0} dage.", nb: "Ingen observasjoner de siste {0} dagene.",
                fi: "Ei havaintoja viimeisen {0} päivän ajalta.")
        case .unthemed:
            Translations(
                en: "Not yet matched to a theme", sv: "Ännu inte kopplad till ett tema", da: "Endnu ikke koblet til et tema",
                nb: "Ennå ikke koblet til et tema", fi: "Ei vielä liitetty teemaan")
        case .unthemedAt:
            Translations(
                en: "Not yet matched to a theme: {0}", sv: "Ännu inte kopplad till ett tema: {0}",
                da: "Endnu ikke koblet til et tema: {0}", nb: "Ennå ikke koblet til et tema: {0}",
                fi: "Ei vielä liitetty teemaan: {0}")
        case .groupSummary:
            Translations(
                en: "{0} reports, {1} votes, about {2} customers a month",
                sv: "{0} rapporter, {1} röster, cirka {2} kunder i månaden",
                da: "{0} indberetninger, {1} stemmer, omkring {2} kunder om måneden",
                nb: "{0} rapporter, {1} stemmer, rundt {2} kunder i måneden",
                fi: "{0} raporttia, {1} ääntä, noin {2} asiakasta kuukaudessa")
        case .vote:
            Translations(
                en: "I see this too", sv: "Jag ser det också", da: "Det ser jeg også", nb: "Jeg ser det også", fi: "Huomaan saman"
            )
        case .unvote:
            Translations(
                en: "Take back my vote", sv: "Ta tillbaka min röst", da: "Tag min stemme tilbage", nb: "Ta tilbake stemmen min",
                fi: "Peru ääneni")
        case .votes:
            Translations(en: "{0} votes", sv: "{0} röster", da: "{0} stemmer", nb: "{0} stemmer", fi: "{0} ääntä")
        case .comments:
            Translations(en: "Comments", sv: "Kommentarer", da: "Kommentarer", nb: "Kommentarer", fi: "Kommentit")
        case .commentCount:
            Translations(
                en: "{0} comments", sv: "{0} kommentarer", da: "{0} kommentarer", nb: "{0} kommentarer", fi: "{0} kommenttia")
        case .comment:
            Translations(en: "Comment", sv: "Kommentar", da: "Kommentar", nb: "Kommentar", fi: "Kommentti")
        case .addComment:
            Translations(
                en: "Add comment", sv: "Lägg till kommentar", da: "Tilføj kommentar", nb: "Legg til kommentar",
                fi: "Lisää kommentti")
        case .noComments:
            Translations(
                en: "No comments yet.", sv: "Inga kommentarer än.", da: "Ingen kommentarer endnu.", nb: "Ingen kommentarer ennå.",
                fi: "Ei vielä kommentteja.")
        case .byOn:
            Translations(en: "{0} on {1}", sv: "{0} den {1}", da: "{0} den {1}", nb: "{0} den {1}", fi: "{0}, {1}")
        case .observation:
            Translations(en: "Observation", sv: "Observation", da: "Observation", nb: "Observasjon", fi: "Havainto")
        case .proposeFrom:
            Translations(
                en: "Propose an improvement from this", sv: "Föreslå en förbättring utifrån detta",
                da: "Foreslå en forbedring ud fra dette", nb: "Foreslå en forbedring ut fra dette",
                fi: "Ehdota parannusta tämän pohjalta")
        case .proposeFromGroup:
            Translations(
                en: "Propose an improvement from these", sv: "Föreslå en förbättring utifrån dessa",
                da: "Foreslå en forbedring ud fra disse", nb: "Foreslå en forbedring ut fra disse",
                fi: "Ehdota parannusta näiden pohjalta")
        case .citedBy:
            Translations(
                en: "Improvements citing it", sv: "Förbättringar som hänvisar hit", da: "Forbedringer, der henviser hertil",
                nb: "Forbedringer som viser hit", fi: "Tähän viittaavat parannukset")
        case .personDays:
            Translations(
                en: "{0} person-days", sv: "{0} persondagar", da: "{0} persondage", nb: "{0} dagsverk", fi: "{0} henkilötyöpäivää"
            )
        case .effect:
            Translations(
                en: "Measured effect", sv: "Uppmätt effekt", da: "Målt effekt", nb: "Målt effekt", fi: "Mitattu vaikutus")
        case .effectHint:
            Translations(
                en:
                    "NPS in the {0} weeks before and after the delivery on {1}, at the improvement's touchpoint (every touchpoint when it names none).",
                sv:
                    "NPS under de {0} veckorna före och efter leveransen den {1}, vid förbättringens kontaktpunkt (alla kontaktpunkter om ingen anges).",
                da:
                    "NPS i de {0} uger før og efter leveringen den {1} ved forbedringens kontaktpunkt (alle kontaktpunkter, hvis ingen er angivet).",
                nb:
                    "NPS i de {0} ukene før og etter leveransen {1}, ved forbedringens kontaktpunkt (alle kontaktpunkter hvis ingen er angitt).",
                fi:
                    "NPS {0} viikkoa ennen toimitusta {1} ja sen jälkeen parannuksen kosketuspisteessä (kaikissa, jos sitä ei ole nimetty)."
            )
        case .treatedGroup:
            Translations(
                en: "Units it was for", sv: "Enheter den gällde", da: "Enheder, den gjaldt", nb: "Enheter den gjaldt",
                fi: "Yksiköt, joita se koski")
        case .controlGroup:
            Translations(en: "Other units", sv: "Övriga enheter", da: "Øvrige enheder", nb: "Øvrige enheter", fi: "Muut yksiköt")
        case .before:
            Translations(en: "Before", sv: "Före", da: "Før", nb: "Før", fi: "Ennen")
        case .after:
            Translations(en: "After", sv: "Efter", da: "Efter", nb: "Etter", fi: "Jälkeen")
        case .change:
            Translations(en: "Change", sv: "Förändring", da: "Ændring", nb: "Endring", fi: "Muutos")
        case .estimateDiD:
            Translations(
                en: "Change beyond the other units' (difference-in-differences): {0} points, {1} to {2}.",
                sv: "Förändring utöver övriga enheters (skillnad i skillnader): {0} poäng, {1} till {2}.",
                da: "Ændring ud over de øvrige enheders (forskel i forskelle): {0} point, {1} til {2}.",
                nb: "Endring utover de øvrige enhetenes (forskjell i forskjeller): {0} poeng, {1} til {2}.",
                fi: "Muutos muiden yksiköiden muutoksen lisäksi (erotusten erotus): {0} pistettä, {1}–{2}.")
        case .estimateChange:
            Translations(
                en: "Change after the delivery: {0} points, {1} to {2}.",
                sv: "Förändring efter leveransen: {0} poäng, {1} till {2}.",
                da: "Ændring efter leveringen: {0} point, {1} til {2}.", nb: "Endring etter leveransen: {0} poeng, {1} til {2}.",
                fi: "Muutos toimituksen jälkeen: {0} pistettä, {1}–{2}.")
        case .verdictImproved:
            Translations(en: "Improved", sv: "Förbättrad", da: "Forbedret", nb: "Forbedret", fi: "Parani")
        case .verdictNone:
            Translations(
                en: "No detectable change", sv: "Ingen påvisbar förändring", da: "Ingen påviselig ændring",
                nb: "Ingen påviselig endring", fi: "Ei havaittavaa muutosta")
        case .verdictNoneNeeded:
            Translations(
                en: "No detectable change: about {0} answers per period would detect a change of this size.",
                sv: "Ingen påvisbar förändring: cirka {0} svar per period skulle påvisa en förändring av den här storleken.",
                da: "Ingen påviselig ændring: omkring {0} svar pr. periode ville påvise en ændring af denne størrelse.",
                nb: "Ingen påviselig endring: rundt {0} svar per periode ville påvise en endring av denne størrelsen.",
                fi: "Ei havaittavaa muutosta: noin {0} vastausta jaksoa kohden havaitsisi näin suuren muutoksen.")
        case .verdictWorse:
            Translations(en: "Worse", sv: "Sämre", da: "Dårligere", nb: "Dårligere", fi: "Heikkeni")
        case .verdictTooFew:
            Translations(
                en: "Too few answers to tell: at least 30 in each period are needed.",
                sv: "För få svar för att avgöra: minst 30 per period behövs.",
                da: "For få svar til at afgøre det: mindst 30 pr. periode er nødvendige.",
                nb: "For få svar til å avgjøre: minst 30 per periode trengs.",
                fi: "Liian vähän vastauksia: jokaisella jaksolla tarvitaan vähintään 30.")
        case .incomplete:
            Translations(
                en: "The weeks after the delivery have not all passed: the figures will still change.",
                sv: "Alla veckor efter leveransen har inte gått än: siffrorna kommer att ändras.",
                da: "Ikke alle uger efter leveringen er gået endnu: tallene vil stadig ændre sig.",
                nb: "Ikke alle ukene etter leveransen har gått ennå: tallene vil fortsatt endre seg.",
                fi: "Kaikki toimituksen jälkeiset viikot eivät ole vielä kuluneet: luvut muuttuvat vielä.")
        case .learnings:
            Translations(en: "Learnings", sv: "Lärdomar", da: "Læring", nb: "Lærdommer", fi: "Opit")
        case .learningsHint:
            Translations(
                en:
                    "Measured improvements that did not move the score, or could not show it. Trying and failing is part of the work; keep what was learned.",
                sv:
                    "Uppmätta förbättringar som inte flyttade resultatet eller inte kunde visa det. Att pröva och misslyckas hör till arbetet; behåll det ni lärde er.",
                da:
                    "Målte forbedringer, der ikke flyttede resultatet eller ikke kunne vise det. At prøve og fejle er en del af arbejdet; behold det, I lærte.",
                nb:
                    "Målte forbedringer som ikke flyttet resultatet eller ikke kunne vise det. Å prøve og feile er en del av arbeidet; ta vare på det dere lærte.",
                fi:
                    "Mitatut parannukset, jotka eivät liikuttaneet tulosta tai eivät pystyneet osoittamaan sitä. Kokeilu ja epäonnistuminen kuuluvat työhön; pitäkää opit tallessa."
            )
        case .noLearnings:
            Translations(
                en: "No measured improvement has failed or been inconclusive yet.",
                sv: "Ingen uppmätt förbättring har misslyckats eller varit ofullständig än.",
                da: "Ingen målt forbedring er slået fejl eller uafklaret endnu.",
                nb: "Ingen målt forbedring har mislyktes eller vært uavklart ennå.",
                fi: "Yksikään mitattu parannus ei ole vielä epäonnistunut tai jäänyt epäselväksi.")
        case .lastDays:
            Translations(
                en: "Last {0} days", sv: "Senaste {0} dagarna", da: "Seneste {0} dage", nb: "Siste {0} dager",
                fi: "Viimeiset {0} päivää")
        case .period:
            Translations(en: "Period", sv: "Period", da: "Periode", nb: "Periode", fi: "Jakso")
        case .hiddenEvidence:
            Translations(
                en: "not visible to you (it counts in the score)", sv: "inte synligt för dig (det räknas i poängen)",
                da: "ikke synligt for dig (det tæller i scoren)", nb: "ikke synlig for deg (det teller i poengsummen)",
                fi: "ei näkyvissä sinulle (se lasketaan pisteisiin)")
        case .themeLabel:
            Translations(en: "Theme: {0}", sv: "Tema: {0}", da: "Tema: {0}", nb: "Tema: {0}", fi: "Teema: {0}")
        }
    }
}
