import CXMCore
import Testing

@Suite("Rollup grains")
struct RollupGrainTests {
    /// Monday 3 June 2024, and the days around it.
    static let monday = LocalDay(year: 2024, month: 6, day: 3)
    static let tuesday = monday.adding(days: 1)

    static func request(
        days: Range<LocalDay>?, groupBy: Set<CellDimension>, buckets: [LocalDay]? = nil, channels: Set<String>? = nil
    ) -> TallyRequest {
        var request = TallyRequest(kinds: [.nps], days: days, channelIDs: channels, groupBy: groupBy)
        request.dayBuckets = buckets
        return request
    }

    @Test(
        "only requests cut at Mondays read the weekly grain, and only when they need touchpoints within units",
        arguments: [
            (request(days: monday..<monday.adding(days: 28), groupBy: [.touchpoint, .unit]), RollupGrain.touchpointUnitWeek),
            (
                request(
                    days: monday..<monday.adding(days: 14), groupBy: [.day, .touchpoint, .unit],
                    buckets: [monday, monday.adding(days: 7)]),
                .touchpointUnitWeek
            ),
            (request(days: nil, groupBy: [.touchpoint, .unit, .question]), .touchpointUnitWeek),
            // A bound that is not a Monday, a bucket that is not, days without buckets, empty buckets.
            (request(days: tuesday..<monday.adding(days: 28), groupBy: [.touchpoint, .unit]), .touchpointUnit),
            (request(days: monday..<tuesday, groupBy: [.touchpoint, .unit]), .touchpointUnit),
            (
                request(
                    days: monday..<monday.adding(days: 14), groupBy: [.day, .touchpoint, .unit], buckets: [monday, tuesday]),
                .touchpointUnit
            ),
            (request(days: monday..<monday.adding(days: 14), groupBy: [.day, .touchpoint, .unit]), .touchpointUnit),
            (request(days: monday..<monday.adding(days: 14), groupBy: [.day, .touchpoint, .unit], buckets: []), .touchpointUnit),
            // Coarser daily grains stay first; channels need the full grain.
            (request(days: monday..<monday.adding(days: 28), groupBy: [.touchpoint]), .touchpoint),
            (request(days: monday..<monday.adding(days: 28), groupBy: []), .overall),
            (request(days: monday..<monday.adding(days: 28), groupBy: [.touchpoint, .unit], channels: ["web"]), .full),
        ])
    func weeklyGrainOnlyForWeekAlignedRequests(request: TallyRequest, grain: RollupGrain) {
        #expect(request.rollupGrain == grain)
    }

    @Test("a weekly key moves the day to its week's Monday; a named grain wins")
    func weeklyKeysAndNamedGrains() {
        let key = RollupKey(
            day: Self.monday.adding(days: 6), surveyID: "s", questionKey: "q", kind: .nps, touchpointID: "t", unitID: "u",
            channelID: "web", language: "sv")
        let weekly = key.coarsened(to: .touchpointUnitWeek)
        #expect(weekly.day == Self.monday && weekly.channelID == "" && weekly.unitID == "u")
        #expect(key.coarsened(to: .touchpointUnit).day == key.day)
        var request = Self.request(days: nil, groupBy: [.touchpoint, .unit])
        request.grain = .full
        #expect(request.rollupGrain == .full)
    }
}
