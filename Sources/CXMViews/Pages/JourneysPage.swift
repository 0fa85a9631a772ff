/// The list of customer journeys, with a form to start a new one.
public struct JourneysPage: Sendable {
    /// One row of the list.
    public struct Journey: Sendable {
        public var id: String
        public var name: String
        public var description: String
        public var stageCount: Int
        public var touchpointCount: Int

        /// Creates a row.
        public init(id: String, name: String, description: String, stageCount: Int, touchpointCount: Int) {
            self.id = id
            self.name = name
            self.description = description
            self.stageCount = stageCount
            self.touchpointCount = touchpointCount
        }
    }

    /// Language, user, csrf, flash and errors (field ids `journey-name`, `journey-description`).
    public var context: PageContext
    /// The journeys in display order.
    public var journeys: [Journey]
    /// Whether the "New journey" form is shown.
    public var canEdit: Bool
    /// Values to put back into the form after a failed submit.
    public var newName: String
    public var newDescription: String

    /// Creates the journeys page model.
    public init(context: PageContext, journeys: [Journey], canEdit: Bool, newName: String = "", newDescription: String = "") {
        self.context = context
        self.journeys = journeys
        self.canEdit = canEdit
        self.newName = newName
        self.newDescription = newDescription
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(title: t(CommonText.journeys), context: context, section: .journeys) {
            if journeys.isEmpty {
                el("p", .class("muted")) { t(JourneyText.noJourneys) }
            } else {
                dataTable(
                    caption: t(CommonText.journeys),
                    headers: [t(CommonText.name), t(CommonText.description), t(JourneyText.stages), t(JourneyText.touchpoints)]
                ) {
                    journeys.map { journey in
                        el("tr") {
                            el("th", .scope("row")) { el("a", .href(URLPath.make("/journeys", journey.id))) { journey.name } }
                            el("td") { journey.description }
                            el("td", .class("number")) { format.integer(journey.stageCount) }
                            el("td", .class("number")) { format.integer(journey.touchpointCount) }
                        }
                    }
                }
            }
            if canEdit {
                el("section", .class("panel"), .aria("labelledby", "new-journey-title")) {
                    el("h2", .id("new-journey-title")) { t(JourneyText.newJourney) }
                    postForm(action: "/journeys", csrf: context.csrfToken) {
                        inputField(
                            FieldSpec(id: "journey-name", name: "name", label: t(CommonText.name), required: true),
                            value: newName, errors: context.errors)
                        textAreaField(
                            FieldSpec(id: "journey-description", name: "description", label: t(CommonText.description)),
                            lines: [newDescription], rows: 3, errors: context.errors)
                        el("div") { submitButton(t(CommonText.create)) }
                    }
                }
            }
        }
    }
}
