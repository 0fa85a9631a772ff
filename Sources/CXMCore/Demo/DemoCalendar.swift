import Foundation

/// The 365 days before the demo's end date, worked out once in Europe/Stockholm so that the hot loop
/// only adds seconds to a precomputed midnight (no `Calendar` or formatter per response).
struct DemoCalendar: Sendable {
    static let dayCount = 365
    /// Local midnight of each day as seconds since the reference date, oldest day first; the last is the end date's day.
    let dayStarts: [Double]
    /// Month (1–12) and weekday (1 = Sunday … 7 = Saturday) of each day.
    let months: [Int]
    let weekdays: [Int]
    /// How the experience drifts with the season and over the year, in points of the 0–10 latent scale.
    let seasonEffects: [Double]
    let dayWeights: DemoWeights
    /// Answer times over the day: one profile for digital and phone contacts, one for stores and technicians.
    let allDayHours: DemoWeights
    let openingHours: DemoWeights
    let endTime: Double

    /// Typical month effects: a dip in the July holidays and in December when staff are thin, a good spring.
    static let monthEffects: [Double] = [-0.05, 0.0, 0.12, 0.2, 0.22, 0.08, -0.28, -0.1, 0.0, 0.02, -0.08, -0.28]
    /// Answer volume by month: fewer in the summer holidays, a January peak after the holiday bills.
    static let monthVolumes: [Double] = [1.12, 1.0, 1.02, 0.98, 0.97, 0.9, 0.7, 0.92, 1.05, 1.05, 1.03, 0.88]

    init(endDate: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!
        let lastStart = calendar.startOfDay(for: endDate)
        var starts: [Double] = []
        var months: [Int] = []
        var weekdays: [Int] = []
        var effects: [Double] = []
        var weights: [Double] = []
        for offset in stride(from: DemoCalendar.dayCount - 1, through: 0, by: -1) {
            let day =
                calendar.date(byAdding: .day, value: -offset, to: lastStart)
                ?? lastStart.addingTimeInterval(Double(-offset) * 86_400)
            let parts = calendar.dateComponents([.month, .weekday, .day], from: day)
            let month = parts.month ?? 1
            let weekday = parts.weekday ?? 2
            let dayOfMonth = parts.day ?? 1
            starts.append(day.timeIntervalSinceReferenceDate)
            months.append(month)
            weekdays.append(weekday)
            // A slow improvement over the year: the programme starts to work.
            let progress = Double(DemoCalendar.dayCount - 1 - offset) / Double(DemoCalendar.dayCount)
            var effect = DemoCalendar.monthEffects[month - 1] + 0.2 * progress
            if month == 12 && dayOfMonth >= 18 { effect -= 0.15 }
            effects.append(effect)
            var weight = DemoCalendar.monthVolumes[month - 1]
            if weekday == 7 { weight *= 0.55 } else if weekday == 1 { weight *= 0.4 }
            if month == 12 && (24...26).contains(dayOfMonth) { weight *= 0.3 }
            weights.append(weight)
        }
        dayStarts = starts
        self.months = months
        self.weekdays = weekdays
        seasonEffects = effects
        dayWeights = DemoWeights(weights)
        allDayHours = DemoWeights([
            0.2, 0.1, 0.05, 0.05, 0.1, 0.3, 1, 2.5, 4.5, 6, 6.5, 6.5, 6, 6, 6, 5.5, 5, 4.5, 4.5, 4.5, 4, 3, 1.8, 0.8,
        ])
        openingHours = DemoWeights([
            0, 0, 0, 0, 0, 0, 0, 0.8, 2.5, 4, 5.5, 6, 6.5, 6.5, 6, 6, 6.5, 6.5, 5.5, 4, 2, 0.6, 0, 0,
        ])
        endTime = endDate.timeIntervalSinceReferenceDate
    }

    /// The index of the first day on or after `daysBeforeEnd` days before the end date.
    func dayIndex(daysBeforeEnd: Int) -> Int { max(0, DemoCalendar.dayCount - 1 - daysBeforeEnd) }
}
