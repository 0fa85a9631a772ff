import CXMCore

/// Messages of the churn report: who leaves, by NPS category, why, and the revenue at risk.
public enum ChurnText: String, Localizable {
    case churn, churnHint, from, to, show, period, category, customers, churned, rate, revenueLost
    case promoter, passive, detractor, leaveMore, leaveMoreNoRatio, noDifference, noTest, withoutAnswer
    case reasons, reason, count, atRisk, noAtRisk

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .churn: Translations(en: "Churn", sv: "Kundbortfall", da: "Kundeafgang", nb: "Kundeavgang", fi: "Asiakaspoistuma")
        case .churnHint:
            Translations(
                en: "Customers grouped by their last NPS answer before the period: how many of each group left in it.",
                sv: "Kunder grupperade efter sitt senaste NPS-svar före perioden: hur många i varje grupp som lämnade under den.",
                da: "Kunder grupperet efter deres seneste NPS-svar før perioden: hvor mange i hver gruppe der forlod i den.",
                nb: "Kunder gruppert etter sitt siste NPS-svar før perioden: hvor mange i hver gruppe som sluttet i den.",
                fi:
                    "Asiakkaat ryhmiteltynä viimeisimmän jaksoa edeltäneen NPS-vastauksen mukaan: kuinka moni kustakin ryhmästä lähti jaksolla."
            )
        case .from: Translations(en: "From", sv: "Från", da: "Fra", nb: "Fra", fi: "Alkaen")
        case .to: Translations(en: "To", sv: "Till", da: "Til", nb: "Til", fi: "Asti")
        case .show: Translations(en: "Show", sv: "Visa", da: "Vis", nb: "Vis", fi: "Näytä")
        case .period:
            Translations(
                en: "Period {0}–{1}", sv: "Perioden {0}–{1}", da: "Perioden {0}–{1}", nb: "Perioden {0}–{1}",
                fi: "Jakso {0}–{1}")
        case .category:
            Translations(en: "NPS category", sv: "NPS-kategori", da: "NPS-kategori", nb: "NPS-kategori", fi: "NPS-luokka")
        case .customers: Translations(en: "Customers", sv: "Kunder", da: "Kunder", nb: "Kunder", fi: "Asiakkaat")
        case .churned: Translations(en: "Left", sv: "Lämnade", da: "Forlod", nb: "Sluttet", fi: "Lähti")
        case .rate:
            Translations(
                en: "Churn rate (95 % interval)", sv: "Bortfall (95 % intervall)", da: "Afgang (95 % interval)",
                nb: "Avgang (95 % intervall)", fi: "Poistuma (95 %:n väli)")
        case .revenueLost:
            Translations(
                en: "Revenue lost", sv: "Förlorad intäkt", da: "Tabt omsætning", nb: "Tapt inntekt", fi: "Menetetyt tulot")
        case .promoter:
            Translations(en: "Promoters", sv: "Ambassadörer", da: "Ambassadører", nb: "Ambassadører", fi: "Suosittelijat")
        case .passive: Translations(en: "Passives", sv: "Passiva", da: "Passive", nb: "Passive", fi: "Passiiviset")
        case .detractor: Translations(en: "Detractors", sv: "Kritiker", da: "Kritikere", nb: "Kritikere", fi: "Arvostelijat")
        case .leaveMore:
            Translations(
                en: "Detractors leave {0}× as often as the other customers (p = {1}).",
                sv: "Kritiker lämnar {0} gånger så ofta som övriga kunder (p = {1}).",
                da: "Kritikere forlader {0} gange så ofte som de øvrige kunder (p = {1}).",
                nb: "Kritikere slutter {0} ganger så ofte som de andre kundene (p = {1}).",
                fi: "Arvostelijat lähtevät {0}-kertaisesti muihin asiakkaisiin verrattuna (p = {1}).")
        case .leaveMoreNoRatio:
            Translations(
                en: "Detractors leave more often than the other customers (p = {0}).",
                sv: "Kritiker lämnar oftare än övriga kunder (p = {0}).",
                da: "Kritikere forlader oftere end de øvrige kunder (p = {0}).",
                nb: "Kritikere slutter oftere enn de andre kundene (p = {0}).",
                fi: "Arvostelijat lähtevät useammin kuin muut asiakkaat (p = {0}).")
        case .noDifference:
            Translations(
                en: "No detectable difference between detractors and the other customers (p = {0}).",
                sv: "Ingen påvisbar skillnad mellan kritiker och övriga kunder (p = {0}).",
                da: "Ingen påviselig forskel mellem kritikere og de øvrige kunder (p = {0}).",
                nb: "Ingen påviselig forskjell mellom kritikere og de andre kundene (p = {0}).",
                fi: "Ei havaittavaa eroa arvostelijoiden ja muiden asiakkaiden välillä (p = {0}).")
        case .noTest:
            Translations(
                en: "Too few customers with an answer to test whether detractors leave more.",
                sv: "För få kunder med svar för att testa om kritiker lämnar oftare.",
                da: "For få kunder med svar til at teste, om kritikere forlader oftere.",
                nb: "For få kunder med svar til å teste om kritikere slutter oftere.",
                fi: "Liian vähän vastanneita asiakkaita sen testaamiseen, lähtevätkö arvostelijat useammin.")
        case .withoutAnswer:
            Translations(
                en: "{0} customers left without any earlier answer.", sv: "{0} kunder lämnade utan något tidigare svar.",
                da: "{0} kunder forlod uden noget tidligere svar.", nb: "{0} kunder sluttet uten noe tidligere svar.",
                fi: "{0} asiakasta lähti ilman aiempaa vastausta.")
        case .reasons:
            Translations(
                en: "Reasons for leaving", sv: "Skäl att lämna", da: "Grunde til at forlade", nb: "Grunner til å slutte",
                fi: "Lähtemisen syyt")
        case .reason: Translations(en: "Reason", sv: "Skäl", da: "Grund", nb: "Grunn", fi: "Syy")
        case .count: Translations(en: "All", sv: "Alla", da: "Alle", nb: "Alle", fi: "Kaikki")
        case .atRisk:
            Translations(
                en: "Revenue at risk among detractors who have not left: {0} a year.",
                sv: "Intäkt i riskzonen bland kritiker som inte har lämnat: {0} per år.",
                da: "Omsætning i risiko blandt kritikere, der ikke er gået: {0} om året.",
                nb: "Inntekt i faresonen blant kritikere som ikke har sluttet: {0} i året.",
                fi: "Riskissä oleva tulo lähtemättömien arvostelijoiden keskuudessa: {0} vuodessa.")
        case .noAtRisk:
            Translations(
                en: "No revenue is known for the detractors who stayed.", sv: "Ingen intäkt är känd för kritikerna som stannade.",
                da: "Der kendes ingen omsætning for de kritikere, der blev.",
                nb: "Ingen inntekt er kjent for kritikerne som ble.",
                fi: "Jääneiden arvostelijoiden tuloja ei tunneta.")
        }
    }
}
