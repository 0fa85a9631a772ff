import CXMCore
import Foundation

/// Frontline observations: a short form that works on a phone, and what colleagues reported, grouped by
/// theme with the most-seen groups first. Each observation can be backed ("I see this too") or opened.
///
/// Field ids for `FormError.field`: `observation-text`, `observation-touchpoint`, `observation-unit`,
/// `observation-frequency`, `observation-customer`.
public struct ObservationsPage: Sendable {
    public var context: PageContext
    public var groups: [ObservationGroup]
    /// The observations the reader has voted for.
    public var voted: Set<String>
    public var names: ImprovementNames
    public var touchpoints: [SelectOption]
    /// The units the reader may record for; a single one is taken without asking.
    public var units: [SelectOption]
    /// Whether the reader may record the observation without a unit (company-wide).
    public var mayOmitUnit: Bool
    public var canRecord: Bool
    public var canPropose: Bool
    public var readerID: String?
    public var draft: ObservationDraft
    public var timeZone: String
    /// How many days back the list goes.
    public var days: Int

    /// The periods offered above the list.
    public static let periods = [30, 90, 365]

    public init(
        context: PageContext, groups: [ObservationGroup], voted: Set<String>, names: ImprovementNames,
        touchpoints: [SelectOption], units: [SelectOption], mayOmitUnit: Bool, canRecord: Bool, canPropose: Bool,
        readerID: String?, draft: ObservationDraft = ObservationDraft(text: ""), timeZone: String, days: Int = 90
    ) {
        self.days = days
        self.context = context
        self.groups = groups
        self.voted = voted
        self.names = names
        self.touchpoints = touchpoints
        self.units = units
        self.mayOmitUnit = mayOmitUnit
        self.canRecord = canRecord
        self.canPropose = canPropose
        self.readerID = readerID
        self.draft = draft
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(title: t(ImprovementText.observations), context: context, section: .improvements) {
            ImprovementsTab.navigation(current: .observations, t: t)
            el("p", .class("muted")) { t(ImprovementText.observationsHint) }
            if canRecord { form(t) }
            el("nav", .class("sub-nav"), .aria("label", t(ImprovementText.period))) {
                el("ul") {
                    Self.periods.map { period in
                        el("li") {
                            el(
                                "a", .href(URLPath.withQuery("/observations", [("days", String(period))])),
                                period == days ? .aria("current", "page") : nil
                            ) { t(ImprovementText.lastDays, format.integer(period)) }
                        }
                    }
                }
            }
            if groups.isEmpty {
                el("p", .class("no-data")) { t(ImprovementText.noObservations, format.integer(days)) }
            }
            groups.map { group in groupSection(group, t, format) }
        }
    }

    private func form(_ t: Localizer) -> HTML {
        let errors = context.errors
        let frequencies = ObservationFrequency.allCases.map {
            SelectOption(value: $0.rawValue, label: ImprovementsTab.frequency($0, t))
        }
        return el("section", .class("panel observation-form"), .aria("labelledby", "record-title")) {
            el("h2", .id("record-title")) { t(ImprovementText.record) }
            postForm(action: "/observations", csrf: context.csrfToken) {
                textAreaField(
                    FieldSpec(id: "observation-text", name: "text", label: t(ImprovementText.whatHappened), required: true),
                    lines: draft.text.isEmpty ? [] : [draft.text], rows: 4, errors: errors)
                selectField(
                    FieldSpec(id: "observation-touchpoint", name: "touchpoint", label: t(ImprovementText.whereInJourney)),
                    options: [SelectOption(value: "", label: t(ImprovementText.noTouchpoint))] + touchpoints,
                    selected: draft.touchpointID ?? "", errors: errors)
                if units.count > 1 || mayOmitUnit {
                    selectField(
                        FieldSpec(id: "observation-unit", name: "unit", label: t(ImprovementText.unit)),
                        options: (mayOmitUnit ? [SelectOption(value: "", label: t(ImprovementText.wholeCompany))] : []) + units,
                        selected: draft.unitID ?? "", errors: errors)
                }
                selectField(
                    FieldSpec(id: "observation-frequency", name: "frequency", label: t(ImprovementText.frequency)),
                    options: frequencies, selected: (draft.frequency ?? .once).rawValue, errors: errors)
                inputField(
                    FieldSpec(
                        id: "observation-customer", name: "customer", label: t(ImprovementText.customer),
                        hint: t(ImprovementText.customerHint)),
                    value: draft.customerID ?? "", autocomplete: "off", errors: errors)
                el("div") { submitButton(t(ImprovementText.recordButton)) }
            }
        }
    }

    private func groupSection(_ group: ObservationGroup, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        let heading: String
        switch group.key {
        case .theme(let theme): heading = t(ImprovementText.themeLabel, names.themes[theme] ?? theme)
        case .unthemed(let touchpoint):
            heading = names.touchpoint(touchpoint).map { t(ImprovementText.unthemedAt, $0) } ?? t(ImprovementText.unthemed)
        }
        let votes = group.observations.reduce(0) { $0 + $1.votes }
        return el("section", .class("panel observation-group")) {
            el("h2") { heading }
            el("p", .class("notes")) {
                t(
                    ImprovementText.groupSummary, format.integer(group.observations.count), format.integer(votes),
                    format.integer(group.customersPerMonth))
            }
            el("ul", .class("observation-list")) {
                group.observations.map { observation in item(observation, t, format) }
            }
            if canPropose {
                el("p") {
                    el("a", .href(ObservationPage.proposeLink(group.observations.map(\.id), theme: group.themeID))) {
                        t(ImprovementText.proposeFromGroup)
                    }
                }
            }
        }
    }

    private func item(_ observation: Observation, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        el("li", .class("observation")) {
            el("p", .lang(observation.language.localeIdentifier)) {
                el("a", .href(URLPath.make("/observations", observation.id))) { observation.text }
            }
            el("p", .class("notes")) {
                [
                    t(ImprovementText.byOn, observation.authorName, format.date(observation.createdAt, timeZone: timeZone)),
                    names.unit(observation.unitID), names.touchpoint(observation.touchpointID),
                    ImprovementsTab.frequency(observation.frequency, t),
                    t(ImprovementText.votes, format.integer(observation.votes)),
                    t(ImprovementText.commentCount, format.integer(observation.comments)),
                ].compactMap { $0 }.joined(separator: " · ")
            }
            if canRecord, observation.authorID != readerID {
                ObservationPage.voteForm(observation.id, voted: voted.contains(observation.id), csrf: context.csrfToken, t)
            }
        }
    }
}

extension ObservationGroup {
    var themeID: String? {
        if case .theme(let theme) = key { return theme }
        return nil
    }
}
