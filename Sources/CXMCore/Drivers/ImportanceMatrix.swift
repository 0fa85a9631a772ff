import Foundation

/// The importance–performance matrix of a journey: each touchpoint placed by how much it drives the
/// outcome and how well it performs now, in one of four quadrants.
public struct ImportanceMatrix: Sendable, Hashable, Codable {
    /// Where a touchpoint lands.
    public enum Quadrant: String, Sendable, Codable, CaseIterable, Hashable {
        /// Important and below par: the pain points to fix first.
        case fixFirst = "fix_first"
        /// Important and above par: the moments of truth to keep up.
        case keepUp = "keep_up"
        /// Above par but not (shown to be) driving the outcome: keep at the level customers expect.
        case hygiene
        /// Below par and not driving the outcome.
        case lowerPriority = "lower_priority"
    }

    /// One touchpoint of the matrix.
    public struct Point: Sendable, Hashable, Codable {
        public var touchpointID: String
        public var name: String
        /// The touchpoint's share of the explained variance, in percent; nil when it could not be estimated.
        public var importance: Double?
        public var importanceInterval: Interval?
        /// Whether its importance is significant; only significant touchpoints count as important.
        public var significant: Bool
        /// Why no importance could be estimated (from the driver analysis), if so.
        public var excludedReason: ExcludedDriver.Reason?
        /// The mean experience on 0–100 over the performance period, its interval and the answers behind it.
        public var performance: Double?
        public var performanceInterval: Interval?
        public var n: Int
        /// Whether the performance rests on fewer answers than the low-sample threshold.
        public var lowSample: Bool
        /// Nil when importance or performance is missing.
        public var quadrant: Quadrant?
        /// The feeling the touchpoint is meant to create, and the tone of what customers wrote there.
        public var desiredFeeling: String
        public var texts: Int
        public var positive: Int
        public var negative: Int

        /// Creates a point.
        public init(
            touchpointID: String, name: String, importance: Double?, importanceInterval: Interval?, significant: Bool,
            excludedReason: ExcludedDriver.Reason?, performance: Double?, performanceInterval: Interval?, n: Int,
            lowSample: Bool, quadrant: Quadrant?, desiredFeeling: String, texts: Int, positive: Int, negative: Int
        ) {
            self.touchpointID = touchpointID
            self.name = name
            self.importance = importance
            self.importanceInterval = importanceInterval
            self.significant = significant
            self.excludedReason = excludedReason
            self.performance = performance
            self.performanceInterval = performanceInterval
            self.n = n
            self.lowSample = lowSample
            self.quadrant = quadrant
            self.desiredFeeling = desiredFeeling
            self.texts = texts
            self.positive = positive
            self.negative = negative
        }
    }

    /// The importance above which a touchpoint counts as important: an equal share of R² (100 / drivers).
    public var importanceThreshold: Double?
    /// The performance above which a touchpoint is above par: the mean over the touchpoints placed.
    public var performanceThreshold: Double?
    public var points: [Point]

    /// Places the touchpoints from a customer-level driver report and each touchpoint's current experience.
    public init(
        report: DriverReport, touchpoints: [Touchpoint], performance: [String: MeanSummary],
        tones: [String: (texts: Int, positive: Int, negative: Int)], confidence: Double = 0.95, lowSample: Int = 30
    ) {
        let importance = Dictionary(
            report.drivers.map { ($0.driver.id, $0) }, uniquingKeysWith: { first, _ in first })
        let excluded = Dictionary(
            report.excluded.map { ($0.driver.id, $0.reason) }, uniquingKeysWith: { first, _ in first })
        let shareOfInterval = { (interval: Interval?) -> Interval? in
            guard let interval, let rSquared = report.rSquared, rSquared > 0 else { return nil }
            return Interval(low: 100 * interval.low / rSquared, high: 100 * interval.high / rSquared)
        }
        let estimated = report.drivers.count
        importanceThreshold = estimated > 0 ? 100 / Double(estimated) : nil
        let measured = touchpoints.compactMap { performance[$0.id] }.filter { $0.n > 0 }
        performanceThreshold =
            measured.isEmpty ? nil : measured.reduce(0) { $0 + $1.mean } / Double(measured.count)
        points = touchpoints.map { touchpoint in
            let id = "touchpoint:\(touchpoint.id)"
            let driver = importance[id]
            let summary = performance[touchpoint.id]
            let tone = tones[touchpoint.id] ?? (0, 0, 0)
            return Point(
                touchpointID: touchpoint.id, name: touchpoint.name, importance: driver?.share,
                importanceInterval: shareOfInterval(driver?.relativeWeightInterval), significant: driver?.significant ?? false,
                excludedReason: excluded[id], performance: summary.flatMap { $0.n > 0 ? $0.mean : nil },
                performanceInterval: summary.flatMap {
                    $0.n > 1 ? MeanStatistics.tInterval($0, confidence: Confidence(level: confidence)) : nil
                },
                n: summary?.n ?? 0, lowSample: (summary?.n ?? 0) < lowSample, quadrant: nil,
                desiredFeeling: touchpoint.feeling, texts: tone.texts, positive: tone.positive, negative: tone.negative)
        }
        for index in points.indices {
            points[index].quadrant = Self.quadrant(
                points[index], importanceThreshold: importanceThreshold, performanceThreshold: performanceThreshold)
        }
    }

    /// A touchpoint is important when its importance is significant and at least an equal share; above par
    /// when its performance is above the touchpoints' mean.
    static func quadrant(_ point: Point, importanceThreshold: Double?, performanceThreshold: Double?) -> Quadrant? {
        guard let importance = point.importance, let performance = point.performance, let importanceThreshold,
            let performanceThreshold
        else { return nil }
        let important = point.significant && importance >= importanceThreshold
        let abovePar = performance >= performanceThreshold
        switch (important, abovePar) {
        case (true, false): return .fixFirst
        case (true, true): return .keepUp
        case (false, true): return .hygiene
        case (false, false): return .lowerPriority
        }
    }
}
