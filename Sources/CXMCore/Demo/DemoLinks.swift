import Foundation

/// The demo's survey links, with fixed tokens so that the README and the tests can name them: a
/// public link to the store-visit survey, a kiosk in the Göteborg Nordstan store, and a public link
/// to the website survey.
public enum DemoLinks {
    public static let storeVisitToken = "demo-store-visit"
    public static let kioskToken = "demo-kiosk-goteborg-nordstan"
    public static let websiteToken = "demo-website-visit"

    /// The links, created at `date`.
    public static func links(at date: Date) -> [SurveyLink] {
        [
            SurveyLink(
                id: "link-store-visit", token: storeVisitToken, surveyID: "survey-store-visit", kind: .public,
                touchpointID: "tp-store-advice", label: "Receipt QR code, all stores", createdAt: date),
            SurveyLink(
                id: "link-kiosk-nordstan", token: kioskToken, surveyID: "survey-store-visit", kind: .kiosk,
                touchpointID: "tp-store-support", unitID: DemoOrganisation.weakStoreID,
                label: "Kiosk by the door, Göteborg Nordstan",
                createdAt: date),
            SurveyLink(
                id: "link-website", token: websiteToken, surveyID: "survey-website", kind: .public,
                touchpointID: "tp-web-compare",
                label: "Feedback tab on the website", createdAt: date),
        ]
    }

    /// Title, introduction and thank-you texts for the store-visit survey.
    static let storeVisitPresentation = SurveyPresentation(
        title: DemoSurveys.text(
            "Your visit to Norrsken Telecom", "Ditt besök hos Norrsken Telecom", "Dit besøg hos Norrsken Telecom",
            "Ditt besøk hos Norrsken Telecom", "Käyntisi Norrsken Telecomissa"),
        intro: DemoSurveys.text(
            "Five short questions about your visit. Your answers are anonymous.",
            "Fem korta frågor om ditt besök. Dina svar är anonyma.",
            "Fem korte spørgsmål om dit besøg. Dine svar er anonyme.",
            "Fem korte spørsmål om besøket ditt. Svarene dine er anonyme.",
            "Viisi lyhyttä kysymystä käynnistäsi. Vastauksesi ovat nimettömiä."),
        thankYou: ThankYouMessages(
            promoter: DemoSurveys.text(
                "Thank you! We are glad the visit went well, and we will tell the store.",
                "Tack! Vad roligt att besöket gick bra – vi hälsar butiken.",
                "Tak! Hvor dejligt, at besøget gik godt – vi hilser butikken.",
                "Takk! Så fint at besøket gikk bra – vi hilser butikken.",
                "Kiitos! Hienoa, että käynti sujui hyvin – kerromme sen myymälälle."),
            detractor: DemoSurveys.text(
                "Thank you for telling us. The store manager reads every answer and uses it to do better.",
                "Tack för att du berättade. Butikschefen läser varje svar och använder dem för att bli bättre.",
                "Tak, fordi du fortalte os det. Butikschefen læser hvert svar og bruger dem til at blive bedre.",
                "Takk for at du fortalte oss det. Butikksjefen leser hvert svar og bruker dem til å bli bedre.",
                "Kiitos, että kerroit. Myymäläpäällikkö lukee jokaisen vastauksen ja käyttää niitä parantaakseen.")))
}
