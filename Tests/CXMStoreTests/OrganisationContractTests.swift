import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("Units, channels, journeys and touchpoints")
struct OrganisationContractTests {
    let fixture = Fixture()

    @Test(arguments: TestBackend.available)
    func theUnitTreeRefusesCyclesAndDanglingParents(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            var company = fixture.company
            company.parentID = "u-store1"
            await #expect(throws: StoreError.self) { try await store.updateUnit(company, by: Fixture.actor) }
            let orphan = OrgUnit(parentID: "missing", name: "Orphan", kind: "team")
            do {
                try await store.createUnit(orphan, by: Fixture.actor)
                Issue.record("a unit with an unknown parent was stored")
            } catch StoreError.invalid(let box) {
                #expect(box.failure.errors.first?.field == "parentID")
                #expect(box.failure.description.contains("missing"))
            }
            let tree = try await store.unitTree()
            #expect(tree.subtree(of: "u-region") == ["u-region", "u-store1"])
        }
    }

    @Test(arguments: TestBackend.available)
    func aUnitInUseCannotBeDeleted(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            await #expect(throws: StoreError.self) { try await store.deleteUnit("u-store1", by: Fixture.actor) }
            try await store.deleteUnit("u-store2", by: Fixture.actor)
            #expect(try await store.units().map(\.id).sorted() == ["u-company", "u-region", "u-store1"])
        }
    }

    @Test(arguments: TestBackend.available)
    func unitCodesAndChannelKeysStayUnique(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await store.createUnit(OrgUnit(parentID: nil, name: "A", kind: "store", code: "S-1"), by: Fixture.actor)
            await #expect(throws: StoreError.self) {
                try await store.createUnit(OrgUnit(parentID: nil, name: "B", kind: "store", code: "S-1"), by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.saveChannel(Channel(key: "web", name: "Web 2", kind: "web"), by: Fixture.actor)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aJourneyMapKeepsStageAndTouchpointOrder(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await store.saveStage(
                Stage(id: "s-0", journeyID: "j-1", name: "Discover", phase: .before, position: 0), by: Fixture.actor)
            try await store.saveStage(
                Stage(id: "s-1", journeyID: "j-1", name: "Choose", phase: .before, position: 1), by: Fixture.actor)
            try await store.saveStage(
                Stage(id: "s-2", journeyID: "j-1", name: "Use", phase: .after, position: 5), by: Fixture.actor)
            var second = fixture.touchpoint
            second.id = "tp-0"
            second.name = "Read reviews"
            second.position = 0
            try await store.saveTouchpoint(second, by: Fixture.actor)
            var moved = fixture.touchpoint
            moved.position = 1
            try await store.saveTouchpoint(moved, by: Fixture.actor)
            let map = try await store.journeyMap("j-1")
            #expect(map.stages.map(\.stage.id) == ["s-0", "s-1", "s-2"])
            #expect(map.stages[1].touchpoints.map(\.id) == ["tp-0", "tp-1"])
            let stored = map.stages[1].touchpoints[1]
            #expect(stored.blueprint.frontstage == ["price table"])
            #expect(stored.functionalNeeds == ["clear prices"])
            let summary = try await store.journeySummaries()
            #expect(summary.first?.stageCount == 3)
            #expect(summary.first?.touchpointCount == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func aTouchpointNeedsKnownChannelUnitAndStage(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            var touchpoint = fixture.touchpoint
            touchpoint.channelID = "ch-nope"
            do {
                try await store.saveTouchpoint(touchpoint, by: Fixture.actor)
                Issue.record("an unknown channel was accepted")
            } catch StoreError.invalid(let box) {
                #expect(box.failure.errors.map(\.field) == ["channelID"])
                #expect(box.failure.description.contains("ch-nope"))
            }
            #expect(try await store.touchpoint("tp-1").channelID == "ch-web")
        }
    }

    @Test(arguments: TestBackend.available)
    func journeysWithAnswersCannotBeDeletedButEmptyOnesCan(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            _ = try await store.insertResponses([fixture.response(nps: 9)])
            await #expect(throws: StoreError.self) { try await store.deleteJourney("j-1", by: Fixture.actor) }
            await #expect(throws: StoreError.self) { try await store.deleteTouchpoint("tp-1", by: Fixture.actor) }
            let empty = try await store.createJourney(Journey(name: "Empty"), by: Fixture.actor)
            try await store.deleteJourney(empty.id, by: Fixture.actor)
            await #expect(throws: StoreError.self) { try await store.journeyMap(empty.id) }
        }
    }

    @Test(arguments: TestBackend.available)
    func workspaceSettingsRoundTrip(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            #expect(try await store.workspaceSettings() == .initial)
            let settings = WorkspaceSettings(
                name: "Acme", defaultLanguage: .sv, timeZone: "Europe/Oslo", enabledLanguages: [.sv, .nb])
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            #expect(try await store.workspaceSettings() == settings)
            let bad = WorkspaceSettings(name: "Acme", defaultLanguage: .fi, timeZone: "Mars/Base", enabledLanguages: [.sv])
            await #expect(throws: StoreError.self) { try await store.saveWorkspaceSettings(bad, by: Fixture.actor) }
        }
    }

    @Test(arguments: TestBackend.available)
    func brandingRoundTrip(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            #expect(try await store.workspaceBranding() == WorkspaceBranding())
            #expect(try await store.logo() == nil)
            #expect(try await store.removeLogo(by: Fixture.actor) == false)

            let accent = Colour(hex: "#0a66c2")
            let saved = try await store.saveBrandingColours(accent: accent, background: nil, by: Fixture.actor)
            #expect(saved == WorkspaceBranding(accentColour: accent))
            await #expect(throws: StoreError.self) {
                try await store.saveBrandingColours(accent: Colour(hex: "#ffcc00"), background: nil, by: Fixture.actor)
            }

            // Every byte value survives, and the settings of the workspace are untouched.
            let bytes: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] + (0...255).map(UInt8.init) + [0, 0]
            let logo = try BrandLogo(bytes: bytes)
            let withLogo = try await store.saveLogo(logo, by: Fixture.actor)
            #expect(withLogo == WorkspaceBranding(accentColour: accent, logo: logo.summary))
            #expect(try await store.logo() == logo)
            #expect(try await store.workspaceSettings() == .initial)

            // Saving the colours keeps the logo; removing the logo keeps the colours.
            let background = Colour(hex: "#e8f0fe")
            let both = try await store.saveBrandingColours(accent: accent, background: background, by: Fixture.actor)
            #expect(both.logo == logo.summary && both.backgroundColour == background)
            #expect(try await store.removeLogo(by: Fixture.actor))
            #expect(try await store.workspaceBranding() == WorkspaceBranding(accentColour: accent, backgroundColour: background))
            #expect(try await store.logo() == nil)
            let entries = try await store.auditLog(entityType: "workspace", page: PageRequest()).items
            #expect(entries.filter { $0.summary.hasPrefix("logo") }.count == 2)
        }
    }
}
