import Foundation
import Testing

@testable import CXMCore

/// Format detection, errors that name the fault, the cxm export round trip, and the report.
@Suite("Survey import")
struct SurveyImportTests {
    // MARK: Format detection

    @Test(
        "Files that are no survey get a clear error",
        arguments: [
            ("", "the file is empty"),
            ("   \n", "the file is empty"),
            ("name,score\nAda,9\n", "the file is neither XML nor JSON"),
            ("<html><body>Hi</body></html>", "root element <html>"),
            (#"{"hello": "world"}"#, "neither a Formbricks survey"),
            (#"[1, 2]"#, "neither a Formbricks survey"),
            (#"{"format": "other.survey", "survey": {}}"#, "the format 'other.survey'"),
            (
                "<document><LimeSurveyDocType>Question</LimeSurveyDocType><DBVersion>403</DBVersion></document>",
                "a LimeSurvey Question export"
            ),
        ])
    func unrecognised(content: String, fragment: String) throws {
        let error = try #require(importFailure(Data(content.utf8)))

        guard case .unrecognisedFormat(let what) = error else {
            Issue.record("expected unrecognisedFormat, got \(error)")
            return
        }
        #expect(what.contains(fragment), "\(what)")
        #expect(error.description.contains("cxm imports LimeSurvey"))
    }

    @Test func noTouchpointIsRefusedBeforeReading() {
        #expect(importFailure(Data("{}".utf8), touchpointIDs: []) == .noTouchpoint)
    }

    // MARK: Malformed input names its place

    @Test(
        "Malformed XML names line and column",
        arguments: [
            ("<document>\n <a>x</a>\n <b>y</c>\n</document>", 3, 6, "closing tag </c> does not match <b> opened on line 3"),
            ("<document>\n <a>x</a>\n <b>y", 3, 6, "the file ends inside <b>, opened on line 3"),
            ("<document>\n <a>&bogus;</a>\n</document>", 2, 5, "unknown entity &bogus;"),
            ("<document>\n  <a x=1/>\n</document>", 2, 8, "the value of attribute 'x' must be in quotes"),
            ("<!DOCTYPE x [<!ENTITY a \"b\">]>\n<document/>", 1, 1, "DOCTYPE"),
            ("<document>\n</document>\n<second/>", 3, 1, "a second root element"),
            ("<document>\n <a><![CDATA[x</a>\n</document>", 2, 5, "CDATA section never closed"),
        ])
    func malformedXML(xml: String, line: Int, column: Int, fragment: String) throws {
        let error = try #require(importFailure(Data(xml.utf8)))

        guard case .malformedXML(let gotLine, let gotColumn, let reason) = error else {
            Issue.record("expected malformedXML, got \(error)")
            return
        }
        #expect((gotLine, gotColumn) == (line, column), "\(reason)")
        #expect(reason.contains(fragment), "\(reason)")
    }

    @Test func latin1XMLIsRefusedWithItsLine() throws {
        var bytes = Array("<document>\n<a>caf".utf8)
        bytes += [0xE9]
        bytes += Array("</a></document>".utf8)

        let error = importFailure(Data(bytes))

        guard case .malformedXML(let line, _, let reason) = error else {
            Issue.record("expected malformedXML, got \(String(describing: error))")
            return
        }
        #expect(line == 2)
        #expect(reason.contains("not UTF-8"))
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let json = "{\"name\": \"X\",\n \"blocks\": [\n   {\"id\": ]\n}"

        let error = importFailure(Data(json.utf8))

        guard case .malformedJSON(let line?, let column?, _) = error else {
            Issue.record("expected malformedJSON with a position, got \(String(describing: error))")
            return
        }
        #expect(line == 3)
        #expect((10...12).contains(column))
    }

    @Test func aLimeSurveyRowWithoutItsIdNamesTheTableAndLine() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <document>
             <LimeSurveyDocType>Survey</LimeSurveyDocType>
             <DBVersion>177</DBVersion>
             <questions><rows>
              <row><type>S</type><title>Q1</title></row>
             </rows></questions>
             <surveys><rows><row><sid>1</sid><language>en</language></row></rows></surveys>
            </document>
            """

        let error = importFailure(Data(xml.utf8))

        #expect(error == .invalidElement(path: "<questions> row on line 6", reason: "'qid' is missing or empty"))
    }

    @Test func aLimeSurveyExportWithoutASurveyRowIsNamed() {
        let xml = "<document><LimeSurveyDocType>Survey</LimeSurveyDocType></document>"

        #expect(importFailure(Data(xml.utf8)) == .invalidElement(path: "<surveys>", reason: "the export holds no survey row"))
    }

    // MARK: cxm's own format

    /// A survey that sets every field the definition has.
    static func everyField() -> Survey {
        let all = Language.allCases
        func text(_ value: String) -> LocalizedText {
            LocalizedText(Dictionary(uniqueKeysWithValues: all.map { ($0, "\(value) \($0.rawValue)") }))
        }
        let options = [ChoiceOption(key: "price", label: text("Price")), ChoiceOption(key: "speed", label: text("Speed"))]
        return Survey(
            id: "s-1", name: "Everything", version: 3, touchpointIDs: ["tp-1", "tp-2"], languages: all,
            questions: [
                Question(
                    key: "nps", type: .nps, text: text("Recommend?"), required: true, description: text("Be honest"),
                    lowLabel: text("Never"), highLabel: text("Surely")),
                Question(key: "csat", type: .csat, text: text("Happy?"), showIf: DisplayCondition(question: "nps", atMost: 6)),
                Question(
                    key: "ces", type: .ces, text: text("Easy?"), showIf: DisplayCondition(question: "nps", atLeast: 7, atMost: 8)),
                Question(key: "overall", type: .nki, text: text("Overall?"), nkiItem: .overall),
                Question(key: "expect", type: .nki, text: text("Expectations?"), nkiItem: .expectations),
                Question(key: "ideal", type: .nki, text: text("Ideal?"), nkiItem: .ideal),
                Question(key: "stars", type: .rating, text: text("Stars?"), scaleMin: 0, scaleMax: 7),
                Question(key: "why", type: .singleChoice, text: text("Why?"), required: true, options: options),
                Question(
                    key: "what", type: .multipleChoice, text: text("What?"), options: options,
                    showIf: DisplayCondition(question: "why", anyOf: ["price"])),
                Question(key: "more", type: .openText, text: text("More?")),
            ],
            presentation: SurveyPresentation(
                layout: .oneQuestionPerScreen, title: text("Title"), intro: text("Intro"),
                thankYou: ThankYouMessages(
                    standard: text("Thanks"), promoter: text("Yay"), passive: text("OK"), detractor: text("Sorry"))))
    }

    @Test func exportImportsBackLosslessly() throws {
        let survey = try Self.everyField().validated()

        let data = try SurveyImport.export(survey)
        let imported = try importOne(data)

        #expect(imported.sourceFormat == .cxm)
        #expect(
            imported.survey
                == Survey(
                    id: survey.id, name: survey.name, version: survey.version, touchpointIDs: ["tp-1"],
                    languages: survey.languages,
                    questions: survey.questions, presentation: survey.presentation))
        let again = try SurveyImport.read(data, touchpointIDs: survey.touchpointIDs)
        #expect(again.first?.survey == survey)
        #expect(imported.report.mappedCount == survey.questions.count + 1)
    }

    @Test func exportIsStablePrettyJSONWithItsEnvelope() throws {
        let data = try SurveyImport.export(Self.everyField())
        let text = String(decoding: data, as: UTF8.self)

        #expect(text.hasPrefix("{\n  \"format\" : \"cxm.survey\",\n  \"formatVersion\" : 1,\n  \"survey\" : {"))
        #expect(data == (try SurveyImport.export(Self.everyField())))
    }

    @Test func aNewerFormatVersionIsRefused() throws {
        let data = try SurveyImport.export(Self.everyField())
        let newer = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 2")

        let error = importFailure(Data(newer.utf8))

        guard case .invalidElement(let path, _) = error else {
            Issue.record("expected invalidElement, got \(String(describing: error))")
            return
        }
        #expect(path == "formatVersion")
    }

    @Test func aBrokenExportNamesTheField() throws {
        let data = try SurveyImport.export(Self.everyField())
        let broken = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "\"type\" : \"csat\"", with: "\"type\" : \"stars\"")

        let error = importFailure(Data(broken.utf8))

        guard case .invalidElement(let path, _) = error else {
            Issue.record("expected invalidElement, got \(String(describing: error))")
            return
        }
        #expect(path == "survey.questions[1].type")
    }

    @Test func anExportThatFailsValidationSaysWhy() throws {
        var survey = Self.everyField()
        survey.questions[1].showIf = DisplayCondition(question: "more", atMost: 3)
        let data = try SurveyImport.export(survey)

        let error = importFailure(data)

        guard case .invalidResult(_, let failure, _) = error else {
            Issue.record("expected invalidResult, got \(String(describing: error))")
            return
        }
        #expect(failure.fields == ["questions[1].showIf.question"])
    }

    // MARK: The report

    @Test func reportCountsPrintsAndEncodesFlat() throws {
        var report = SurveyImportReport()
        report.add(.mapped, "question 1 'nps'", "nps")
        report.add(.mapped, "question 1 'nps'", "nps")
        report.add(.approximated, "question 2 'q2'", "split")
        report.add(.notMapped, "question 3 'rank'", "ranking")
        report.dropLanguage("fr", element: "question 1 'nps'")
        report.dropLanguage("fr", element: "question 1 'nps'")

        #expect((report.mappedCount, report.approximatedCount, report.notMappedCount, report.droppedCount) == (1, 1, 1, 1))
        #expect(report.lines.last == "1 mapped, 1 approximated, 1 not mapped, 1 dropped")
        #expect(report.lines[0] == "mapped        question 1 'nps'   nps")
        let json = String(decoding: try JSONEncoder().encode(report.entries[3]), as: UTF8.self)
        #expect(json.contains("\"kind\":\"dropped\"") && json.contains("\"language\":\"fr\""))
        let decoded = try JSONDecoder().decode(SurveyImportReport.self, from: try JSONEncoder().encode(report))
        #expect(decoded == report)
    }
}
