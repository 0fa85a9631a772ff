import Foundation

/// The three countries the demo company serves.
enum DemoCountry: Int, CaseIterable, Sendable {
    case sweden, denmark, norway

    var code: String { ["SE", "DK", "NO"][rawValue] }
    var language: Language { [Language.sv, .da, .nb][rawValue] }
    var regionID: String { ["unit-se", "unit-dk", "unit-no"][rawValue] }
    var customerServiceID: String {
        ["unit-se-customer-service", "unit-dk-customer-service", "unit-no-customer-service"][rawValue]
    }
    var phonePrefix: String { ["+4670", "+452", "+474"][rawValue] }
    var emailDomains: [String] {
        [
            ["example.se", "mail.example.se", "example.com"], ["example.dk", "post.example.dk", "example.com"],
            ["example.no", "online.example.no", "example.com"],
        ][rawValue]
    }
    /// Share of the customer base.
    var weight: Double { [0.45, 0.30, 0.25][rawValue] }
}

/// A store of the demo company, with the field-service team that installs in its area.
struct DemoStore: Sendable {
    let id: String
    let name: String
    let country: DemoCountry
    let fieldTeamID: String
    /// How many of the country's customers the store serves, relative to its neighbours.
    let weight: Double
    /// The store's own effect on the experience (the weak store has a clearly negative one).
    let effect: Double
}

/// The organisation of the invented telecom "Norrsken Telecom".
enum DemoOrganisation {
    static let companyName = "Norrsken Telecom"
    static let companyID = "unit-norrsken"
    static let digitalID = "unit-digital-channels"
    static let billingID = "unit-billing-operations"
    static let customerCareID = "unit-customer-care"
    static let fieldOperationsID = "unit-field-operations"
    static let retailID = "unit-retail"
    /// The store whose customers are clearly less happy than elsewhere.
    static let weakStoreID = "unit-se-store-goteborg-nordstan"

    static let stores: [DemoStore] = [
        DemoStore(
            id: "unit-se-store-stockholm-gallerian", name: "Stockholm Gallerian", country: .sweden,
            fieldTeamID: "unit-se-field-stockholm", weight: 1.4, effect: 0.10),
        DemoStore(
            id: "unit-se-store-kista-galleria", name: "Kista Galleria", country: .sweden,
            fieldTeamID: "unit-se-field-stockholm", weight: 1.0, effect: 0.0),
        DemoStore(
            id: "unit-se-store-uppsala-forum", name: "Uppsala Forumgallerian", country: .sweden,
            fieldTeamID: "unit-se-field-stockholm", weight: 0.7, effect: 0.15),
        DemoStore(
            id: weakStoreID, name: "Göteborg Nordstan", country: .sweden,
            fieldTeamID: "unit-se-field-west-south", weight: 1.2, effect: -0.6),
        DemoStore(
            id: "unit-se-store-malmo-triangeln", name: "Malmö Triangeln", country: .sweden,
            fieldTeamID: "unit-se-field-west-south", weight: 1.0, effect: 0.05),
        DemoStore(
            id: "unit-dk-store-kobenhavn-fisketorvet", name: "København Fisketorvet", country: .denmark,
            fieldTeamID: "unit-dk-field-zealand", weight: 1.3, effect: 0.05),
        DemoStore(
            id: "unit-dk-store-kobenhavn-fields", name: "København Field's", country: .denmark,
            fieldTeamID: "unit-dk-field-zealand", weight: 1.0, effect: -0.05),
        DemoStore(
            id: "unit-dk-store-aarhus-bruuns", name: "Aarhus Bruuns Galleri", country: .denmark,
            fieldTeamID: "unit-dk-field-jutland-funen", weight: 1.0, effect: 0.15),
        DemoStore(
            id: "unit-dk-store-odense-rosengard", name: "Odense Rosengårdcentret", country: .denmark,
            fieldTeamID: "unit-dk-field-jutland-funen", weight: 0.7, effect: 0.0),
        DemoStore(
            id: "unit-no-store-oslo-storo", name: "Oslo Storo", country: .norway,
            fieldTeamID: "unit-no-field-east", weight: 1.2, effect: 0.05),
        DemoStore(
            id: "unit-no-store-oslo-byporten", name: "Oslo Byporten", country: .norway,
            fieldTeamID: "unit-no-field-east", weight: 1.0, effect: -0.05),
        DemoStore(
            id: "unit-no-store-bergen-lagunen", name: "Bergen Lagunen", country: .norway,
            fieldTeamID: "unit-no-field-west", weight: 0.9, effect: 0.10),
        DemoStore(
            id: "unit-no-store-trondheim-solsiden", name: "Trondheim Solsiden", country: .norway,
            fieldTeamID: "unit-no-field-west", weight: 0.7, effect: 0.0),
    ]

    /// The field-service teams with the region they belong to.
    static let fieldTeams: [(id: String, name: String, country: DemoCountry)] = [
        ("unit-se-field-stockholm", "Field Service Stockholm & Uppsala", .sweden),
        ("unit-se-field-west-south", "Field Service Göteborg & Malmö", .sweden),
        ("unit-dk-field-zealand", "Field Service Zealand", .denmark),
        ("unit-dk-field-jutland-funen", "Field Service Jutland & Funen", .denmark),
        ("unit-no-field-east", "Field Service Eastern Norway", .norway),
        ("unit-no-field-west", "Field Service Western & Central Norway", .norway),
    ]

    static let settings = WorkspaceSettings(
        name: companyName, defaultLanguage: .en, timeZone: "Europe/Stockholm", enabledLanguages: Language.allCases)

    /// Company → central teams and country regions → stores, customer service and field service.
    static func units() -> [OrgUnit] {
        var units = [
            OrgUnit(id: companyID, parentID: nil, name: companyName, kind: "company", code: "NT"),
            OrgUnit(id: digitalID, parentID: companyID, name: "Digital Channels", kind: "team", code: "NT-DIG"),
            OrgUnit(id: billingID, parentID: companyID, name: "Billing Operations", kind: "team", code: "NT-BIL"),
            OrgUnit(id: customerCareID, parentID: companyID, name: "Customer Care", kind: "team", code: "NT-CC"),
            OrgUnit(id: fieldOperationsID, parentID: companyID, name: "Field Operations", kind: "team", code: "NT-FO"),
            OrgUnit(id: retailID, parentID: companyID, name: "Retail", kind: "team", code: "NT-RET"),
        ]
        let regionNames = ["Sweden", "Denmark", "Norway"]
        for country in DemoCountry.allCases {
            units.append(
                OrgUnit(
                    id: country.regionID, parentID: companyID, name: regionNames[country.rawValue], kind: "region",
                    code: country.code))
            units.append(
                OrgUnit(
                    id: country.customerServiceID, parentID: country.regionID,
                    name: "Customer Service \(regionNames[country.rawValue])", kind: "team",
                    code: "\(country.code)-CS"))
        }
        for (index, store) in stores.enumerated() {
            units.append(
                OrgUnit(
                    id: store.id, parentID: store.country.regionID, name: store.name, kind: "store",
                    code: "\(store.country.code)-\(101 + index)"))
        }
        for (index, team) in fieldTeams.enumerated() {
            units.append(
                OrgUnit(
                    id: team.id, parentID: team.country.regionID, name: team.name, kind: "team",
                    code: "\(team.country.code)-FS\(index + 1)"))
        }
        return units
    }

    static func logins() -> [DemoLogin] {
        [
            DemoLogin(
                email: "admin@demo.cxm.example", password: "demo-admin", role: .admin, unitID: nil,
                displayName: "Demo Admin"),
            DemoLogin(
                email: "cx@demo.cxm.example", password: "demo-cx", role: .cxManager, unitID: nil,
                displayName: "Karin Ek (CX lead)"),
            DemoLogin(
                email: "analyst@demo.cxm.example", password: "demo-analyst", role: .analyst, unitID: nil,
                displayName: "Jonas Berg (insight analyst)"),
            DemoLogin(
                email: "lead@demo.cxm.example", password: "demo-lead", role: .teamLead,
                unitID: DemoCountry.sweden.regionID, displayName: "Sofia Lund (head of Sweden)"),
            DemoLogin(
                email: "frontline@demo.cxm.example", password: "demo-frontline", role: .frontline,
                unitID: weakStoreID, displayName: "Ali Hassan (Göteborg Nordstan)"),
            DemoLogin(
                email: "viewer@demo.cxm.example", password: "demo-viewer", role: .viewer, unitID: nil,
                displayName: "Mikael Strand (executive team)"),
        ]
    }
}

/// A sign-in the demo creates, with its password in clear text so the README can print it.
public struct DemoLogin: Sendable, Hashable {
    public var email: String
    public var password: String
    public var role: Role
    /// The unit that scopes team leads and frontline staff; nil for roles that see everything.
    public var unitID: String?
    public var displayName: String

    public init(email: String, password: String, role: Role, unitID: String?, displayName: String) {
        self.email = email
        self.password = password
        self.role = role
        self.unitID = unitID
        self.displayName = displayName
    }
}
