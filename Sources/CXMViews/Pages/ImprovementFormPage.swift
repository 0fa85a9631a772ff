import CXMCore
import Foundation

/// The form that proposes an improvement or changes one: title, problem, hypothesis, touchpoint, units,
/// owner, effort and the evidence as `kind:id` lines (filled in when it is opened from an observation, a
/// theme or an alert).
///
/// Field ids for `FormError.field`: `improvement-title`, `improvement-problem`, `improvement-hypothesis`,
/// `improvement-touchpoint`, `improvement-units-…` (the first unit box), `improvement-owner`, `improvement-effort`,
/// `improvement-evidence`.
public struct ImprovementFormPage: Sendable {
    public var context: PageContext
    /// Nil for a new improvement.
    public var itemID: String?
    public var version: Int?
    public var draft: ImprovementDraft
    /// The evidence as typed (kept as it was when the form comes back with errors).
    public var evidenceText: String
    public var effortText: String
    public var touchpoints: [SelectOption]
    /// The units the author may name.
    public var units: [SelectOption]
    public var owners: [SelectOption]

    public init(
        context: PageContext, itemID: String?, version: Int?, draft: ImprovementDraft, evidenceText: String,
        effortText: String, touchpoints: [SelectOption], units: [SelectOption], owners: [SelectOption]
    ) {
        self.context = context
        self.itemID = itemID
        self.version = version
        self.draft = draft
        self.evidenceText = evidenceText
        self.effortText = effortText
        self.touchpoints = touchpoints
        self.units = units
        self.owners = owners
    }

    /// Evidence lines (`kind:id`) as links. A line that does not start with a kind is refused as
    /// `evidence[i].id`, as the store names a link it refuses.
    public static func evidence(from text: String) throws(ValidationFailure) -> [EvidenceLink] {
        var links: [EvidenceLink] = []
        var check = Validator()
        let kinds = EvidenceLink.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        for line in text.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) })
        where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":"),
                let kind = EvidenceLink.Kind(rawValue: line[..<colon].trimmingCharacters(in: .whitespaces))
            else {
                check.add("evidence[\(links.count)].id", "'\(line)' does not start with a kind: \(kinds)")
                continue
            }
            links.append(EvidenceLink(kind: kind, id: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        try check.finish()
        return links
    }

    public static func evidenceText(_ links: [EvidenceLink]) -> String {
        links.map { "\($0.kind.rawValue):\($0.id)" }.joined(separator: "\n")
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        let title = itemID == nil ? t(ImprovementText.newImprovement) : t(ImprovementText.edit) + ": " + draft.title
        return Layout.page(title: title, context: context, section: .improvements, isSectionIndex: false) {
            ImprovementsTab.navigation(current: .board, isIndex: false, t: t)
            el("p") {
                el("a", .href(itemID.map { URLPath.make("/improvements", $0) } ?? "/improvements")) {
                    t(ImprovementText.backToBoard)
                }
            }
            postForm(action: itemID.map { URLPath.make("/improvements", $0) } ?? "/improvements", csrf: context.csrfToken) {
                if let version { void("input", .type("hidden"), .name("version"), .value(String(version))) }
                inputField(
                    FieldSpec(id: "improvement-title", name: "title", label: t(ImprovementText.title), required: true),
                    value: draft.title, errors: errors)
                textAreaField(
                    FieldSpec(id: "improvement-problem", name: "problem", label: t(ImprovementText.problem)),
                    lines: (draft.problem ?? "").isEmpty ? [] : [draft.problem ?? ""], rows: 3, errors: errors)
                textAreaField(
                    FieldSpec(
                        id: "improvement-hypothesis", name: "hypothesis", label: t(ImprovementText.hypothesis),
                        hint: t(ImprovementText.hypothesisHint)),
                    lines: (draft.hypothesis ?? "").isEmpty ? [] : [draft.hypothesis ?? ""], rows: 3, errors: errors)
                selectField(
                    FieldSpec(id: "improvement-touchpoint", name: "touchpoint", label: t(ImprovementText.touchpoint)),
                    options: [SelectOption(value: "", label: t(ImprovementText.noTouchpoint))] + touchpoints,
                    selected: draft.touchpointID ?? "", errors: errors)
                checkboxGroup(
                    legend: t(ImprovementText.units), hint: t(ImprovementText.unitsHint), name: "units",
                    idPrefix: "improvement-units", options: units, checked: Set(draft.unitIDs ?? []), errors: errors)
                selectField(
                    FieldSpec(id: "improvement-owner", name: "owner", label: t(ImprovementText.owner)),
                    options: [SelectOption(value: "", label: t(ImprovementText.noOwner))] + owners,
                    selected: draft.ownerID ?? "", errors: errors)
                inputField(
                    FieldSpec(id: "improvement-effort", name: "effort", label: t(ImprovementText.effort)),
                    value: effortText, type: "text", autocomplete: "off", errors: errors)
                textAreaField(
                    FieldSpec(
                        id: "improvement-evidence", name: "evidence", label: t(ImprovementText.evidence),
                        hint: t(ImprovementText.evidenceHint)),
                    lines: evidenceText.isEmpty ? [] : [evidenceText], rows: 5, errors: errors)
                el("div") { submitButton(itemID == nil ? t(ImprovementText.propose) : t(CommonText.save)) }
            }
        }
    }
}
