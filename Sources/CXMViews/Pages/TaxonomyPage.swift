import CXMCore
import Foundation

/// Settings → Themes and keywords: every theme with its names and patterns per language in one form, a blank
/// theme to add, restoring the default, trying a text against the themes, and the sentiment models learned
/// from the workspace's scores.
public struct TaxonomyPage: Sendable {
    /// One theme as the form shows it (as entered when the form came back with errors).
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var parentID: String
        public var names: [Language: String]
        public var patterns: [Language: String]
        public var isNew: Bool

        public init(id: String, parentID: String, names: [Language: String], patterns: [Language: String], isNew: Bool) {
            self.id = id
            self.parentID = parentID
            self.names = names
            self.patterns = patterns
            self.isNew = isNew
        }

        public init(_ theme: Theme) {
            id = theme.id
            parentID = theme.parentID ?? ""
            names = theme.names.values
            patterns = theme.patterns.mapValues { $0.joined(separator: "\n") }
            isNew = false
        }

        /// The id without its parent's prefix, as the form edits it.
        var ownID: String { id.split(separator: ".").last.map(String.init) ?? id }
    }

    /// A learned sentiment model as the page reports it.
    public struct Model: Sendable, Equatable {
        public var language: Language
        public var positive: Int
        public var negative: Int
        public var learnedAccuracy: Double?
        public var builtInAccuracy: Double?
        public var inUse: Bool
        public var trainedAt: Date?

        public init(
            language: Language, positive: Int, negative: Int, learnedAccuracy: Double?, builtInAccuracy: Double?,
            inUse: Bool, trainedAt: Date?
        ) {
            self.language = language
            self.positive = positive
            self.negative = negative
            self.learnedAccuracy = learnedAccuracy
            self.builtInAccuracy = builtInAccuracy
            self.inUse = inUse
            self.trainedAt = trainedAt
        }
    }

    public var context: PageContext
    public var entries: [Entry]
    public var version: Int
    public var isDefault: Bool
    public var pending: Int
    public var trial: (text: String, analysis: String?)
    public var models: [Model]
    public var minimumExamples: Int
    public var timeZone: String
    /// The index of the theme an error is about, opened on the page.
    public var openIndex: Int?

    public init(
        context: PageContext, entries: [Entry], version: Int, isDefault: Bool, pending: Int,
        trial: (text: String, analysis: String?) = ("", nil), models: [Model], minimumExamples: Int, timeZone: String,
        openIndex: Int? = nil
    ) {
        self.context = context
        self.entries = entries
        self.version = version
        self.isDefault = isDefault
        self.pending = pending
        self.trial = trial
        self.models = models
        self.minimumExamples = minimumExamples
        self.timeZone = timeZone
        self.openIndex = openIndex
    }

    /// The id of an entry's control: `tx-3-patterns-sv`.
    public static func fieldID(_ index: Int, _ field: String) -> String {
        "tx-\(index)-" + field.replacingOccurrences(of: ".", with: "-")
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(t.language)
        let parents = entries.filter { $0.parentID.isEmpty && !$0.isNew }
        return Layout.page(title: t(InboxText.taxonomy), context: context, section: .settings, isSectionIndex: false) {
            el("p") { t(InboxText.taxonomyIntro) }
            el("p", .class("meta")) {
                el("span") { t(InboxText.version, String(version)) }
                if isDefault { el("span") { t(InboxText.defaultTaxonomy) } }
                if pending > 0 { el("span", .role("status")) { t(InboxText.pending, format.integer(pending)) } }
                el("a", .href("/feedback/themes")) { t(InboxText.themes) }
            }
            postForm(action: "/settings/themes", csrf: context.csrfToken) {
                entries.enumerated().map { index, entry in
                    themeFields(index, entry, parents: parents, t)
                }
                el("div") { submitButton(t(CommonText.save)) }
            }
            postForm(action: "/settings/themes/default", csrf: context.csrfToken) {
                el("div") { dangerButton(t(InboxText.restoreDefault)) }
            }
            el("section", .class("panel"), .aria("labelledby", "try-title")) {
                el("h2", .id("try-title")) { t(InboxText.tryText) }
                el("p") { t(InboxText.tryIntro) }
                postForm(action: "/settings/themes/try", csrf: context.csrfToken) {
                    textAreaField(
                        FieldSpec(id: "try-text", name: "text", label: t(InboxText.tryText)),
                        lines: trial.text.isEmpty ? [] : [trial.text], rows: 3, errors: [])
                    el("div") { submitButton(t(InboxText.analyse)) }
                }
                if let analysis = trial.analysis { el("pre", .class("trial")) { analysis } }
            }
            modelSection(t)
        }
    }

    private func themeFields(_ index: Int, _ entry: Entry, parents: [Entry], _ t: Localizer) -> HTML {
        let title =
            entry.isNew ? t(InboxText.addTheme) : "\(entry.names[t.language] ?? entry.names[.en] ?? entry.id) (\(entry.id))"
        let open = entry.isNew || openIndex == index
        return el("details", .class("theme-editor"), open ? .flag("open") : nil) {
            el("summary") { (entry.parentID.isEmpty ? "" : "– ") + title }
            el("fieldset") {
                el("legend", .class("visually-hidden")) { title }
                if entry.isNew {
                    inputField(
                        FieldSpec(id: Self.fieldID(index, "id"), name: "theme[\(index)].id", label: t(InboxText.themeID)),
                        value: entry.ownID, errors: context.errors)
                } else {
                    void("input", .type("hidden"), .name("theme[\(index)].id"), .value(entry.ownID))
                }
                selectField(
                    FieldSpec(id: Self.fieldID(index, "parent"), name: "theme[\(index)].parent", label: t(InboxText.parent)),
                    options: [SelectOption(value: "", label: t(InboxText.topLevel))]
                        + parents.filter { $0.id != entry.id }.map {
                            SelectOption(value: $0.id, label: $0.names[t.language] ?? $0.names[.en] ?? $0.id)
                        },
                    selected: entry.parentID, errors: context.errors)
                for language in Language.allCases {
                    inputField(
                        FieldSpec(
                            id: Self.fieldID(index, "names.\(language.rawValue)"),
                            name: "theme[\(index)].name.\(language.rawValue)",
                            label: t(InboxText.themeName, language.rawValue)),
                        value: entry.names[language] ?? "", lang: language.localeIdentifier, errors: context.errors)
                }
                for language in Language.allCases {
                    textAreaField(
                        FieldSpec(
                            id: Self.fieldID(index, "patterns.\(language.rawValue)"),
                            name: "theme[\(index)].patterns.\(language.rawValue)",
                            label: t(InboxText.patterns, language.rawValue), hint: t(CommonText.oneItemPerLine)),
                        lines: (entry.patterns[language] ?? "").split(separator: "\n").map(String.init), rows: 3,
                        errors: context.errors)
                }
                if !entry.isNew {
                    checkboxField(
                        FieldSpec(
                            id: Self.fieldID(index, "delete"), name: "theme[\(index)].delete", label: t(InboxText.deleteTheme)),
                        checked: false, errors: [])
                }
            }
        }
    }

    private func modelSection(_ t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        return el("section", .class("panel"), .aria("labelledby", "models-title")) {
            el("h2", .id("models-title")) { t(InboxText.sentimentModels) }
            el("p") { t(InboxText.modelsIntro) }
            if models.isEmpty {
                el("p", .class("muted")) { t(InboxText.noModels) }
            } else {
                dataTable(
                    caption: t(InboxText.sentimentModels),
                    headers: [
                        t(InboxText.modelLanguage), t(InboxText.modelExamples), t(InboxText.modelAccuracy),
                        t(InboxText.modelInUse),
                    ]
                ) {
                    models.map { model in
                        el("tr") {
                            el("th", .scope("row")) { t(LanguageNameText(rawValue: model.language.rawValue) ?? .en) }
                            el("td") { "\(format.integer(model.positive)) / \(format.integer(model.negative))" }
                            el("td") {
                                if let learned = model.learnedAccuracy, let builtIn = model.builtInAccuracy {
                                    "\(format.percent(learned, fractionDigits: 1)) / \(format.percent(builtIn, fractionDigits: 1))"
                                } else {
                                    el("span", .class("muted")) { t(InboxText.modelNotEnough, format.integer(minimumExamples)) }
                                }
                            }
                            el("td") {
                                if model.inUse {
                                    t(CommonText.yes)
                                } else if model.learnedAccuracy != nil {
                                    el("span", .class("muted")) { t(InboxText.modelBuiltInBetter) }
                                } else {
                                    t(CommonText.no)
                                }
                                if let trainedAt = model.trainedAt {
                                    " "
                                    el("span", .class("muted")) {
                                        t(InboxText.trainedAt, format.date(trainedAt, timeZone: timeZone))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            postForm(action: "/settings/themes/models", csrf: context.csrfToken) {
                el("div") { submitButton(t(InboxText.train)) }
            }
        }
    }
}
