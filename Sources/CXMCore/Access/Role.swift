/// What a person or integration may do in cxm.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
    case admin
    case cxManager = "cx_manager"
    case analyst
    /// Sees the results and cases of their own unit and everything below it.
    case teamLead = "team_lead"
    /// Sees their own unit and works its cases.
    case frontline
    case viewer

    /// Whether the role sees the whole organisation or only part of the unit tree.
    public var scopeRule: ScopeRule {
        switch self {
        case .admin, .cxManager, .analyst, .viewer: .everything
        case .teamLead: .unitSubtree
        case .frontline: .ownUnit
        }
    }

    public enum ScopeRule: Sendable {
        case everything, unitSubtree, ownUnit
    }

    /// Whether the role grants the permission.
    public func allows(_ permission: Permission) -> Bool {
        switch permission {
        case .read: true
        case .manageUsers, .manageTokens, .manageWorkspace, .readAudit: self == .admin
        case .editJourneys, .editSurveys, .editUnits, .editChannels, .editSegments:
            self == .admin || self == .cxManager
        case .editCustomers: self == .admin || self == .cxManager
        case .submitResponses, .importData: self == .admin || self == .cxManager
        case .eraseCustomers, .exportPersonalData: self == .admin
        // Cases carry what customers said on the phone: not for viewers.
        case .readCases: self != .viewer
        case .workCases: self == .admin || self == .cxManager || self == .teamLead || self == .frontline
        case .manageCaseRules: self == .admin || self == .cxManager
        // Webhooks send data out of cxm, with a secret to sign it: the administrator's.
        case .manageWebhooks: self == .admin
        // A signal source holds the secret other systems sign their deliveries with.
        case .manageSignalSources: self == .admin
        // Tagging, re-theming and marking examples shape what others read: not for viewers.
        case .annotateFeedback: self != .viewer
        // The taxonomy and the learned sentiment models change every figure about themes.
        case .editTaxonomy: self == .admin || self == .cxManager || self == .analyst
        // Acknowledging or muting an alert decides who hears of a change: for those who follow results up.
        case .manageAlerts: self == .admin || self == .cxManager || self == .analyst || self == .teamLead
        // Everyone who meets customers records what they hear and see, and backs colleagues' reports.
        case .recordObservations: self != .viewer
        // Proposing an improvement, and working one they own.
        case .proposeImprovements: self == .admin || self == .cxManager || self == .analyst || self == .teamLead
        // Accepting, declining and moving any item, and the list's capacity: those who answer for the programme.
        case .manageImprovements: self == .admin || self == .cxManager
        // Starting a team's action plan and deciding its actions: those who lead a team or the programme.
        case .leadActionPlans: self == .admin || self == .cxManager || self == .teamLead
        // Setting goals: team leads for their own units, CX managers for the whole company.
        case .manageGoals: self == .admin || self == .cxManager || self == .teamLead
        // A KPI board's link opens company figures to anyone who has it.
        case .publishKPIBoards: self == .admin || self == .cxManager
        }
    }
}

/// An action guarded by role.
public enum Permission: String, Sendable, CaseIterable, Hashable {
    case read
    case manageUsers, manageTokens, manageWorkspace, readAudit
    case editJourneys, editSurveys, editUnits, editChannels, editSegments
    case editCustomers, eraseCustomers, exportPersonalData
    case submitResponses, importData
    case readCases, workCases, manageCaseRules
    case manageWebhooks, manageSignalSources
    case annotateFeedback, editTaxonomy
    case manageAlerts
    case recordObservations, proposeImprovements, manageImprovements
    case leadActionPlans, manageGoals, publishKPIBoards
}
