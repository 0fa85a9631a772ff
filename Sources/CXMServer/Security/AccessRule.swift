import CXMCore
import HTTPTypes

/// Who may call a route. Every route declares one; the router refuses to register a route without it.
public enum AccessRule: Sendable, Hashable, CustomStringConvertible {
    /// Anyone, signed in or not (login page, health, public documents).
    case open
    /// A signed-in principal whose role grants the permission.
    case requires(Permission)

    public var description: String {
        switch self {
        case .open: "open"
        case .requires(let permission): permission.rawValue
        }
    }

    /// Checks the rule for a request's principal.
    func check(_ principal: Principal?) throws(AppError) {
        guard case .requires(let permission) = self else { return }
        guard let principal else { throw AppError.unauthenticated }
        guard principal.may(permission) else {
            throw AppError.forbidden("the role \(principal.role.rawValue) may not do this (needs \(permission.rawValue))")
        }
    }
}

/// One registered route: method, path as the router knows it, and its access rule.
public struct RouteEntry: Sendable, Hashable {
    public var method: HTTPRequest.Method
    public var path: String
    public var rule: AccessRule
}

/// Checks that a principal may see something that belongs to a unit; hides it (404) otherwise.
extension Principal {
    func requireVisible(unit: String?, _ what: @autoclosure () -> String) throws(AppError) {
        if !canSee(unit: unit) { throw AppError.notFound("\(what()) does not exist or is outside your units") }
    }
}
