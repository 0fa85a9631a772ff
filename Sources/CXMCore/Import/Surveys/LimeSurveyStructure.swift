/// A LimeSurvey survey put together from the export's tables, whichever layout they use: 2.x
/// (DBVersion 177: texts in the `questions`, `answers` and `groups` rows, one row per language) or
/// 4.x and later (`question_l10ns`, `answer_l10ns`, `group_l10ns`, linked by id).
struct LimeSurveyStructure: Sendable {
    /// A question or subquestion with its texts by language code.
    struct Question: Sendable {
        var qid: String
        var parentQID: String
        var gid: String
        var type: String
        var title: String
        var mandatory: String
        var order: Int
        var relevance: String
        var other: Bool
        var scaleID: Int
        var line: Int
        var texts: [String: String] = [:]
        var help: [String: String] = [:]
        var subquestions: [Question] = []
        var answers: [Answer] = []
        var attributes: [String: String] = [:]
    }

    /// An answer option of a list or array question.
    struct Answer: Sendable {
        var code: String
        var scaleID: Int
        var order: Int
        var texts: [String: String] = [:]
    }

    /// A question group: LimeSurvey's pages.
    struct Group: Sendable {
        var gid: String
        var order: Int
        var names: [String: String] = [:]
        var descriptions: [String: String] = [:]
        var relevance: String
        var randomizationGroup: String
    }

    var baseLanguage: String
    /// The base language first, then the additional ones.
    var languages: [String]
    /// `G` group by group, `S` question by question, `A` all in one.
    var format: String
    /// Survey texts by language: `surveyls_title`, `surveyls_description`, … as the export names them.
    var settings: [String: [String: String]] = [:]
    var groups: [Group] = []
    /// Top-level questions in the order respondents meet them: by group, then question order.
    var questions: [Question] = []

    init(_ document: LimeSurveyDocument) throws(SurveyImportError) {
        guard let survey = document.rows("surveys").first else {
            throw .invalidElement(path: "<surveys>", reason: "the export holds no survey row")
        }
        baseLanguage = survey["language"]?.trimmingCharacters(in: .whitespaces) ?? document.languages.first ?? "en"
        let additional = (survey["additional_languages"] ?? "").split(separator: " ").map(String.init)
        var languages = [baseLanguage]
        for code in additional + document.languages where !languages.contains(code) { languages.append(code) }
        self.languages = languages
        format = survey["format"] ?? "G"
        for row in document.rows("surveys_languagesettings") {
            settings[row["surveyls_language"] ?? baseLanguage, default: [:]].merge(row.fields) { old, _ in old }
        }
        try readGroups(document)
        try readQuestions(document)
    }

    private mutating func readGroups(_ document: LimeSurveyDocument) throws(SurveyImportError) {
        var byID: [String: Group] = [:]
        var seen: [String] = []
        for row in document.rows("groups") {
            let gid = try document.required("gid", of: row, in: "groups")
            if byID[gid] == nil {
                seen.append(gid)
                byID[gid] = Group(
                    gid: gid, order: row.int("group_order") ?? 0, relevance: row["grelevance"] ?? "",
                    randomizationGroup: row["randomization_group"] ?? "")
            }
            let language = row["language"] ?? baseLanguage
            if let name = row["group_name"] { byID[gid]?.names[language] = name }
            if let description = row["description"] { byID[gid]?.descriptions[language] = description }
        }
        for row in document.rows("group_l10ns") {
            let gid = try document.required("gid", of: row, in: "group_l10ns")
            let language = row["language"] ?? baseLanguage
            byID[gid]?.names[language] = row["group_name"] ?? ""
            byID[gid]?.descriptions[language] = row["description"] ?? ""
        }
        groups = seen.compactMap { byID[$0] }.sorted { $0.order < $1.order }
    }

    private mutating func readQuestions(_ document: LimeSurveyDocument) throws(SurveyImportError) {
        var byID: [String: Question] = [:]
        var seen: [String] = []
        var fromBase: Set<String> = []
        for (table, row) in document.rows("questions").map({ ("questions", $0) })
            + document.rows("subquestions").map({ ("subquestions", $0) })
        {
            let qid = try document.required("qid", of: row, in: table)
            let language = row["language"] ?? baseLanguage
            // The structure (type, order, relevance) comes from the base language's row when 2.x repeats it.
            if byID[qid] == nil || language == baseLanguage && !fromBase.contains(qid) {
                if byID[qid] == nil { seen.append(qid) }
                if language == baseLanguage { fromBase.insert(qid) }
                let texts = byID[qid]?.texts ?? [:]
                let help = byID[qid]?.help ?? [:]
                byID[qid] = Question(
                    qid: qid, parentQID: row["parent_qid"].flatMap { $0 == "0" ? nil : $0 } ?? "", gid: row["gid"] ?? "",
                    type: try document.required("type", of: row, in: table), title: row["title"] ?? qid,
                    mandatory: row["mandatory"] ?? "N", order: row.int("question_order") ?? 0,
                    relevance: row["relevance"] ?? "", other: row["other"] == "Y", scaleID: row.int("scale_id") ?? 0,
                    line: row.line, texts: texts, help: help)
            }
            if let text = row["question"] { byID[qid]?.texts[language] = text }
            if let help = row["help"] { byID[qid]?.help[language] = help }
        }
        for row in document.rows("question_l10ns") {
            let qid = try document.required("qid", of: row, in: "question_l10ns")
            let language = row["language"] ?? baseLanguage
            byID[qid]?.texts[language] = row["question"] ?? ""
            byID[qid]?.help[language] = row["help"] ?? ""
        }
        for row in document.rows("question_attributes") {
            guard let qid = row["qid"], let name = row["attribute"] else { continue }
            let language = row["language"] ?? ""
            if language.isEmpty || language == baseLanguage { byID[qid]?.attributes[name] = row["value"] ?? "" }
        }
        try readAnswers(document, into: &byID)
        let groupOrder = Dictionary(groups.map { ($0.gid, $0.order) }, uniquingKeysWith: { first, _ in first })
        let all = seen.compactMap { byID[$0] }
        let children = Dictionary(grouping: all.filter { !$0.parentQID.isEmpty }, by: \.parentQID)
        questions = all.filter(\.parentQID.isEmpty).map { question in
            var question = question
            question.subquestions = (children[question.qid] ?? []).sorted { ($0.scaleID, $0.order) < ($1.scaleID, $1.order) }
            return question
        }
        .sorted {
            (groupOrder[$0.gid] ?? 0, $0.order, Int($0.qid) ?? 0) < (groupOrder[$1.gid] ?? 0, $1.order, Int($1.qid) ?? 0)
        }
    }

    private func readAnswers(_ document: LimeSurveyDocument, into byID: inout [String: Question]) throws(SurveyImportError) {
        // Answers are keyed by question, scale and code; 4.x+ exports link translations by aid.
        var answers: [String: [Answer]] = [:]
        var keyOfAID: [String: (qid: String, scale: Int, code: String)] = [:]
        for row in document.rows("answers") {
            let qid = try document.required("qid", of: row, in: "answers")
            let code = try document.required("code", of: row, in: "answers")
            let scale = row.int("scale_id") ?? 0
            if let aid = row["aid"] { keyOfAID[aid] = (qid, scale, code) }
            if !(answers[qid]?.contains { $0.code == code && $0.scaleID == scale } ?? false) {
                answers[qid, default: []].append(Answer(code: code, scaleID: scale, order: row.int("sortorder") ?? 0))
            }
            if let text = row["answer"] {
                set(text, language: row["language"] ?? baseLanguage, qid: qid, scale: scale, code: code, in: &answers)
            }
        }
        for row in document.rows("answer_l10ns") {
            let key = row["aid"].flatMap { keyOfAID[$0] } ?? row["qid"].flatMap { qid in row["code"].map { (qid, 0, $0) } }
            guard let key else { continue }
            set(
                row["answer"] ?? "", language: row["language"] ?? baseLanguage, qid: key.0, scale: key.1, code: key.2,
                in: &answers)
        }
        for (qid, list) in answers {
            byID[qid]?.answers = list.sorted { ($0.scaleID, $0.order) < ($1.scaleID, $1.order) }
        }
    }

    private func set(
        _ text: String, language: String, qid: String, scale: Int, code: String, in answers: inout [String: [Answer]]
    ) {
        guard let index = answers[qid]?.firstIndex(where: { $0.code == code && $0.scaleID == scale }) else { return }
        answers[qid]?[index].texts[language] = text
    }

    /// A survey text in every language, e.g. `surveyls_title`.
    func setting(_ field: String) -> [String: String] {
        settings.compactMapValues { $0[field] }
    }
}
