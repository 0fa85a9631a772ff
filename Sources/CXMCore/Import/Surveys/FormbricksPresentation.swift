/// The parts of a Formbricks survey around the questions: welcome card, endings, hidden fields
/// and variables.
enum FormbricksPresentation {
    static func read(_ survey: JSONNode, into presentation: inout SurveyPresentation, mapper: inout FormbricksElementMapper) {
        if let card = survey["welcomeCard"] {
            if card["enabled"]?.bool == true {
                presentation.intro = joined(
                    mapper.text(card["headline"], name: "welcome card", field: "headline", limit: 2000),
                    mapper.text(card["html"] ?? card["subheader"], name: "welcome card", field: "text", limit: 2000),
                    languages: mapper.texts.languages)
                mapper.report.add(.mapped, "welcome card", "the survey's intro")
            } else {
                mapper.report.add(.mapped, "welcome card", "disabled in Formbricks, so no intro")
            }
        }
        var endings = survey["endings"]?.items ?? []
        if endings.isEmpty, let card = survey["thankYouCard"], card["enabled"]?.bool != false { endings = [card] }
        var standardTaken = false
        for (index, ending) in endings.enumerated() {
            let name = "ending \(index + 1) '\(ending["id"]?.string ?? "thankYouCard")'"
            guard ending["type"]?.string ?? "endScreen" == "endScreen" else {
                mapper.report.add(.notMapped, name, "a redirect to a web address: cxm shows its own thank-you page")
                continue
            }
            guard !standardTaken else {
                mapper.report.add(
                    .notMapped, name,
                    "cxm has one standard thank-you text (and one per NPS group); this further ending is left out")
                continue
            }
            standardTaken = true
            presentation.thankYou.standard = joined(
                mapper.text(ending["headline"], name: name, field: "headline", limit: 2000),
                mapper.text(ending["subheader"], name: name, field: "text", limit: 2000), languages: mapper.texts.languages)
            let button = ending["buttonLabel"].flatMap { mapper.text($0, name: name, field: "button") }
            mapper.report.add(
                button == nil ? .mapped : .approximated, name,
                "the standard thank-you text" + (button == nil ? "" : "; its button is left out"))
        }
        let hidden = survey["hiddenFields"]?["fieldIds"]?.items?.compactMap(\.string) ?? []
        if !hidden.isEmpty {
            mapper.report.add(
                .notMapped, "hidden fields",
                "\(hidden.joined(separator: ", ")): cxm links responses to customers and touchpoints itself")
        }
        for variable in survey["variables"]?.items ?? [] {
            mapper.report.add(
                .notMapped, "variable '\(variable["name"]?.string ?? "?")'", "cxm surveys compute no variables")
        }
    }

    /// A heading and a text as one text: "heading", a blank line, "text", in every language.
    private static func joined(_ head: LocalizedText?, _ body: LocalizedText?, languages: [Language]) -> LocalizedText? {
        guard head != nil || body != nil else { return nil }
        var values: [Language: String] = [:]
        for language in languages {
            let parts = [head, body].compactMap { $0?.values[language] }.filter { !$0.isEmpty }
            values[language] = String(parts.joined(separator: "\n\n").prefix(2000))
        }
        return LocalizedText(values)
    }
}
