import Foundation
import Testing

@testable import CXMCore

/// company
/// ├── North (region)
/// │   ├── Umeå (store)
/// │   └── Luleå (store)
/// │       └── Luleå service desk (team)
/// └── South (region)
///     └── Malmö (store)
/// Archive (a second root)
private enum Org {
    static let units = [
        OrgUnit(id: "malmo", parentID: "south", name: "Malmö", kind: "store"),
        OrgUnit(id: "company", parentID: nil, name: "Nordbank", kind: "company"),
        OrgUnit(id: "south", parentID: "company", name: "South", kind: "region"),
        OrgUnit(id: "desk", parentID: "lulea", name: "Luleå service desk", kind: "team"),
        OrgUnit(id: "north", parentID: "company", name: "North", kind: "region"),
        OrgUnit(id: "umea", parentID: "north", name: "Umeå", kind: "store"),
        OrgUnit(id: "lulea", parentID: "north", name: "Luleå", kind: "store"),
        OrgUnit(id: "archive", parentID: nil, name: "Archive", kind: "department"),
    ]
    static let tree = UnitTree(units)
}

@Suite("Organisation tree")
struct UnitTreeTests {
    @Test(
        "Subtree holds the unit and everything below it",
        arguments: [
            ("company", ["company", "north", "south", "umea", "lulea", "desk", "malmo"]),
            ("north", ["north", "umea", "lulea", "desk"]),
            ("lulea", ["lulea", "desk"]),
            ("desk", ["desk"]),
            ("archive", ["archive"]),
        ] as [(String, Set<String>)])
    func subtree(unit: String, expected: Set<String>) {
        #expect(Org.tree.subtree(of: unit) == expected)
    }

    @Test(
        "Ancestors run from the unit up to its root",
        arguments: [
            ("desk", ["desk", "lulea", "north", "company"]),
            ("malmo", ["malmo", "south", "company"]),
            ("company", ["company"]),
            ("missing", []),
        ] as [(String, [String])])
    func ancestors(unit: String, expected: [String]) {
        #expect(Org.tree.ancestors(of: unit).map(\.id) == expected)
    }

    @Test func rootsAreSortedByName() {
        #expect(Org.tree.roots.map(\.id) == ["archive", "company"])
    }

    @Test func childrenAreSortedByName() {
        #expect(Org.tree.children(of: "company").map(\.name) == ["North", "South"])
        #expect(Org.tree.children(of: "north").map(\.name) == ["Luleå", "Umeå"])
        #expect(Org.tree.children(of: "desk").isEmpty)
    }

    @Test(
        "Moving a unit under itself or its descendants would make a cycle",
        arguments: [
            ("north", "north", true),
            ("north", "desk", true),
            ("company", "umea", true),
            ("lulea", "desk", true),
            ("north", "south", false),
            ("desk", "malmo", false),
            ("umea", "archive", false),
            ("north", nil, false),
        ] as [(String, String?, Bool)])
    func wouldCycle(unit: String, newParent: String?, expected: Bool) {
        #expect(Org.tree.wouldCycle(unitID: unit, parentID: newParent) == expected)
    }

    @Test func ancestorsStopAtACycleInStoredData() {
        let tree = UnitTree([
            OrgUnit(id: "a", parentID: "b", name: "A", kind: "team"),
            OrgUnit(id: "b", parentID: "a", name: "B", kind: "team"),
        ])

        #expect(tree.ancestors(of: "a").map(\.id) == ["a", "b"])
        #expect(tree.subtree(of: "a") == ["a", "b"])
    }

    @Test func unitValidationTrimsAndDropsBlankCode() throws {
        let unit = OrgUnit(id: "u", parentID: nil, name: " Store 12 ", kind: " store ", code: "  ")

        let result = try unit.validated()

        #expect(result.name == "Store 12")
        #expect(result.kind == "store")
        #expect(result.code == nil)
    }

    @Test func unitValidationCollectsErrors() throws {
        let unit = OrgUnit(
            id: "u", parentID: nil, name: "", kind: String(repeating: "k", count: 41),
            code: String(repeating: "9", count: 65))

        let failure = try #require(failure { () throws(ValidationFailure) in try unit.validated() })

        #expect(failure.fields == ["name", "kind", "code"])
        #expect(failure.error(for: "kind")?.limit == 40)
    }
}

@Suite("Roles and scope")
struct AccessTests {
    private static let tree = UnitTree([
        OrgUnit(id: "company", parentID: nil, name: "Company", kind: "company"),
        OrgUnit(id: "north", parentID: "company", name: "North", kind: "region"),
        OrgUnit(id: "umea", parentID: "north", name: "Umeå", kind: "store"),
        OrgUnit(id: "south", parentID: "company", name: "South", kind: "region"),
    ])

    private func principal(_ role: Role, unit: String?) -> Principal {
        Principal(
            kind: .user(id: "u1"), name: "anna@example.se", role: role,
            visibleUnits: Principal.scope(for: role, unitID: unit, in: Self.tree))
    }

    @Test(
        "Who sees which unit",
        arguments: [
            (Role.teamLead, "north", "north", true),
            (.teamLead, "north", "umea", true),
            (.teamLead, "north", "south", false),
            (.teamLead, "north", "company", false),
            (.frontline, "umea", "umea", true),
            (.frontline, "north", "umea", false),
            (.analyst, "umea", "south", true),
            (.analyst, nil, "company", true),
            (.admin, nil, "north", true),
            (.viewer, "umea", "north", true),
            (.cxManager, nil, "south", true),
        ] as [(Role, String?, String, Bool)])
    func canSeeUnit(role: Role, home: String?, unit: String, expected: Bool) {
        let who = principal(role, unit: home)

        #expect(who.canSee(unit: unit) == expected)
    }

    @Test("Scoped roles without a unit see nothing", arguments: [Role.teamLead, .frontline])
    func scopedRoleWithoutUnitSeesNothing(role: Role) {
        let who = principal(role, unit: nil)

        #expect(who.visibleUnits == [])
        #expect(!who.canSee(unit: "company"))
        #expect(!who.canSee(unit: nil))
    }

    @Test func unscopedPrincipalSeesThingsWithoutUnit() {
        #expect(principal(.analyst, unit: nil).canSee(unit: nil))
        #expect(!principal(.teamLead, unit: "north").canSee(unit: nil))
    }

    @Test(
        "Permissions by role",
        arguments: [
            (Permission.read, [Role.admin, .cxManager, .analyst, .teamLead, .frontline, .viewer]),
            (.manageUsers, [.admin]),
            (.manageTokens, [.admin]),
            (.manageWorkspace, [.admin]),
            (.readAudit, [.admin]),
            (.eraseCustomers, [.admin]),
            (.exportPersonalData, [.admin]),
            (.editSurveys, [.admin, .cxManager]),
            (.editJourneys, [.admin, .cxManager]),
            (.editCustomers, [.admin, .cxManager]),
            (.importData, [.admin, .cxManager]),
            (.submitResponses, [.admin, .cxManager]),
            (.readCases, [.admin, .cxManager, .analyst, .teamLead, .frontline]),
            (.workCases, [.admin, .cxManager, .teamLead, .frontline]),
            (.manageCaseRules, [.admin, .cxManager]),
        ] as [(Permission, [Role])])
    func rolesAllow(permission: Permission, allowed: [Role]) {
        let granted = Role.allCases.filter { $0.allows(permission) }

        #expect(granted == allowed)
        #expect(principal(.viewer, unit: nil).may(permission) == allowed.contains(.viewer))
    }

    @Test func actorIDComesFromUserOrToken() {
        let token = Principal(kind: .token(id: "t9"), name: "CRM sync", role: .analyst, visibleUnits: nil)

        #expect(token.actorID == "t9")
        #expect(principal(.admin, unit: nil).actorID == "u1")
    }

    @Test(
        "Password policy",
        arguments: [
            ("correct horse", true), ("123456789012", true), ("12345678901", false), ("", false),
            (String(repeating: "a", count: 72), true), (String(repeating: "a", count: 73), false),
            // 36 two-byte letters are 72 bytes; 37 are 74 bytes though only 37 characters.
            (String(repeating: "ö", count: 36), true), (String(repeating: "ö", count: 37), false),
        ])
    func passwordPolicy(password: String, accepted: Bool) {
        let problem = failure { () throws(ValidationFailure) in try PasswordPolicy.check(password) }

        #expect((problem == nil) == accepted)
        if let problem { #expect(problem.fields == ["password"]) }
    }

    @Test(
        "Plausible email addresses",
        arguments: [
            ("anna@example.se", true), ("a.b+tag@sub.example.co.uk", true), ("ÅSA@exempel.se", true),
            ("", false), ("anna", false), ("anna@", false), ("@example.se", false), ("anna@example", false),
            ("anna@.example.se", false), ("anna@example.se.", false), ("anna@@example.se", false),
            ("an na@example.se", false), ("<anna@example.se>", false), ("a@b.se,c@d.se", false),
            (String(repeating: "a", count: 250) + "@x.se", false),
        ])
    func emailPlausibility(address: String, plausible: Bool) {
        #expect(EmailAddress.isPlausible(address) == plausible)
    }

    @Test func userValidationNormalisesEmailAndRequiresUnitForScopedRoles() throws {
        let created = Date(timeIntervalSince1970: 0)
        let user = User(email: "  Anna@Example.SE ", role: .analyst, unitID: nil, createdAt: created)
        let lead = User(email: "not-an-email", role: .teamLead, unitID: nil, createdAt: created)

        let valid = try user.validated()
        let problem = try #require(failure { () throws(ValidationFailure) in try lead.validated() })

        #expect(valid.email == "anna@example.se")
        #expect(problem.fields == ["email", "unitID"])
        #expect(problem.error(for: "email")?.code == .invalidEmail)
    }
}
