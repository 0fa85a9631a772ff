import CXMCore
import CXMStore
import Foundation
import HTTPTypes
import Hummingbird

/// Errors the server raises itself, each with its HTTP status.
public enum AppError: Error, Sendable {
    /// No or an invalid session or token.
    case unauthenticated
    /// Signed in, but the role or unit scope does not allow it.
    case forbidden(String)
    case notFound(String)
    /// The body could not be read as the expected JSON or form.
    case badRequest(ValidationFailure)
    /// The body was well-formed but the values are not acceptable.
    case unprocessable(ValidationFailure)
    case conflict(String)
    /// A form was posted without the session's CSRF token.
    case csrfRejected
    /// An inbound webhook delivery whose signature or timestamp does not check out.
    case signatureRejected(String)
}

/// An RFC 9457 problem details document, plus the field errors cxm adds.
struct Problem: Codable, Sendable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var errors: [FieldError]?

    /// Translates any error into a status and a problem document that names what to fix.
    static func from(_ error: any Error) -> Problem {
        switch error {
        case let error as AppError:
            switch error {
            case .unauthenticated:
                return Problem(
                    status: .unauthorized,
                    detail: "sign in, or send an API token as 'Authorization: Bearer <token>'")
            case .forbidden(let detail): return Problem(status: .forbidden, detail: detail)
            case .notFound(let detail): return Problem(status: .notFound, detail: detail)
            case .badRequest(let failure):
                return Problem(status: .badRequest, detail: failure.description, errors: failure.errors)
            case .unprocessable(let failure):
                return Problem(status: .unprocessableContent, detail: failure.description, errors: failure.errors)
            case .conflict(let detail): return Problem(status: .conflict, detail: detail)
            case .signatureRejected(let detail): return Problem(status: .unauthorized, detail: detail)
            case .csrfRejected:
                return Problem(
                    status: .forbidden,
                    detail: "the form was not sent with this session's CSRF token; reload the page and try again")
            }
        case let error as StoreError:
            switch error {
            case .notFound: return Problem(status: .notFound, detail: error.description)
            case .conflict: return Problem(status: .conflict, detail: error.description)
            case .invalid(let box):
                return Problem(status: .unprocessableContent, detail: box.failure.description, errors: box.failure.errors)
            case .configuration, .schema: return Problem(status: .internalServerError, detail: "the database is not available")
            }
        case let error as ValidationFailure:
            return Problem(status: .unprocessableContent, detail: error.description, errors: error.errors)
        case let error as CaseError:
            switch error {
            case .versionConflict: return Problem(status: .conflict, detail: error.description)
            case .illegalTransition:
                return Problem(
                    status: .unprocessableContent, detail: error.description, errors: [FieldError("to", error.description)])
            case .resolutionCodeRequired:
                return Problem(
                    status: .unprocessableContent, detail: error.description,
                    errors: [FieldError("resolutionCode", "is required to resolve or close a case", code: .required)])
            }
        case let error as DecodingError:
            let failure = JSONInput.describe(error)
            return Problem(status: .badRequest, detail: failure.description, errors: failure.errors)
        case let error as any HTTPResponseError:
            let detail: String
            switch error.status {
            case .contentTooLarge:
                detail = "the request body is larger than \(AppContext.maxBodySize / 1_048_576) MiB; send fewer items per request"
            case .notFound: detail = "there is nothing at this address"
            case .methodNotAllowed: detail = "this address does not accept that method"
            default: detail = (error as? HTTPError)?.body ?? error.status.reasonPhrase
            }
            return Problem(status: error.status, detail: detail)
        default:
            return Problem(status: .internalServerError, detail: "an unexpected error occurred; it has been logged")
        }
    }

    init(status: HTTPResponse.Status, detail: String, errors: [FieldError]? = nil) {
        self.type = "about:blank"
        self.title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
        self.errors = errors
    }

    var httpStatus: HTTPResponse.Status { HTTPResponse.Status(code: status) }
}
