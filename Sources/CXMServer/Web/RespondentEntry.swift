import CXMCore
import CXMStore
import Foundation

/// The way a respondent came to a survey: a public link, a kiosk, or a personal invitation. It
/// says where answers count, who gave them (invitations only), and how the pages behave.
struct RespondentEntry: Sendable {
    enum Kind: Sendable, Equatable {
        /// Anonymous, resumable in the same browser.
        case publicLink
        /// Anonymous, starts over after each answer, never resumes.
        case kiosk
        /// One customer's invitation: answered once, resumable from the mail's link on any device.
        case personal
    }

    var kind: Kind
    /// The path the pages post to: `/s/TOKEN` or `/i/TOKEN`.
    var path: String
    var surveyID: String
    var touchpointID: String
    var unitID: String?
    var linkID: String?
    var invitation: Invitation?

    /// What opening an entry found.
    enum Opened: Sendable {
        case open(RespondentEntry, Survey)
        case missing, closed, used, expired
    }

    /// A public or kiosk link by its token.
    static func link(_ token: String, store: Store) async throws -> Opened {
        guard SurveyLink.isToken(token), let link = try await store.surveyLink(token: token) else { return .missing }
        guard !link.disabled else { return .closed }
        let entry = RespondentEntry(
            kind: link.kind == .kiosk ? .kiosk : .publicLink, path: link.path, surveyID: link.surveyID,
            touchpointID: link.touchpointID, unitID: link.unitID, linkID: link.id)
        return try await open(entry, store: store)
    }

    /// A personal invitation by the token its mail carried.
    static func invitation(_ token: String, store: Store, now: Date = Date()) async throws -> Opened {
        guard RespondentSession.isDraftToken(token), let invitation = try await store.invitation(tokenHash: Secrets.hash(token))
        else { return .missing }
        if invitation.status == .responded { return .used }
        guard invitation.isAnswerable(at: now) else { return .expired }
        let entry = RespondentEntry(
            kind: .personal, path: "/i/\(token)", surveyID: invitation.surveyID, touchpointID: invitation.touchpointID,
            unitID: invitation.unitID, invitation: invitation)
        return try await open(entry, store: store)
    }

    /// A survey that no longer measures the entry's touchpoint takes no answers through it: the
    /// link is shown as closed rather than looping on an answer that cannot be stored.
    private static func open(_ entry: RespondentEntry, store: Store) async throws -> Opened {
        do {
            let survey = try await store.survey(entry.surveyID)
            return survey.touchpointIDs.contains(entry.touchpointID) ? .open(entry, survey) : .closed
        } catch StoreError.notFound {
            return .missing
        }
    }
}
