import CXMCore

/// One journey: its stages in order with their touchpoint cards, and the forms that edit it.
public struct JourneyDetailPage: Sendable {
    /// A stage of the journey.
    public struct Stage: Sendable {
        public var id: String
        public var name: String
        /// Raw phase: `before`, `during`, `after` or `custom`.
        public var phase: String
        public var touchpoints: [Touchpoint]

        /// Creates a stage.
        public init(id: String, name: String, phase: String, touchpoints: [Touchpoint]) {
            self.id = id
            self.name = name
            self.phase = phase
            self.touchpoints = touchpoints
        }
    }

    /// A touchpoint card; names are already resolved.
    public struct Touchpoint: Sendable {
        public var id: String
        public var name: String
        public var channelName: String
        /// The owning unit's name, or nil when none is set.
        public var unitName: String?
        public var desiredFeeling: String
        public var functionalNeeds: [String]
        public var emotionalNeeds: [String]
        public var hygieneFactors: [String]
        public var blueprint: ServiceBlueprint

        /// Creates a touchpoint card.
        public init(
            id: String, name: String, channelName: String, unitName: String?, desiredFeeling: String,
            functionalNeeds: [String], emotionalNeeds: [String], hygieneFactors: [String], blueprint: ServiceBlueprint
        ) {
            self.id = id
            self.name = name
            self.channelName = channelName
            self.unitName = unitName
            self.desiredFeeling = desiredFeeling
            self.functionalNeeds = functionalNeeds
            self.emotionalNeeds = emotionalNeeds
            self.hygieneFactors = hygieneFactors
            self.blueprint = blueprint
        }
    }

    /// Language, user, csrf, flash and errors (field ids in `render`'s forms).
    public var context: PageContext
    public var id: String
    public var name: String
    public var description: String
    /// Stages in journey order, touchpoints in stage order.
    public var stages: [Stage]
    /// Whether the edit forms and edit links are shown.
    public var canEdit: Bool
    /// Channels for the "add touchpoint" select (value = channel id).
    public var channels: [SelectOption]
    /// Units for the "add touchpoint" select (value = unit id); an empty-value "not set" option is added.
    public var units: [SelectOption]

    /// Creates the journey detail page model.
    public init(
        context: PageContext, id: String, name: String, description: String, stages: [Stage], canEdit: Bool,
        channels: [SelectOption], units: [SelectOption]
    ) {
        self.context = context
        self.id = id
        self.name = name
        self.description = description
        self.stages = stages
        self.canEdit = canEdit
        self.channels = channels
        self.units = units
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: name, context: context, section: .journeys, isSectionIndex: false) {
            if !description.isEmpty {
                el("p", .class("lead")) { description }
            }
            if stages.isEmpty {
                el("p", .class("muted")) { t(JourneyText.noStages) }
            }
            stages.map { stage in stageSection(stage, t: t) }
            if canEdit {
                editForms(t: t)
            }
        }
    }

    private func stageSection(_ stage: Stage, t: Localizer) -> HTML {
        let headingID = "stage-\(stage.id)-title"
        return el("section", .class("stage"), .aria("labelledby", headingID)) {
            el("h2", .id(headingID)) { stage.name }
            el("p", .class("meta")) { "\(t(JourneyText.phase)): \(Labels.phase(stage.phase, in: t.language))" }
            if stage.touchpoints.isEmpty {
                el("p", .class("muted")) { t(JourneyText.noTouchpoints) }
            } else {
                el("ul", .class("cards")) {
                    stage.touchpoints.map { touchpoint in el("li", .class("card touchpoint")) { card(touchpoint, t: t) } }
                }
            }
            if canEdit {
                addTouchpointForm(stage, t: t)
            }
        }
    }

    private func card(_ touchpoint: Touchpoint, t: Localizer) -> HTML {
        HTML.build {
            el("h3") { touchpoint.name }
            el("p", .class("meta")) {
                el("span") { "\(t(JourneyText.channel)): \(touchpoint.channelName)" }
                el("span") { "\(t(JourneyText.owningUnit)): \(touchpoint.unitName ?? t(CommonText.notSet))" }
            }
            el("h4") { t(JourneyText.desiredFeeling) }
            el("p") { touchpoint.desiredFeeling.isEmpty ? t(CommonText.notSet) : touchpoint.desiredFeeling }
            el("h4") { t(JourneyText.functionalNeeds) }
            textList(touchpoint.functionalNeeds, emptyText: t(CommonText.noneListed))
            el("h4") { t(JourneyText.emotionalNeeds) }
            textList(touchpoint.emotionalNeeds, emptyText: t(CommonText.noneListed))
            el("h4") { t(JourneyText.hygieneFactors) }
            textList(touchpoint.hygieneFactors, emptyText: t(CommonText.noneListed))
            el("h4") { t(JourneyText.serviceBlueprint) }
            el("div", .class("blueprint")) {
                touchpoint.blueprint.lanes.map { lane in
                    el("section") {
                        el("h5") { t(lane.title) }
                        textList(lane.items, emptyText: t(CommonText.noneListed))
                    }
                }
            }
            if canEdit {
                el("p") {
                    el("a", .class("edit-touchpoint"), .href(URLPath.make("/touchpoints", touchpoint.id, "/edit"))) {
                        t(JourneyText.editTouchpoint)
                        el("span", .class("visually-hidden")) { ": \(touchpoint.name)" }
                    }
                }
            }
        }
    }

    private func addTouchpointForm(_ stage: Stage, t: Localizer) -> HTML {
        let unitOptions = [SelectOption(value: "", label: t(CommonText.notSet))] + units
        return el("details", .class("panel")) {
            el("summary") { "\(t(JourneyText.addTouchpoint)): \(stage.name)" }
            postForm(action: URLPath.make("/stages", stage.id, "/touchpoints"), csrf: context.csrfToken) {
                inputField(
                    FieldSpec(id: "touchpoint-name-\(stage.id)", name: "name", label: t(CommonText.name), required: true),
                    value: "", errors: context.errors)
                selectField(
                    FieldSpec(id: "touchpoint-channel-\(stage.id)", name: "channel", label: t(JourneyText.channel)),
                    options: channels, selected: nil, errors: context.errors)
                selectField(
                    FieldSpec(id: "touchpoint-unit-\(stage.id)", name: "unit", label: t(JourneyText.owningUnit)),
                    options: unitOptions, selected: nil, errors: context.errors)
                el("div") { submitButton(t(JourneyText.addTouchpoint)) }
            }
        }
    }

    private func editForms(t: Localizer) -> HTML {
        HTML.build {
            el("section", .class("panel"), .aria("labelledby", "add-stage-title")) {
                el("h2", .id("add-stage-title")) { t(JourneyText.addStage) }
                postForm(action: URLPath.make("/journeys", id, "/stages"), csrf: context.csrfToken) {
                    inputField(
                        FieldSpec(id: "stage-name", name: "name", label: t(CommonText.name), required: true),
                        value: "", errors: context.errors)
                    selectField(
                        FieldSpec(id: "stage-phase", name: "phase", label: t(JourneyText.phase)),
                        options: Labels.options(PhaseText.self, in: t.language), selected: nil, errors: context.errors)
                    el("div") { submitButton(t(JourneyText.addStage)) }
                }
            }
            el("section", .class("panel"), .aria("labelledby", "edit-journey-title")) {
                el("h2", .id("edit-journey-title")) { t(JourneyText.editJourney) }
                postForm(action: URLPath.make("/journeys", id), csrf: context.csrfToken) {
                    inputField(
                        FieldSpec(id: "journey-name", name: "name", label: t(CommonText.name), required: true),
                        value: name, errors: context.errors)
                    textAreaField(
                        FieldSpec(id: "journey-description", name: "description", label: t(CommonText.description)),
                        lines: [description], rows: 3, errors: context.errors)
                    el("div") { submitButton(t(CommonText.save)) }
                }
            }
        }
    }
}
