import CXMCore

/// Messages of a funnel's segments: customers sliced by how far they got.
public enum FunnelSegmentText: String, Localizable {
    case title, hint, none, make, left, finished

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .title:
            Translations(
                en: "Slice answers by this funnel", sv: "Dela upp svaren efter den här tratten",
                da: "Opdel svarene efter denne tragt", nb: "Del opp svarene etter denne trakten",
                fi: "Jaa vastaukset tämän suppilon mukaan")
        case .hint:
            Translations(
                en:
                    "Every customer who began the funnel signed in has the attribute {0}: the steps their latest attempt reached (1–{1}; {1} is finished), and {2}: the day it began. They are brought up to date every few minutes. A segment of them compares the answers of those who left with those who finished on every dashboard, trend and driver analysis.",
                sv:
                    "Varje kund som påbörjade tratten inloggad har attributet {0}: stegen deras senaste försök nådde (1–{1}; {1} är klart), och {2}: dagen det började. De uppdateras med några minuters mellanrum. Ett segment av dem jämför svaren från dem som lämnade med dem som slutförde i varje instrumentpanel, trend och drivkraftsanalys.",
                da:
                    "Hver kunde, der begyndte tragten logget ind, har attributten {0}: de trin, deres seneste forsøg nåede (1–{1}; {1} er gennemført), og {2}: dagen, det begyndte. De opdateres med få minutters mellemrum. Et segment af dem sammenligner svarene fra dem, der forlod, med dem, der gennemførte, på hvert dashboard, hver trend og driveranalyse.",
                nb:
                    "Hver kunde som begynte trakten innlogget, har attributtet {0}: stegene det siste forsøket nådde (1–{1}; {1} er fullført), og {2}: dagen det begynte. De oppdateres med noen minutters mellomrom. Et segment av dem sammenligner svarene fra dem som forlot med dem som fullførte, på hvert dashbord, hver trend og driveranalyse.",
                fi:
                    "Jokaisella asiakkaalla, joka aloitti suppilon kirjautuneena, on attribuutti {0}: vaiheet, joihin viimeisin yritys eteni (1–{1}; {1} on valmis), ja {2}: päivä, jona se alkoi. Ne päivitetään muutaman minuutin välein. Niistä tehty segmentti vertaa keskeyttäneiden ja loppuun asti edenneiden vastauksia jokaisessa koontinäytössä, trendissä ja ajurianalyysissä."
            )
        case .none:
            Translations(
                en: "No segment uses this funnel yet.", sv: "Inget segment använder den här tratten ännu.",
                da: "Intet segment bruger denne tragt endnu.", nb: "Ingen segmenter bruker denne trakten ennå.",
                fi: "Mikään segmentti ei vielä käytä tätä suppiloa.")
        case .make:
            Translations(
                en: "Make segments of those who left and those who finished",
                sv: "Skapa segment av dem som lämnade och dem som slutförde",
                da: "Opret segmenter af dem, der forlod, og dem, der gennemførte",
                nb: "Lag segmenter av dem som forlot og dem som fullførte",
                fi: "Tee segmentit keskeyttäneistä ja loppuun asti edenneistä")
        case .left:
            Translations(
                en: "Left “{0}” unfinished", sv: "Lämnade ”{0}” ofullbordad", da: "Forlod »{0}« uden at gennemføre",
                nb: "Forlot «{0}» uten å fullføre", fi: "Jätti ”{0}” kesken")
        case .finished:
            Translations(
                en: "Finished “{0}”", sv: "Slutförde ”{0}”", da: "Gennemførte »{0}«", nb: "Fullførte «{0}»",
                fi: "Vei ”{0}” loppuun")
        }
    }
}
