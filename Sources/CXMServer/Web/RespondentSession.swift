import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// One respondent's way through a link: the draft being answered, the survey version it answers,
/// and the token that finds the draft again (in the form, and in a cookie for public links).
struct RespondentSession: Sendable {
    let link: SurveyLink
    /// The version the draft answers, which stays the same if the survey changes meanwhile.
    let survey: Survey
    var draft: ResponseDraft
    let token: String
    let isNew: Bool

    /// The browser's draft for this public link (from its cookie), or a new one. Kiosks always
    /// start new: the next customer must never see the last one's answers. A completed draft is
    /// kept only for the thank-you page.
    static func resume(
        _ request: Request, link: SurveyLink, survey: Survey, store: Store, keepCompleted: Bool = false
    ) async throws -> RespondentSession {
        if link.kind == .public, let token = request.cookies[RespondentRoutes.draftCookie]?.value,
            let found = try await existing(token, link: link, store: store),
            keepCompleted || found.draft.completedAt == nil
        {
            return found
        }
        return fresh(link: link, survey: survey, token: Secrets.token())
    }

    /// The draft a posted form names; a form whose draft is unknown (a page opened before the
    /// draft was first saved) starts one under the token it carries.
    static func posted(_ form: FormBody, link: SurveyLink, survey: Survey, store: Store) async throws -> RespondentSession {
        let token = form.text("draft")
        guard isDraftToken(token) else { return fresh(link: link, survey: survey, token: Secrets.token()) }
        if let found = try await existing(token, link: link, store: store) { return found }
        return fresh(link: link, survey: survey, token: token)
    }

    private static func existing(_ token: String, link: SurveyLink, store: Store) async throws -> RespondentSession? {
        guard isDraftToken(token), let draft = try await store.responseDraft(tokenHash: Secrets.hash(token)),
            draft.linkID == link.id
        else { return nil }
        let survey: Survey
        do {
            survey = try await store.survey(draft.surveyID, version: draft.surveyVersion)
        } catch StoreError.notFound {
            return nil
        }
        return RespondentSession(link: link, survey: survey, draft: draft, token: token, isNew: false)
    }

    private static func fresh(link: SurveyLink, survey: Survey, token: String) -> RespondentSession {
        let draft = ResponseDraft(
            linkID: link.id, surveyID: survey.id, surveyVersion: survey.version, language: survey.languages.first ?? .en)
        return RespondentSession(link: link, survey: survey, draft: draft, token: token, isNew: true)
    }

    /// Tokens cxm makes: 43 characters of URL-safe base64.
    static func isDraftToken(_ text: String) -> Bool {
        text.count == 43
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
            }
    }

    /// The language asked for (a `lang` parameter) if the survey has it; a new draft otherwise
    /// takes the browser's preference among the survey's languages.
    mutating func chooseLanguage(_ code: String?, acceptLanguage: String?) {
        if let code, let language = Language(rawValue: code), survey.languages.contains(language) {
            draft.language = language
        } else if isNew {
            draft.language =
                Language.preferred(acceptLanguage: acceptLanguage, among: survey.languages) ?? survey.languages.first ?? .en
        }
    }

    func save(_ store: Store) async throws {
        try await store.saveResponseDraft(draft, tokenHash: Secrets.hash(token))
    }

    /// The cookie that resumes a public link's draft in this browser; kiosks get none.
    func cookie(_ request: Request, configuration: ServerConfiguration) -> Cookie? {
        guard link.kind == .public else { return nil }
        return Cookie(
            name: RespondentRoutes.draftCookie, value: token, maxAge: RespondentRoutes.draftLifetime, path: link.path,
            secure: WebSession(configuration: configuration).isSecure(request), httpOnly: true, sameSite: .lax)
    }
}
