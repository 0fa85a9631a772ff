import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Frontline observations (/api/v1/observations), the improvement list (/api/v1/improvements) and its capacity
/// (/api/v1/improvement-capacity).
struct ImprovementsAPI {
    let store: Store

    struct ObservationsBody: Encodable, Sendable {
        struct Group: Encodable, Sendable {
            var key: String
            var themeID: String?
            var touchpointID: String?
            var observations: [String]
            /// Reports and colleagues' votes together.
            var weight: Int
            var customersPerMonth: Int
            var units: [String]
        }

        var items: [Observation]
        var groups: [Group]
    }

    struct ObservationBody: Encodable, Sendable {
        var observation: Observation
        var comments: [ObservationComment]
        var votedByMe: Bool
        /// Improvements that cite it, of those the reader sees.
        var improvements: [String]
    }

    struct CommentInput: Decodable { var text: String }

    struct VoteBody: Encodable, Sendable { var votes: Int }

    struct ImprovementInput: Decodable {
        var title: String
        var problem: String?
        var hypothesis: String?
        var touchpointID: String?
        var unitIDs: [String]?
        var ownerID: String?
        var effortDays: Double?
        var evidence: [EvidenceLink]?
        /// The version read, for a change (PUT).
        var version: Int?
        /// The fields the client sent (`null` included): a change keeps those it leaves out.
        var sent: Set<String> = []

        private enum Keys: String, CodingKey, CaseIterable {
            case title, problem, hypothesis, touchpointID, unitIDs, ownerID, effortDays, evidence, version
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            title = try c.decode(String.self, forKey: .title)
            problem = try c.decodeIfPresent(String.self, forKey: .problem)
            hypothesis = try c.decodeIfPresent(String.self, forKey: .hypothesis)
            touchpointID = try c.decodeIfPresent(String.self, forKey: .touchpointID)
            unitIDs = try c.decodeIfPresent([String].self, forKey: .unitIDs)
            ownerID = try c.decodeIfPresent(String.self, forKey: .ownerID)
            effortDays = try c.decodeIfPresent(Double.self, forKey: .effortDays)
            evidence = try c.decodeIfPresent([EvidenceLink].self, forKey: .evidence)
            version = try c.decodeIfPresent(Int.self, forKey: .version)
            sent = Set(Keys.allCases.filter { c.contains($0) }.map(\.rawValue))
        }

        /// The change as a draft: what the client left out is what the item has now (units and evidence left
        /// out are kept by the store).
        func change(of current: Improvement) -> ImprovementDraft {
            var draft = self.draft
            if !sent.contains("problem") { draft.problem = current.problem }
            if !sent.contains("hypothesis") { draft.hypothesis = current.hypothesis }
            if !sent.contains("touchpointID") { draft.touchpointID = current.touchpointID }
            if !sent.contains("ownerID") { draft.ownerID = current.ownerID }
            if !sent.contains("effortDays") { draft.effortDays = current.effortDays }
            return draft
        }

        var draft: ImprovementDraft {
            ImprovementDraft(
                title: title, problem: problem, hypothesis: hypothesis, touchpointID: touchpointID, unitIDs: unitIDs,
                ownerID: ownerID, effortDays: effortDays, evidence: evidence)
        }
    }

    struct MoveInput: Decodable {
        var to: ImprovementStage
        var version: Int
        var reason: String?
    }

    struct MoveBody: Encodable, Sendable {
        var improvement: Improvement
        var move: ImprovementMove
    }

    struct ImprovementBody: Encodable, Sendable {
        var improvement: Improvement
        var moves: [ImprovementMove]
    }

    struct BoardBody: Encodable, Sendable {
        struct Column: Encodable, Sendable {
            var stage: ImprovementStage
            var count: Int
            var limit: Int?
        }

        var capacity: ImprovementCapacity
        var reservedDays: Double
        /// Person-days of the items in progress; those not estimated count nothing (see `unestimatedInProgress`).
        var committedDays: Double
        var unestimatedInProgress: Int
        /// Counted over the whole list, whoever asks: limits and capacity are the list's.
        var columns: [Column]
        /// The items the reader sees, highest impact first within each stage.
        var items: [Improvement]
    }

    struct CapacityInput: Decodable {
        var teamDaysPerMonth: Double
        var improvementShare: Double
        var acceptedLimit: Int
        var inProgressLimit: Int
        var reason: String?
    }

    func register(in routes: inout RouteTable) {
        registerObservations(in: &routes)
        registerImprovements(in: &routes)
    }

    private func registerObservations(in routes: inout RouteTable) {
        routes.get("/api/v1/observations", .requires(.read)) { request, context in
            let principal = try context.actor
            let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
            let since = try request.date("since", dayIn: zone) ?? Date().addingTimeInterval(-90 * 86_400)
            let items = try await store.observations(
                Store.ObservationQuery(
                    visibleUnits: principal.visibleUnits, since: since, unitID: request.query("unitID"),
                    touchpointID: request.query("touchpointID"), themeID: request.query("themeID"),
                    customerID: request.query("customerID")))
            let groups = ObservationGroup.group(items).map { group in
                var themeID: String?
                var touchpointID: String?
                switch group.key {
                case .theme(let theme): themeID = theme
                case .unthemed(let touchpoint): touchpointID = touchpoint
                }
                return ObservationsBody.Group(
                    key: group.id, themeID: themeID, touchpointID: touchpointID, observations: group.observations.map(\.id),
                    weight: group.weight, customersPerMonth: group.customersPerMonth, units: group.units.sorted())
            }
            return try JSONOutput.response(ObservationsBody(items: items, groups: groups))
        }
        routes.post("/api/v1/observations", .requires(.recordObservations)) { request, context in
            let draft = try await JSONInput.decode(ObservationDraft.self, from: request, context: context)
            let observation = try await ObservationRecorder(store: store).record(
                draft, by: try context.actor, language: context.language)
            return try JSONOutput.created(observation, in: "/api/v1/observations")
        }
        routes.get("/api/v1/observations/{id}", .requires(.read)) { _, context in
            let principal = try context.actor
            let id = try context.id()
            let observation = try await store.observation(id, visibleUnits: principal.visibleUnits)
            let comments = try await store.observationComments(id, visibleUnits: principal.visibleUnits)
            let voted = try await store.observationsVoted(by: principal.actorID, among: [id]).contains(id)
            let citing = try await store.improvements(visibleUnits: principal.visibleUnits)
                .filter { $0.evidence.contains(EvidenceLink(kind: .observation, id: id)) }.map(\.id)
            return try JSONOutput.response(
                ObservationBody(observation: observation, comments: comments, votedByMe: voted, improvements: citing))
        }
        routes.put("/api/v1/observations/{id}/vote", .requires(.recordObservations)) { _, context in
            let principal = try context.actor
            let votes = try await store.voteObservation(
                try context.id(), true, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.response(VoteBody(votes: votes))
        }
        routes.delete("/api/v1/observations/{id}/vote", .requires(.recordObservations)) { _, context in
            let principal = try context.actor
            let votes = try await store.voteObservation(
                try context.id(), false, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.response(VoteBody(votes: votes))
        }
        routes.post("/api/v1/observations/{id}/comments", .requires(.recordObservations)) { request, context in
            let principal = try context.actor
            let input = try await JSONInput.decode(CommentInput.self, from: request, context: context)
            let comment = try await store.commentObservation(
                try context.id(), text: input.text, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.created(comment, in: "/api/v1/observations/\(comment.observationID)/comments")
        }
    }

    private func registerImprovements(in routes: inout RouteTable) {
        let impact = ImprovementImpact(store: store)
        let effects = ImprovementEffects(store: store)
        let access = ImprovementAccess(store: store)
        routes.get("/api/v1/improvements", .requires(.read)) { _, context in
            let principal = try context.actor
            let board = try await store.improvementBoard()
            var body = Self.boardBody(board, visibleUnits: principal.visibleUnits)
            for index in body.items.indices { body.items[index] = try await access.readable(body.items[index], by: principal) }
            return try JSONOutput.response(body)
        }
        routes.post("/api/v1/improvements", .requires(.proposeImprovements)) { request, context in
            let principal = try context.actor
            let input = try await JSONInput.decode(ImprovementInput.self, from: request, context: context)
            try access.requireOwner(input.ownerID?.trimmedWhitespace.nilIfEmpty, current: nil, by: principal)
            let item = try await store.proposeImprovement(
                input.draft, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.created(
                try await access.readable(try await impact.refresh(item), by: principal), in: "/api/v1/improvements")
        }
        routes.get("/api/v1/improvements/{id}", .requires(.read)) { _, context in
            let principal = try context.actor
            let item = try await store.improvement(try context.id(), visibleUnits: principal.visibleUnits)
            return try JSONOutput.response(
                ImprovementBody(
                    improvement: try await access.readable(
                        try await effects.current(try await impact.refresh(item)), by: principal),
                    moves: try await store.improvementMoves(item.id)))
        }
        routes.put("/api/v1/improvements/{id}", .requires(.proposeImprovements)) { request, context in
            let principal = try context.actor
            let input = try await JSONInput.decode(ImprovementInput.self, from: request, context: context)
            guard let version = input.version else {
                throw AppError.badRequest(
                    ValidationFailure(field: "version", "give the version you read, so that nobody's change is overwritten"))
            }
            let current = try await store.improvement(try context.id(), visibleUnits: principal.visibleUnits)
            try access.requireEdit(current, by: principal)
            let change = input.change(of: current)
            try access.requireOwner(change.ownerID?.trimmedWhitespace.nilIfEmpty, current: current.ownerID, by: principal)
            let item = try await store.updateImprovement(
                current.id, version: version, change, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.response(try await access.readable(try await impact.refresh(item), by: principal))
        }
        routes.post("/api/v1/improvements/{id}/evidence", .requires(.proposeImprovements)) { request, context in
            let principal = try context.actor
            let link = try await JSONInput.decode(EvidenceLink.self, from: request, context: context)
            let item = try await store.addEvidence(
                link, to: try context.id(), visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.response(try await access.readable(try await impact.refresh(item), by: principal))
        }
        routes.post("/api/v1/improvements/{id}/moves", .requires(.proposeImprovements)) { request, context in
            let principal = try context.actor
            let input = try await JSONInput.decode(MoveInput.self, from: request, context: context)
            let item = try await store.improvement(try context.id(), visibleUnits: principal.visibleUnits)
            guard principal.mayMove(item, to: input.to) else {
                throw AppError.forbidden(
                    "only the improvement's owner moves accepted work along, and only a CX manager or administrator accepts or declines"
                )
            }
            guard input.version == item.version else {
                throw AppError.conflict(
                    "improvement \(item.number) was changed by someone else meanwhile (now version \(item.version)); reload it")
            }
            // Measuring keeps the effect as the answers say it now.
            let moved =
                input.to == .measured
                ? try await effects.record(
                    item, reason: input.reason, visibleUnits: principal.visibleUnits, by: principal.auditActor)
                : try await store.moveImprovement(
                    item.id, version: input.version, to: input.to, reason: input.reason,
                    visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.response(
                MoveBody(improvement: try await access.readable(moved.improvement, by: principal), move: moved.move))
        }
        routes.get("/api/v1/improvement-capacity", .requires(.read)) { _, _ in
            try JSONOutput.response(try await store.improvementCapacity())
        }
        routes.put("/api/v1/improvement-capacity", .requires(.manageImprovements)) { request, context in
            let input = try await JSONInput.decode(CapacityInput.self, from: request, context: context)
            let capacity = ImprovementCapacity(
                teamDaysPerMonth: input.teamDaysPerMonth, improvementShare: input.improvementShare,
                acceptedLimit: input.acceptedLimit, inProgressLimit: input.inProgressLimit)
            return try JSONOutput.response(
                try await store.saveImprovementCapacity(capacity, reason: input.reason, by: try context.actor.auditActor))
        }
    }

    static func boardBody(_ board: ImprovementBoard, visibleUnits: Set<String>?) -> BoardBody {
        let stages = ImprovementStage.board + [.declined]
        let items = board.items.filter { $0.isVisible(to: visibleUnits) }.sorted { left, right in
            let l = stages.firstIndex(of: left.stage) ?? 0
            let r = stages.firstIndex(of: right.stage) ?? 0
            if l != r { return l < r }
            let (a, b) = (left.impact?.score ?? -1, right.impact?.score ?? -1)
            return a != b ? a > b : left.number < right.number
        }
        return BoardBody(
            capacity: board.capacity, reservedDays: board.capacity.reservedDays, committedDays: board.committedDays,
            unestimatedInProgress: board.unestimatedInProgress,
            columns: stages.map { .init(stage: $0, count: board.count(at: $0), limit: board.capacity.limit(of: $0)) },
            items: items)
    }
}
