/// Maps tally cells to the groups of a query (one key per group: an id per grouping), labels the
/// groups and orders them as the workspace is ordered: journeys, stages and touchpoints by position,
/// units as in the tree, periods by time.
struct MetricGrouper: Sendable {
    let query: MetricQuery
    let context: MetricContext
    /// The units in scope; roll-up stops at the edge of what the asker may see.
    let units: Set<String>?
    private let touchpoints: [String: Touchpoint]
    private let stages: [String: Stage]
    private let unitOrder: [String: Int]
    /// The period label of each day the query can meet, made once: labels are built from dates.
    private let periodLabels: [Int: String]
    private let periodsByLabel: [String: Period]
    private let rollsUpUnits: Bool

    init(query: MetricQuery, context: MetricContext, units: Set<String>?) {
        self.query = query
        self.context = context
        self.units = units
        touchpoints = context.touchpointsByID
        stages = context.stagesByID
        var order: [String: Int] = [:]
        func visit(_ unit: OrgUnit) {
            order[unit.id] = order.count
            for child in context.units.children(of: unit.id).sorted(by: { $0.name < $1.name }) { visit(child) }
        }
        for root in context.units.roots.sorted(by: { $0.name < $1.name }) { visit(root) }
        unitOrder = order
        var labels: [Int: String] = [:]
        var periods: [String: Period] = [:]
        if let grain = query.timeGrain {
            var day = grain.period(of: query.from.adding(days: -400)).start
            while day <= query.to {
                let period = grain.period(of: day)
                periods[period.label] = period
                for number in period.start.number..<period.end.number { labels[number] = period.label }
                day = period.end
            }
        }
        periodLabels = labels
        periodsByLabel = periods
        rollsUpUnits = query.groupBy.contains(.unit)
    }

    private var timeIndex: Int? { query.groupBy.firstIndex { $0.timeGrain != nil } }

    /// The keys a cell counts in: several when units roll up into their ancestors.
    func keys(of cell: TallyCell, segment: String?) -> [[String]] {
        // Only units roll up into several groups; every other grouping gives one id.
        if !rollsUpUnits {
            return [query.groupBy.map { ids(of: cell, in: $0, segment: segment).first ?? "" }]
        }
        var keys: [[String]] = [[]]
        for grouping in query.groupBy {
            let ids = ids(of: cell, in: grouping, segment: segment)
            keys = keys.flatMap { key in ids.map { key + [$0] } }
        }
        return keys
    }

    private func ids(of cell: TallyCell, in grouping: MetricGrouping, segment: String?) -> [String] {
        let touchpoint = cell[.touchpoint].flatMap { touchpoints[$0] }
        switch grouping {
        case .day, .week, .month, .quarter, .year:
            return [cell.day.map { periodLabels[$0.number] ?? grouping.timeGrain!.period(of: $0).label } ?? ""]
        case .journey: return [touchpoint.flatMap { stages[$0.stageID]?.journeyID } ?? ""]
        case .stage: return [touchpoint?.stageID ?? ""]
        case .touchpoint: return [cell[.touchpoint] ?? ""]
        case .unit:
            guard let unit = cell[.unit] else { return [""] }
            // The chain holds the unit itself first; units outside the tree still count as themselves.
            let chain = context.units.units[unit] == nil ? [unit] : context.units.ancestors(of: unit).map(\.id)
            return chain.filter { units?.contains($0) ?? true }
        case .channel: return [cell[.channel] ?? ""]
        case .language: return [cell[.language] ?? ""]
        case .survey: return [cell[.survey] ?? ""]
        case .question: return [cell[.question] ?? ""]
        case .segment: return [segment ?? ""]
        }
    }

    /// The period label of a cell under the query's time grouping.
    func periodLabel(of cell: TallyCell) -> String? {
        guard let grain = query.timeGrain, let day = cell.day else { return nil }
        return periodLabels[day.number] ?? grain.period(of: day).label
    }

    func periodLabel(ofKey key: [String]) -> String? { timeIndex.map { key[$0] } }

    /// The period a series' first baseline starts in.
    func baselinePeriod(of day: LocalDay) -> Period {
        let grain = query.timeGrain ?? .day
        return baseline(of: grain.period(of: day))
    }

    private func baseline(of period: Period) -> Period {
        switch query.compare {
        case .year:
            // A year back: the same ISO week 52 weeks earlier, else the same calendar period.
            let back = period.grain == .week ? period.start.adding(days: -364) : period.start.adding(months: -12)
            return period.grain.period(of: back)
        default: return period.previous
        }
    }

    /// The key of the group a series' group is compared with: the same group one period (or year) back.
    func seriesBaselineKey(of key: [String]) -> [String]? {
        guard let index = timeIndex, let grain = query.timeGrain, let period = period(label: key[index], grain: grain)
        else { return nil }
        var baselineKey = key
        baselineKey[index] = baseline(of: period).label
        return baselineKey
    }

    private func period(label: String, grain: TimeGrain) -> Period? { periodsByLabel[label] }

    /// The readable values of a key.
    func values(of key: [String]) -> [GroupValue] {
        zip(query.groupBy, key).map { grouping, id in
            switch grouping {
            case .day, .week, .month, .quarter, .year:
                return GroupValue(grouping: grouping, id: id, label: id)
            case .journey:
                return GroupValue(grouping: grouping, id: id, label: context.journeys.first { $0.id == id }?.name ?? id)
            case .stage: return GroupValue(grouping: grouping, id: id, label: stages[id]?.name ?? id)
            case .touchpoint: return GroupValue(grouping: grouping, id: id, label: touchpoints[id]?.name ?? id)
            case .unit:
                let unit = context.units.units[id]
                return GroupValue(
                    grouping: grouping, id: id, label: unit?.name ?? id, parentID: unit?.parentID,
                    depth: max(0, context.units.ancestors(of: id).count - 1))
            case .channel:
                return GroupValue(grouping: grouping, id: id, label: context.channels.first { $0.id == id }?.name ?? id)
            case .language: return GroupValue(grouping: grouping, id: id, label: id)
            case .survey:
                return GroupValue(grouping: grouping, id: id, label: context.surveys.first { $0.id == id }?.name ?? id)
            case .question: return GroupValue(grouping: grouping, id: id, label: id)
            case .segment:
                return GroupValue(grouping: grouping, id: id, label: context.segments.first { $0.id == id }?.name ?? id)
            }
        }
    }

    /// Where a key sorts: per grouping its rank in the workspace's order, then its id and label.
    /// Made once per group, so that sorting thousands of groups compares prepared values.
    func sortKey(_ key: [GroupValue]) -> [GroupSortPart] {
        key.map { GroupSortPart(rank: rank($0), label: $0.label, id: $0.id) }
    }

    private func rank(_ value: GroupValue) -> [Int] {
        switch value.grouping {
        case .journey: return [context.journeys.first { $0.id == value.id }?.position ?? Int.max]
        case .stage: return stageRank(value.id)
        case .touchpoint:
            guard let touchpoint = touchpoints[value.id] else { return [Int.max] }
            return stageRank(touchpoint.stageID) + [touchpoint.position]
        case .unit: return [unitOrder[value.id] ?? Int.max]
        default: return []
        }
    }

    private func stageRank(_ id: String) -> [Int] {
        guard let stage = stages[id] else { return [Int.max, Int.max] }
        return [context.journeys.first { $0.id == stage.journeyID }?.position ?? Int.max, stage.position]
    }
}

/// One grouping's part of a group's place in the order.
struct GroupSortPart: Comparable {
    var rank: [Int]
    var label: String
    var id: String

    static func < (a: GroupSortPart, b: GroupSortPart) -> Bool {
        if a.rank != b.rank { return a.rank.lexicographicallyPrecedes(b.rank) }
        if a.label != b.label { return a.label < b.label }
        return a.id < b.id
    }
}
