/// Every message of the user interface, for tests and tools that must see the whole catalogue.
public enum Catalogue {
    /// Each key's qualified name (`JourneyText.newJourney`) with its translations.
    public static var entries: [(key: String, translations: Translations)] {
        entries(CommonText.self) + entries(JourneyText.self) + entries(OrganisationText.self)
            + entries(CustomerText.self) + entries(SurveyText.self) + entries(AccountText.self)
            + entries(ErrorText.self) + entries(ValidationText.self) + entries(NoticeText.self)
            + entries(RoleText.self) + entries(QuestionTypeText.self) + entries(PhaseText.self)
            + entries(AttributeTypeText.self) + entries(UnitKindText.self) + entries(ChannelKindText.self)
            + entries(ConsentText.self) + entries(SettingsText.self) + entries(AppearanceText.self) + entries(SurveyEditText.self)
            + entries(LanguageNameText.self) + entries(NKIItemText.self) + entries(SurveyDefaultText.self)
            + entries(DashboardText.self) + entries(SignificanceText.self) + entries(MetricText.self) + entries(ChartText.self)
            + entries(PasswordResetText.self) + entries(RespondentText.self) + entries(InvitationText.self)
            + entries(InvitationStatusText.self) + entries(SurveyLinkText.self) + entries(SurveyLogicText.self)
            + entries(CaseText.self) + entries(ComplaintText.self) + entries(WebhookText.self) + entries(InboxText.self)
            + entries(TrendText.self) + entries(DriverText.self) + entries(ChangeText.self) + entries(TimelineText.self)
            + entries(IdentityText.self) + entries(FunnelText.self) + entries(FunnelPromptText.self)
            + entries(FunnelSegmentText.self)
            + entries(IncidentText.self) + entries(ChurnText.self) + entries(TicketText.self)
            + entries(ImprovementText.self) + entries(GoalText.self) + entries(PlanText.self)
            + entries(DigestText.self)
    }

    private static func entries<Key: Localizable>(_ type: Key.Type) -> [(key: String, translations: Translations)] {
        Key.allCases.map { ("\(Key.self).\($0)", $0.translations) }
    }
}
