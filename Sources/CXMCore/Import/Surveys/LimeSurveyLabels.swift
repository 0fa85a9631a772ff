/// The answer options LimeSurvey builds into some question types (yes/no, gender, the yes/uncertain/no
/// and increase/same/decrease arrays), with LimeSurvey's codes and their labels in cxm's languages.
enum LimeSurveyLabels {
    typealias Option = (code: String, labels: [Language: String])

    static let yesNo: [Option] = [
        ("Y", [.en: "Yes", .sv: "Ja", .da: "Ja", .nb: "Ja", .fi: "Kyllä"]),
        ("N", [.en: "No", .sv: "Nej", .da: "Nej", .nb: "Nei", .fi: "Ei"]),
    ]

    static let gender: [Option] = [
        ("F", [.en: "Female", .sv: "Kvinna", .da: "Kvinde", .nb: "Kvinne", .fi: "Nainen"]),
        ("M", [.en: "Male", .sv: "Man", .da: "Mand", .nb: "Mann", .fi: "Mies"]),
    ]

    static let yesUncertainNo: [Option] = [
        ("Y", [.en: "Yes", .sv: "Ja", .da: "Ja", .nb: "Ja", .fi: "Kyllä"]),
        ("U", [.en: "Uncertain", .sv: "Osäker", .da: "Usikker", .nb: "Usikker", .fi: "En osaa sanoa"]),
        ("N", [.en: "No", .sv: "Nej", .da: "Nej", .nb: "Nei", .fi: "Ei"]),
    ]

    static let increaseSameDecrease: [Option] = [
        ("I", [.en: "Increase", .sv: "Öka", .da: "Øge", .nb: "Øke", .fi: "Kasvaa"]),
        ("S", [.en: "Same", .sv: "Samma", .da: "Samme", .nb: "Samme", .fi: "Pysyy samana"]),
        ("D", [.en: "Decrease", .sv: "Minska", .da: "Mindske", .nb: "Minske", .fi: "Vähenee"]),
    ]

    /// The label LimeSurvey shows for the "Other" option when the survey sets none.
    static let other: [Language: String] = [.en: "Other", .sv: "Annat", .da: "Andet", .nb: "Annet", .fi: "Muu"]

    /// The options as cxm choice options in the survey's languages.
    static func options(_ options: [Option], texts: ImportTexts) -> [ChoiceOption] {
        options.map { ChoiceOption(key: $0.code, label: texts.everywhere($0.labels)) }
    }
}
