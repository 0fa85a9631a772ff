/// What an unhappy respondent writes about.
enum DemoComplaint: Int, CaseIterable, Sendable {
    case waiting, billing, coverage, technicianLate, appLogin, unhelpfulStaff, website, unresolved
}

/// What a happy respondent praises.
enum DemoPraise: Int, CaseIterable, Sendable {
    case friendlyStaff, fastInstall, easyApp, quickSolution, goodNetwork, clearInfo

    /// Whether praise and complaint cannot both be true of one experience.
    func contradicts(_ complaint: DemoComplaint) -> Bool {
        switch self {
        case .friendlyStaff: complaint == .unhelpfulStaff
        case .fastInstall: complaint == .technicianLate
        case .easyApp: complaint == .appLogin
        case .quickSolution: complaint == .waiting || complaint == .unresolved
        case .goodNetwork: complaint == .coverage
        case .clearInfo: complaint == .billing || complaint == .website
        }
    }
}

/// Whole sentences per language, combined into open-text answers: a core sentence about the topic, an
/// optional follow-up and an optional closing. Whole sentences keep every combination grammatical.
struct DemoPhrases: Sendable {
    /// Core sentences by `DemoComplaint` and `DemoPraise` case.
    let complaints: [[String]]
    let praise: [[String]]
    let negativeFollowUps: [String]
    let positiveFollowUps: [String]
    let negativeClosings: [String]
    let positiveClosings: [String]

    static func bank(for language: Language) -> DemoPhrases {
        switch language {
        case .en: english
        case .sv: swedish
        case .da: danish
        case .nb: norwegian
        case .fi: finnish
        }
    }

    static let english = DemoPhrases(
        complaints: [
            [
                "I waited more than 40 minutes in the phone queue.",
                "The queue was far too long, and nobody told me how long I would have to wait.",
                "It took ages before anyone could help me.",
                "I was promised a call-back that never came.",
            ],
            [
                "My bill was much higher than the price I was promised.",
                "I was charged twice for the same month.",
                "The bill is impossible to understand, with fees I never agreed to.",
                "The discount I was promised when I signed up is not on my bill.",
            ],
            [
                "The coverage at home is poor and calls keep dropping.",
                "Mobile data hardly works at our summer cottage.",
                "The internet is much slower than the speed I pay for.",
                "The network goes down several times a week.",
            ],
            [
                "The technician was two hours late and did not call ahead.",
                "I took a day off work and the technician never showed up.",
                "The technician arrived long after the agreed time window.",
                "The installation had to be rebooked twice before anyone came.",
            ],
            [
                "Since the new login I have to log in every single time I open the app.",
                "The one-time code often does not arrive, so I cannot log in.",
                "The app keeps logging me out and crashes when I try to pay.",
                "Logging in to the app has become complicated and slow.",
            ],
            [
                "The staff did not seem interested in helping me.",
                "The seller only tried to sell me a more expensive plan.",
                "I got different answers from different people.",
                "Nobody in the store knew how to solve my problem.",
            ],
            [
                "It was hard to find the prices including all fees on the website.",
                "The website is confusing and the search gives no useful answers.",
                "The address check said fibre was not available, even though my neighbours have it.",
                "The order form crashed halfway through and I had to start over.",
            ],
            [
                "My problem is still not solved after three contacts.",
                "I had to explain the same problem again every time I called.",
                "They closed my case even though the fault is still there.",
                "Nobody took responsibility for my case.",
            ],
        ],
        praise: [
            [
                "The staff were friendly and took their time with me.",
                "Very helpful and knowledgeable staff.",
                "The person who helped me was patient and explained everything clearly.",
                "I was greeted right away and got really good advice.",
            ],
            [
                "The installation was quick and the technician was very professional.",
                "The technician came on time and everything worked within an hour.",
                "Fast installation, and the technician left everything neat and tidy.",
                "Booking the installation was easy, and the fibre worked the same day.",
            ],
            [
                "The app is easy to use and I find everything I need.",
                "It is great to see my data usage and bills in the app.",
                "Setting up the Wi-Fi in the app took only a couple of minutes.",
                "Logging in and changing my subscription is quick and simple.",
            ],
            [
                "My problem was solved quickly on the first call.",
                "I got help in the chat within a few minutes.",
                "They fixed the fault the same day.",
                "Short waiting time and a solution straight away.",
            ],
            [
                "Stable network and good coverage wherever I go.",
                "The fibre connection is fast and has never let me down.",
                "Good value for money and a reliable connection.",
                "Coverage has been excellent, even up in the mountains.",
            ],
            [
                "Clear information about what would happen and when.",
                "The bill was exactly what I expected.",
                "The confirmation email told me everything I needed to know.",
                "The prices and the terms were easy to understand.",
            ],
        ],
        negativeFollowUps: [
            "This is not the first time either.", "I expect more for what I pay.", "It cost me a lot of time and energy.",
            "I am seriously thinking about switching operator.", "Very disappointing.", "Please sort this out.",
        ],
        positiveFollowUps: [
            "That is exactly how it should be.", "It made my day easier.", "Much better than my previous operator.",
            "I have already recommended you to my friends.", "It felt like they really cared.", "Keep it up!",
        ],
        negativeClosings: ["Not good enough.", "I hope it gets better.", "Two stars at most.", "What a hassle."],
        positiveClosings: ["Thank you!", "Great service!", "Well done!", "Very happy."])

    static let swedish = DemoPhrases(
        complaints: [
            [
                "Jag väntade mer än 40 minuter i telefonkön.",
                "Kön var alldeles för lång och ingen sa hur länge jag skulle behöva vänta.",
                "Det tog en evighet innan någon kunde hjälpa mig.",
                "Jag blev lovad att bli uppringd, men ingen ringde.",
            ],
            [
                "Fakturan var mycket högre än priset jag blev lovad.",
                "Jag fick betala två gånger för samma månad.",
                "Fakturan går inte att förstå och har avgifter jag aldrig har gått med på.",
                "Rabatten jag blev lovad när jag tecknade abonnemanget syns inte på fakturan.",
            ],
            [
                "Täckningen hemma är dålig och samtalen bryts hela tiden.",
                "Mobildatan fungerar knappt på vårt sommarställe.",
                "Internet är mycket långsammare än hastigheten jag betalar för.",
                "Nätet ligger nere flera gånger i veckan.",
            ],
            [
                "Teknikern kom två timmar för sent och ringde inte innan.",
                "Jag tog ledigt från jobbet och teknikern dök aldrig upp.",
                "Teknikern kom långt efter den överenskomna tiden.",
                "Installationen fick bokas om två gånger innan någon kom.",
            ],
            [
                "Sedan den nya inloggningen måste jag logga in varje gång jag öppnar appen.",
                "Engångskoden kommer ofta inte fram, så jag kan inte logga in.",
                "Appen loggar ut mig hela tiden och kraschar när jag försöker betala.",
                "Det har blivit krångligt och långsamt att logga in i appen.",
            ],
            [
                "Personalen verkade inte intresserad av att hjälpa mig.",
                "Säljaren försökte bara sälja ett dyrare abonnemang.",
                "Jag fick olika svar av olika personer.",
                "Ingen i butiken visste hur mitt problem skulle lösas.",
            ],
            [
                "Det var svårt att hitta priserna med alla avgifter på webbplatsen.",
                "Webbplatsen är rörig och sökningen ger inga användbara svar.",
                "Adresskollen sa att fiber inte fanns, fast grannarna har det.",
                "Beställningsformuläret kraschade halvvägs och jag fick börja om.",
            ],
            [
                "Mitt problem är fortfarande inte löst efter tre kontakter.",
                "Jag fick förklara samma problem igen varje gång jag ringde.",
                "De stängde mitt ärende fast felet finns kvar.",
                "Ingen tog ansvar för mitt ärende.",
            ],
        ],
        praise: [
            [
                "Personalen var trevlig och tog sig tid med mig.",
                "Mycket hjälpsam och kunnig personal.",
                "Den som hjälpte mig var tålmodig och förklarade allt tydligt.",
                "Jag blev bemött direkt och fick riktigt bra råd.",
            ],
            [
                "Installationen gick snabbt och teknikern var väldigt proffsig.",
                "Teknikern kom i tid och allt fungerade inom en timme.",
                "Snabb installation, och teknikern lämnade allt snyggt efter sig.",
                "Det var enkelt att boka installationen och fibern fungerade samma dag.",
            ],
            [
                "Appen är lätt att använda och jag hittar allt jag behöver.",
                "Det är smidigt att se dataförbrukning och fakturor i appen.",
                "Att ställa in wifi i appen tog bara ett par minuter.",
                "Det går snabbt och enkelt att logga in och ändra mitt abonnemang.",
            ],
            [
                "Mitt problem löstes snabbt redan vid första samtalet.",
                "Jag fick hjälp i chatten inom några minuter.",
                "De åtgärdade felet samma dag.",
                "Kort väntetid och en lösning direkt.",
            ],
            [
                "Stabilt nät och bra täckning var jag än är.",
                "Fiberuppkopplingen är snabb och har aldrig svikit mig.",
                "Prisvärt och en pålitlig uppkoppling.",
                "Täckningen har varit utmärkt, till och med i fjällen.",
            ],
            [
                "Tydlig information om vad som skulle hända och när.",
                "Fakturan var precis som jag hade räknat med.",
                "Bekräftelsemejlet berättade allt jag behövde veta.",
                "Priserna och villkoren var lätta att förstå.",
            ],
        ],
        negativeFollowUps: [
            "Det är inte heller första gången.", "Jag förväntar mig mer för det jag betalar.",
            "Det kostade mig mycket tid och energi.", "Jag funderar allvarligt på att byta operatör.",
            "Mycket besvikande.", "Snälla, gör något åt det här.",
        ],
        positiveFollowUps: [
            "Precis så ska det vara.", "Det gjorde min dag enklare.", "Mycket bättre än min förra operatör.",
            "Jag har redan rekommenderat er till mina vänner.", "Det kändes som att de verkligen brydde sig.", "Fortsätt så!",
        ],
        negativeClosings: ["Inte tillräckligt bra.", "Hoppas att det blir bättre.", "Max två stjärnor.", "Vilket krångel."],
        positiveClosings: ["Tack!", "Toppenservice!", "Bra jobbat!", "Mycket nöjd."])
}
