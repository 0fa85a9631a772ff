/// Labels for channel kinds; raw values are the kind names the server stores.
public enum ChannelKindText: String, Localizable {
    case web, app, store, phone, email, chat
    case fieldService = "field_service"
    case other

    /// The label in every language.
    public var translations: Translations {
        switch self {
        case .web: Translations(en: "Website", sv: "Webbplats", da: "Websted", nb: "Nettsted", fi: "Verkkosivusto")
        case .app: Translations(en: "App", sv: "App", da: "App", nb: "App", fi: "Sovellus")
        case .store: Translations(en: "Store", sv: "Butik", da: "Butik", nb: "Butikk", fi: "Myymälä")
        case .phone: Translations(en: "Phone", sv: "Telefon", da: "Telefon", nb: "Telefon", fi: "Puhelin")
        case .email: Translations(en: "Email", sv: "E-post", da: "E-mail", nb: "E-post", fi: "Sähköposti")
        case .chat: Translations(en: "Chat", sv: "Chatt", da: "Chat", nb: "Chat", fi: "Chat")
        case .fieldService:
            Translations(en: "Field service", sv: "Fältservice", da: "Servicebesøg", nb: "Feltservice", fi: "Kenttähuolto")
        case .other: Translations(en: "Other", sv: "Annat", da: "Andet", nb: "Annet", fi: "Muu")
        }
    }
}
