import Foundation

/// How far visitors got through one funnel, as the store counts them: per entry channel and step,
/// the visitors who reached the step and how long they took from the step before (and, at the last
/// step, from the first), in `FunnelReport.timeBucketEdges` buckets.
public struct FunnelCounts: Sendable, Hashable {
    /// One step of one channel.
    public struct Stage: Sendable, Hashable {
        public var actors: Int
        /// Visitors per time bucket, from the step before; empty for the first step.
        public var fromPrevious: [Int]
        public var fromPreviousMilliseconds: Double
        /// At the last step: visitors per time bucket from the first step.
        public var fromStart: [Int]
        public var fromStartMilliseconds: Double

        public init(
            actors: Int = 0, fromPrevious: [Int] = [], fromPreviousMilliseconds: Double = 0, fromStart: [Int] = [],
            fromStartMilliseconds: Double = 0
        ) {
            self.actors = actors
            self.fromPrevious = fromPrevious
            self.fromPreviousMilliseconds = fromPreviousMilliseconds
            self.fromStart = fromStart
            self.fromStartMilliseconds = fromStartMilliseconds
        }

        /// Both stages' counts together (another channel, or another share of the visitors).
        public func adding(_ other: Stage) -> Stage {
            func sum(_ a: [Int], _ b: [Int]) -> [Int] {
                (0..<max(a.count, b.count)).map { (a.indices.contains($0) ? a[$0] : 0) + (b.indices.contains($0) ? b[$0] : 0) }
            }
            return Stage(
                actors: actors + other.actors, fromPrevious: sum(fromPrevious, other.fromPrevious),
                fromPreviousMilliseconds: fromPreviousMilliseconds + other.fromPreviousMilliseconds,
                fromStart: sum(fromStart, other.fromStart),
                fromStartMilliseconds: fromStartMilliseconds + other.fromStartMilliseconds)
        }
    }

    /// Stages in funnel order, per channel key of the first step's event (nil: the event named none).
    public var channels: [String?: [Stage]]

    public init(channels: [String?: [Stage]] = [:]) {
        self.channels = channels
    }

    /// Adds counts made over another share of the visitors.
    public func adding(_ other: FunnelCounts) -> FunnelCounts {
        var merged = channels
        for (channel, stages) in other.channels {
            let current = merged[channel] ?? []
            merged[channel] = (0..<max(current.count, stages.count)).map { index in
                let a = current.indices.contains(index) ? current[index] : Stage()
                return stages.indices.contains(index) ? a.adding(stages[index]) : a
            }
        }
        return FunnelCounts(channels: merged)
    }

    /// All channels together.
    public func total(steps: Int) -> [Stage] {
        (0..<steps).map { index in
            channels.values.reduce(Stage()) { sum, stages in stages.indices.contains(index) ? sum.adding(stages[index]) : sum }
        }
    }
}

/// A funnel's figures for a period: each step's visitors, conversion from the step before and from
/// the start with Wilson intervals, drop-off, time to convert, and the entry channels compared.
public struct FunnelReport: Sendable, Hashable, Encodable {
    public typealias Share = CountShare

    /// How long visitors took, in buckets bounded above by `upToSeconds` (nil: no bound).
    public struct TimeToConvert: Sendable, Hashable, Encodable {
        public struct Bucket: Sendable, Hashable, Encodable {
            public var upToSeconds: Int?
            public var count: Int
        }

        public var buckets: [Bucket]
        public var meanSeconds: Double
        /// The bucket holding the median visitor.
        public var medianBucket: Int

        init?(_ counts: [Int], milliseconds: Double) {
            let n = counts.reduce(0, +)
            guard n > 0 else { return nil }
            buckets = counts.enumerated().map { index, count in
                Bucket(
                    upToSeconds: FunnelReport.timeBucketEdges.indices.contains(index) ? FunnelReport.timeBucketEdges[index] : nil,
                    count: count)
            }
            meanSeconds = milliseconds / Double(n) / 1000
            var seen = 0
            medianBucket = counts.count - 1
            for (index, count) in counts.enumerated() {
                seen += count
                if seen * 2 >= n {
                    medianBucket = index
                    break
                }
            }
        }
    }

    public struct Step: Sendable, Hashable, Encodable {
        public var index: Int
        public var event: String
        public var title: String
        public var touchpointID: String?
        /// The public survey link whose widget asks visitors who stall here why.
        public var feedbackLinkID: String?
        /// Visitors who reached the step within the window.
        public var actors: Int
        public var fromPrevious: Share?
        public var fromStart: Share?
        /// Visitors of the step before who did not reach this one.
        public var droppedOff: Int
        public var timeFromPrevious: TimeToConvert?
    }

    /// The funnel's result for visitors who entered through one channel, compared with the others.
    public struct Channel: Sendable, Hashable, Encodable {
        /// The channel key, nil for events that named no channel.
        public var channel: String?
        public var entered: Int
        public var converted: Share?
        /// Conversion of this channel minus that of the others, with the two-proportion z test.
        public var againstOthers: TestResult?
        public var steps: [Int]
    }

    public var funnelID: String
    public var name: String
    public var windowMinutes: Int
    public var from: Date
    public var to: Date
    public var steps: [Step]
    /// Entered the first step and reached the last within the window.
    public var converted: Share?
    public var timeToConvert: TimeToConvert?
    /// The step (1…) that loses the most visitors from the step before, if any were lost.
    public var largestDropOffStep: Int?
    public var channels: [Channel]
    /// Fewer visitors entered than `minimumEntries`: read the shares with care.
    public var smallSample: Bool

    /// Time buckets' upper bounds in seconds: a minute, 5 and 15 minutes, an hour, 6 hours, a day, a week.
    public static let timeBucketEdges = [60, 300, 900, 3600, 21_600, 86_400, 604_800]
    public static let minimumEntries = 30

    /// The SQL `CASE` expression that puts a millisecond duration into its bucket.
    public static func bucketExpression(_ duration: String) -> String {
        let arms = timeBucketEdges.enumerated().map { "WHEN \(duration) < \(Int64($1) * 1000) THEN \($0)" }
        return "CASE \(arms.joined(separator: " ")) ELSE \(timeBucketEdges.count) END"
    }

    public init(funnel: Funnel, from: Date, to: Date, counts: FunnelCounts) {
        funnelID = funnel.id
        name = funnel.name
        windowMinutes = funnel.windowMinutes
        self.from = from
        self.to = to
        let total = counts.total(steps: funnel.steps.count)
        let entered = total.first?.actors ?? 0
        steps = funnel.steps.enumerated().map { index, step in
            let stage = total[index]
            let previous = index > 0 ? total[index - 1].actors : stage.actors
            return Step(
                index: index + 1, event: step.event, title: step.title, touchpointID: step.touchpointID,
                feedbackLinkID: step.feedbackLinkID, actors: stage.actors,
                fromPrevious: index > 0 ? Share(stage.actors, of: previous) : nil,
                fromStart: index > 0 ? Share(stage.actors, of: entered) : nil, droppedOff: previous - stage.actors,
                timeFromPrevious: index > 0
                    ? TimeToConvert(stage.fromPrevious, milliseconds: stage.fromPreviousMilliseconds) : nil)
        }
        let last = total.last ?? FunnelCounts.Stage()
        converted = Share(last.actors, of: entered)
        timeToConvert = TimeToConvert(last.fromStart, milliseconds: last.fromStartMilliseconds)
        let losses = steps.filter { $0.droppedOff > 0 }
        largestDropOffStep = losses.max { $0.droppedOff < $1.droppedOff }?.index
        let stepCount = funnel.steps.count
        channels = counts.channels.map { channel, stages in
            let actors = (0..<stepCount).map { stages.indices.contains($0) ? stages[$0].actors : 0 }
            let enteredHere = actors.first ?? 0
            let convertedHere = actors.last ?? 0
            return Channel(
                channel: channel, entered: enteredHere, converted: Share(convertedHere, of: enteredHere),
                againstOthers: ProportionStatistics.twoProportionTest(
                    successesA: convertedHere, nA: enteredHere, successesB: last.actors - convertedHere, nB: entered - enteredHere
                ),
                steps: actors)
        }
        .sorted { ($0.entered, $1.channel ?? "") > ($1.entered, $0.channel ?? "") }
        smallSample = entered < Self.minimumEntries
    }

    /// How long a step's feedback prompt waits before it shows: the time within which the median visitor
    /// who goes on reaches the next step, so that it reaches those who stall, kept to 30–120 seconds
    /// (a page is rarely open longer; leaving the page shows it sooner). 30 seconds without data.
    public func promptDelaySeconds(atStep number: Int) -> Int {
        guard steps.indices.contains(number), let time = steps[number].timeFromPrevious else { return 30 }
        return min(max(time.buckets[time.medianBucket].upToSeconds ?? 120, 30), 120)
    }
}
