/// Builds an `HTML` fragment from statements; plain strings are escaped as text.
@resultBuilder
enum HTMLBuilder {
    static func buildExpression(_ html: HTML) -> HTML { html }

    static func buildExpression(_ text: String) -> HTML { HTML(text: text) }

    static func buildExpression(_ fragments: [HTML]) -> HTML { buildArray(fragments) }

    static func buildBlock(_ parts: HTML...) -> HTML { buildArray(parts) }

    static func buildOptional(_ part: HTML?) -> HTML { part ?? .empty }

    static func buildEither(first part: HTML) -> HTML { part }

    static func buildEither(second part: HTML) -> HTML { part }

    static func buildArray(_ parts: [HTML]) -> HTML {
        var result = HTML.empty
        for part in parts { result.append(part) }
        return result
    }
}

extension HTML {
    /// Concatenates fragments built by a closure, for places that need a value rather than a body.
    static func build(@HTMLBuilder _ content: () -> HTML) -> HTML { content() }
}
