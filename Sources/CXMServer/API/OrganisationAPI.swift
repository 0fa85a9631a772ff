import CXMCore
import CXMStore
import Foundation
import Hummingbird
import NIOFoundationCompat

/// Workspace settings, units and channels under /api/v1.
struct OrganisationAPI {
    let store: Store
    let scopes: UnitScopeCache

    struct UnitInput: Decodable {
        var parentID: String?
        var name: String
        var kind: String
        var code: String?
    }

    struct ChannelInput: Decodable {
        var key: String
        var name: String
        var kind: String
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/workspace", .requires(.read)) { _, _ in
            try JSONOutput.response(try await store.workspaceSettings())
        }
        routes.put("/api/v1/workspace", .requires(.manageWorkspace)) { request, context in
            let body = try await request.body.collect(upTo: context.maxUploadSize)
            guard body.readableBytes > 0 else {
                throw AppError.badRequest(ValidationFailure(field: "body", "is empty; send a JSON document"))
            }
            var settings = try JSONInput.decode(WorkspaceSettings.self, from: Data(buffer: body))
            // Omitted, the retention policy stays as it is (clients written before it existed); null
            // or {} keeps everything.
            let fields = (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any]
            if fields?["retention"] == nil {
                settings.retention = try await store.workspaceSettings().retention
            }
            return try JSONOutput.response(try await store.saveWorkspaceSettings(settings, by: context.actor.auditActor))
        }

        routes.get("/api/v1/units", .requires(.read)) { _, context in
            let principal = try context.actor
            let units = try await store.units().filter { principal.canSee(unit: $0.id) }
            return try JSONOutput.response(ListBody(items: units))
        }
        routes.post("/api/v1/units", .requires(.editUnits)) { request, context in
            let input = try await JSONInput.decode(UnitInput.self, from: request, context: context)
            let unit = OrgUnit(parentID: input.parentID, name: input.name, kind: input.kind, code: input.code)
            let created = try await store.createUnit(unit, by: context.actor.auditActor)
            await scopes.invalidate()
            return try JSONOutput.created(created, in: "/api/v1/units")
        }
        routes.get("/api/v1/units/{id}", .requires(.read)) { _, context in
            let unit = try await store.unit(try context.id())
            try context.actor.requireVisible(unit: unit.id, "unit '\(unit.id)'")
            return try JSONOutput.response(unit)
        }
        routes.put("/api/v1/units/{id}", .requires(.editUnits)) { request, context in
            let input = try await JSONInput.decode(UnitInput.self, from: request, context: context)
            let unit = OrgUnit(
                id: try context.id(), parentID: input.parentID, name: input.name, kind: input.kind, code: input.code)
            let updated = try await store.updateUnit(unit, by: context.actor.auditActor)
            await scopes.invalidate()
            return try JSONOutput.response(updated)
        }
        routes.delete("/api/v1/units/{id}", .requires(.editUnits)) { _, context in
            try await store.deleteUnit(try context.id(), by: context.actor.auditActor)
            await scopes.invalidate()
            return Response(status: .noContent)
        }

        routes.get("/api/v1/channels", .requires(.read)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.channels()))
        }
        routes.post("/api/v1/channels", .requires(.editChannels)) { request, context in
            let input = try await JSONInput.decode(ChannelInput.self, from: request, context: context)
            let channel = Channel(key: input.key, name: input.name, kind: input.kind)
            return try JSONOutput.created(
                try await store.saveChannel(channel, by: context.actor.auditActor), in: "/api/v1/channels")
        }
        routes.get("/api/v1/channels/{id}", .requires(.read)) { _, context in
            try JSONOutput.response(try await store.channel(try context.id()))
        }
        routes.put("/api/v1/channels/{id}", .requires(.editChannels)) { request, context in
            let input = try await JSONInput.decode(ChannelInput.self, from: request, context: context)
            let id = try context.id()
            _ = try await store.channel(id)
            let channel = Channel(id: id, key: input.key, name: input.name, kind: input.kind)
            return try JSONOutput.response(try await store.saveChannel(channel, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/channels/{id}", .requires(.editChannels)) { _, context in
            try await store.deleteChannel(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }
    }
}
