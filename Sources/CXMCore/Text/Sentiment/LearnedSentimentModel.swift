import Foundation

/// A sentiment model learned from a workspace's own scored feedback.
///
/// Answers to NPS, CSAT and similar questions carry a score, so the open text beside a promoter's 10 or a
/// detractor's 3 says in the company's own words what satisfaction and dissatisfaction sound like. The model
/// is a logistic regression over hashed features of the text (word stems, stems under negation, stem
/// bigrams, emoji) and the built-in model's score, trained with AdaGrad and an L2 penalty, and kept sparse.
public struct LearnedSentimentModel: Sendable, Hashable, Codable {
    /// One text with the sign its score gave it.
    public struct Example: Sendable {
        public let tokens: [TextToken]
        public let isPositive: Bool
        /// The built-in model's score of the same text (−1…1).
        public let builtInScore: Double

        public init(tokens: [TextToken], isPositive: Bool, builtInScore: Double) {
            self.tokens = tokens
            self.isPositive = isPositive
            self.builtInScore = builtInScore
        }
    }

    public let language: Language
    /// Feature hash → weight; features with negligible weight are dropped.
    public let weights: [UInt32: Float]
    public let bias: Float
    /// The weight of the built-in model's score.
    public let builtInWeight: Float
    /// How many positive and negative examples it learned from.
    public let positiveExamples: Int
    public let negativeExamples: Int

    static let buckets: UInt32 = 1 << 20
    static let epochs = 8
    static let learningRate: Float = 0.3
    static let l2: Float = 1e-6
    /// How far from 0.5 a probability must be to read as positive or negative rather than neutral.
    static let neutralBand = 0.1

    /// Trains on the examples of one language. Deterministic: the same examples give the same model.
    public static func train(_ examples: [Example], language: Language) -> LearnedSentimentModel {
        let encoded = examples.map { FeatureSet(tokens: $0.tokens, language: language) }
        var weights = [Float](repeating: 0, count: Int(buckets))
        var squares = [Float](repeating: 1e-8, count: Int(buckets))
        var bias: Float = 0
        var biasSquares: Float = 1e-8
        var lexical: Float = 0
        var lexicalSquares: Float = 1e-8
        var order = Array(examples.indices)
        var random = SplitMix(seed: 0x5EED_0C_53)
        for _ in 0..<epochs {
            random.shuffle(&order)
            for index in order {
                let features = encoded[index]
                let lexicalValue = Float(examples[index].builtInScore)
                var z = bias + lexical * lexicalValue
                for feature in features.hashes { z += weights[Int(feature)] }
                let target: Float = examples[index].isPositive ? 1 : 0
                let gradient = Self.sigmoid(z) - target
                for feature in features.hashes {
                    let slot = Int(feature)
                    let step = gradient + l2 * weights[slot]
                    squares[slot] += step * step
                    weights[slot] -= learningRate * step / squares[slot].squareRoot()
                }
                biasSquares += gradient * gradient
                bias -= learningRate * gradient / biasSquares.squareRoot()
                let lexicalStep = gradient * lexicalValue
                lexicalSquares += lexicalStep * lexicalStep
                lexical -= learningRate * lexicalStep / lexicalSquares.squareRoot()
            }
        }
        var sparse: [UInt32: Float] = [:]
        for (slot, weight) in weights.enumerated() where abs(weight) > 1e-3 { sparse[UInt32(slot)] = weight }
        let positives = examples.filter(\.isPositive).count
        return LearnedSentimentModel(
            language: language, weights: sparse, bias: bias, builtInWeight: lexical,
            positiveExamples: positives, negativeExamples: examples.count - positives)
    }

    /// The probability that the text is positive.
    public func probability(_ tokens: [TextToken], builtInScore: Double) -> Double {
        var z = bias + builtInWeight * Float(builtInScore)
        for feature in FeatureSet(tokens: tokens, language: language).hashes { z += weights[feature] ?? 0 }
        return Double(Self.sigmoid(z))
    }

    /// The sentiment of a text: `2p − 1` as score, neutral within the band around ½.
    public func sentiment(_ tokens: [TextToken], builtInScore: Double) -> Sentiment {
        let p = probability(tokens, builtInScore: builtInScore)
        return Sentiment(score: 2 * p - 1, neutralBand: 2 * Self.neutralBand)
    }

    static func sigmoid(_ z: Float) -> Float { 1 / (1 + exp(-max(min(z, 30), -30))) }

    /// The hashed features of a text.
    struct FeatureSet {
        var hashes: [UInt32] = []

        init(tokens: [TextToken], language: Language) {
            var previous: UInt64?
            var negationLeft = 0
            let negators = SentimentRuleWords.negators[language] ?? []
            hashes.reserveCapacity(tokens.count * 2)
            for token in tokens {
                switch token.kind {
                case .word:
                    if negators.contains(token.text) {
                        negationLeft = 3
                        add(Self.hash(token.text, salt: 1))
                        previous = Self.hash(token.text, salt: 0)
                        continue
                    }
                    let stem = Stemmer.stem(token.text, language: language)
                    let unigram = Self.hash(stem, salt: negationLeft > 0 ? 2 : 1)
                    add(unigram)
                    let current = Self.hash(stem, salt: 0)
                    if let previous { add(Self.mix(previous, current)) }
                    previous = current
                    negationLeft = max(negationLeft - 1, 0)
                case .emoji, .emoticon:
                    add(Self.hash(token.text, salt: 3))
                case .sentenceEnd, .clauseBreak:
                    negationLeft = 0
                    previous = nil
                    if token.text.contains("!") { add(Self.hash("!", salt: 4)) }
                case .number, .link:
                    break
                }
            }
        }

        private mutating func add(_ hash: UInt64) {
            hashes.append(UInt32(truncatingIfNeeded: hash % UInt64(LearnedSentimentModel.buckets)))
        }

        /// FNV-1a over the UTF-8 bytes, salted by feature kind.
        static func hash(_ text: String, salt: UInt64) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ (salt &* 0x9E37_79B9_7F4A_7C15)
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }

        static func mix(_ first: UInt64, _ second: UInt64) -> UInt64 {
            var hash = first &* 0x9E37_79B9_7F4A_7C15 ^ second
            hash ^= hash >> 29
            return hash &* 0xBF58_476D_1CE4_E5B9
        }
    }
}

/// A small deterministic generator (SplitMix64) for shuffling training data reproducibly.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for index in stride(from: values.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            values.swapAt(index, other)
        }
    }
}
