import Foundation
import Testing

@testable import CXMCore

@Suite("Validator")
struct ValidatorTests {
    @Test(
        "Names are trimmed",
        arguments: [("  Store Lund  ", "Store Lund"), ("\nKundtjänst\t", "Kundtjänst"), ("Å", "Å")])
    func trimsNames(input: String, expected: String) {
        var check = Validator()

        let name = check.name(input, field: "name")

        #expect(name == expected)
        #expect(check.errors.isEmpty)
    }

    @Test(
        "Trimming white space matches Foundation's, untouched text included",
        arguments: [
            "plain", " lead", "trail ", "\u{00A0}nbsp\u{00A0}", "\u{2003}em space", "line\n", "\r\nCRLF", "", " ",
            "inner  space", "e\u{0301}", "\u{0301}combining first", "tab\t",
        ])
    func trimmingMatchesFoundation(input: String) {
        #expect(input.trimmedWhitespace == input.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The composed form skips Foundation's mapping for ASCII only; anything else is composed as NFC.
    @Test(arguments: ["Checkout Started", "", "Cafe\u{0301}", "Café", "A\u{030A}ngström", "ﬁ ligature", "한국어"])
    func composingMatchesFoundation(input: String) {
        #expect(Array(input.composed.unicodeScalars) == Array(input.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("Blank names are required", arguments: ["", "   ", "\n\t "])
    func blankNameIsRequired(input: String) throws {
        var check = Validator()

        check.name(input, field: "name")

        let error = try #require(check.errors.first)
        #expect(check.errors.count == 1)
        #expect(error.field == "name")
        #expect(error.code == .required)
        #expect(error.limit == nil)
    }

    @Test("Names longer than the limit", arguments: [(10, 11), (200, 201), (3, 50)])
    func longNameIsTooLong(limit: Int, length: Int) throws {
        var check = Validator()

        check.name(String(repeating: "ö", count: length), field: "title", maxLength: limit)

        let error = try #require(check.errors.first)
        #expect(error.field == "title")
        #expect(error.code == .tooLong)
        #expect(error.limit == limit)
        #expect(error.message.contains("\(limit)"))
    }

    @Test func nameAtTheLimitPasses() {
        var check = Validator()

        check.name(" " + String(repeating: "x", count: 200) + " ", field: "name")

        #expect(check.errors.isEmpty)
    }

    /// JSON Schema's maxLength counts code points: a letter with combining marks is several (the API
    /// fuzzer sent 150 such letters, which Swift counts as 150 characters).
    @Test func lengthsCountCodePointsAsTheSchemaDoes() {
        let zalgo = String(repeating: "T\u{0301}\u{0302}", count: 80)
        #expect(zalgo.count == 80 && zalgo.unicodeScalars.count == 240)
        var check = Validator()
        check.name(zalgo, field: "name")
        check.text(zalgo, field: "description", maxLength: 200)
        _ = check.items([zalgo], field: "needs", maxLength: 200)
        #expect(check.errors.map(\.field) == ["name", "description", "needs[0]"])
        #expect(check.errors[0].message.contains("got 240"))
    }

    @Test func textMayBeEmptyButNotTooLong() {
        var check = Validator()

        let empty = check.text("   ", field: "description")
        check.text(String(repeating: "a", count: 11), field: "feeling", maxLength: 10)

        #expect(empty == "")
        #expect(check.errors.map(\.field) == ["feeling"])
        #expect(check.errors.first?.code == .tooLong)
        #expect(check.errors.first?.limit == 10)
    }

    @Test func itemsDropBlanksAndTrim() {
        var check = Validator()

        let items = check.items([" Fast delivery ", "", "  ", "\n", "Friendly staff"], field: "needs")

        #expect(items == ["Fast delivery", "Friendly staff"])
        #expect(check.errors.isEmpty)
    }

    @Test func itemsReportTooManyAndTooLongByIndex() {
        var check = Validator()

        let items = check.items(["ok", "", String(repeating: "x", count: 6)], field: "needs", maxCount: 2, maxLength: 5)

        #expect(items.count == 2)
        #expect(check.errors.map(\.field) == ["needs", "needs[2]"])
    }

    @Test func mergePrefixesFieldsAndKeepsCodes() {
        let nested = ValidationFailure([
            FieldError("name", "must not be empty", code: .required),
            FieldError("key", "too long", code: .tooLong, limit: 40),
        ])
        var check = Validator()
        check.add("journey", "first problem")

        check.merge(nested, prefix: "stages[1].")

        #expect(check.errors.map(\.field) == ["journey", "stages[1].name", "stages[1].key"])
        #expect(check.errors[1].code == .required)
        #expect(check.errors[2].limit == 40)
    }

    @Test func finishThrowsEveryErrorNotJustTheFirst() throws {
        var check = Validator()
        check.name("", field: "name")
        check.check(false, "position", "must be zero or more")
        check.check(true, "ignored", "never added")
        check.add("email", "bad", code: .invalidEmail)

        let failure = try #require(failure { () throws(ValidationFailure) in try check.finish() })

        #expect(failure.fields == ["name", "position", "email"])
        #expect(failure.description == "name: must not be empty; position: must be zero or more; email: bad")
    }

    @Test func finishWithoutErrorsDoesNotThrow() {
        var check = Validator()
        check.name("Ok", field: "name")

        #expect(failure { () throws(ValidationFailure) in try check.finish() } == nil)
    }

    @Test func fieldErrorEncodesItsCode() throws {
        let error = FieldError("name", "must be at most 200 characters", code: .tooLong, limit: 200)

        let json = try #require(String(data: try JSONEncoder().encode(error), encoding: .utf8))
        let decoded = try JSONDecoder().decode(FieldError.self, from: Data(json.utf8))

        #expect(json.contains("\"tooLong\""))
        #expect(decoded == error)
    }
}

@Suite("Workspace settings")
struct WorkspaceSettingsTests {
    @Test func initialSettingsAreValid() throws {
        let settings = try WorkspaceSettings.initial.validated()

        #expect(settings == WorkspaceSettings.initial)
    }

    @Test func normalisesNameAndRemovesDuplicateLanguages() throws {
        let settings = WorkspaceSettings(
            name: "  Nordbank CX ", defaultLanguage: .sv, timeZone: "Europe/Helsinki",
            enabledLanguages: [.sv, .fi, .sv, .en, .fi])

        let result = try settings.validated()

        #expect(result.name == "Nordbank CX")
        #expect(result.enabledLanguages == [.sv, .fi, .en])
    }

    @Test(
        "Invalid settings name the field",
        arguments: [
            (
                WorkspaceSettings(name: "x", defaultLanguage: .en, timeZone: "Europe/Gothenburg", enabledLanguages: [.en]),
                ["timeZone"]
            ),
            (WorkspaceSettings(name: "x", defaultLanguage: .en, timeZone: "", enabledLanguages: [.en]), ["timeZone"]),
            (
                WorkspaceSettings(name: "x", defaultLanguage: .da, timeZone: "Europe/Oslo", enabledLanguages: [.nb, .sv]),
                ["defaultLanguage"]
            ),
            (
                WorkspaceSettings(name: "x", defaultLanguage: .en, timeZone: "UTC", enabledLanguages: []),
                ["enabledLanguages", "defaultLanguage"]
            ),
            (
                WorkspaceSettings(name: " ", defaultLanguage: .fi, timeZone: "Mars/Olympus", enabledLanguages: [.sv]),
                ["name", "timeZone", "defaultLanguage"]
            ),
        ] as [(WorkspaceSettings, [String])])
    func rejectsInvalidSettings(settings: WorkspaceSettings, fields: [String]) throws {
        let failure = try #require(failure { () throws(ValidationFailure) in try settings.validated() })

        #expect(failure.fields == fields)
    }

    @Test func defaultLanguageErrorListsTheEnabledLanguages() throws {
        let settings = WorkspaceSettings(name: "x", defaultLanguage: .en, timeZone: "UTC", enabledLanguages: [.sv, .sv, .da])

        let failure = try #require(failure { () throws(ValidationFailure) in try settings.validated() })

        #expect(failure.errors.first?.message.contains("sv, da") == true)
    }
}

@Suite("Paging")
struct PageRequestTests {
    @Test(
        "Accepted paging",
        arguments: [
            (nil, nil, 0, 50), ("0", "1", 0, 1), ("120", "1000", 120, 1000), ("5", nil, 5, 50), (nil, "20", 0, 20),
        ] as [(String?, String?, Int, Int)])
    func parsesPaging(offset: String?, limit: String?, expectedOffset: Int, expectedLimit: Int) throws {
        let page = try PageRequest.parse(offset: offset, limit: limit)

        #expect(page == PageRequest(offset: expectedOffset, limit: expectedLimit))
    }

    @Test func defaultLimitIsUsedWhenNoneGiven() throws {
        let page = try PageRequest.parse(offset: nil, limit: nil, defaultLimit: 25)

        #expect(page.limit == 25)
    }

    @Test(
        "Rejected paging names the field",
        arguments: [
            ("-1", "10", ["offset"]), ("ten", nil, ["offset"]), ("", nil, ["offset"]), ("1.5", nil, ["offset"]),
            ("0", "0", ["limit"]), (nil, "1001", ["limit"]), (nil, "-5", ["limit"]), (nil, "all", ["limit"]),
            ("x", "0", ["offset", "limit"]),
        ] as [(String?, String?, [String])])
    func rejectsPaging(offset: String?, limit: String?, fields: [String]) throws {
        let failure = try #require(
            failure { () throws(ValidationFailure) in
                try PageRequest.parse(offset: offset, limit: limit)
            })

        #expect(failure.fields == fields)
    }

    @Test func pageMapKeepsTotals() {
        let page = Page(items: [1, 2, 3], total: 40, offset: 10, limit: 3)

        let mapped = page.map { "#\($0)" }

        #expect(mapped == Page(items: ["#1", "#2", "#3"], total: 40, offset: 10, limit: 3))
    }
}
