import CXMCore
import Foundation
import Testing

@Suite("Retention policy")
struct RetentionPolicyTests {
    @Test func periodsAreWholeMonthsAndNothingOutlivesTheResponses() throws {
        #expect(RetentionPolicy().isEmpty)
        #expect(
            try RetentionPolicy(openTextMonths: 12, customerLinkMonths: 24, responseMonths: 24).validated().responseMonths == 24)
        #expect(try RetentionPolicy(openTextMonths: 60).validated().openTextMonths == 60)
        let invalid = [
            (RetentionPolicy(openTextMonths: 0), "openTextMonths"),
            (RetentionPolicy(responseMonths: 601), "responseMonths"),
            (RetentionPolicy(inactiveCustomerMonths: -3), "inactiveCustomerMonths"),
            (RetentionPolicy(openTextMonths: 25, responseMonths: 24), "openTextMonths"),
            (RetentionPolicy(customerLinkMonths: 36, responseMonths: 24), "customerLinkMonths"),
        ]
        for (policy, field) in invalid {
            #expect(throws: ValidationFailure.self) { try policy.validated() }
            do {
                _ = try policy.validated()
            } catch {
                #expect(error.errors.map(\.field) == [field])
            }
        }
        let settings = WorkspaceSettings(
            name: "x", defaultLanguage: .sv, timeZone: "Europe/Stockholm", enabledLanguages: [.sv],
            retention: RetentionPolicy(responseMonths: 0))
        do {
            _ = try settings.validated()
            Issue.record("a period of 0 months was accepted")
        } catch {
            #expect(error.errors.map(\.field) == ["retention.responseMonths"])
        }
    }

    @Test func cutoffsAreLocalMidnightSoManyMonthsBack() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Stockholm"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        // 31 March 2026, 10:00 in Stockholm (summer time since 29 March).
        let now = try #require(calendar.date(from: DateComponents(year: 2026, month: 3, day: 31, hour: 10)))
        let cutoffs = RetentionPolicy(openTextMonths: 1, customerLinkMonths: 13, responseMonths: 25).cutoffs(
            now: now, timeZone: zone)
        let expect = { (year: Int, month: Int, day: Int) in
            calendar.date(from: DateComponents(year: year, month: month, day: day))
        }
        #expect(cutoffs.openText == expect(2026, 2, 28))  // no 31 February: its last day
        #expect(cutoffs.customerLink == expect(2025, 2, 28))
        #expect(cutoffs.responses == expect(2024, 2, 29))
        #expect(cutoffs.inactiveCustomers == nil)
        // Midnight in Stockholm is 23:00 UTC the day before in winter.
        #expect(ISO8601DateFormatter().string(from: try #require(cutoffs.openText)) == "2026-02-27T23:00:00Z")
    }

    @Test func settingsWithoutRetentionDecodeAsKeepingEverything() throws {
        let json = #"{"name": "x", "defaultLanguage": "sv", "timeZone": "UTC", "enabledLanguages": ["sv"]}"#
        let settings = try JSONDecoder().decode(WorkspaceSettings.self, from: Data(json.utf8))
        #expect(settings.retention.isEmpty)
        let encoded = try JSONEncoder().encode(
            WorkspaceSettings(
                name: "x", defaultLanguage: .sv, timeZone: "UTC", enabledLanguages: [.sv],
                retention: RetentionPolicy(responseMonths: 24)))
        #expect(try JSONDecoder().decode(WorkspaceSettings.self, from: encoded).retention.responseMonths == 24)
    }
}
