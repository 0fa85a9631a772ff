import Foundation

/// What language a text is written in, as far as its words tell.
public struct LanguageGuess: Sendable, Hashable {
    /// The language, or nil when the text is in none of the five or too short/ambiguous to tell ("other").
    public let language: Language?
    /// 0...1, how sure the guess is.
    public let confidence: Double

    /// A guess of `language` with `confidence`, clamped to 0...1.
    public init(language: Language?, confidence: Double) {
        self.language = language
        self.confidence = min(1, max(0, confidence))
    }
}

/// Tells which of cxm's languages an open-text answer is written in, so that sentiment and themes use the
/// right lexicon even when a respondent answers a Swedish survey in English.
///
/// Three votes are added up per language: the log-likelihood of the text's letters under a character model of
/// the language (up to four letters of context inside a word, Witten-Bell smoothed, counted from our own seed
/// text), a bonus for each frequent function word, and a bonus for the survey's language. Decoy profiles
/// (German, French, Spanish, Dutch, Italian, Portuguese, Polish, Estonian, Turkish, Croatian, Hungarian) let it
/// answer "none of the five"; so do other scripts and letters no profile expects.
/// Links, @mentions, e-mail addresses, digits and emoji are not scored; only the first 2,000 letters are read.
public struct LanguageIdentifier: Sendable {
    private let model: LanguageModel

    /// An identifier sharing the tables built once per process.
    public init() {
        model = LanguageModel.shared
    }

    /// The language of `text`. `prior` is the language the respondent chose for the survey: it wins when the
    /// text is short or ambiguous ("ok", "Bra!", emoji, a number) and loses when the text is clearly another.
    public func identify(_ text: String, prior: Language? = nil) -> LanguageGuess {
        var sink = ScoringSink(model: model)
        let counts = model.scanner.scan(text, into: &sink)
        let tuning = LanguageModel.Tuning.self
        if counts.foreign >= tuning.minimumLetters, counts.foreign > counts.latin,
            counts.foreign >= 2 * counts.foreignRuns
        {
            // Words in Cyrillic, Greek, Arabic, CJK...: none of ours, whatever the prior says. (Scattered single
            // letters of other scripts are more likely binary junk, left to the checks below.)
            let share = Double(counts.foreign) / Double(counts.foreign + counts.latin)
            return LanguageGuess(language: nil, confidence: share * Self.evidence(counts.foreign))
        }
        let letterScores = sink.letterScores
        let bestFit = letterScores.replacing(with: -.infinity, where: LanguageModel.unusedFloatLanes).max()
        // Too few letters, letters scattered one or two at a time, or letters no profile expects (keyboard
        // mashing, binary junk): keep the prior.
        guard counts.latin >= tuning.minimumLetters, counts.latin >= 2 * sink.words,
            -bestFit <= Float(sink.events) * tuning.gibberishCost
        else {
            return LanguageGuess(language: prior, confidence: prior == nil ? 0 : tuning.fallbackConfidence)
        }
        var scores = letterScores + sink.wordScores
        if let prior {
            let lane = LanguageProfile(prior).rawValue
            let shortness = max(0, 1 - Float(counts.latin) / tuning.shortTextLetters)
            scores[lane] += tuning.priorBonus + tuning.shortPriorBonus * shortness
        }
        return decide(scores, letters: counts.latin)
    }

    /// The best profile and a confidence from the score gaps, discounted for short texts.
    private func decide(_ scores: SIMD16<Float>, letters: Int) -> LanguageGuess {
        let profiles = LanguageProfile.allCases
        var best = 0
        for lane in 1..<profiles.count where scores[lane] > scores[best] { best = lane }
        let temperature = LanguageModel.Tuning.temperature
        var total: Double = 0
        var decoys: Double = 0
        for lane in 0..<profiles.count {
            let weight = exp(Double((scores[lane] - scores[best]) / temperature))
            total += weight
            if profiles[lane].language == nil { decoys += weight }
        }
        let evidence = Self.evidence(letters)
        guard let language = profiles[best].language else {
            return LanguageGuess(language: nil, confidence: decoys / total * evidence)
        }
        return LanguageGuess(language: language, confidence: 1 / total * evidence)
    }

    /// How far the number of letters read allows a confident answer: 0.5 at about ten letters, ~1 at a sentence.
    private static func evidence(_ letters: Int) -> Double {
        1 - exp2(-Double(letters) / LanguageModel.Tuning.halfEvidenceLetters)
    }
}

// MARK: - Model

/// Adds up, per profile, the log-probabilities of a text's letters and the bonuses of its words.
private struct ScoringSink: LanguageFeatureSink {
    let model: LanguageModel
    /// Letter scores in units of `LanguageModel.step` nats below certainty (so larger is worse).
    private var letterCost = SIMD16<Int32>()
    private var wordLetters = SIMD16<Int32>()
    var wordScores = SIMD16<Float>()

    init(model: LanguageModel) {
        self.model = model
    }

    /// Per-profile log-likelihood of the letters read so far.
    var letterScores: SIMD16<Float> { SIMD16<Float>(letterCost) * -LanguageModel.step }

    /// Letters and word ends scored, and words.
    private(set) var events = 0
    private(set) var words = 0

    mutating func letter(_ code: UInt64, after history: UInt64) {
        wordLetters &+= model.cost(of: code, after: history)
        events += 1
    }

    /// Ends a word: its letters count, but no language falls more than `wordPenaltyLimit` behind the word's
    /// best, so that one name or rare word seen in one seed text and not another cannot decide alone.
    mutating func word(_ hash: UInt64) {
        let best = wordLetters.replacing(with: .max, where: LanguageModel.unusedLanes).min()
        letterCost &+= pointwiseMin(wordLetters, SIMD16(repeating: best &+ LanguageModel.penaltyLimitSteps))
        wordLetters = SIMD16()
        words += 1
        if let row = model.wordBonus(hash) { wordScores += row }
    }
}

/// The tables the identifier scores with, built once from `LanguageProfiles`: per profile (one SIMD lane each)
/// the log-probability of a letter after up to `order - 1` letters, and the bonus of each listed word.
struct LanguageModel: Sendable {
    /// Knobs of the model, set by measuring on our own sentences, the demo phrases and the labelled dev sets
    /// (a handful of numbers; no word of the dev sets is in the tables).
    enum Tuning {
        /// Letters of context plus one.
        static let order = 4
        /// Witten-Bell's weight of the distinct followers of a context: above 1 trusts long contexts less.
        static let backoffStrength: Float = 1.5
        /// Size of the alphabet assumed for unseen letters, and the add-α smoothing of single letters.
        static let alphabet: Float = 100
        static let letterSmoothing: Float = 0.5
        /// How far (in nats) one word's letters can put a language behind the word's best language.
        static let wordPenaltyLimit: Float = 8
        /// Bonus of a listed word to each language it belongs to.
        static let wordBonus: Float = 4
        /// Bonus of the respondent's language, and extra for texts shorter than `shortTextLetters`.
        static let priorBonus: Float = 4
        static let shortPriorBonus: Float = 16
        static let shortTextLetters: Float = 24
        /// Mean cost per letter (nats) above which no profile fits and the text counts as gibberish.
        static let gibberishCost: Float = 4.25
        /// Fewer Latin letters than this: answer the prior.
        static let minimumLetters = 3
        static let fallbackConfidence = 0.1
        /// Softmax temperature turning score gaps into a confidence.
        static let temperature: Float = 2
        static let halfEvidenceLetters = 10.0
    }

    static let shared = LanguageModel()

    /// SIMD lanes no profile uses.
    static let unusedLanes = SIMD16<Int32>((0..<16).map { Int32($0) }) .>= Int32(LanguageProfile.allCases.count)
    static let unusedFloatLanes = SIMD16<Float>((0..<16).map { Float($0) }) .>= Float(LanguageProfile.allCases.count)
    /// Resolution of the stored log-probabilities, in nats: rows keep −log p / step in one byte per profile.
    static let step: Float = 0.125
    static let penaltyLimitSteps = Int32(Tuning.wordPenaltyLimit / step)

    let scanner = LanguageTextScanner()
    /// Open-addressed keys (see `LanguageModelKey`) and their rows: the cost of an n-gram's last letter after the
    /// others, or for a context, the cost of backing off to a shorter one.
    private let keys: [UInt64]
    private let slots: [Int32]
    private let rows: [SIMD16<UInt8>]
    /// Cost of a letter no profile has seen.
    private let unseenLetter: SIMD16<Int32>
    private let wordKeys: [UInt64]
    private let wordSlots: [Int32]
    private let wordRows: [SIMD16<Float>]

    init() {
        let profiles = LanguageProfile.allCases
        var counts: [CountingSink] = []
        var seedWords: [UInt64: SIMD16<Float>] = [:]
        for profile in profiles {
            var sink = CountingSink()
            _ = scanner.scan(profile.seedText, limit: .max, into: &sink)
            // The word lists teach the letter model too, so that a word two languages share scores alike in
            // both even when only one seed text happens to use it.
            _ = scanner.scan(profile.commonWords, limit: .max, into: &sink)
            _ = scanner.scan(profile.sharedVocabulary, limit: .max, into: &sink)
            counts.append(sink)
            for hash in sink.words { seedWords[hash, default: SIMD16()][profile.rawValue] = 1 }
        }
        let table = Self.buildLetterTable(counts)
        (keys, slots, rows, unseenLetter) = (table.keys, table.slots, table.rows, table.unseen)

        // A listed word belongs to every language that lists it or uses it in its seed text.
        var members: [UInt64: SIMD16<Float>] = [:]
        for profile in profiles {
            var sink = CountingSink()
            _ = scanner.scan(profile.commonWords, limit: .max, into: &sink)
            for hash in sink.words { members[hash, default: SIMD16()][profile.rawValue] = 1 }
        }
        var wordTable = HashTable(capacity: members.count)
        var bonuses: [SIMD16<Float>] = []
        for (hash, listed) in members {
            let member = listed.replacing(with: 1, where: (seedWords[hash] ?? SIMD16()) .> 0)
            wordTable.insert(hash, row: bonuses.count)
            bonuses.append(member * Tuning.wordBonus)
        }
        (wordKeys, wordSlots, wordRows) = (wordTable.keys, wordTable.rows, bonuses)
    }

    /// −log P(letter | history) per profile in `step`s, backing off to shorter histories the model has not seen.
    @inline(__always)
    func cost(of code: UInt64, after history: UInt64) -> SIMD16<Int32> {
        var result = SIMD16<Int32>()
        var length = Tuning.order - 1
        while length > 0 {
            if let row = HashTable.find(LanguageModelKey.ngram(code, history, length), keys: keys, rows: slots) {
                return result &+ SIMD16<Int32>(truncatingIfNeeded: rows[row])
            }
            if let row = HashTable.find(LanguageModelKey.context(history, length), keys: keys, rows: slots) {
                result &+= SIMD16<Int32>(truncatingIfNeeded: rows[row])
            }
            length -= 1
        }
        if let row = HashTable.find(LanguageModelKey.ngram(code, history, 0), keys: keys, rows: slots) {
            return result &+ SIMD16<Int32>(truncatingIfNeeded: rows[row])
        }
        return result &+ unseenLetter
    }

    /// The bonus a listed word adds per profile, or nil for an unlisted word.
    @inline(__always)
    func wordBonus(_ hash: UInt64) -> SIMD16<Float>? {
        HashTable.find(hash, keys: wordKeys, rows: wordSlots).map { wordRows[$0] }
    }

    /// Witten-Bell estimates for every n-gram and context any profile has seen:
    /// P(c | h) = λ(h)·C(hc)/C(h) + (1 − λ(h))·P(c | h shortened), λ(h) = C(h) / (C(h) + distinct letters after h),
    /// and at the bottom add-α over `Tuning.alphabet` letters.
    private static func buildLetterTable(
        _ counts: [CountingSink]
    ) -> (keys: [UInt64], slots: [Int32], rows: [SIMD16<UInt8>], unseen: SIMD16<Int32>) {
        let lanes = counts.count
        // Per n-gram key: counts per profile. Per context key: occurrences and distinct followers per profile.
        var ngrams: [UInt64: SIMD16<Float>] = [:]
        var contextTotals: [UInt64: SIMD16<Float>] = [:]
        var contextTypes: [UInt64: SIMD16<Float>] = [:]
        var letterTotals = SIMD16<Float>()
        for (lane, sink) in counts.enumerated() {
            for (event, count) in sink.events {
                let (code, history) = LanguageModelKey.split(event)
                for length in 0..<Tuning.order {
                    let key = LanguageModelKey.ngram(code, history, length)
                    let isNew = ngrams[key]?[lane] ?? 0 == 0
                    ngrams[key, default: SIMD16()][lane] += count
                    if length > 0 {
                        let context = LanguageModelKey.context(history, length)
                        contextTotals[context, default: SIMD16()][lane] += count
                        if isNew { contextTypes[context, default: SIMD16()][lane] += 1 }
                    } else {
                        letterTotals[lane] += count
                    }
                }
            }
        }
        let alpha = Tuning.letterSmoothing
        let letterDenominator = letterTotals + alpha * Tuning.alphabet
        var probabilities: [UInt64: SIMD16<Float>] = [:]
        // Shorter n-grams first, so that each longer one finds its backoff.
        for length in 0..<Tuning.order {
            for (key, count) in ngrams where LanguageModelKey.length(key) == length {
                let (code, history) = LanguageModelKey.parts(key)
                if length == 0 {
                    probabilities[key] = (count + alpha) / letterDenominator
                    continue
                }
                let shorter = probabilities[LanguageModelKey.ngram(code, history, length - 1)] ?? SIMD16()
                let context = LanguageModelKey.context(history, length)
                let total = contextTotals[context] ?? SIMD16()
                let types = contextTypes[context] ?? SIMD16()
                var value = SIMD16<Float>()
                for lane in 0..<lanes {
                    guard total[lane] > 0 else {
                        value[lane] = shorter[lane]
                        continue
                    }
                    let weight = total[lane] / (total[lane] + Tuning.backoffStrength * types[lane])
                    value[lane] = weight * count[lane] / total[lane] + (1 - weight) * shorter[lane]
                }
                probabilities[key] = value
            }
        }
        var table = HashTable(capacity: probabilities.count + contextTotals.count)
        var rows: [SIMD16<UInt8>] = []
        rows.reserveCapacity(probabilities.count + contextTotals.count)
        for (key, probability) in probabilities {
            table.insert(key, row: rows.count)
            rows.append(quantize(log(probability, lanes: lanes)))
        }
        for (context, total) in contextTotals {
            let types = contextTypes[context] ?? SIMD16()
            var backoff = SIMD16<Float>(repeating: 1)
            for lane in 0..<lanes where total[lane] > 0 {
                let held = Tuning.backoffStrength * types[lane]
                backoff[lane] = held / (total[lane] + held)
            }
            table.insert(context, row: rows.count)
            rows.append(quantize(log(backoff, lanes: lanes)))
        }
        let unseenRow = quantize(log(SIMD16(repeating: alpha) / letterDenominator, lanes: lanes))
        let unseen = SIMD16<Int32>(truncatingIfNeeded: unseenRow)
        return (table.keys, table.rows, rows, unseen)
    }

    /// A row of log-probabilities as one byte per profile: −log p in `step`s, at most 255.
    private static func quantize(_ values: SIMD16<Float>) -> SIMD16<UInt8> {
        var result = SIMD16<UInt8>()
        for lane in 0..<16 { result[lane] = UInt8(min(255, max(0, (-values[lane] / step).rounded()))) }
        return result
    }

    /// Natural logarithm of the profile lanes; unused lanes stay 0.
    private static func log(_ values: SIMD16<Float>, lanes: Int) -> SIMD16<Float> {
        var result = SIMD16<Float>()
        for lane in 0..<lanes { result[lane] = Foundation.log(values[lane]) }
        return result
    }
}

/// Packs letter codes (12 bits each, see `LanguageTextScanner`) into 64-bit table keys: the top four bits say
/// whether the key is an n-gram (its length of context) or a context (8 + its length).
enum LanguageModelKey {
    /// Up to three letters of history, the most recent in the low bits.
    static let historyMask: UInt64 = 0xF_FFFF_FFFF

    @inline(__always)
    static func ngram(_ code: UInt64, _ history: UInt64, _ length: Int) -> UInt64 {
        let context = history & ((1 << (12 * UInt64(length))) - 1)
        return UInt64(length) << 60 | context << 12 | code
    }

    @inline(__always)
    static func context(_ history: UInt64, _ length: Int) -> UInt64 {
        let context = history & ((1 << (12 * UInt64(length))) - 1)
        return UInt64(8 + length) << 60 | context
    }

    /// The length of context of an n-gram key.
    static func length(_ key: UInt64) -> Int { Int(key >> 60) }

    /// Letter and history of an n-gram key.
    static func parts(_ key: UInt64) -> (code: UInt64, history: UInt64) {
        (key & 0xFFF, (key >> 12) & historyMask)
    }

    /// A counted event: a letter and its full history.
    static func event(_ code: UInt64, _ history: UInt64) -> UInt64 { history << 12 | code }
    static func split(_ event: UInt64) -> (code: UInt64, history: UInt64) { (event & 0xFFF, event >> 12) }
}

/// Collects the letter events and word hashes of seed text.
private struct CountingSink: LanguageFeatureSink {
    var events: [UInt64: Float] = [:]
    var words: Set<UInt64> = []

    mutating func letter(_ code: UInt64, after history: UInt64) {
        events[LanguageModelKey.event(code, history), default: 0] += 1
    }

    mutating func word(_ hash: UInt64) { words.insert(hash) }
}

/// Linear-probing map from a non-zero 64-bit key to a row number.
private struct HashTable {
    private(set) var keys: [UInt64]
    private(set) var rows: [Int32]

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        rows = Array(repeating: 0, count: size)
    }

    mutating func insert(_ key: UInt64, row: Int) {
        var slot = Self.slot(key, size: keys.count)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key
        rows[slot] = Int32(row)
    }

    @inline(__always)
    static func find(_ key: UInt64, keys: [UInt64], rows: [Int32]) -> Int? {
        var slot = slot(key, size: keys.count)
        while true {
            let found = keys[slot]
            if found == key { return Int(rows[slot]) }
            if found == 0 { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, size: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
    }
}

// MARK: - Scanning

/// Receives the features of a text as `LanguageTextScanner` finds them.
protocol LanguageFeatureSink {
    /// A letter (12-bit code, or the word boundary) and the up to three letters before it in its word
    /// (boundary-padded, most recent in the low 12 bits).
    mutating func letter(_ code: UInt64, after history: UInt64)
    /// The hash of a whole lowercased word.
    mutating func word(_ hash: UInt64)
}

/// Reads a text's UTF-8 once, lowercasing letters and skipping links, @mentions, e-mail addresses, digits,
/// emoji and punctuation, and hands each word's letters and hash to a sink. Allocates nothing.
///
/// Letter codes are 12 bits: the scalar value for Latin letters up to U+024F, 0x400 + the low byte for
/// Latin Extended Additional (Vietnamese), 0x27 for an apostrophe inside a word, 0x20 for the word boundary.
struct LanguageTextScanner: Sendable {
    /// Letters read at most; the rest of a long text is ignored.
    static let letterLimit = 2000
    /// The word-boundary pseudo-letter.
    static let boundary: UInt32 = 0x20
    private static let apostrophe: UInt32 = 0x27
    private static let foreignFlag: UInt32 = 1 << 31

    /// For each scalar below U+0800: 0 when not a letter, else its lowercase letter code, or `foreignFlag`
    /// for letters outside the Latin script.
    private let letters: [UInt32]

    init() {
        var table = [UInt32](repeating: 0, count: 0x800)
        for value in 0..<UInt32(0x800) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            guard (0x41...0x24F).contains(value) else {
                table[Int(value)] = Self.foreignFlag
                continue
            }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            let mapped = lower.count == 1 ? lower.first?.value ?? value : value
            table[Int(value)] = mapped < 0x250 ? mapped : value
        }
        letters = table
    }

    /// How many letters a scan read: Latin ones, those of other scripts, and the runs these came in.
    struct Counts {
        var latin = 0
        var foreign = 0
        var foreignRuns = 0
    }

    /// Scans `text` into `sink`, stopping after `limit` letters, and returns how many letters it read.
    func scan<Sink: LanguageFeatureSink>(
        _ text: String, limit: Int = letterLimit, into sink: inout Sink
    ) -> Counts {
        var text = text
        return text.withUTF8 { scan($0, limit: limit, into: &sink) }
    }

    private func scan<Sink: LanguageFeatureSink>(
        _ bytes: UnsafeBufferPointer<UInt8>, limit: Int, into sink: inout Sink
    ) -> Counts {
        var word = WordState()
        var counts = Counts()
        var inForeignRun = false
        var index = 0
        var tokenStart = true
        // Bounded in bytes too, for a text of emoji or punctuation only.
        let count = limit == .max ? bytes.count : min(bytes.count, limit * 16)
        while index < count, counts.latin + counts.foreign < limit {
            let byte = bytes[index]
            if byte <= 0x20 {
                word.end(&sink)
                tokenStart = true
                inForeignRun = false
                index += 1
                continue
            }
            if tokenStart {
                tokenStart = false
                let end = Self.tokenEnd(bytes, from: index)
                if Self.isLink(bytes, from: index, to: end) {
                    word.end(&sink)
                    index = end
                    continue
                }
            }
            let (value, length) = Self.decode(bytes, at: index)
            index += length
            var letter: UInt32 = 0
            if value < 0x800 {
                letter = letters[Int(value)]
            } else if (0x1E00...0x1EFF).contains(value) {
                letter = 0x400 | (value & 0xFF) | 1  // capitals even, small letters odd
            } else if Self.isOtherScriptLetter(value) {
                letter = Self.foreignFlag
            }
            if letter != Self.foreignFlag { inForeignRun = false }
            if letter == 0 {
                if (0x300..<0x370).contains(value) { continue }  // a combining mark not composed below
                if value == Self.apostrophe || value == 0x2019, word.length > 0, index < count,
                    Self.startsLetter(bytes[index])
                {
                    word.add(Self.apostrophe, &sink)
                } else {
                    word.end(&sink)
                }
                continue
            }
            if letter == Self.foreignFlag {
                word.end(&sink)
                counts.foreign += 1
                if !inForeignRun { counts.foreignRuns += 1 }
                inForeignRun = true
                continue
            }
            if index + 1 < count, bytes[index] == 0xCC {
                // A decomposed å, ä, ö, ü or é: fold the combining mark into the letter (other marks are skipped).
                let composed = Self.compose(letter, mark: bytes[index + 1])
                if composed != letter {
                    letter = composed
                    index += 2
                }
            }
            counts.latin += 1
            word.add(letter, &sink)
        }
        word.end(&sink)
        return counts
    }

    /// The index after the token that starts at `start` (tokens are separated by ASCII white space).
    @inline(__always)
    private static func tokenEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] > 0x20 { end += 1 }
        return end
    }

    /// Whether a token is an address, e-mail address or @mention: anything with "@" or "://", or "www.".
    private static func isLink(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        if end - start >= 4, bytes[start] | 0x20 == 0x77, bytes[start + 1] | 0x20 == 0x77,
            bytes[start + 2] | 0x20 == 0x77, bytes[start + 3] == 0x2E
        {
            return true
        }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x40 { return true }
            if byte == 0x3A, index + 2 < end, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x2F { return true }
            index += 1
        }
        return false
    }

    /// The scalar at `index` and its length in bytes; malformed UTF-8 reads as U+FFFD, one byte at a time.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        let count = bytes.count
        func continuation(_ offset: Int) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        if lead >= 0xC2, lead < 0xE0, let b1 = continuation(1) {
            return ((lead & 0x1F) << 6 | b1, 2)
        }
        if lead >= 0xE0, lead < 0xF0, let b1 = continuation(1), let b2 = continuation(2) {
            return ((lead & 0x0F) << 12 | b1 << 6 | b2, 3)
        }
        if lead >= 0xF0, lead < 0xF5, let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) {
            return ((lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
        }
        return (0xFFFD, 1)
    }

    /// Whether a byte starts an ASCII letter or a two-byte Latin letter (after an apostrophe: "don't").
    @inline(__always)
    private static func startsLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0xC3 || byte == 0xC4 || byte == 0xC5
    }

    /// Whether a scalar at or above U+0800 is a letter (CJK, Hangul, Indic, Thai...); emoji are not.
    private static func isOtherScriptLetter(_ value: UInt32) -> Bool {
        if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7AF).contains(value) { return true }
        if (0x1F000...0x1FFFF).contains(value) || (0x2000...0x2BFF).contains(value) { return false }
        if (0xFE00...0xFE0F).contains(value) || (0xE000...0xF8FF).contains(value) { return false }
        return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
    }

    /// A letter followed by combining U+0301 (acute), U+0308 (diaeresis) or U+030A (ring), folded into one.
    private static func compose(_ letter: UInt32, mark: UInt8) -> UInt32 {
        switch (letter, mark) {
        case (0x61, 0x88): 0xE4  // ä
        case (0x6F, 0x88): 0xF6  // ö
        case (0x75, 0x88): 0xFC  // ü
        case (0x61, 0x8A): 0xE5  // å
        case (0x65, 0x81): 0xE9  // é
        default: letter
        }
    }
}

/// The word being read: its last three letters, its length and its running FNV-1a hash.
private struct WordState {
    private static let start = UInt64(LanguageTextScanner.boundary) * 0x1_001_001
    var history: UInt64 = 0
    var length = 0
    var hash: UInt64 = 0

    @inline(__always)
    mutating func add<Sink: LanguageFeatureSink>(_ letter: UInt32, _ sink: inout Sink) {
        if length == 0 {
            history = Self.start
            hash = 0xCBF2_9CE4_8422_2325
        }
        let code = UInt64(letter)
        sink.letter(code, after: history)
        history = (history << 12 | code) & LanguageModelKey.historyMask
        length += 1
        hash = (hash ^ code) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    mutating func end<Sink: LanguageFeatureSink>(_ sink: inout Sink) {
        guard length > 0 else { return }
        sink.letter(UInt64(LanguageTextScanner.boundary), after: history)
        sink.word(hash | 1)
        length = 0
    }
}
