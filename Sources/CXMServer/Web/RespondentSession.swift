import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// One respondent's way through an entry: the draft being answered, the survey version it answers,
/// and the token that finds the draft again (in the form, and in a cookie for public links).
struct RespondentSession: Sendable {
    let entry: RespondentEntry
    /// The version the draft answers, which stays the same if the survey changes meanwhile.
    let survey: Survey
    var draft: ResponseDraft
    let token: String
    let isNew: Bool

    /// The draft to show: an invitation's own draft; for a public link, the browser's (from its
    /// cookie); a new one otherwise. Kiosks always start new: the next customer must never see the
    /// last one's answers. A completed draft is kept only for the thank-you page.
    static func resume(
        _ request: Request, entry: RespondentEntry, survey: Survey, store: Store, keepCompleted: Bool = false
    ) async throws -> RespondentSession {
        switch entry.kind {
        case .personal:
            return try await personal(entry, survey: survey, store: store)
        case .publicLink:
            // A draft begun in the website widget continues here (`?resume=`), then by its cookie.
            // The token moves to a new one only this browser learns, so that a link with a known
            // token cannot be used to read what someone else answers under it.
            if let token = request.uri.queryParameters.get("resume").map({ String($0) }),
                let found = try await existing(token, entry: entry, store: store), found.draft.completedAt == nil
            {
                let renewed = Secrets.token()
                try await store.rekeyDraft(from: Secrets.hash(token), to: Secrets.hash(renewed))
                return RespondentSession(entry: entry, survey: found.survey, draft: found.draft, token: renewed, isNew: false)
            }
            if let token = request.cookies[RespondentRoutes.draftCookie]?.value,
                let found = try await existing(token, entry: entry, store: store),
                keepCompleted || found.draft.completedAt == nil
            {
                return found
            }
        case .kiosk:
            break
        }
        return fresh(entry, survey: survey, token: Secrets.token())
    }

    /// The draft a posted form names; a form whose draft is unknown (a page opened before the
    /// draft was first saved) starts one under the token it carries.
    static func posted(_ form: FormBody, entry: RespondentEntry, survey: Survey, store: Store) async throws -> RespondentSession {
        if entry.kind == .personal { return try await personal(entry, survey: survey, store: store) }
        let token = form.text("draft")
        guard isDraftToken(token) else { return fresh(entry, survey: survey, token: Secrets.token()) }
        return try await named(token, entry: entry, survey: survey, store: store)
    }

    /// The draft under this token, or a new one under it (the widget chooses its token, so that a
    /// retried post finds the same draft).
    static func named(_ token: String, entry: RespondentEntry, survey: Survey, store: Store) async throws -> RespondentSession {
        if let found = try await existing(token, entry: entry, store: store) { return found }
        return fresh(entry, survey: survey, token: token)
    }

    /// An invitation has one draft, found by the invitation whatever device opens the link.
    private static func personal(_ entry: RespondentEntry, survey: Survey, store: Store) async throws -> RespondentSession {
        guard let invitation = entry.invitation else { return fresh(entry, survey: survey, token: Secrets.token()) }
        let token = "invitation:\(invitation.id)"
        if let draft = try await store.responseDraft(invitation: invitation.id),
            let version = try? await store.survey(draft.surveyID, version: draft.surveyVersion)
        {
            return RespondentSession(entry: entry, survey: version, draft: draft, token: token, isNew: false)
        }
        var session = fresh(entry, survey: survey, token: token)
        session.draft.language = survey.languages.contains(invitation.language) ? invitation.language : session.draft.language
        return session
    }

    private static func existing(_ token: String, entry: RespondentEntry, store: Store) async throws -> RespondentSession? {
        guard isDraftToken(token), let draft = try await store.responseDraft(tokenHash: Secrets.hash(token)),
            draft.linkID != nil, draft.linkID == entry.linkID
        else { return nil }
        let survey: Survey
        do {
            survey = try await store.survey(draft.surveyID, version: draft.surveyVersion)
        } catch StoreError.notFound {
            return nil
        }
        return RespondentSession(entry: entry, survey: survey, draft: draft, token: token, isNew: false)
    }

    private static func fresh(_ entry: RespondentEntry, survey: Survey, token: String) -> RespondentSession {
        let draft = ResponseDraft(
            linkID: entry.linkID, invitationID: entry.invitation?.id, surveyID: survey.id, surveyVersion: survey.version,
            language: survey.languages.first ?? .en)
        return RespondentSession(entry: entry, survey: survey, draft: draft, token: token, isNew: true)
    }

    /// Tokens cxm makes: 43 characters of URL-safe base64 (draft, invitation and unsubscribe links).
    static func isDraftToken(_ text: String) -> Bool {
        RandomToken.isWellFormed(text, lengths: RandomToken.fullLength...RandomToken.fullLength)
    }

    /// The language asked for (a `lang` parameter) if the survey has it; a new draft otherwise
    /// takes the browser's preference among the survey's languages (an invitation's own language
    /// comes first).
    mutating func chooseLanguage(_ code: String?, acceptLanguage: String?) {
        if let code, let language = Language(rawValue: code), survey.languages.contains(language) {
            draft.language = language
        } else if isNew, entry.kind != .personal {
            draft.language =
                Language.preferred(acceptLanguage: acceptLanguage, among: survey.languages) ?? survey.languages.first ?? .en
        }
    }

    func save(_ store: Store) async throws {
        try await store.saveResponseDraft(draft, tokenHash: Secrets.hash(token))
    }

    /// The cookie that resumes a public link's draft in this browser; kiosks and invitations get none.
    func cookie(_ request: Request, configuration: ServerConfiguration) -> Cookie? {
        guard entry.kind == .publicLink else { return nil }
        return Cookie(
            name: RespondentRoutes.draftCookie, value: token, maxAge: RespondentRoutes.draftLifetime, path: entry.path,
            secure: WebSession(configuration: configuration).isSecure(request), httpOnly: true, sameSite: .lax)
    }
}
