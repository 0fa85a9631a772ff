import Foundation

/// Whether the customer who answered had left a digital funnel unfinished when they answered: their
/// latest attempt at it in the days before the answer began with the funnel's first step and did not
/// reach its last step within the funnel's window (or by the answer, when the window was still open). A
/// driver analysis then says whether an abandoned checkout goes with lower scores, beside the questions,
/// themes and signals. As with `SignalDriver`, anonymous answers are missing values, not "no".
public enum FunnelDriver {
    /// How far before the answer an attempt may have begun.
    public static let days = 30

    /// The driver's id for a funnel.
    public static func id(funnel: String) -> String { "funnel:\(funnel):unfinished" }

    /// The driver's label in a language.
    public static func label(funnel name: String, in language: Language) -> String {
        switch language {
        case .en: "Left “\(name)” unfinished in the 30 days before"
        case .sv: "Lämnade ”\(name)” ofullbordad de 30 dagarna innan"
        case .da: "Forlod “\(name)” uden at gøre den færdig de 30 dage før"
        case .nb: "Forlot «\(name)» uten å fullføre de 30 dagene før"
        case .fi: "Jätti ”\(name)” kesken 30 päivän sisällä ennen"
        }
    }

    /// Whether the latest attempt before `answeredAt` was left unfinished. Times are milliseconds. An attempt
    /// begins at a first-step event that is not inside the window of the attempt before it (as
    /// `FunnelProgress` counts them), and is finished by a last-step event at or after its
    /// beginning, within the window and not after the answer. Only attempts that began in the `days` before
    /// the answer count; with none, the customer did not leave the funnel unfinished.
    public static func unfinished(
        starts: [Int64], finishes: [Int64], windowMilliseconds window: Int64, answeredAt: Int64
    ) -> Bool {
        let earliest = answeredAt - Int64(days) * 86_400_000
        let before = [starts.filter { $0 <= answeredAt }, finishes.filter { $0 <= answeredAt }]
        guard let latest = FunnelProgress.latest(steps: before, windowMilliseconds: window), latest.begunAt > earliest
        else { return false }
        return latest.reached < 2
    }
}
