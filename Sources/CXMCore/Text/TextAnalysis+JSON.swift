extension TextAnalysis {
    /// One JSON object, as `cxm text analyze` writes per line. Theme names are given in the text's language
    /// (English when it has none); `words` are the text's own words that matched.
    public func json(taxonomy: Taxonomy) -> String {
        let scalars = Array(analysedText.unicodeScalars)
        func excerpt(_ span: Range<Int>) -> String {
            let clamped = span.clamped(to: 0..<scalars.count)
            return String(String.UnicodeScalarView(scalars[clamped]))
        }
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        var writer = JSONText()
        writer.object { fields in
            fields.field("language") { writer in
                if let language { writer.string(language.rawValue) } else { writer.text += "null" }
            }
            fields.field("language_confidence") { $0.double(rounded(languageConfidence)) }
            fields.field("sentiment") { $0.string(sentiment.label.rawValue) }
            fields.field("score") { $0.double(rounded(sentiment.score)) }
            fields.field("model") { $0.string(source.rawValue) }
            fields.field("sentences") { writer in
                writer.array(sentences) { writer, sentence in
                    writer.object { fields in
                        fields.field("text") { $0.string(excerpt(sentence.start..<sentence.end)) }
                        fields.field("sentiment") { $0.string(sentence.sentiment.label.rawValue) }
                        fields.field("score") { $0.double(rounded(sentence.sentiment.score)) }
                    }
                }
            }
            fields.field("themes") { writer in
                writer.array(themes) { writer, mention in
                    writer.object { fields in
                        fields.field("id") { $0.string(mention.themeID) }
                        fields.field("name") {
                            $0.string(taxonomy.theme(mention.themeID)?.name(in: language ?? .en) ?? mention.themeID)
                        }
                        fields.field("sentiment") { $0.string(mention.sentiment.label.rawValue) }
                        fields.field("score") { $0.double(rounded(mention.sentiment.score)) }
                        fields.field("words") { writer in writer.array(mention.spans) { $0.string(excerpt($1)) } }
                    }
                }
            }
            if truncated {
                fields.field("truncated") { $0.bool(true) }
                fields.field("note") {
                    $0.string("The text is longer than \(TextAnalyzer.maximumLength) characters; only its beginning was read.")
                }
            }
        }
        return writer.text
    }
}
