import CXMCore
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import Hummingbird

/// The public complaint form (`/complaint`): no sign-in, in the customer's language, rate-limited
/// per client like the survey pages. Each complaint opens a case at once.
extension RespondentRoutes {
    func registerComplaints(in routes: inout RouteTable) {
        routes.get("/complaint", .open) { request, _ in
            let page = try await complaintPage(request, language: complaintLanguage(request))
            return Self.html(page.render())
        }
        routes.post("/complaint", .open) { request, context in
            if let wait = limiter.admit(context.clientAddress) { return Self.busy(request, wait: wait) }
            let form = try await FormBody.read(request)
            let language = complaintLanguage(request)
            let t = Localizer(language)
            let values = Dictionary(
                uniqueKeysWithValues: ["text", "touchpoint", "store", "name", "email", "phone"].map { ($0, form.text($0)) })
            // A robot filled in the hidden field: thank it and keep nothing.
            guard form.text("website").isEmpty else {
                return Self.html(
                    RespondentMessagePage(language: language, kind: .complaintReceived(reference: 0, canReply: false)).render())
            }
            let complaint = Complaint(
                createdAt: Date(), language: language, text: values["text"] ?? "", name: values["name"],
                email: values["email"], phone: values["phone"], consentToContact: form.isChecked("consent"),
                touchpointID: form.optional("touchpoint"), unitID: form.optional("store"))
            do {
                let stored = try await store.submitComplaint(
                    complaint, by: AuditActor(id: "complaint-form", name: "complaint form"))
                let page = RespondentMessagePage(
                    language: language,
                    kind: .complaintReceived(
                        reference: stored.case.number, canReply: stored.complaint.email != nil || stored.complaint.phone != nil),
                    brand: try await brand())
                return Self.html(page.render(), status: .created)
            } catch let error where WebPages.validationFailure(error) != nil {
                let failure = WebPages.validationFailure(error)!
                let errors = failure.errors.map { problem -> FormError in
                    switch problem.field {
                    case "email" where problem.code == .invalidEmail:
                        FormError(field: "complaint-email", message: t(ComplaintText.emailInvalid))
                    case "email": FormError(field: "complaint-email", message: t(ComplaintText.contactRequired))
                    case "phone": FormError(field: "complaint-phone", message: t(ComplaintText.phoneInvalid))
                    case "text" where problem.code == .tooLong:
                        FormError(field: "complaint-text", message: t(ComplaintText.textTooLong, String(Complaint.maxTextLength)))
                    case "text": FormError(field: "complaint-text", message: t(ComplaintText.textRequired))
                    default: FormError(field: nil, message: problem.message)
                    }
                }
                var page = try await complaintPage(request, language: language)
                page.values = values
                page.consent = form.isChecked("consent")
                page.errors = errors
                return Self.html(page.render(), status: .unprocessableContent)
            }
        }
    }

    /// `lang`, else the browser's languages, among the workspace's.
    private func complaintLanguage(_ request: Request) -> Language {
        request.query("lang").flatMap(Language.init(rawValue:))
            ?? Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
    }

    private func complaintPage(_ request: Request, language: Language) async throws -> ComplaintPage {
        let settings = try await store.workspaceSettings()
        let language = settings.enabledLanguages.contains(language) ? language : settings.defaultLanguage
        return ComplaintPage(
            language: language, languages: settings.enabledLanguages, brand: try await brand(),
            touchpoints: try await store.touchpoints().map { SelectOption(value: $0.id, label: $0.name) }.sorted {
                $0.label < $1.label
            },
            stores: try await store.units().filter { $0.kind == "store" }.map { SelectOption(value: $0.id, label: $0.name) })
    }
}
