/// Renders an element with escaped attributes around content built by the closure.
///
/// Attributes are optional so call sites can write `isCurrent ? .aria("current", "page") : nil`.
func el(_ tag: String, _ attributes: Attribute?..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
    HTML(trusted: "<\(tag)\(render(attributes))>\(content().rendered)</\(tag)>")
}

/// Renders a void element such as `<input>` or `<meta>`, which has no content and no end tag.
func void(_ tag: String, _ attributes: Attribute?...) -> HTML {
    HTML(trusted: "<\(tag)\(render(attributes))>")
}

private func render(_ attributes: [Attribute?]) -> String {
    attributes.compactMap { $0?.rendered }.joined()
}

/// Renders a data table with a caption, column headers and rows built by the caller.
func dataTable(caption: String, headers: [String], @HTMLBuilder rows: () -> HTML) -> HTML {
    el("div", .class("table-wrap")) {
        el("table") {
            el("caption") { caption }
            el("thead") {
                el("tr") {
                    headers.map { header in el("th", .scope("col")) { header } }
                }
            }
            el("tbody", content: rows)
        }
    }
}

/// Renders a bulleted list of plain strings, or `emptyText` when there are none.
func textList(_ items: [String], emptyText: String) -> HTML {
    if items.isEmpty {
        return el("p", .class("muted")) { emptyText }
    }
    return el("ul", .class("plain-list")) {
        items.map { item in el("li") { item } }
    }
}
