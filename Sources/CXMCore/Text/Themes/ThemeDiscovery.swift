/// A phrase customers use often that no theme of the taxonomy covers yet.
public struct ThemeCandidate: Sendable, Hashable, Codable {
    public let language: Language
    /// The phrase as customers most often write it ("flytt av bredband"), lowercased.
    public let phrase: String
    /// A pattern that would match it and its inflections, valid for `ThemePattern` ("flytt*", "bredband* flytt*").
    public let pattern: String
    /// In how many answers it occurs.
    public let count: Int
    /// Share of those answers that are negative (0…1).
    public let negativeShare: Double
    /// How much more often it occurs in negative answers than in all (lift, >1 means it leans negative); 1 when
    /// unknown.
    public let negativeLift: Double
    /// Ids of up to five answers that contain it, most typical first.
    public let exampleIDs: [String]
    /// The existing theme whose answers it co-occurs with most often, if any (a merge suggestion).
    public let nearestThemeID: String?
}

/// Proposes new themes: phrases that many answers use and no pattern of the taxonomy covers.
///
/// Each language is read on its own, in passes over the answers:
/// 1. every answer is tokenised and matched against the taxonomy; words inside a theme's match, numbers, links,
///    emoji and punctuation become barriers a phrase cannot cross, and the other words are interned with their
///    group: stem plus first three letters, so that inflections meet and a pattern `abc*` can cover them all;
/// 2. the 1–3-word phrases of groups that neither start nor end with a stopword are counted once per answer;
/// 3. for the phrases in enough answers: the themes, sentiment and forms of their answers, and examples;
/// 4. scoring, folding of near-duplicates and the suggested pattern.
///
/// A phrase scores its answer count × a bonus for two or three words × a bonus for answers no theme matched ×
/// a weight below 1 for everyday words (in many answers, spread over themes as all answers are) × a weight
/// below 1 for a single verdict ("nöjd"). 100,000 answers of 15 words take about a second on one core.
public enum ThemeDiscovery {
    /// One analysed answer: its id, text (as written), language and overall sentiment label.
    public struct Answer: Sendable {
        public let id: String
        public let text: String
        public let language: Language
        public let sentiment: Sentiment.Label
        /// The themes already found in it.
        public let themeIDs: [String]

        public init(id: String, text: String, language: Language, sentiment: Sentiment.Label, themeIDs: [String]) {
            self.id = id
            self.text = text
            self.language = language
            self.sentiment = sentiment
            self.themeIDs = themeIDs
        }
    }

    /// Candidates, best first (ties by phrase): frequent 1–3-word phrases in at least `minimumCount` answers that
    /// no pattern of the taxonomy covers, inflections and near-duplicates folded, ranked by count weighted for
    /// distinctiveness. `dismissed` holds `key(language:phrase:)` of phrases a person dismissed; they and their
    /// inflections stay out, and so do longer phrases that are details of them.
    public static func candidates(
        in answers: [Answer], taxonomy: Taxonomy, dismissed: Set<String> = [], minimumCount: Int = 5, limit: Int = 30
    ) -> [ThemeCandidate] {
        guard !answers.isEmpty, limit > 0 else { return [] }
        let matcher = ThemeMatcher(taxonomy: taxonomy)
        var dismissedPhrases: [Language: [String]] = [:]
        for key in dismissed.sorted() {
            guard let bar = key.firstIndex(of: "|"), let language = Language(rawValue: String(key[..<bar])) else {
                continue
            }
            dismissedPhrases[language, default: []].append(String(key[key.index(after: bar)...]))
        }
        var found: [DiscoveryCorpus.Scored] = []
        for language in Language.allCases {
            let indices = answers.indices.filter { answers[$0].language == language }
            guard indices.count >= max(1, minimumCount) else { continue }
            var corpus = DiscoveryCorpus(language: language)
            corpus.read(answers, indices: indices, matcher: matcher)
            found += corpus.candidates(
                answers, matcher: matcher, dismissed: dismissedPhrases[language] ?? [],
                minimumCount: max(1, minimumCount), limit: limit)
        }
        found.sort { $0.score != $1.score ? $0.score > $1.score : $0.candidate.phrase < $1.candidate.phrase }
        return found.prefix(limit).map(\.candidate)
    }

    /// The key a dismissal is stored under: "language|phrase".
    public static func key(language: Language, phrase: String) -> String {
        let words = TextTokenizer.tokens(of: phrase).filter { $0.kind == .word }.map(\.text)
        return language.rawValue + "|" + words.joined(separator: " ")
    }
}

/// One language's answers reduced to word codes, with the tables the passes share.
struct DiscoveryCorpus {
    let language: Language
    /// The language's sentiment words: a phrase with a verdict ("bra", "lång") at an edge is usually an
    /// evaluation of the rest ("bra service" is "service").
    let lexicon: SentimentLexicon
    /// Word → word id; per word its group, whether it may start or end a phrase (neither a stopword nor a single
    /// letter) and whether it is a verdict.
    var vocabulary: [String: Int32] = [:]
    var words: [String] = []
    var wordGroup: [Int32] = []
    var isEdge: [Bool] = []
    var isVerdict: [Bool] = []
    /// Group key (stem, separator, first three letters) → group id.
    var groups: [String: Int32] = [:]
    /// Word codes of every answer (`barrier` between phrases), answer `a` at `codes[offsets[a]..<offsets[a + 1]]`.
    var codes: [Int32] = []
    var offsets: [Int] = [0]
    /// Per answer: its index in the caller's list, whether it is negative, and its themes and top-level themes
    /// (contexts; 0 is "no theme") as interned ids in flat lists.
    var sources: [Int] = []
    var isNegative: [Bool] = []
    var themeOffsets: [Int] = [0]
    var themeCodes: [Int32] = []
    var contextOffsets: [Int] = [0]
    var contextCodes: [Int32] = []
    var themeNames: [String] = []
    var themeIndex: [String: Int32] = [:]
    var contextIndex: [String: Int32] = ["": 0]

    static let barrier: Int32 = -1
    /// Phrase keys pack up to three group ids plus one in 21 bits each (0: no word).
    static let bits: UInt64 = 21
    static let mask: UInt64 = (1 << 21) - 1
    static let maximumWords = Int32((1 << 21) - 2)

    init(language: Language) {
        self.language = language
        lexicon = SentimentLexicon.builtIn(language)
    }

    var answerCount: Int { sources.count }

    // MARK: Pass 1: words and barriers

    /// Tokenises and matches the answers at `indices`, recording their words outside every theme match.
    mutating func read(_ answers: [ThemeDiscovery.Answer], indices: [Int], matcher: ThemeMatcher) {
        codes.reserveCapacity(indices.count * 16)
        for index in indices {
            let answer = answers[index]
            let tokens = TextTokenizer.tokens(of: answer.text)
            let matches = matcher.matches(in: tokens, language: language)
            var previous = Self.barrier
            for token in tokens {
                var code = Self.barrier
                if token.kind == .word, !matches.contains(where: { $0.start < token.end && token.start < $0.end }) {
                    code = intern(token.text)
                }
                if code == Self.barrier && previous == Self.barrier { continue }
                codes.append(code)
                previous = code
            }
            offsets.append(codes.count)
            sources.append(index)
            isNegative.append(answer.sentiment == .negative)
            var contexts: [Int32] = []
            for id in answer.themeIDs {
                let theme = themeIndex[id] ?? intern(theme: id)
                if !themeCodes[themeOffsets[themeOffsets.count - 1]...].contains(theme) { themeCodes.append(theme) }
                let top = String(id.split(separator: ".").first ?? "")
                let context = contextIndex[top] ?? intern(context: top)
                if !contexts.contains(context) { contexts.append(context) }
            }
            contextCodes += contexts.isEmpty ? [0] : contexts
            themeOffsets.append(themeCodes.count)
            contextOffsets.append(contextCodes.count)
        }
    }

    private mutating func intern(theme id: String) -> Int32 {
        let code = Int32(themeNames.count)
        themeNames.append(id)
        themeIndex[id] = code
        return code
    }

    private mutating func intern(context id: String) -> Int32 {
        let code = Int32(contextIndex.count)
        contextIndex[id] = code
        return code
    }

    /// The id of a word, or `barrier` for a word that cannot be part of a phrase (digits, dots, glued text).
    private mutating func intern(_ word: String) -> Int32 {
        if let code = vocabulary[word] { return code }
        var code = Self.barrier
        if words.count < Self.maximumWords, let letters = Self.letterCount(word) {
            code = Int32(words.count)
            words.append(word)
            let key = Self.groupKey(word, language: language)
            let group = groups[key] ?? Int32(groups.count)
            if group == groups.count { groups[key] = group }
            wordGroup.append(group)
            isEdge.append(letters >= 2 && !Stopwords.contains(word, language: language))
            let entry = lexicon.entry(word)
            let isVerdict = entry.map { $0.value != 0 || $0.isExcessTarget || $0.isNegator || $0.intensity != 1 }
            self.isVerdict.append(isVerdict ?? ((lexicon.derivedValue(of: word) ?? 0) != 0))
        }
        vocabulary[word] = code
        return code
    }

    /// The letters of a word that may be part of a phrase (letters, inner hyphens and apostrophes, at most 40
    /// scalars), or nil.
    static func letterCount(_ word: String) -> Int? {
        var letters = 0
        var scalars = 0
        for scalar in word.unicodeScalars {
            scalars += 1
            switch scalar {
            case "-", "'": continue
            case "0"..."9", ".", ",": return nil
            default: letters += 1
            }
        }
        return scalars <= 40 && letters > 0 ? letters : nil
    }

    /// Words of one group are inflections of each other (same stem) that share their first three letters.
    static func groupKey(_ word: String, language: Language) -> String {
        var key = Stemmer.stem(word, language: language)
        key.unicodeScalars.append("|")
        key.unicodeScalars.append(contentsOf: word.unicodeScalars.prefix(3))
        return key
    }

    // MARK: Phrases

    /// Calls `body` with the key, first position and length of every phrase of answer `answer`: 1–3 words
    /// between barriers whose first and last words may stand at an edge.
    @inline(__always)
    func forEachPhrase(in answer: Int, _ body: (UInt64, Int, Int) -> Void) {
        let end = offsets[answer + 1]
        var position = offsets[answer]
        while position < end {
            let first = codes[position]
            if first != Self.barrier, isEdge[Int(first)] {
                var key = UInt64(wordGroup[Int(first)] + 1)
                body(key, position, 1)
                var length = 1
                while length < 3, position + length < end {
                    let code = codes[position + length]
                    if code == Self.barrier { break }
                    key |= UInt64(wordGroup[Int(code)] + 1) << (Self.bits * UInt64(length))
                    length += 1
                    if isEdge[Int(code)] { body(key, position, length) }
                }
            }
            position += 1
        }
    }

    /// The group ids of a phrase key, in order.
    static func groups(of key: UInt64) -> [Int32] {
        var result: [Int32] = []
        var rest = key
        while rest != 0 {
            result.append(Int32(rest & mask) - 1)
            rest >>= bits
        }
        return result
    }

    /// The keys of the shorter phrases inside a phrase key (for a three-word phrase: both pairs and all words).
    static func subKeys(of key: UInt64) -> [UInt64] {
        let parts = groups(of: key)
        var result: [UInt64] = []
        for length in 1..<max(1, parts.count) {
            for start in 0...(parts.count - length) {
                var sub: UInt64 = 0
                for offset in 0..<length {
                    sub |= UInt64(parts[start + offset] + 1) << (bits * UInt64(offset))
                }
                result.append(sub)
            }
        }
        return result
    }

    /// The key of a phrase as written (for dismissals), if all its words are of groups that occur.
    func key(of phrase: String) -> UInt64? {
        let words = TextTokenizer.tokens(of: phrase).filter { $0.kind == .word }.map(\.text)
        guard (1...3).contains(words.count) else { return nil }
        var key: UInt64 = 0
        for (offset, word) in words.enumerated() {
            guard let group = groups[Self.groupKey(word, language: language)] else { return nil }
            key |= UInt64(group + 1) << (Self.bits * UInt64(offset))
        }
        return key
    }

    // MARK: Pass 2: counting

    /// How many answers (and how many negative and theme-less ones) contain each phrase.
    struct Counts {
        var slots: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        var answers: [Int32] = []
        var negative: [Int32] = []
        var unmatched: [Int32] = []
    }

    func countPhrases() -> Counts {
        var counts = Counts()
        counts.slots.reserveCapacity(answerCount * 4)
        var lastSeen: [Int32] = []
        for answer in 0..<answerCount {
            let negative: Int32 = isNegative[answer] ? 1 : 0
            let unmatched: Int32 = themeOffsets[answer] == themeOffsets[answer + 1] ? 1 : 0
            let stamp = Int32(answer)
            forEachPhrase(in: answer) { key, _, _ in
                if let slot = counts.slots[key] {
                    let index = Int(slot)
                    guard lastSeen[index] != stamp else { return }
                    lastSeen[index] = stamp
                    counts.answers[index] += 1
                    counts.negative[index] += negative
                    counts.unmatched[index] += unmatched
                } else {
                    counts.slots[key] = Int32(counts.keys.count)
                    counts.keys.append(key)
                    counts.answers.append(1)
                    counts.negative.append(negative)
                    counts.unmatched.append(unmatched)
                    lastSeen.append(stamp)
                }
            }
        }
        return counts
    }
}

// MARK: Pass 3: details of the frequent phrases

extension DiscoveryCorpus {
    /// A phrase as written: up to three word ids plus one, 21 bits each, and how often it was written so.
    struct Form {
        let words: UInt64
        var count: Int32
    }

    /// What is known of each phrase in enough answers (a slot per phrase).
    struct Details {
        var slots: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        var answers: [Int32] = []
        var negative: [Int32] = []
        var unmatched: [Int32] = []
        /// Answers per slot and theme, at `slot * themeCount + theme`.
        var themeCounts: [Int32] = []
        /// Answers per slot and context (top-level theme or none), an answer with k contexts counting 1/k for each.
        var contextWeights: [Double] = []
        /// The first answers (positions in the corpus) that contain the phrase.
        var examples: [[Int32]] = []
        var forms: [[Form]] = []
    }

    /// How many answers per phrase are kept to choose the typical examples from.
    static let exampleSample = 60

    func details(of counts: Counts, minimumCount: Int, excluded: Set<UInt64>) -> Details {
        var details = Details()
        for (index, key) in counts.keys.enumerated()
        where counts.answers[index] >= minimumCount && !excluded.contains(key) {
            details.slots[key] = Int32(details.keys.count)
            details.keys.append(key)
            details.answers.append(counts.answers[index])
            details.negative.append(counts.negative[index])
            details.unmatched.append(counts.unmatched[index])
        }
        let slotCount = details.keys.count
        guard slotCount > 0 else { return details }
        let themeCount = themeNames.count
        let contextCount = contextIndex.count
        details.themeCounts = [Int32](repeating: 0, count: slotCount * themeCount)
        details.contextWeights = [Double](repeating: 0, count: slotCount * contextCount)
        details.examples = [[Int32]](repeating: [], count: slotCount)
        details.forms = [[Form]](repeating: [], count: slotCount)
        var lastSeen = [Int32](repeating: -1, count: slotCount)
        for answer in 0..<answerCount {
            let stamp = Int32(answer)
            forEachPhrase(in: answer) { key, position, length in
                guard let found = details.slots[key] else { return }
                let slot = Int(found)
                var written: UInt64 = 0
                for offset in 0..<length {
                    written |= UInt64(codes[position + offset] + 1) << (Self.bits * UInt64(offset))
                }
                if let form = details.forms[slot].firstIndex(where: { $0.words == written }) {
                    details.forms[slot][form].count += 1
                } else {
                    details.forms[slot].append(Form(words: written, count: 1))
                }
                guard lastSeen[slot] != stamp else { return }
                lastSeen[slot] = stamp
                for theme in themeCodes[themeOffsets[answer]..<themeOffsets[answer + 1]] {
                    details.themeCounts[slot * themeCount + Int(theme)] += 1
                }
                let contexts = contextCodes[contextOffsets[answer]..<contextOffsets[answer + 1]]
                let weight = 1 / Double(contexts.count)
                for context in contexts { details.contextWeights[slot * contextCount + Int(context)] += weight }
                if details.examples[slot].count < Self.exampleSample { details.examples[slot].append(stamp) }
            }
        }
        return details
    }
}

// MARK: Pass 4: scoring and choosing

extension DiscoveryCorpus {
    /// A candidate with the score it is ranked by across languages.
    struct Scored {
        let candidate: ThemeCandidate
        let score: Double
    }

    /// Bonus per phrase length: a phrase of two or three words says more than one word.
    static let lengthBonus: [Double] = [1, 1.3, 1.5]
    /// How hard an everyday word is pushed down: weight 1 / (1 + k · share of answers · evenness²).
    static let everydayWeight = 10.0
    /// Weight of a single verdict ("nöjd", "lång"): it says how, not what. A longer phrase with a verdict at an
    /// edge is left out unless it is in `foldShare` of the answers of the rest: "loyalty points", not
    /// "bra service".
    static let sentimentOnlyWeight = 0.4
    /// A shorter phrase folds into a longer one that holds it when the longer is in at least this share of
    /// its answers; a longer phrase is dropped as a detail of a kept shorter one in this many times fewer answers.
    static let foldShare = 0.75
    static let detailRatio = 1.5
    /// Two phrases that overlap by one word at their ends ("vurderer seriøst", "seriøst å bytte") are one
    /// expression when their counts differ by at most this share.
    static let sameCount = 0.1

    /// The language's best candidates, at most `limit`.
    func candidates(
        _ answers: [ThemeDiscovery.Answer], matcher: ThemeMatcher, dismissed: [String], minimumCount: Int,
        limit: Int
    ) -> [Scored] {
        let excluded = Set(dismissed.compactMap { key(of: $0) })
        let counts = countPhrases()
        let details = details(of: counts, minimumCount: minimumCount, excluded: excluded)
        let slotCount = details.keys.count
        guard slotCount > 0 else { return [] }
        let total = Double(answerCount)
        let baseline = Baseline(self)

        let evaluations = (0..<slotCount).map { isEvaluation($0, details) }
        var folded = [Bool](repeating: false, count: slotCount)
        for slot in 0..<slotCount where details.keys[slot] > Self.mask && !evaluations[slot] {
            for sub in Self.subKeys(of: details.keys[slot]) {
                guard let shorter = details.slots[sub].map(Int.init) else { continue }
                if Double(details.answers[slot]) >= Self.foldShare * Double(details.answers[shorter]) {
                    folded[shorter] = true
                }
            }
        }

        var ranked: [(slot: Int, phrase: String, score: Double)] = []
        let contextCount = contextIndex.count
        for slot in 0..<slotCount where !folded[slot] && !evaluations[slot] {
            let phraseWords = self.phraseWords(details.forms[slot])
            guard let firstWord = details.forms[slot].first.flatMap({ Self.wordIDs(of: $0.words).first }) else {
                continue
            }
            let count = Double(details.answers[slot])
            let unmatchedShare = Double(details.unmatched[slot]) / count
            let focus = 1 + max(0, unmatchedShare - baseline.unmatchedShare)
            var distance = 0.0
            for context in 0..<contextCount {
                let share = details.contextWeights[slot * contextCount + context] / count
                distance += abs(share - baseline.contexts[context])
            }
            let evenness = 1 - min(1, distance / 2)
            let everyday = 1 / (1 + Self.everydayWeight * (count / total) * evenness * evenness)
            let verdictOnly = details.keys[slot] <= Self.mask && isVerdict[Int(firstWord)]
            let score =
                count * Self.lengthBonus[min(max(phraseWords.count, 1), 3) - 1] * focus * everyday
                * (verdictOnly ? Self.sentimentOnlyWeight : 1)
            ranked.append((slot, phraseWords.joined(separator: " "), score))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.phrase < $1.phrase }

        // Dismissed phrases count as kept, so that their details and overlaps stay out with them.
        var kept: [UInt64: Int32] = [:]
        for key in excluded {
            if let slot = counts.slots[key] { kept[key] = counts.answers[Int(slot)] }
        }
        var result: [Scored] = []
        for entry in ranked {
            guard result.count < limit else { break }
            let key = details.keys[entry.slot]
            let count = details.answers[entry.slot]
            let subKeys = Self.subKeys(of: key)
            // A detail of a broader kept phrase, or another part of a longer expression already kept.
            let isDetail = subKeys.contains { sub in
                kept[sub].map { Double($0) >= Self.detailRatio * Double(count) } ?? false
            }
            let isOverlap = kept.contains { other in
                let shared = Self.edgeOverlap(key, other.key)
                let difference = abs(Double(other.value - count))
                return shared >= 2
                    ? Double(other.value) >= Self.foldShare * Double(count)
                    : shared == 1 && difference <= Self.sameCount * Double(max(other.value, count))
            }
            guard !isDetail, !isOverlap, let pattern = self.pattern(details.forms[entry.slot]),
                matcher.matches(in: TextTokenizer.tokens(of: entry.phrase), language: language).isEmpty
            else { continue }
            kept[key] = count
            let negativeShare = Double(details.negative[entry.slot]) / Double(count)
            let candidate = ThemeCandidate(
                language: language, phrase: entry.phrase, pattern: pattern, count: Int(count),
                negativeShare: negativeShare,
                negativeLift: baseline.negativeShare > 0 ? negativeShare / baseline.negativeShare : 1,
                exampleIDs: typicalExamples(details.examples[entry.slot]).map { answers[sources[Int($0)]].id },
                nearestThemeID: nearestTheme(details, slot: entry.slot, baseline: baseline))
            result.append(Scored(candidate: candidate, score: entry.score))
        }
        return result
    }

    /// Whether a phrase of two or three words has a verdict at an edge and is only a small part of the answers of
    /// the rest (without verdicts and stopwords at its edges): "bra service" among all "service".
    func isEvaluation(_ slot: Int, _ details: Details) -> Bool {
        let key = details.keys[slot]
        guard key > Self.mask, let form = details.forms[slot].first else { return false }
        let ids = Self.wordIDs(of: form.words).map(Int.init)
        guard let first = ids.first, let last = ids.last, isVerdict[first] || isVerdict[last] else { return false }
        var start = 0
        var end = ids.count
        while start < end, isVerdict[ids[start]] || !isEdge[ids[start]] { start += 1 }
        while end > start, isVerdict[ids[end - 1]] || !isEdge[ids[end - 1]] { end -= 1 }
        guard start < end else { return true }
        var rest: UInt64 = 0
        for (offset, id) in ids[start..<end].enumerated() {
            rest |= UInt64(wordGroup[id] + 1) << (Self.bits * UInt64(offset))
        }
        guard let restSlot = details.slots[rest].map(Int.init) else { return true }
        return Double(details.answers[slot]) < Self.foldShare * Double(details.answers[restSlot])
    }

    /// How many words the end of one phrase shares with the start of the other, either way round.
    static func edgeOverlap(_ first: UInt64, _ second: UInt64) -> Int {
        let one = groups(of: first)
        let two = groups(of: second)
        var best = 0
        for shared in stride(from: min(one.count, two.count) - 1, through: 1, by: -1) {
            if one.suffix(shared).elementsEqual(two.prefix(shared))
                || two.suffix(shared).elementsEqual(one.prefix(shared))
            {
                best = shared
                break
            }
        }
        return best
    }

    /// Shares over all the language's answers that scores are measured against.
    struct Baseline {
        var negativeShare = 0.0
        var unmatchedShare = 0.0
        /// Per context, the share of answers (an answer with k contexts counting 1/k for each).
        var contexts: [Double]
        /// Per theme, the share of answers it was found in.
        var themes: [Double]

        init(_ corpus: DiscoveryCorpus) {
            let total = Double(max(1, corpus.answerCount))
            contexts = [Double](repeating: 0, count: corpus.contextIndex.count)
            themes = [Double](repeating: 0, count: corpus.themeNames.count)
            for answer in 0..<corpus.answerCount {
                if corpus.isNegative[answer] { negativeShare += 1 / total }
                if corpus.themeOffsets[answer] == corpus.themeOffsets[answer + 1] { unmatchedShare += 1 / total }
                let contexts = corpus.contextCodes[corpus.contextOffsets[answer]..<corpus.contextOffsets[answer + 1]]
                for context in contexts { self.contexts[Int(context)] += 1 / Double(contexts.count) / total }
                for theme in corpus.themeCodes[corpus.themeOffsets[answer]..<corpus.themeOffsets[answer + 1]] {
                    themes[Int(theme)] += 1 / total
                }
            }
        }
    }

    /// The words of a phrase as most often written (ties: alphabetical).
    func phraseWords(_ forms: [Form]) -> [String] {
        var best: (count: Int32, words: [String])?
        for form in forms {
            let words = Self.wordIDs(of: form.words).map { self.words[Int($0)] }
            if let current = best,
                current.count > form.count
                    || (current.count == form.count && current.words.lexicographicallyPrecedes(words))
            {
                continue
            }
            best = (form.count, words)
        }
        return best?.words ?? []
    }

    static func wordIDs(of written: UInt64) -> [Int32] { groups(of: written) }

    /// The pattern covering every form: per word the word itself when it has one form, else the forms' common
    /// beginning (three letters at least) and `*`; nil when no valid pattern covers them.
    func pattern(_ forms: [Form]) -> String? {
        let written = forms.map { Self.wordIDs(of: $0.words) }
        guard let length = written.first?.count, length > 0 else { return nil }
        var parts: [String] = []
        for position in 0..<length {
            var variants: [String] = []
            for form in written where position < form.count {
                let word = words[Int(form[position])]
                if !variants.contains(word) { variants.append(word) }
            }
            guard var prefix = variants.first else { return nil }
            guard variants.count > 1 else {
                parts.append(prefix)
                continue
            }
            for variant in variants.dropFirst() {
                prefix = String(zip(prefix, variant).prefix { $0.0 == $0.1 }.map(\.0))
            }
            while let last = prefix.last, last == "-" || last == "'" { prefix.removeLast() }
            guard prefix.count(where: \.isLetter) >= 3 else { return nil }
            parts.append(prefix + "*")
        }
        let text = parts.joined(separator: " ")
        guard let pattern = try? ThemePattern(text), pattern.words.count == length else { return nil }
        for form in written {
            for (position, id) in form.enumerated() where !pattern.words[position].matches(words[Int(id)]) {
                return nil
            }
        }
        return text
    }

    /// The examples ordered by how typical they are: the mean share of the examples that use each of an
    /// answer's content words (ties: the earlier answer).
    func typicalExamples(_ examples: [Int32]) -> [Int32] {
        var frequency: [Int32: Int] = [:]
        var contents: [[Int32]] = []
        for answer in examples {
            var groups: [Int32] = []
            for code in codes[offsets[Int(answer)]..<offsets[Int(answer) + 1]] where code != Self.barrier {
                let group = wordGroup[Int(code)]
                if isEdge[Int(code)] && !groups.contains(group) { groups.append(group) }
            }
            for group in groups { frequency[group, default: 0] += 1 }
            contents.append(groups)
        }
        let typicality = contents.map { groups in
            groups.isEmpty ? 0 : Double(groups.reduce(0) { $0 + (frequency[$1] ?? 0) }) / Double(groups.count)
        }
        return examples.indices.sorted {
            typicality[$0] != typicality[$1] ? typicality[$0] > typicality[$1] : $0 < $1
        }.prefix(5).map { examples[$0] }
    }

    /// The theme found in most of the phrase's answers (at least a fifth of them and two), if any; ties go to the
    /// theme that is rarer overall, then to the first id.
    func nearestTheme(_ details: Details, slot: Int, baseline: Baseline) -> String? {
        let count = Int(details.answers[slot])
        var best: (theme: Int, count: Int)?
        for theme in themeNames.indices {
            let together = Int(details.themeCounts[slot * themeNames.count + theme])
            guard together > 0 else { continue }
            if let current = best {
                guard
                    together > current.count
                        || (together == current.count
                            && (baseline.themes[theme], themeNames[theme])
                                < (baseline.themes[current.theme], themeNames[current.theme]))
                else { continue }
            }
            best = (theme, together)
        }
        guard let best, best.count * 5 >= count, best.count >= min(2, count) else { return nil }
        return themeNames[best.theme]
    }
}
