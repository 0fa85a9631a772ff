/// The words that change other words' sentiment, per language, written by the cxm team.
///
/// Words are lowercase and single; apostrophised English forms come both with and without the
/// apostrophe, as the tokenizer keeps "don't" whole. Multi-word intensifiers ("a bit") are listed for
/// analysers that read phrases; a word-by-word reader skips them. A rule word the public lexicons score
/// ("inte" −2, "otroligt" −1) has a 0 in `TeamLexicon`'s overrides, so that only the rule applies.
enum SentimentRuleWords {
    /// Words that negate the sentiment word that follows within a few words ("inte bra", "ei toimi",
    /// "not good"). Finnish negates with the verb "ei" in all its persons (en, et, ei, emme, ette, eivät),
    /// its imperative (älä, älkää) and clitic forms (eikä, ettei), and with "ilman" (without). Nynorsk
    /// "ikkje" is left out: the bokmål lexicon is not written for nynorsk text.
    static let negators: [Language: Set<String>] = [
        .en: [
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "hardly",
            "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "wasn't", "wasnt", "aren't",
            "arent", "weren't", "werent", "won't", "wont", "wouldn't", "wouldnt", "can't", "cant", "couldn't",
            "couldnt", "shouldn't", "shouldnt", "haven't", "havent", "hasn't", "hasnt", "hadn't", "hadnt", "ain't",
            "aint",
        ],
        .sv: ["inte", "ej", "icke", "aldrig", "ingen", "inget", "inga", "ingenting", "utan", "varken", "knappast"],
        .da: ["ikke", "ik", "ej", "aldrig", "ingen", "intet", "ingenting", "uden", "hverken", "næppe"],
        .nb: ["ikke", "aldri", "ingen", "intet", "ingenting", "uten", "verken", "neppe"],
        .fi: [
            "en", "et", "ei", "emme", "ette", "eivät", "enkä", "etkä", "eikä", "emmekä", "ettekä", "eivätkä", "älä",
            "älkää", "ettei", "jottei", "eipä", "enpä", "eihän", "ilman",
        ],
    ]

    /// Words that strengthen (factor above 1: "mycket" 1.3, "extremt" 1.5) or soften (below 1: "ganska" 0.8,
    /// "lite" 0.7) the sentiment word right after them. Finnish "hyvin" (very; well) is not here: its
    /// commonest use in feedback is "toimii hyvin", so it is a positive word in `TeamLexicon.fi`; "oikein"
    /// (very; correctly) and "täydellisesti" (perfectly; completely) are here instead, as intensifiers.
    static let intensifiers: [Language: [String: Double]] = [
        .en: [
            "very": 1.3, "really": 1.3, "extremely": 1.5, "incredibly": 1.5, "absolutely": 1.4, "totally": 1.3,
            "completely": 1.3, "utterly": 1.5, "truly": 1.3, "so": 1.2, "highly": 1.3, "exceptionally": 1.4,
            "particularly": 1.2, "especially": 1.2, "remarkably": 1.3, "seriously": 1.3, "terribly": 1.4,
            "awfully": 1.4, "hugely": 1.4, "insanely": 1.4, "most": 1.2, "thoroughly": 1.3, "quite": 0.9,
            "rather": 0.9, "fairly": 0.8, "somewhat": 0.7, "slightly": 0.7, "a bit": 0.7, "bit": 0.8, "little": 0.8,
            "partly": 0.7, "mostly": 0.9, "almost": 0.8, "kinda": 0.8, "sort of": 0.7, "kind of": 0.7,
            "reasonably": 0.8, "relatively": 0.8,
        ],
        .sv: [
            "mycket": 1.3, "väldigt": 1.4, "jätte": 1.4, "extremt": 1.5, "otroligt": 1.5, "oerhört": 1.5,
            "sjukt": 1.4, "riktigt": 1.3, "verkligen": 1.3, "helt": 1.2, "totalt": 1.3, "fullständigt": 1.3,
            "särskilt": 1.2, "supermycket": 1.5, "enormt": 1.5, "galet": 1.4, "himla": 1.3, "så": 1.2,
            "alldeles": 1.3, "ytterst": 1.4, "synnerligen": 1.4, "ovanligt": 1.3, "förvånansvärt": 1.2, "ganska": 0.8,
            "rätt": 0.9, "lite": 0.7, "något": 0.8, "aningen": 0.7, "halvt": 0.6, "relativt": 0.8, "hyfsat": 0.8,
            "tämligen": 0.8, "delvis": 0.7, "nästan": 0.8,
        ],
        .da: [
            "meget": 1.3, "virkelig": 1.3, "rigtig": 1.3, "ekstremt": 1.5, "utrolig": 1.5, "utroligt": 1.5,
            "vildt": 1.4, "totalt": 1.3, "helt": 1.2, "fuldstændig": 1.3, "fuldstændigt": 1.3, "særdeles": 1.4,
            "yderst": 1.4, "enormt": 1.5, "vanvittig": 1.4, "vanvittigt": 1.4, "så": 1.2, "mega": 1.4, "ret": 0.9,
            "temmelig": 0.8, "ganske": 0.9, "lidt": 0.7, "noget": 0.8, "nogenlunde": 0.7, "delvis": 0.7,
            "næsten": 0.8, "relativt": 0.8, "forholdsvis": 0.8,
        ],
        .nb: [
            "veldig": 1.3, "svært": 1.4, "ekstremt": 1.5, "utrolig": 1.5, "skikkelig": 1.3, "virkelig": 1.3,
            "helt": 1.2, "totalt": 1.3, "fullstendig": 1.3, "særdeles": 1.4, "enormt": 1.5, "sinnsykt": 1.4,
            "kjempe": 1.4, "så": 1.2, "mega": 1.4, "ganske": 0.8, "nokså": 0.8, "temmelig": 0.8, "litt": 0.7,
            "noe": 0.8, "delvis": 0.7, "nesten": 0.8, "relativt": 0.8, "forholdsvis": 0.8,
        ],
        .fi: [
            "todella": 1.4, "tosi": 1.3, "erittäin": 1.5, "äärimmäisen": 1.6, "uskomattoman": 1.5, "älyttömän": 1.5,
            "järjettömän": 1.5, "mielettömän": 1.5, "hirveän": 1.4, "kauhean": 1.4, "hirmuisen": 1.4,
            "hirvittävän": 1.4, "sairaan": 1.4, "erityisen": 1.3, "poikkeuksellisen": 1.4, "aivan": 1.3,
            "täysin": 1.4, "täydellisesti": 1.3, "kokonaan": 1.2, "kovin": 1.2, "kovasti": 1.3, "varsin": 1.2,
            "melkoisen": 1.2, "oikein": 1.3, "super": 1.4, "niin": 1.1, "hirveästi": 1.3, "melko": 0.8, "aika": 0.85,
            "kohtalaisen": 0.8, "suhteellisen": 0.8, "jokseenkin": 0.75, "hieman": 0.7, "vähän": 0.7, "hiukan": 0.7,
            "lievästi": 0.7, "osittain": 0.7, "kohtuullisen": 0.85, "melkein": 0.8,
        ],
    ]

    /// Conjunctions and adverbs after which the clause carries more weight than the one before: "bra men
    /// dyrt" is about the price. Finnish "vaan" is the "but" of "ei huono vaan hyvä"; English "yet" is
    /// left out ("not yet arrived"), as is Swedish "fast" ("satt fast").
    static let contrast: [Language: Set<String>] = [
        .en: ["but", "however", "nevertheless", "nonetheless"],
        .sv: ["men", "dock", "ändå"],
        .da: ["men", "dog", "alligevel", "imidlertid"],
        .nb: ["men", "likevel", "imidlertid"],
        .fi: ["mutta", "mut", "kuitenkin", "silti", "vaan"],
    ]

    /// Concessive words, the mirror of `contrast`: the clause they open weighs LESS than the main clause
    /// ("although it was expensive, the service was great" is positive; "vaikka hinta oli kova, palvelu
    /// oli hyvää"). Two-word forms ("även om", "selv om", "even though") are left to analysers that read
    /// phrases.
    static let concessive: [Language: Set<String>] = [
        .en: ["although", "though", "despite", "albeit"],
        .sv: ["fastän", "trots"],
        .da: ["selvom", "skønt", "trods"],
        .nb: ["skjønt", "tross"],
        .fi: ["vaikka", "vaikkakin"],
    ]

    /// First parts of compounds that intensify the rest: "jättebra" is "bra" strengthened, "kjempefornøyd"
    /// "fornøyd", "superhyvä" "hyvä". Swedish "skit", Danish "pisse" and Norwegian "drit" are crude and
    /// lean negative as words of their own, but as prefixes they only strengthen: "skitbra" is very good,
    /// "skitdåligt" very bad. English compounds rarely work this way; its list is for hyphenless
    /// spellings ("superfast") where an analyser wants it.
    static let intensifyingPrefixes: [Language: [String]] = [
        .en: ["super", "ultra", "mega", "hyper"],
        .sv: ["super", "jätte", "skit", "kanon", "mega", "ultra", "döds", "kalas"],
        .da: ["super", "kæmpe", "mega", "pisse", "hammer", "skide", "ultra"],
        .nb: ["kjempe", "super", "drit", "mega", "knall", "ultra", "hyper", "kanon"],
        .fi: ["super", "mega", "ultra", "hyper", "sika", "tosi"],
    ]

    /// "Too": in feedback, an excess of something neutral is a complaint ("för lång", "too slow", "liian
    /// kallis"). Only the words in `excessTargets` count after it, because "för" and "for" are also
    /// prepositions ("tack för hjälpen").
    static let excess: [Language: Set<String>] = [
        .en: ["too"],
        .sv: ["för", "alltför"],
        .da: ["for", "alt for", "altfor"],
        .nb: ["for", "altfor"],
        .fi: ["liian", "turhan"],
    ]

    /// Words of size, time, amount and difficulty that are neutral alone and negative after "too".
    static let excessTargets: [Language: Set<String>] = [
        .en: [
            "long", "high", "slow", "late", "early", "small", "big", "large", "many", "much", "few", "little",
            "short", "expensive", "pricey", "costly", "complicated", "difficult", "hard", "loud", "busy", "crowded",
            "far", "often", "rarely", "noisy", "hot", "cold", "heavy", "low", "complex", "technical",
        ],
        .sv: [
            "lång", "långa", "långt", "länge", "hög", "höga", "högt", "sen", "sent", "sena", "tidigt", "dyr", "dyrt",
            "dyra", "mycket", "lite", "många", "få", "kort", "korta", "liten", "litet", "små", "stor", "stort", "stora",
            "svår", "svårt", "svåra", "krånglig", "krångligt", "krångliga", "långsam", "långsamt", "långsamma",
            "komplicerat", "komplicerad", "komplicerade", "ofta", "sällan", "varmt", "kallt", "tungt", "låg", "lågt",
            "låga", "mycke", "trångt", "rörigt", "stökigt", "högljutt",
        ],
        .da: [
            "lang", "lange", "langt", "længe", "høj", "høje", "højt", "sen", "sent", "sene", "tidligt", "dyr", "dyrt",
            "dyre", "meget", "lidt", "mange", "få", "kort", "korte", "lille", "små", "stor", "stort", "store", "svær",
            "svært", "svære", "besværlig", "besværligt", "langsom", "langsomt", "langsomme", "kompliceret",
            "komplicerede", "ofte", "sjældent", "varmt", "koldt", "tungt", "lav", "lavt", "lave", "travlt",
        ],
        .nb: [
            "lang", "lange", "langt", "lenge", "høy", "høye", "høyt", "sen", "sent", "sene", "tidlig", "tidlig",
            "dyr", "dyrt", "dyre", "mye", "lite", "mange", "få", "kort", "korte", "liten", "lita", "små", "stor",
            "stort", "store", "vanskelig", "vanskelige", "vanskelig", "tungvint", "treg", "tregt", "trege", "sakte",
            "komplisert", "kompliserte", "ofte", "sjelden", "varmt", "kaldt", "tungt", "lav", "lavt", "lave",
        ],
        .fi: [
            "pitkä", "pitkään", "pitkää", "pitkiä", "korkea", "korkeat", "myöhään", "myöhässä", "aikaisin", "kallis",
            "kalliita", "kallista", "kalliit", "paljon", "vähän", "monta", "lyhyt", "pieni", "pienet", "iso", "suuri",
            "vaikea", "vaikeaa", "monimutkainen", "monimutkaista", "hidas", "hitaasti", "hidasta", "usein",
            "harvoin", "kuuma", "kylmä", "raskas", "matala", "hankala", "hankalaa", "kauan", "kaukana",
        ],
    ]

    /// The value of "too" + one of `excessTargets`, on the lexicon scale.
    static let excessValue: Float = -1.6

    /// Words that join clauses: a negator after one ("lång och ingen svarade") does not reach back over it.
    static let conjunctions: [Language: Set<String>] = [
        .en: ["and", "or", "but", "so", "because"],
        .sv: ["och", "eller", "men", "så", "för", "eftersom", "att"],
        .da: ["og", "eller", "men", "så", "fordi", "at"],
        .nb: ["og", "eller", "men", "så", "fordi", "at"],
        .fi: ["ja", "tai", "mutta", "koska", "että"],
    ]
}
