import CXMCore
import Foundation
import SQLKit

/// Evidence behind improvements: whether a reader may link (or see) each piece, and what each says about the
/// problem's size for the impact score.
extension Store {
    /// Refuses links to things that do not exist or that the reader may not see, naming the link. The two are
    /// one answer, so that a refusal does not tell whether something exists outside the reader's units.
    func requireVisible(_ links: [EvidenceLink], visibleUnits: Set<String>?, field: (Int) -> String) async throws {
        guard !links.isEmpty else { return }
        let visible = try await database.read { sql in try await self.evidenceVisibility(sql, links, visibleUnits: visibleUnits) }
        for (index, link) in links.enumerated() where !visible[index] {
            throw StoreError.invalid(
                field(index),
                "\(link.kind.rawValue) '\(link.id)' does not exist or is outside what you may see; link only what you can open")
        }
    }

    /// The links among `links` the reader may open (all of them for a reader who sees every unit).
    public func visibleEvidence(_ links: [EvidenceLink], visibleUnits: Set<String>?) async throws -> Set<EvidenceLink> {
        guard visibleUnits != nil, !links.isEmpty else { return Set(links) }
        let visible = try await database.read { sql in try await self.evidenceVisibility(sql, links, visibleUnits: visibleUnits) }
        return Set(links.indices.filter { visible[$0] }.map { links[$0] })
    }

    /// The links the reader may not see (kept when they edit an item's evidence).
    func hiddenEvidence(
        _ sql: any SQLDatabase, _ links: [EvidenceLink], visibleUnits: Set<String>?
    ) async throws -> [EvidenceLink] {
        guard visibleUnits != nil, !links.isEmpty else { return [] }
        let visible = try await evidenceVisibility(sql, links, visibleUnits: visibleUnits)
        return links.indices.filter { !visible[$0] }.map { links[$0] }
    }

    /// Per link, whether it exists and the reader may see it.
    func evidenceVisibility(
        _ sql: any SQLDatabase, _ links: [EvidenceLink], visibleUnits: Set<String>?
    ) async throws -> [Bool] {
        let themes = Set(try await Self.taxonomy(sql).taxonomy.themes.map(\.id))
        func unitVisible(_ unit: String?) -> Bool { visibleUnits.map { units in unit.map(units.contains) ?? false } ?? true }
        var visible: [Bool] = []
        for link in links {
            switch link.kind {
            case .theme:
                visible.append(themes.contains(link.id))
            case .response, .case, .alert:
                let table = link.kind == .response ? "responses" : link.kind == .case ? "cases" : "alerts"
                let row = try await sql.raw("SELECT unit_id FROM \(ident: table) WHERE id = \(bind: link.id)").first()
                visible.append(try row.map { unitVisible(try $0.optionalString("unit_id")) } ?? false)
            case .observation:
                let row = try await sql.raw("SELECT unit_id FROM observations WHERE id = \(bind: link.id)").first()
                visible.append(
                    try row.map { row in
                        let unit = try row.optionalString("unit_id")
                        return unit == nil || unitVisible(unit)
                    } ?? false)
            case .incident:
                let row = try await sql.raw("SELECT unit_ids FROM incidents WHERE id = \(bind: link.id)").first()
                visible.append(
                    try row.map { row in
                        let units = try row.json("unit_ids", as: [String].self)
                        return visibleUnits == nil || units.isEmpty || !(visibleUnits!.isDisjoint(with: units))
                    } ?? false)
            case .funnelStep:
                guard let step = link.funnelStep,
                    let row = try await sql.raw("SELECT steps FROM funnels WHERE id = \(bind: step.funnelID)").first()
                else {
                    visible.append(false)
                    continue
                }
                let steps = try row.json("steps", as: [FunnelStep].self)
                visible.append((2...max(2, steps.count)).contains(step.step) && steps.count >= 2)
            }
        }
        return visible
    }

    /// What each link says about the problem's size within `scope` (the units an improvement is for, with the
    /// units below them; nil: the whole company): the customers it stands for and how badly they fared. Links
    /// to things gone since count nothing and say so.
    public func evidenceReach(
        _ links: [EvidenceLink], scope: Set<String>?, language: Language, now: Date = Date()
    ) async throws -> [EvidenceReach] {
        guard !links.isEmpty else { return [] }
        let (exists, taxonomy) = try await database.read { sql in
            (try await self.evidenceVisibility(sql, links, visibleUnits: nil), try await Self.taxonomy(sql).taxonomy)
        }
        var reaches: [EvidenceReach] = []
        for (index, link) in links.enumerated() {
            guard exists[index] else {
                reaches.append(EvidenceReach(link: link, label: link.id, customers: 0, basis: .unavailable))
                continue
            }
            do {
                reaches.append(try await reach(of: link, scope: scope, taxonomy: taxonomy, language: language, now: now))
            } catch StoreError.notFound {
                reaches.append(EvidenceReach(link: link, label: link.id, customers: 0, basis: .unavailable))
            }
        }
        return reaches
    }

    /// How far back a theme's mentions and a funnel's visitors are counted.
    static let themeReachDays = 90
    static let funnelReachDays = 30

    private func reach(
        of link: EvidenceLink, scope: Set<String>?, taxonomy: Taxonomy, language: Language, now: Date
    ) async throws -> EvidenceReach {
        switch link.kind {
        case .response:
            let (surveyID, version, scores) = try await database.read { sql in
                guard let row = try await sql.raw("SELECT * FROM responses WHERE id = \(bind: link.id)").first() else {
                    throw StoreError.notFound(entity: "response", id: link.id)
                }
                var scores: [String: Int] = [:]
                for answer in try await sql.raw(
                    "SELECT question_key, score FROM answers WHERE response_id = \(bind: link.id) AND score IS NOT NULL"
                ).all() {
                    scores[try answer.string("question_key")] = try answer.int("score")
                }
                return (try row.string("survey_id"), try row.int("survey_version"), scores)
            }
            let survey = try await self.survey(surveyID, version: version)
            // The NPS question first, then the first other scale question answered, on 0–10.
            let ordered = survey.questions.filter { $0.type == .nps } + survey.questions.filter { $0.type != .nps }
            let score = ordered.lazy.compactMap { question -> Double? in
                guard let value = scores[question.key], let scale = question.scale, scale.upperBound > scale.lowerBound
                else { return nil }
                return Double(value - scale.lowerBound) / Double(scale.upperBound - scale.lowerBound) * 10
            }.first
            return EvidenceReach(
                link: link, label: survey.name, customers: 1, basis: score.map { .score(value: $0) } ?? .reported)
        case .case:
            let record = try await caseRecord(link.id)
            return EvidenceReach(
                link: link, label: "\(record.number): \(record.title)", customers: 1,
                basis: .casePriority(priority: record.priority))
        case .observation:
            let observation = try await observation(link.id, visibleUnits: nil)
            return EvidenceReach(
                link: link, label: String(observation.text.prefix(120)), customers: observation.frequency.customersPerMonth,
                estimated: true, basis: .reported)
        case .alert:
            guard let alert = try await alert(link.id, visibleUnits: nil) else {
                throw StoreError.notFound(entity: "alert", id: link.id)
            }
            return EvidenceReach(
                link: link, label: alert.key.metric.rawValue.uppercased(), customers: alert.change?.currentN ?? 0,
                basis: .alert(worse: alert.snapshot.isWorse))
        case .incident:
            let (incident, valuation) = try await incidentValuation(link.id, visibleUnits: scope, now: now)
            return EvidenceReach(
                link: link, label: incident.title, customers: valuation.affectedCustomers,
                estimated: valuation.affectedIsEstimate, basis: .incidentMinutes(minutes: Int(valuation.minutes.rounded())))
        case .theme:
            let since = Timestamp.from(now.addingTimeInterval(-Double(Self.themeReachDays) * 86_400))
            let unitFilter: SQLQueryString = scope.map { " AND r.unit_id IN (\(binds: Array($0).sorted()))" } ?? ""
            let row = try await database.read { sql in
                try await sql.raw(
                    """
                    SELECT COUNT(DISTINCT t.response_id) AS mentions,
                           COUNT(DISTINCT CASE WHEN t.sentiment = 'negative' THEN t.response_id END) AS negative,
                           COUNT(DISTINCT CASE WHEN t.sentiment = 'negative' THEN COALESCE(r.customer_id, r.id) END) AS customers
                      FROM text_themes t JOIN responses r ON r.id = t.response_id
                     WHERE t.theme_id = \(bind: link.id) AND r.submitted_at >= \(bind: since)
                    """ + unitFilter
                ).first()
            }
            let name = taxonomy.themes.first { $0.id == link.id }?.name(in: language) ?? link.id
            return EvidenceReach(
                link: link, label: name, customers: try row?.int("customers") ?? 0,
                basis: .negativeMentions(negative: try row?.int("negative") ?? 0, mentions: try row?.int("mentions") ?? 0))
        case .funnelStep:
            guard let step = link.funnelStep else { throw StoreError.notFound(entity: "funnel", id: link.id) }
            let funnel = try await funnel(step.funnelID)
            let counts = try await funnelCounts(
                funnel, from: now.addingTimeInterval(-Double(Self.funnelReachDays) * 86_400), to: now)
            var reached = Array(repeating: 0, count: funnel.steps.count)
            for stages in counts.channels.values {
                for (index, stage) in stages.enumerated() where index < reached.count { reached[index] += stage.actors }
            }
            let before = reached[step.step - 2]
            let dropped = max(0, before - reached[step.step - 1])
            let label = funnel.steps[step.step - 1].label ?? funnel.steps[step.step - 1].event
            return EvidenceReach(
                link: link, label: "\(funnel.name): \(label)", customers: dropped,
                basis: .dropOff(dropped: dropped, reached: before))
        }
    }
}
