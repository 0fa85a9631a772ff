import Foundation
import Testing

@testable import CXMCore

@Suite("Funnels: definitions, events and the report")
struct FunnelTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let began = Date(timeIntervalSince1970: 946_684_800)

    func fields(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch { return (error as? ValidationFailure)?.errors.map(\.field) ?? ["not a validation failure"] }
    }

    @Test func aDefinitionNeedsTwoDifferentStepsKnownTouchpointsAndAWindow() {
        let good = Funnel(
            name: " Checkout ", steps: [FunnelStep(event: "Cart"), FunnelStep(event: "Paid", label: " ", touchpointID: "tp-1")])
        let valid = try? good.validated(touchpointIDs: ["tp-1"])
        #expect(valid?.name == "Checkout")
        #expect(valid?.steps[1].label == nil)
        #expect(valid?.steps[1].title == "Paid")
        #expect(
            fields { _ = try Funnel(name: "X", steps: [FunnelStep(event: "Cart")]).validated(touchpointIDs: []) } == ["steps"])
        #expect(
            fields {
                _ = try Funnel(name: "", steps: [FunnelStep(event: "Cart"), FunnelStep(event: "Cart")], windowMinutes: 0)
                    .validated(touchpointIDs: [])
            } == ["name", "steps[1].event", "windowMinutes"])
        #expect(fields { _ = try good.validated(touchpointIDs: []) } == ["steps[1].touchpointID"])
        #expect(good.windowMilliseconds == 3_600_000)
    }

    @Test func aFeedbackPromptNeedsAnOpenPublicLinkAndAStepVisitorsCanLeaveFrom() {
        let steps = [FunnelStep(event: "Cart", feedbackLinkID: " link-web "), FunnelStep(event: "Paid")]
        let valid = try? Funnel(name: "Checkout", steps: steps).validated(touchpointIDs: [], promptLinkIDs: ["link-web"])
        #expect(valid?.steps[0].feedbackLinkID == "link-web")
        #expect(fields { _ = try Funnel(name: "C", steps: steps).validated(touchpointIDs: []) } == ["steps[0].feedbackLinkID"])
        // A prompt kept on its step since its link was closed passes; the same link on another step does not.
        #expect(
            fields { _ = try Funnel(name: "C", steps: steps).validated(touchpointIDs: [], keptPrompts: [0: "link-web"]) } == [])
        #expect(
            fields { _ = try Funnel(name: "C", steps: steps).validated(touchpointIDs: [], keptPrompts: [1: "link-web"]) }
                == ["steps[0].feedbackLinkID"])
        let onLast = [FunnelStep(event: "Cart"), FunnelStep(event: "Paid", feedbackLinkID: "link-web")]
        #expect(
            fields { _ = try Funnel(name: "C", steps: onLast).validated(touchpointIDs: [], promptLinkIDs: ["link-web"]) }
                == ["steps[1].feedbackLinkID"])
        let blank = [FunnelStep(event: "Cart", feedbackLinkID: " "), FunnelStep(event: "Paid")]
        #expect((try? Funnel(name: "C", steps: blank).validated(touchpointIDs: []))?.steps[0].feedbackLinkID == nil)
    }

    @Test(
        "A prompt waits as long as the median visitor who goes on takes, within 30 seconds to 2 minutes",
        arguments: [
            ([10, 0, 0, 0, 0, 0, 0, 0], 60), ([1, 8, 1, 0, 0, 0, 0, 0], 120), ([0, 0, 0, 0, 0, 0, 0, 9], 120),
            ([0, 0, 0, 0, 0, 0, 0, 0], 30),
        ])
    func promptDelayFollowsTheNextStep(buckets: [Int], expected: Int) {
        let funnel = Funnel(id: "f", name: "F", steps: [FunnelStep(event: "A"), FunnelStep(event: "B")])
        let counts = FunnelCounts(channels: [
            "web": [
                FunnelCounts.Stage(actors: 20),
                FunnelCounts.Stage(actors: buckets.reduce(0, +), fromPrevious: buckets, fromPreviousMilliseconds: 1),
            ]
        ])
        let report = FunnelReport(funnel: funnel, from: Self.began, to: Self.now, counts: counts)

        #expect(report.promptDelaySeconds(atStep: 1) == expected)
        #expect(report.promptDelaySeconds(atStep: 2) == 30)
    }

    @Test(
        "Each refused event names its field",
        arguments: [
            (BehaviourEventSubmission(event: "Cart", anonymousId: "d"), []),
            (BehaviourEventSubmission(event: " ", anonymousId: "d"), ["event"]),
            (BehaviourEventSubmission(event: "Cart"), ["userId"]),
            (BehaviourEventSubmission(event: "Cart", userId: "u", timestamp: now.addingTimeInterval(600)), ["timestamp"]),
            (BehaviourEventSubmission(event: "Cart", userId: "u", timestamp: Date(timeIntervalSince1970: 0)), ["timestamp"]),
        ])
    func eventsAreChecked(submission: BehaviourEventSubmission, expected: [String]) {
        #expect(fields { _ = try submission.resolve(channelKeys: ["web"], began: Self.began, now: Self.now) } == expected)
    }

    @Test func pagesAreNamedAndTheChannelIsKnownAndTheArrivalTimeStandsIn() throws {
        var page = BehaviourEventSubmission(event: "ignored", anonymousId: "d")
        page.type = "Page"
        page.name = "Cart"
        // A copied value may carry a no-break space or a line break: trimmed as any other field is.
        page.channel = "\u{00A0}WEB \n"
        let event = try page.resolve(channelKeys: ["web"], began: Self.began, now: Self.now)
        #expect(event.name == "Cart")
        #expect(event.channel == "web")
        #expect(event.at == Self.now)
        page.channel = "fax"
        page.type = "alias"
        #expect(fields { _ = try page.resolve(channelKeys: ["web"], began: Self.began, now: Self.now) } == ["type", "channel"])
        // A workspace without channels says how to get one.
        do {
            _ = try page.resolve(channelKeys: [], began: Self.began, now: Self.now)
            Issue.record("an unknown channel was accepted")
        } catch { #expect(error.errors.last?.message.contains("no channels are defined yet") == true) }
    }

    @Test func theReportTurnsCountsIntoSharesDropOffAndTimeToConvert() throws {
        let funnel = Funnel(
            id: "f", name: "Checkout",
            steps: [FunnelStep(event: "Cart"), FunnelStep(event: "Checkout"), FunnelStep(event: "Paid")])
        func stage(_ actors: Int, _ buckets: [Int] = [], _ ms: Double = 0) -> FunnelCounts.Stage {
            FunnelCounts.Stage(actors: actors, fromPrevious: buckets, fromPreviousMilliseconds: ms)
        }
        var web = [stage(100), stage(60, [10, 50, 0, 0, 0, 0, 0, 0], 60 * 120_000), stage(30, [0, 0, 30, 0, 0, 0, 0, 0])]
        web[2].fromStart = [0, 0, 10, 20, 0, 0, 0, 0]
        web[2].fromStartMilliseconds = 30 * 1_200_000
        let app = [stage(100), stage(20, [20, 0, 0, 0, 0, 0, 0, 0]), stage(10, [0, 0, 10, 0, 0, 0, 0, 0])]
        let counts = FunnelCounts(channels: ["web": web]).adding(FunnelCounts(channels: ["app": app]))
        let report = FunnelReport(funnel: funnel, from: Self.began, to: Self.now, counts: counts)
        #expect(report.steps.map(\.actors) == [200, 80, 40])
        #expect(report.steps.map(\.droppedOff) == [0, 120, 40])
        #expect(report.steps[1].fromPrevious?.share == 0.4)
        #expect(report.steps[2].fromPrevious?.share == 0.5)
        #expect(report.steps[2].fromStart?.share == 0.2)
        #expect(report.largestDropOffStep == 2)
        #expect(report.converted?.count == 40)
        let time = try #require(report.steps[1].timeFromPrevious)
        // 30 of 80 within a minute, 50 within five: the median visitor is in the 1–5 minute bucket.
        #expect(time.buckets.map(\.count) == [30, 50, 0, 0, 0, 0, 0, 0])
        #expect(time.buckets.first?.upToSeconds == 60)
        #expect(time.buckets.last?.upToSeconds == nil)
        #expect(time.medianBucket == 1)
        #expect(time.meanSeconds == 90)
        #expect(report.timeToConvert?.meanSeconds == 1_200)
        // As many entered by each: by name.
        #expect(report.channels.map(\.channel) == ["app", "web"])
        // The web converts 30 %, the app 10 %: the test sees it.
        let web30 = try #require(report.channels.first { $0.channel == "web" }?.againstOthers)
        #expect(abs(web30.difference - 0.2) < 1e-12)
        #expect(web30.pValue < 0.001)
        #expect(!report.smallSample)
    }

    @Test func anEmptyFunnelHasNoSharesAndSaysItsSampleIsSmall() {
        let funnel = Funnel(id: "f", name: "F", steps: [FunnelStep(event: "A"), FunnelStep(event: "B")])
        let report = FunnelReport(funnel: funnel, from: Self.began, to: Self.now, counts: FunnelCounts())
        #expect(report.steps.map(\.actors) == [0, 0])
        #expect(report.converted == nil)
        #expect(report.largestDropOffStep == nil)
        #expect(report.smallSample)
    }

    @Test func bucketsAreTheSameInSQLAsInTheReport() {
        #expect(
            FunnelReport.bucketExpression("d")
                == "CASE WHEN d < 60000 THEN 0 WHEN d < 300000 THEN 1 WHEN d < 900000 THEN 2 WHEN d < 3600000 THEN 3 "
                + "WHEN d < 21600000 THEN 4 WHEN d < 86400000 THEN 5 WHEN d < 604800000 THEN 6 ELSE 7 END")
    }

    @Test func activityIdsSortAsTheyWereStoredAndCursorsOfOtherKindsPlaceThem() {
        #expect(SiteActivity.id(number: 42) == "ev-0000000000000000042")
        #expect(SiteActivity.id(number: 9) < SiteActivity.id(number: 10))
        #expect(SiteActivity.numbers(below: SiteActivity.id(number: 42)) == 42)
        #expect(SiteActivity.numbers(below: "0190f0c2-aaaa") == 0)
        #expect(SiteActivity.numbers(below: "f0190f0c2") == Int64.max)
    }
}
