import CXMCore
import Testing

@testable import CXMViews

@Suite("Domain labels")
struct LabelsTests {
    @Test(
        "raw domain values get localized labels",
        arguments: [
            (Labels.role, "cx_manager", Language.sv, "CX-ansvarig"),
            (Labels.role, "team_lead", .da, "Teamleder"),
            (Labels.questionType, "single_choice", .fi, "Yksi valinta"),
            (Labels.questionType, "nki", .sv, "Nöjd-Kund-Index (NKI)"),
            (Labels.phase, "before", .nb, "Før kjøp"),
            (Labels.attributeType, "boolean", .en, "Yes/no"),
            (Labels.unitKind, "store", .fi, "Myymälä"),
            (Labels.channelKind, "field_service", .sv, "Fältservice"),
            (Labels.consent, "may_contact", .da, "Må kontaktes"),
        ] as [(@Sendable (String, Language) -> String, String, Language, String)])
    func label(function: @Sendable (String, Language) -> String, raw: String, language: Language, expected: String) {
        #expect(function(raw, language) == expected)
    }

    @Test("unknown raw values fall back to themselves")
    func fallback() {
        #expect(Labels.role("superhero", in: .sv) == "superhero")
        #expect(Labels.channelKind("pigeon", in: .fi) == "pigeon")
    }

    @Test("every domain value the server stores has a label", arguments: Language.allCases)
    func coverage(language: Language) {
        let cases: [(String, [String], (String, Language) -> String)] = [
            ("role", ["admin", "cx_manager", "analyst", "team_lead", "frontline", "viewer"], Labels.role),
            (
                "question", ["nps", "csat", "ces", "nki", "rating", "single_choice", "multiple_choice", "open_text"],
                Labels.questionType
            ),
            ("phase", ["before", "during", "after", "custom"], Labels.phase),
            ("attribute", ["text", "number", "date", "boolean"], Labels.attributeType),
            ("unit", ["company", "region", "branch", "store", "team", "department"], Labels.unitKind),
            ("channel", ["web", "app", "store", "phone", "email", "chat", "field_service", "other"], Labels.channelKind),
        ]
        for (group, raws, function) in cases {
            for raw in raws {
                let label = function(raw, language)
                #expect(label != raw, "\(group) \(raw) has no label")
            }
        }
    }

    @Test("labels match the domain enums of CXMCore")
    func matchesCore() {
        #expect(Set(RoleText.allCases.map(\.rawValue)) == Set(Role.allCases.map(\.rawValue)))
        #expect(Set(PhaseText.allCases.map(\.rawValue)) == Set(StagePhase.allCases.map(\.rawValue)))
        #expect(Set(QuestionTypeText.allCases.map(\.rawValue)) == Set(QuestionType.allCases.map(\.rawValue)))
        #expect(Set(AttributeTypeText.allCases.map(\.rawValue)) == Set(AttributeType.allCases.map(\.rawValue)))
        #expect(ChannelKindText.allCases.map(\.rawValue) == Channel.kinds)
        #expect(UnitKindText.allCases.map(\.rawValue) == OrgUnit.suggestedKinds)
    }

    @Test("yes and no are localized")
    func yesNo() {
        #expect(Labels.yesNo(true, in: .fi) == "Kyllä")
        #expect(Labels.yesNo(false, in: .nb) == "Nei")
    }
}
