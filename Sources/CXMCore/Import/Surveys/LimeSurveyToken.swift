/// A token of a LimeSurvey expression: names, constants, comparison and logical operators.
enum LimeSurveyToken: Sendable, Hashable {
    /// A comparison operator, spelled as a symbol (`<=`) or a word (`le`).
    enum Comparison: Sendable, Hashable {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

        /// The operator with its sides swapped: `5 < Q1` is `Q1 > 5`.
        var flipped: Comparison {
            switch self {
            case .less: .greater
            case .lessOrEqual: .greaterOrEqual
            case .greater: .less
            case .greaterOrEqual: .lessOrEqual
            case .equal, .notEqual: self
            }
        }

        func holds(_ left: Double, _ right: Double) -> Bool {
            switch self {
            case .equal: left == right
            case .notEqual: left != right
            case .less: left < right
            case .lessOrEqual: left <= right
            case .greater: left > right
            case .greaterOrEqual: left >= right
            }
        }
    }

    case name(String)
    /// A number or a quoted string, without its quotes.
    case literal(String)
    case comparison(Comparison)
    case and, or, not, open, close

    private static let words: [String: LimeSurveyToken] = [
        "and": .and, "or": .or, "not": .not, "eq": .comparison(.equal), "ne": .comparison(.notEqual),
        "lt": .comparison(.less), "le": .comparison(.lessOrEqual), "gt": .comparison(.greater),
        "ge": .comparison(.greaterOrEqual),
    ]

    private static let symbols: [(String, LimeSurveyToken)] = [
        ("==", .comparison(.equal)), ("!=", .comparison(.notEqual)), ("<=", .comparison(.lessOrEqual)),
        (">=", .comparison(.greaterOrEqual)), ("&&", .and), ("||", .or), ("<", .comparison(.less)),
        (">", .comparison(.greater)), ("=", .comparison(.equal)), ("!", .not), ("(", .open), (")", .close),
    ]

    /// Splits an expression; anything else (arithmetic, commas, braces) is unsupported.
    static func tokenize(_ text: String) throws(LimeSurveyRelevance.Unsupported) -> [LimeSurveyToken] {
        var tokens: [LimeSurveyToken] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first.isWhitespace {
                rest = rest.dropFirst()
            } else if first == "\"" || first == "'" {
                guard let close = rest.dropFirst().firstIndex(of: first) else {
                    throw .init(reason: "a quoted value is not closed")
                }
                tokens.append(.literal(String(rest[rest.index(after: rest.startIndex)..<close])))
                rest = rest[rest.index(after: close)...]
            } else if first.isNumber || first == "-" && rest.dropFirst().first?.isNumber == true {
                let number = rest.dropFirst().prefix(while: { $0.isNumber || $0 == "." })
                tokens.append(.literal(String(first) + number))
                rest = rest.dropFirst(number.count + 1)
            } else if first.isLetter || first == "_" {
                let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
                tokens.append(words[name.lowercased()] ?? .name(String(name)))
                rest = rest.dropFirst(name.count)
            } else if let (symbol, token) = symbols.first(where: { rest.hasPrefix($0.0) }) {
                tokens.append(token)
                rest = rest.dropFirst(symbol.count)
            } else {
                throw .init(reason: "it uses '\(first)', which a cxm condition cannot express")
            }
        }
        return tokens
    }
}
