import CXMCore

/// What every signed-in page needs besides its own content: language, user, workspace and messages.
public struct PageContext: Sendable {
    /// The language the page is rendered in.
    public var language: Language
    /// The workspace name shown in the header.
    public var workspaceName: String
    /// The signed-in user's email, shown next to the logout button.
    public var userEmail: String
    /// The anti-forgery token put into every state-changing form as `csrf`.
    public var csrfToken: String
    /// Whether the Users and Audit log sections are shown.
    public var canManageUsers: Bool
    /// Whether the Settings section is shown.
    public var canManageWorkspace: Bool
    /// Whether the Cases section is shown.
    public var canReadCases: Bool
    /// Whether pages offer to propose an improvement from what they show.
    public var canProposeImprovements: Bool
    /// Whether result pages offer to start an action plan for the team.
    public var canLeadActionPlans: Bool
    /// The path of this page, sent with the language form as `return_to` so the server can come back here.
    public var currentPath: String
    /// A one-time success message, already localized (see `NoticeText`).
    public var flash: String?
    /// Validation errors, already localized; shown in the summary and next to the field they name.
    public var errors: [FormError]

    /// Creates a page context.
    public init(
        language: Language, workspaceName: String, userEmail: String, csrfToken: String, canManageUsers: Bool,
        canManageWorkspace: Bool = false, canReadCases: Bool = false, canProposeImprovements: Bool = false,
        canLeadActionPlans: Bool = false, currentPath: String, flash: String? = nil, errors: [FormError] = []
    ) {
        self.canProposeImprovements = canProposeImprovements
        self.canLeadActionPlans = canLeadActionPlans
        self.language = language
        self.workspaceName = workspaceName
        self.userEmail = userEmail
        self.csrfToken = csrfToken
        self.canManageUsers = canManageUsers
        self.canManageWorkspace = canManageWorkspace
        self.canReadCases = canReadCases
        self.currentPath = currentPath
        self.flash = flash
        self.errors = errors
    }
}

/// A localized validation message aimed at one form control (by its `id`) or at the whole form (`nil`).
public struct FormError: Sendable, Equatable {
    /// The `id` of the input the message belongs to; the error summary links to it.
    public var field: String?
    /// The message, already localized.
    public var message: String

    /// Creates an error for a field id, or for the form when `field` is nil.
    public init(field: String?, message: String) {
        self.field = field
        self.message = message
    }
}

/// One choice in a `<select>`: the submitted value and the visible label.
public struct SelectOption: Sendable, Equatable {
    /// The value submitted with the form, usually an id.
    public var value: String
    /// The text the user sees.
    public var label: String

    /// Creates an option.
    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}

/// The top-level sections of the navigation.
public enum NavSection: String, Sendable, CaseIterable {
    /// First: every role can read the dashboards.
    case dashboards
    case feedback, alerts, improvements, cases, signals, journeys, units, customers, surveys, users, audit, settings

    /// Signals open on their first page, the incidents.
    var path: String { self == .signals ? "/incidents" : "/\(rawValue)" }

    var title: CommonText {
        switch self {
        case .dashboards: .dashboards
        case .feedback: .feedback
        case .alerts: .alerts
        case .improvements: .improvements
        case .cases: .cases
        case .signals: .signals
        case .journeys: .journeys
        case .units: .units
        case .customers: .customers
        case .surveys: .surveys
        case .users: .users
        case .audit: .auditLog
        case .settings: .settings
        }
    }

    /// Users and the audit log are administration, shown only to those who may manage users.
    var needsUserManagement: Bool { self == .users || self == .audit }

    /// Whether the section is in the navigation for this page's viewer.
    func isVisible(in context: PageContext) -> Bool {
        switch self {
        case .users, .audit: context.canManageUsers
        case .settings: context.canManageWorkspace
        case .cases: context.canReadCases
        default: true
        }
    }
}
