import CXMCore

/// The form that edits one touchpoint; list fields are textareas with one item per line.
///
/// Field ids for `FormError.field`: `touchpoint-name`, `touchpoint-channel`, `touchpoint-unit`,
/// `touchpoint-desired-feeling`, `touchpoint-functional-needs`, `touchpoint-emotional-needs`,
/// `touchpoint-hygiene-factors`, `touchpoint-customer-actions`, `touchpoint-frontstage`,
/// `touchpoint-backstage`, `touchpoint-support-processes`.
public struct TouchpointEditPage: Sendable {
    /// Language, user, csrf, flash and field errors.
    public var context: PageContext
    public var touchpointID: String
    /// The journey the touchpoint belongs to, for the way back.
    public var journeyID: String
    public var journeyName: String
    /// Current values, or the submitted ones after a failed save.
    public var name: String
    /// The selected channel id.
    public var channelID: String
    /// The selected owning unit id, or nil for none.
    public var unitID: String?
    public var desiredFeeling: String
    public var functionalNeeds: [String]
    public var emotionalNeeds: [String]
    public var hygieneFactors: [String]
    public var blueprint: ServiceBlueprint
    /// Channels to choose from (value = channel id).
    public var channels: [SelectOption]
    /// Units to choose from (value = unit id); an empty-value "not set" option is added.
    public var units: [SelectOption]

    /// Creates the touchpoint edit page model.
    public init(
        context: PageContext, touchpointID: String, journeyID: String, journeyName: String, name: String, channelID: String,
        unitID: String?, desiredFeeling: String, functionalNeeds: [String], emotionalNeeds: [String],
        hygieneFactors: [String], blueprint: ServiceBlueprint, channels: [SelectOption], units: [SelectOption]
    ) {
        self.context = context
        self.touchpointID = touchpointID
        self.journeyID = journeyID
        self.journeyName = journeyName
        self.name = name
        self.channelID = channelID
        self.unitID = unitID
        self.desiredFeeling = desiredFeeling
        self.functionalNeeds = functionalNeeds
        self.emotionalNeeds = emotionalNeeds
        self.hygieneFactors = hygieneFactors
        self.blueprint = blueprint
        self.channels = channels
        self.units = units
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        let perLine = t(CommonText.oneItemPerLine)
        let needs: [(JourneyText, String, [String])] = [
            (.functionalNeeds, "functional_needs", functionalNeeds),
            (.emotionalNeeds, "emotional_needs", emotionalNeeds),
            (.hygieneFactors, "hygiene_factors", hygieneFactors),
        ]
        return Layout.page(
            title: "\(t(JourneyText.editTouchpoint)): \(name)", context: context, section: .journeys,
            isSectionIndex: false
        ) {
            el("p") { el("a", .href(URLPath.make("/journeys", journeyID))) { "\(t(JourneyText.backToJourney)): \(journeyName)" } }
            postForm(action: URLPath.make("/touchpoints", touchpointID), csrf: context.csrfToken) {
                inputField(
                    FieldSpec(id: "touchpoint-name", name: "name", label: t(CommonText.name), required: true),
                    value: name, errors: errors)
                selectField(
                    FieldSpec(id: "touchpoint-channel", name: "channel", label: t(JourneyText.channel)),
                    options: channels, selected: channelID, errors: errors)
                selectField(
                    FieldSpec(id: "touchpoint-unit", name: "unit", label: t(JourneyText.owningUnit)),
                    options: [SelectOption(value: "", label: t(CommonText.notSet))] + units, selected: unitID ?? "",
                    errors: errors)
                inputField(
                    FieldSpec(id: "touchpoint-desired-feeling", name: "desired_feeling", label: t(JourneyText.desiredFeeling)),
                    value: desiredFeeling, errors: errors)
                needs.map { title, field, lines in
                    textAreaField(
                        FieldSpec(id: Self.fieldID(field), name: field, label: t(title), hint: perLine),
                        lines: lines, errors: errors)
                }
                el("fieldset") {
                    el("legend") { t(JourneyText.serviceBlueprint) }
                    blueprint.lanes.map { lane in
                        textAreaField(
                            FieldSpec(id: Self.fieldID(lane.field), name: lane.field, label: t(lane.title), hint: perLine),
                            lines: lane.items, errors: errors)
                    }
                }
                el("div") { submitButton(t(CommonText.save)) }
            }
        }
    }

    /// `functional_needs` becomes `touchpoint-functional-needs`.
    static func fieldID(_ field: String) -> String {
        "touchpoint-" + String(field.map { $0 == "_" ? "-" : $0 })
    }
}
