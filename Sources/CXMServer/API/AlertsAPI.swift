import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The trend and alert engine under /api/v1: the alerts raised, the chart behind each, what people did
/// about them, and a check on demand.
struct AlertsAPI {
    let store: Store

    /// An alert as the API returns it: what changed, where, since when, by how much and how sure.
    struct AlertBody: Encodable, Sendable {
        struct Named: Encodable, Sendable {
            var id: String
            var name: String
        }

        struct ChartPoint: Encodable, Sendable {
            var period: String
            var start: String
            var n: Int
            var value: Double?
            var center: Double?
            var lower: Double?
            var upper: Double?
            var tooFew: Bool
            var signals: [TrendSignal]
        }

        var id: String
        var status: Alert.Status
        var metric: AlertMetric
        var question: String?
        var touchpoint: Named?
        /// Nil for the touchpoint across all units.
        var unit: Named?
        var theme: Named?
        var direction: TrendDirection?
        var worse: Bool
        var since: String?
        var sincePeriod: String?
        var baselineValue: Double?
        var currentValue: Double?
        var difference: Double?
        var interval: Interval?
        var confidence: Double?
        var pValue: Double?
        var qValue: Double
        var falseDiscoveryRate: Double
        var baselineN: Int?
        var currentN: Int?
        var detectors: [TrendSignal]
        var raisedAt: Date
        var updatedAt: Date
        var resolvedAt: Date?
        var acknowledgedBy: String?
        var acknowledgedAt: Date?
        var muteReason: String?
        var mutedBy: String?
        var caseID: String?
        var improvement: String?
        /// Where the answers and comments behind the change are.
        var links: [String: String]
        /// The weekly chart that triggered it (only on the single alert).
        var chart: [ChartPoint]?

        init(_ alert: Alert, names: AlertNames, chart: Bool) {
            let change = alert.change
            id = alert.id
            status = alert.status
            metric = alert.key.metric
            question = alert.key.question
            touchpoint = alert.key.touchpointID.map { Named(id: $0, name: names.touchpoints[$0] ?? $0) }
            unit = alert.key.unitID.map { Named(id: $0, name: names.units[$0] ?? $0) }
            theme = alert.key.themeID.map { Named(id: $0, name: names.themes[$0] ?? $0) }
            direction = change?.direction
            worse = alert.snapshot.isWorse
            since = alert.since?.iso
            sincePeriod = alert.snapshot.changePeriod?.label
            baselineValue = change?.baselineValue
            currentValue = change?.currentValue
            difference = change?.difference
            interval = change?.interval
            confidence = change?.confidenceLevel
            pValue = change?.pValue
            qValue = alert.snapshot.qValue
            falseDiscoveryRate = alert.snapshot.falseDiscoveryRate
            baselineN = change?.baselineN
            currentN = change?.currentN
            detectors = change?.detectors ?? []
            raisedAt = alert.raisedAt
            updatedAt = alert.updatedAt
            resolvedAt = alert.resolvedAt
            acknowledgedBy = alert.acknowledgedBy
            acknowledgedAt = alert.acknowledgedAt
            muteReason = alert.muteReason
            mutedBy = alert.mutedBy
            caseID = alert.caseID
            improvement = alert.improvement
            links = AlertsAPI.links(alert)
            self.chart =
                chart
                ? zip(alert.snapshot.periods, alert.snapshot.assessment.points).map { period, point in
                    ChartPoint(
                        period: period.label, start: period.start.iso, n: point.n, value: point.value, center: point.center,
                        lower: point.lower, upper: point.upper, tooFew: point.isTooFew, signals: point.signals)
                } : nil
        }
    }

    /// What a person does to an alert; one of `action`, `case` or `improvement` (`null` unlinks).
    struct AlertChange: Decodable, Sendable {
        enum Action: String, Decodable, Sendable {
            case acknowledge, mute, reopen
        }

        var action: Action?
        var reason: String?
        var caseID: String??
        var improvement: String??

        enum CodingKeys: String, CodingKey {
            case action, reason
            case caseID = "case"
            case improvement
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            action = try container.decodeIfPresent(Action.self, forKey: .action)
            reason = try container.decodeIfPresent(String.self, forKey: .reason)
            caseID = container.contains(.caseID) ? .some(try container.decodeIfPresent(String.self, forKey: .caseID)) : nil
            improvement =
                container.contains(.improvement)
                ? .some(try container.decodeIfPresent(String.self, forKey: .improvement)) : nil
        }

        /// The store actions, checked: a mute needs its reason.
        func actions() throws(ValidationFailure) -> [AlertAction] {
            var check = Validator()
            var actions: [AlertAction] = []
            switch action {
            case .acknowledge: actions.append(.acknowledge)
            case .reopen: actions.append(.reopen)
            case .mute:
                let reason = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                check.check(!reason.isEmpty, "reason", "is required to mute an alert: say why the change is expected")
                check.check(reason.count <= 500, "reason", "may be at most 500 characters")
                actions.append(.mute(reason: reason))
            case nil: break
            }
            if let caseID { actions.append(.linkCase(caseID.flatMap { $0.isEmpty ? nil : $0 })) }
            if let improvement {
                let text = improvement?.trimmingCharacters(in: .whitespacesAndNewlines)
                check.check((text ?? "").count <= 500, "improvement", "may be at most 500 characters")
                actions.append(.linkImprovement(text.flatMap { $0.isEmpty ? nil : $0 }))
            }
            check.check(!actions.isEmpty, "action", "give an action (acknowledge, mute or reopen), a case or an improvement")
            try check.finish()
            return actions
        }
    }

    /// The summary of a check on demand.
    struct CheckBody: Encodable, Sendable {
        var series: Int
        var assessed: Int
        var falseDiscoveryRate: Double
        var firstPeriod: String?
        var lastPeriod: String?
        var raised: [String]
        var updated: Int
        var resolved: Int
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/alerts", .requires(.read)) { request, context in
            var statuses: Set<Alert.Status> = []
            for text in (request.query("status") ?? "").split(separator: ",") {
                guard let status = Alert.Status(rawValue: String(text)) else {
                    throw AppError.badRequest(
                        ValidationFailure(field: "status", "'\(text)' is not one of open, acknowledged, muted, resolved"))
                }
                statuses.insert(status)
            }
            let alerts = try await store.alerts(statuses: statuses, visibleUnits: try context.actor.visibleUnits)
            let names = try await names(request)
            return try JSONOutput.response(["items": alerts.map { AlertBody($0, names: names, chart: false) }])
        }
        routes.get("/api/v1/alerts/{alert}", .requires(.read)) { request, context in
            let alert = try await visibleAlert(context)
            return try JSONOutput.response(AlertBody(alert, names: try await names(request), chart: true))
        }
        routes.patch("/api/v1/alerts/{alert}", .requires(.manageAlerts)) { request, context in
            let alert = try await visibleAlert(context)
            let change = try await JSONInput.decode(AlertChange.self, from: request, context: context)
            let actions: [AlertAction]
            do throws(ValidationFailure) { actions = try change.actions() } catch { throw AppError.badRequest(error) }
            try await store.applyAlertActions(
                actions, to: alert.id, by: try context.actor.actorID, visibleUnits: try context.actor.visibleUnits, at: Date())
            let updated = try await visibleAlert(context)
            return try JSONOutput.response(AlertBody(updated, names: try await names(request), chart: true))
        }
        routes.get("/api/v1/alerts/digest", .requires(.manageAlerts)) { _, context in
            let user = try signedInUser(context)
            let choice = try await store.alertDigests()[user]
            return try JSONOutput.response(DigestBody(digest: choice?.digest ?? .standard, lastSentAt: choice?.lastSent))
        }
        routes.put("/api/v1/alerts/digest", .requires(.manageAlerts)) { request, context in
            let user = try signedInUser(context)
            let body = try await JSONInput.decode(DigestChoice.self, from: request, context: context)
            try await store.setAlertDigest(body.digest, for: user)
            let choice = try await store.alertDigests()[user]
            return try JSONOutput.response(DigestBody(digest: body.digest, lastSentAt: choice?.lastSent))
        }
        routes.post("/api/v1/alerts/check", .requires(.manageAlerts)) { _, context in
            let outcome = try await AlertChecker.check(store: store, now: Date())
            // A reader limited to some units hears only of the alerts they may open.
            let visible = try context.actor.visibleUnits
            let raised = outcome.recorded.raised.filter { alert in
                visible.map { alert.key.unitID.map($0.contains) ?? false } ?? true
            }
            return try JSONOutput.response(
                CheckBody(
                    series: outcome.check.series, assessed: outcome.check.assessed,
                    falseDiscoveryRate: outcome.check.falseDiscoveryRate, firstPeriod: outcome.check.periods.first?.label,
                    lastPeriod: outcome.check.periods.last?.label, raised: raised.map(\.id),
                    updated: outcome.recorded.updated, resolved: outcome.recorded.resolved))
        }
    }

    /// A person's digest choice.
    struct DigestBody: Encodable, Sendable {
        var digest: AlertDigest
        var lastSentAt: Date?
    }

    struct DigestChoice: Decodable, Sendable {
        var digest: AlertDigest
    }

    /// The user behind the request: digests are a person's, so an API token has none.
    private func signedInUser(_ context: AppContext) throws -> String {
        guard case .user(let id) = try context.actor.kind else {
            throw AppError.badRequest(
                ValidationFailure(field: "digest", "belongs to a person; sign in as the user rather than with an API token"))
        }
        return id
    }

    /// The alert of the path, or a 404 when it does not exist or lies outside the reader's units.
    private func visibleAlert(_ context: AppContext) async throws -> Alert {
        let id = try context.parameters.require("alert")
        guard let alert = try await store.alert(id, visibleUnits: try context.actor.visibleUnits) else {
            throw AppError.notFound("alert '\(id)'")
        }
        return alert
    }

    private func names(_ request: Request) async throws -> AlertNames {
        AlertNames(
            context: try await store.metricContext(visibleUnits: nil), taxonomy: try await store.taxonomy().taxonomy,
            language: try await FeedbackAPI.language(request, store: store))
    }

    /// Links to the answers behind an alert: the comments in the feedback inbox, the metric by week and, for
    /// NPS, CSAT and CES, the units and channels that moved it.
    static func links(_ alert: Alert) -> [String: String] {
        var links: [String: String] = [:]
        if let filter = alert.answersFilter { links["feedback"] = URLPath.withQuery("/api/v1/feedback", filter) }
        if let filter = alert.metricFilter {
            links["metric"] = URLPath.withQuery("/api/v1/metrics", filter + [("by", "week")])
        }
        if let filter = alert.changeFilter {
            links["changes"] = URLPath.withQuery("/api/v1/changes", filter + [("by", "unit,channel")])
        }
        return links
    }
}
