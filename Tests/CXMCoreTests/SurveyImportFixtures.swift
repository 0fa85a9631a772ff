import Foundation

@testable import CXMCore

/// A LimeSurvey question for the small `.lss` files the import tests write themselves.
struct LSSQuestion {
    var qid: Int
    var type: String
    var title: String
    var texts: [String: String]
    var help: [String: String] = [:]
    var mandatory = false
    var relevance = "1"
    var gid = 1
    var answers: [(code: String, texts: [String: String])] = []
    var subquestions: [(title: String, texts: [String: String])] = []
    var attributes: [String: String] = [:]
    var other = false
}

/// Writes `.lss` exports in LimeSurvey's 2.x layout (DBVersion 177: one row per language) and its
/// 4.x+ layout (DBVersion 403: `*_l10ns` tables linked by id).
enum LSSFixture {
    static func v177(
        languages: [String] = ["en"], title: [String: String] = ["en": "Fixture survey"], questions: [LSSQuestion],
        groupRelevance: String = "", format: String = "G", endText: [String: String] = [:]
    ) -> Data {
        var xml = header(dbVersion: 177, languages: languages)
        xml += table(
            "answers",
            languages.flatMap { language in
                questions.flatMap { question in
                    question.answers.enumerated().map { index, answer in
                        [
                            "qid": "\(question.qid)", "code": answer.code, "answer": answer.texts[language] ?? "",
                            "sortorder": "\(index + 1)", "language": language, "scale_id": "0",
                        ]
                    }
                }
            })
        xml += table(
            "groups",
            languages.map {
                ["gid": "1", "sid": "1", "group_name": "Group", "group_order": "1", "grelevance": groupRelevance, "language": $0]
            })
        xml += table(
            "questions",
            languages.flatMap { language in
                questions.map { question in
                    row(question).merging([
                        "question": question.texts[language] ?? "", "help": question.help[language] ?? "", "language": language,
                    ]) { $1 }
                }
            })
        xml += table(
            "subquestions",
            languages.flatMap { language in
                questions.flatMap { question in
                    question.subquestions.enumerated().map { index, sub in
                        [
                            "qid": "\(question.qid * 100 + index)", "parent_qid": "\(question.qid)", "sid": "1",
                            "gid": "\(question.gid)",
                            "type": "T", "title": sub.title, "question": sub.texts[language] ?? "",
                            "question_order": "\(index + 1)",
                            "relevance": "1", "language": language, "scale_id": "0",
                        ]
                    }
                }
            })
        xml += attributes(questions)
        xml += surveyRows(languages: languages, format: format)
        xml += table(
            "surveys_languagesettings",
            languages.map { language in
                [
                    "surveyls_survey_id": "1", "surveyls_language": language, "surveyls_title": title[language] ?? "",
                    "surveyls_endtext": endText[language] ?? "",
                ]
            })
        return Data((xml + "</document>\n").utf8)
    }

    static func v403(
        languages: [String] = ["en"], title: [String: String] = ["en": "Fixture survey"], questions: [LSSQuestion]
    ) -> Data {
        var xml = header(dbVersion: 403, languages: languages)
        xml += table("groups", [["gid": "1", "sid": "1", "group_order": "1", "grelevance": ""]])
        xml += table("group_l10ns", languages.map { ["gid": "1", "group_name": "Group", "description": "", "language": $0] })
        xml += table("questions", questions.map { row($0) })
        xml += table(
            "subquestions",
            questions.flatMap { question in
                question.subquestions.enumerated().map { index, sub in
                    [
                        "qid": "\(question.qid * 100 + index)", "parent_qid": "\(question.qid)", "sid": "1", "gid": "1",
                        "type": "T",
                        "title": sub.title, "question_order": "\(index + 1)", "relevance": "1", "scale_id": "0",
                    ]
                }
            })
        var l10ns: [[String: String]] = []
        for question in questions {
            for language in languages {
                l10ns.append([
                    "qid": "\(question.qid)", "question": question.texts[language] ?? "", "help": question.help[language] ?? "",
                    "language": language,
                ])
                for (index, sub) in question.subquestions.enumerated() {
                    l10ns.append([
                        "qid": "\(question.qid * 100 + index)", "question": sub.texts[language] ?? "", "language": language,
                    ])
                }
            }
        }
        xml += table("question_l10ns", l10ns)
        xml += table(
            "answers",
            questions.flatMap { question in
                question.answers.enumerated().map { index, answer in
                    [
                        "aid": "\(question.qid * 100 + index)", "qid": "\(question.qid)", "code": answer.code,
                        "sortorder": "\(index + 1)", "scale_id": "0",
                    ]
                }
            })
        xml += table(
            "answer_l10ns",
            questions.flatMap { question in
                question.answers.enumerated().flatMap { index, answer in
                    languages.map { ["aid": "\(question.qid * 100 + index)", "answer": answer.texts[$0] ?? "", "language": $0] }
                }
            })
        xml += attributes(questions)
        xml += surveyRows(languages: languages, format: "G")
        xml += table(
            "surveys_languagesettings",
            languages.map { ["surveyls_survey_id": "1", "surveyls_language": $0, "surveyls_title": title[$0] ?? ""] })
        return Data((xml + "</document>\n").utf8)
    }

    private static func header(dbVersion: Int, languages: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <document>
         <LimeSurveyDocType>Survey</LimeSurveyDocType>
         <DBVersion>\(dbVersion)</DBVersion>
         <languages>\(languages.map { "<language>\($0)</language>" }.joined())</languages>

        """
    }

    private static func row(_ question: LSSQuestion) -> [String: String] {
        [
            "qid": "\(question.qid)", "parent_qid": "0", "sid": "1", "gid": "\(question.gid)", "type": question.type,
            "title": question.title, "other": question.other ? "Y" : "N", "mandatory": question.mandatory ? "Y" : "N",
            "question_order": "\(question.qid)", "scale_id": "0", "relevance": question.relevance,
        ]
    }

    private static func attributes(_ questions: [LSSQuestion]) -> String {
        table(
            "question_attributes",
            questions.flatMap { question in
                question.attributes.sorted { $0.key < $1.key }.map {
                    ["qid": "\(question.qid)", "attribute": $0.key, "value": $0.value]
                }
            })
    }

    private static func surveyRows(languages: [String], format: String) -> String {
        table(
            "surveys",
            [
                [
                    "sid": "1", "language": languages[0], "additional_languages": languages.dropFirst().joined(separator: " "),
                    "format": format,
                ]
            ])
    }

    private static func table(_ name: String, _ rows: [[String: String]]) -> String {
        let body = rows.map { row in
            "  <row>\n" + row.sorted { $0.key < $1.key }.map { "   <\($0.key)><![CDATA[\($0.value)]]></\($0.key)>\n" }.joined()
                + "  </row>\n"
        }
        return " <\(name)>\n <rows>\n" + body.joined() + " </rows>\n </\(name)>\n"
    }
}

/// Formbricks JSON for the import tests: a survey with one element per block.
enum FormbricksFixture {
    static func survey(_ elements: [String], logic: [Int: String] = [:], extra: String = "") -> Data {
        let blocks = elements.enumerated().map { index, element in
            #"{"id": "b\#(index)", "name": "Block \#(index + 1)", "elements": [\#(element)], "logic": [\#(logic[index] ?? "")]}"#
        }
        return Data(
            #"{"name": "Fixture", \#(extra) "blocks": [\#(blocks.joined(separator: ","))], "endings": [{"id": "end", "type": "endScreen", "headline": {"default": "Thanks!"}}]}"#
                .utf8)
    }

    /// A jump rule: if the element's answer meets the operator, go to the block or ending.
    static func jump(_ element: String, _ op: String, _ value: String? = nil, to target: String) -> String {
        let right = value.map { #", "rightOperand": {"type": "static", "value": \#($0)}"# } ?? ""
        return
            #"{"id": "r", "conditions": {"id": "g", "connector": "and", "conditions": [{"id": "c", "leftOperand": {"type": "element", "value": "\#(element)"}, "operator": "\#(op)"\#(right)}]}, "actions": [{"id": "a", "objective": "jumpToBlock", "target": "\#(target)"}]}"#
    }
}

/// The folder of real survey files next to the repository (never copied into it: GPL/AGPL test input).
enum SurveyFiles {
    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/data/surveys")
    }()

    static func data(_ path: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(path)) }

    static func read(_ path: String) throws -> [ImportedSurvey] {
        try SurveyImport.read(try data(path), touchpointIDs: ["tp-1"], fileName: (path as NSString).lastPathComponent)
    }

    /// The Formbricks templates, read once for the tests that look at several of them.
    static let templates: [ImportedSurvey] = (try? read("formbricks/templates.en-US.json")) ?? []

    static func all() -> [String] {
        ["limesurvey", "formbricks"].flatMap { folderName in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(folderName).path)) ?? [])
                .sorted().map { "\(folderName)/\($0)" }
        }
    }
}

/// Runs an import that must fail and returns its error.
func importFailure(_ data: Data, touchpointIDs: [String] = ["tp-1"]) -> SurveyImportError? {
    do {
        _ = try SurveyImport.read(data, touchpointIDs: touchpointIDs)
        return nil
    } catch {
        return error
    }
}

/// Imports a file that holds one survey.
func importOne(_ data: Data) throws -> ImportedSurvey {
    let surveys = try SurveyImport.read(data, touchpointIDs: ["tp-1"])
    guard surveys.count == 1, let survey = surveys.first else {
        throw SurveyImportError.unrecognisedFormat("\(surveys.count) surveys")
    }
    return survey
}
