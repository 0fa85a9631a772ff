/// What tallies a metric needs from the store: which kinds of answer, filtered how, grouped by
/// which cell dimensions. The store answers it from rollups (a saved segment's own, when it names
/// one), or from raw rows when asked to or when it names customers; both give the same cells.
public struct TallyRequest: Sendable, Hashable {
    public var kinds: Set<ScoreKind>
    /// Nil for every question of the kinds.
    public var questionKeys: Set<String>?
    /// The days `from..<to` in the workspace zone; nil for all time.
    public var days: Range<LocalDay>?
    /// Each filter is nil for "all".
    public var surveyIDs: Set<String>?
    public var touchpointIDs: Set<String>?
    public var unitIDs: Set<String>?
    public var channelIDs: Set<String>?
    public var languages: Set<String>?
    /// Only responses of these customers; forces the raw-row path.
    public var customerIDs: Set<String>?
    /// Only responses of customers who belong to this saved segment now. The store answers from the
    /// segment's own rollups, kept current as customers, segments and responses change.
    public var segment: Segment?
    /// The dimensions cells are grouped by; the kind is always kept apart.
    public var groupBy: Set<CellDimension>
    /// Read raw rows even when rollups could answer (to check them, or for ad-hoc use).
    public var forceRaw: Bool
    /// When grouping by day: the first days of the periods wanted, ascending; each cell's day is then
    /// the start of its period, so that the store returns one row per period instead of per day.
    public var dayBuckets: [LocalDay]?
    /// The rollup grain to read, when the caller must name it (the database check reads each grain);
    /// nil: the coarsest that answers the request. A named grain must keep every dimension used.
    public var grain: RollupGrain?

    public init(
        kinds: Set<ScoreKind>, questionKeys: Set<String>? = nil, days: Range<LocalDay>? = nil,
        surveyIDs: Set<String>? = nil, touchpointIDs: Set<String>? = nil, unitIDs: Set<String>? = nil,
        channelIDs: Set<String>? = nil, languages: Set<String>? = nil, customerIDs: Set<String>? = nil,
        segment: Segment? = nil, groupBy: Set<CellDimension> = [], forceRaw: Bool = false
    ) {
        self.kinds = kinds
        self.questionKeys = questionKeys
        self.days = days
        self.surveyIDs = surveyIDs
        self.touchpointIDs = touchpointIDs
        self.unitIDs = unitIDs
        self.channelIDs = channelIDs
        self.languages = languages
        self.customerIDs = customerIDs
        self.segment = segment
        self.groupBy = groupBy
        self.forceRaw = forceRaw
    }

    /// Every dimension the request groups or filters by.
    public var dimensionsUsed: Set<CellDimension> {
        var used = groupBy
        if touchpointIDs != nil { used.insert(.touchpoint) }
        if unitIDs != nil { used.insert(.unit) }
        if channelIDs != nil { used.insert(.channel) }
        if languages != nil { used.insert(.language) }
        return used
    }

    /// Whether rollups can answer it.
    public var rollupsSuffice: Bool { !forceRaw && customerIDs == nil }

    /// Whether every cut the request makes in time falls on a Monday (the range's ends, and the buckets
    /// when it groups by day), so that weekly rollups answer it exactly. Grouping by single days never is.
    public var isWeekAligned: Bool {
        let bounds = (days.map { [$0.lowerBound, $0.upperBound] } ?? []) + (dayBuckets ?? [])
        if groupBy.contains(.day) && dayBuckets?.isEmpty != false { return false }
        return bounds.allSatisfy { $0.weekday == 0 }
    }

    /// The grain a read from rollups uses: the one named, or the coarsest that answers the request.
    public var rollupGrain: RollupGrain {
        grain ?? RollupGrain.coarsest(keeping: dimensionsUsed, weekAligned: isWeekAligned)
    }
}

/// One group of tallied answers: the values of the grouped dimensions (nil for the others).
public struct TallyCell: Sendable, Hashable {
    public var day: LocalDay?
    public var values: [CellDimension: String]
    public var kind: ScoreKind
    public var tally: ScoreTally

    public init(day: LocalDay? = nil, values: [CellDimension: String] = [:], kind: ScoreKind, tally: ScoreTally) {
        self.day = day
        self.values = values
        self.kind = kind
        self.tally = tally
    }

    public subscript(dimension: CellDimension) -> String? { values[dimension] }
}
