import Foundation

/// Turns responses into the columns of a driver analysis, at one of two levels.
///
/// - Response level: each response that answers the outcome is a row; its other scale answers, each
///   option of its single-choice answers (against the most common option), the themes its open text
///   mentions negatively, what other systems knew about the customer (`SignalDriver`) and the funnels they
///   had left unfinished (`FunnelDriver`) are the drivers.
/// - Customer level: each known customer who answered the outcome in the relationship survey is a row
///   (the mean of their answers there); their mean experience at each touchpoint, on 0–100, is a driver.
public struct DriverDataBuilder: Sendable {
    /// The key under which the NKI index (0–100, equal weights) is offered as an outcome.
    public static let nkiOutcome = "nki"
    /// Theme drivers need this many negative mentions to be offered.
    public static let minimumThemeMentions = 20
    /// At most this many theme drivers, the most mentioned first, so that Shapley stays exact.
    public static let maximumThemes = 8

    public let catalog: DriverCatalog

    /// Creates a builder over a catalog.
    public init(catalog: DriverCatalog) { self.catalog = catalog }

    /// The outcome of a row: the answer to the outcome question, or the NKI index of a full NKI response.
    public func outcomeValue(_ outcome: String, in row: DriverRow) -> Double? {
        guard outcome == Self.nkiOutcome else { return row.scores[outcome].map(Double.init) }
        guard catalog.nkiSurveys.contains(row.surveyID) else { return nil }
        let items = ScoreKind.nkiItems.compactMap { kind in
            catalog.questions.first { $0.value.scoreKind == kind && row.scores[$0.key] != nil }.flatMap {
                row.scores[$0.key]
            }
        }
        guard items.count == 3 else { return nil }
        return items.reduce(0) { $0 + NKIStatistics.itemScore(mean: Double($1)) } / 3
    }

    /// The outcome's label.
    public func outcomeLabel(_ outcome: String) -> String {
        outcome == Self.nkiOutcome ? "NKI" : catalog.questionLabel(outcome)
    }

    /// Response-level data: one row per response answering the outcome.
    public func responseLevel(outcome: String, rows all: [DriverRow]) -> DriverData {
        let rows = all.filter { outcomeValue(outcome, in: $0) != nil }
        let outcomeValues = rows.map { outcomeValue(outcome, in: $0) ?? .nan }
        let excludedKeys = excludedScoreKeys(for: outcome)
        var drivers: [DriverVariable] = []

        let scoreKeys = Set(rows.flatMap(\.scores.keys)).subtracting(excludedKeys).sorted()
        for key in scoreKeys {
            drivers.append(
                DriverVariable(
                    id: key, label: catalog.questionLabel(key), kind: .rating,
                    values: rows.map { row in row.scores[key].map(Double.init) ?? .nan }))
        }
        for key in Set(rows.flatMap(\.choices.keys)).sorted() {
            drivers += choiceDrivers(key, rows: rows)
        }
        drivers += themeDrivers(rows: rows)
        drivers += signalDrivers(rows: rows)
        drivers += funnelDrivers(rows: rows)
        return DriverData(
            outcome: DriverVariable(id: outcome, label: outcomeLabel(outcome), kind: .rating, values: outcomeValues),
            drivers: drivers)
    }

    /// The score keys that are the outcome itself or part of it.
    private func excludedScoreKeys(for outcome: String) -> Set<String> {
        let nkiKeys = catalog.questions.filter { $0.value.type == .nki }.map(\.key)
        if outcome == Self.nkiOutcome || nkiKeys.contains(outcome) { return Set(nkiKeys + [outcome]) }
        return [outcome]
    }

    /// One 0/1 driver per option of a single-choice question but the most chosen, which is the baseline
    /// the others are compared with (all of them together would be collinear).
    private func choiceDrivers(_ key: String, rows: [DriverRow]) -> [DriverVariable] {
        var counts: [String: Int] = [:]
        for row in rows { if let choice = row.choices[key] { counts[choice, default: 0] += 1 } }
        guard counts.count >= 2 else { return [] }
        let baseline = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        let question = catalog.questions[key]
        let options = (question?.options.map(\.key) ?? []) + counts.keys.sorted()
        var seen: Set<String> = []
        return options.filter { seen.insert($0).inserted && $0 != baseline && (counts[$0] ?? 0) > 0 }.map { option in
            let optionLabel =
                question?.options.first { $0.key == option }?.label.text(in: catalog.language) ?? option
            return DriverVariable(
                id: "\(key)=\(option)", label: "\(catalog.questionLabel(key)): \(optionLabel)", kind: .choice,
                values: rows.map { row in row.choices[key].map { $0 == option ? 1 : 0 } ?? .nan })
        }
    }

    /// What other systems knew about the customers who answered, for the signals that enough answers of
    /// known customers have and enough do not; anonymous answers are missing values, not zeros.
    private func signalDrivers(rows: [DriverRow]) -> [DriverVariable] {
        SignalDriver.allCases.compactMap { signal in
            let known = rows.filter { $0.customerID != nil }
            let with = known.count { $0.signals.contains(signal) }
            guard with >= SignalDriver.minimumRows, known.count - with >= SignalDriver.minimumRows else { return nil }
            return DriverVariable(
                id: signal.rawValue, label: signal.label(in: catalog.language), kind: .signal,
                values: rows.map { row in row.customerID == nil ? .nan : (row.signals.contains(signal) ? 1 : 0) })
        }
    }

    /// Whether the customers who answered had left a funnel unfinished (`FunnelDriver`), for the funnels
    /// that enough answers of known customers have left and enough have not, in the order of their names.
    private func funnelDrivers(rows: [DriverRow]) -> [DriverVariable] {
        let known = rows.filter { $0.customerID != nil }
        let funnels = catalog.funnelNames.sorted { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }
        return funnels.compactMap { id, name in
            let with = known.count { $0.unfinishedFunnels.contains(id) }
            guard with >= SignalDriver.minimumRows, known.count - with >= SignalDriver.minimumRows else { return nil }
            return DriverVariable(
                id: FunnelDriver.id(funnel: id), label: FunnelDriver.label(funnel: name, in: catalog.language),
                kind: .signal,
                values: rows.map { row in
                    row.customerID == nil ? .nan : (row.unfinishedFunnels.contains(id) ? 1 : 0)
                })
        }
    }

    /// Negative mentions of the most mentioned top-level themes, among responses with an open-text answer.
    private func themeDrivers(rows: [DriverRow]) -> [DriverVariable] {
        var counts: [String: Int] = [:]
        for row in rows {
            for (theme, tones) in row.themes where !theme.contains(".") && tones.contains(.negative) {
                counts[theme, default: 0] += 1
            }
        }
        let themes = counts.filter { $0.value >= Self.minimumThemeMentions }
            .sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }
            .prefix(Self.maximumThemes)
        return themes.map { theme, _ in
            DriverVariable(
                id: "theme:\(theme):negative", label: catalog.themeNames[theme] ?? theme, kind: .theme,
                values: rows.map { row in
                    row.hasText ? (row.themes[theme]?.contains(.negative) == true ? 1 : 0) : .nan
                })
        }
    }
}
