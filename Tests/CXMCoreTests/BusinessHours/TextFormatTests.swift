import CXMCore
import Testing

@Suite("Business hours: clock times as text")
struct TextFormatTests {
    @Test(
        "ClockTime accepts",
        arguments: [
            ("8:00", 480), ("08:00", 480), ("00:00", 0), ("23:59", 1_439), ("24:00", 1_440), ("12:30", 750),
        ])
    func clockTimeAccepts(text: String, minutes: Int) {
        #expect(ClockTime(text: text)?.minutes == minutes)
    }

    @Test(
        "ClockTime rejects",
        arguments: [
            "25:00", "08:60", "abc", "24:01", "8:0", "", ":", "08:00:00", " 8:00", "8:00 ", "+8:00", "-1:00", "008:00",
            "0x8:00", "٠٨:٠٠",
        ])
    func clockTimeRejects(text: String) {
        #expect(ClockTime(text: text) == nil)
    }

    @Test(
        "ClockTime writes two-digit hours",
        arguments: [
            (0, "00:00"), (480, "08:00"), (754, "12:34"), (1_440, "24:00"),
        ])
    func clockTimeText(minutes: Int, text: String) throws {
        #expect(try #require(ClockTime(minutes: minutes)).text == text)
    }

    @Test func clockTimeComponents() {
        #expect(ClockTime(hour: 24, minute: 0)?.minutes == 1_440)
        #expect(ClockTime(hour: 24, minute: 1) == nil)
        #expect(ClockTime(hour: 7, minute: 60) == nil)
        #expect(ClockTime(hour: -1, minute: 0) == nil)
        #expect(ClockTime(minutes: 1_441) == nil)
        #expect(ClockTime(minutes: -1) == nil)
    }
}
