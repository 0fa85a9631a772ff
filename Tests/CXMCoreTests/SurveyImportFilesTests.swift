import Foundation
import Testing

@testable import CXMCore

/// The real LimeSurvey and Formbricks files in shared/data/surveys, read where they lie.
@Suite("Survey import of real files")
struct SurveyImportFilesTests {
    @Test func theFolderHoldsBothKindsOfFile() {
        let files = SurveyFiles.all()

        #expect(files.filter { $0.hasPrefix("limesurvey/") }.count >= 8)
        #expect(files.filter { $0.hasPrefix("formbricks/") }.count >= 7)
    }

    @Test("Every file imports, with mapped entries", arguments: SurveyFiles.all())
    func everyFileImports(path: String) throws {
        let surveys = try SurveyFiles.read(path)

        #expect(!surveys.isEmpty)
        for imported in surveys {
            #expect(imported.report.mappedCount > 0, "\(imported.survey.name)")
            #expect(!imported.survey.questions.isEmpty)
            #expect(imported.survey == (try imported.survey.validated()))
            #expect(imported.sourceFormat == (path.hasPrefix("limesurvey/") ? .limeSurvey : .formbricks))
        }
    }

    @Test func everyTemplateButTheOneThatAsksNothingImports() throws {
        let surveys = try SurveyFiles.read("formbricks/templates.en-US.json")

        #expect(surveys.count == 51)
        #expect(!surveys.contains { $0.survey.name == "Interview Prompt" })
        let skipped = try #require(surveys[0].report.entries(.notMapped).first { $0.element.contains("Interview Prompt") })
        #expect(skipped.detail.contains("call to action"))
    }

    @Test func formbricksNPSGivesAnNPSQuestionWithItsLabels() throws {
        let imported = try #require(try SurveyFiles.read("formbricks/nps.en-US.json").first)
        let survey = imported.survey

        #expect(survey.name == "NPS Survey")
        #expect(survey.languages == [.en])
        #expect(survey.questions.map(\.type) == [.nps, .openText, .openText])
        let nps = survey.questions[0]
        #expect(nps.required)
        #expect(nps.lowLabel?.values[.en] == "Not at all likely")
        #expect(nps.highLabel?.values[.en] == "Extremely likely")
        #expect(nps.text.values[.en]?.hasPrefix("How likely are you to recommend") == true)
        // The file has no logic: the follow-ups are asked of everyone.
        #expect(survey.questions.allSatisfy { $0.showIf == nil })
        #expect(survey.presentation.thankYou.standard?.values[.en] == "Thank you!\n\nWe appreciate your feedback.")
        #expect(imported.report.entries(.approximated).contains { $0.detail.contains("$[workspaceName]") })
    }

    @Test(
        "Formbricks single-question files",
        arguments: [
            ("formbricks/csat.en-US.json", QuestionType.csat, Report.Kind.approximated),
            ("formbricks/smileys.en-US.json", .csat, .approximated),
            ("formbricks/ces.en-US.json", .ces, .approximated),
            ("formbricks/star-rating.en-US.json", .rating, .approximated),
            ("formbricks/enps.en-US.json", .nps, .mapped),
        ])
    func formbricksScaleFiles(path: String, type: QuestionType, kind: Report.Kind) throws {
        let imported = try #require(try SurveyFiles.read(path).first)
        let first = imported.survey.questions[0]

        #expect(first.type == type)
        #expect(
            imported.report.entries.contains {
                $0.element.hasPrefix("block 1,") && $0.kind == kind && $0.detail.hasPrefix(type.rawValue)
            })
    }

    typealias Report = SurveyImportReport

    @Test(
        "Formbricks template logic becomes display conditions",
        arguments: [
            ("Rate Checkout Experience", 1, DisplayCondition(question: "id0586", atMost: 3)),
            ("Rate Checkout Experience", 2, DisplayCondition(question: "id0586", atLeast: 4)),
            ("Understand Purchase Intention", 1, DisplayCondition(question: "id0746", atMost: 2)),
            ("Understand Purchase Intention", 2, DisplayCondition(question: "id0746", atLeast: 3, atMost: 4)),
            ("Improve Newsletter Content", 1, DisplayCondition(question: "id0778", atMost: 4)),
            ("Feedback Box", 1, DisplayCondition(question: "id0424", anyOf: ["bug_report"])),
        ])
    func templateLogic(template: String, index: Int, condition: DisplayCondition) throws {
        let survey = try #require(SurveyFiles.templates.first { $0.survey.name == template }?.survey)

        #expect(survey.questions[index].showIf == condition)
        #expect(survey.questions[0].showIf == nil)
    }

    @Test func limeSurvey403DemoHasItsQuestionsAndLanguage() throws {
        let imported = try #require(try SurveyFiles.read("limesurvey/limesurvey_survey_demo.lss").first)
        let survey = imported.survey

        #expect(imported.sourceVersion == "DBVersion 403")
        #expect(survey.name == "demoAddEmFunction demo survey")
        #expect(survey.languages == [.en])
        #expect(survey.questions.map(\.key) == ["you", "multiple", "showsamepage"])
        #expect(survey.questions.map(\.type) == [.openText, .multipleChoice, .openText])
        #expect(survey.questions[1].options.map(\.key) == (1...8).map { "SQ00\($0)" })
        #expect(survey.questions[1].options[0].label.values[.en] == "Subquestion #1 example")
        #expect(survey.questions[1].required)
        #expect(survey.presentation.intro?.values[.en] == "This is a demo survey for a demo plugin")
        let notMapped = imported.report.entries(.notMapped)
        #expect(notMapped.contains { $0.element.contains("'ShowOtherPage'") && $0.detail.contains("text display") })
        #expect(notMapped.contains { $0.detail.contains("count(that.Multiple.NAOK)") })
    }

    @Test func frenchTextsAreReportedAsDropped() throws {
        let imported = try #require(try SurveyFiles.read("limesurvey/ls205_randomization_group_test.lss").first)

        #expect(imported.survey.languages == [.en])
        let dropped = imported.report.entries.filter { $0.kind == .dropped(language: "fr") }
        #expect(dropped.contains { $0.element == "survey languages" })
        // Every imported question had a French text, and each says so.
        let questionElements = Set(imported.report.entries(.mapped).map(\.element).filter { $0.hasPrefix("question") })
            .union(imported.report.entries(.approximated).map(\.element).filter { $0.hasPrefix("question") })
        #expect(questionElements.count >= 8)
        for element in questionElements {
            #expect(dropped.contains { $0.element == element }, "\(element)")
        }
        #expect(imported.report.entries(.notMapped).contains { $0.detail.contains("randomization group") })
    }

    @Test func sampleSurveyKeepsConditionsOnEarlierChoices() throws {
        let survey = try #require(try SurveyFiles.read("limesurvey/ls205_sample_survey_english.lss").first).survey

        let married = try #require(survey.question("married"))
        #expect(married.options.map(\.key) == ["Y", "N"])
        #expect(married.options.map { $0.label.values[.en] } == ["Yes", "No"])
        #expect(survey.question("qgender")?.options.map(\.key) == ["F", "M"])
        #expect(survey.question("q5pointchoice")?.type == .rating)
        #expect(survey.question("q5pointchoice")?.showIf == DisplayCondition(question: "onpagerelevance", anyOf: ["q5C"]))
        #expect(survey.question("onpagerelevance")?.showIf == DisplayCondition(question: "showany", anyOf: ["Y"]))
        #expect(survey.question("qarray10point_l1")?.scaleMax == 10)
        #expect(survey.question("qarray5point_1")?.scaleMax == 5)
    }
}
