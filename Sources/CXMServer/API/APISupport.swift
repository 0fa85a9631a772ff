import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Small helpers every API controller uses: ids from the path, query values, the principal.
extension AppContext {
    func id(_ name: String = "id") throws -> String {
        guard let value = parameters.get(name), Identifier.isValid(value) else {
            throw AppError.notFound("'\(parameters.get(name) ?? "")' is not a valid id")
        }
        return value
    }

    /// The principal; routes with an access rule other than `.open` always have one.
    var actor: Principal {
        get throws {
            guard let principal else { throw AppError.unauthenticated }
            return principal
        }
    }
}

extension Request {
    func query(_ name: String) -> String? {
        uri.queryParameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Every query parameter by name (the last one wins when a name repeats), without `lang`, which only picks
    /// the language of the answer.
    var queryByName: [String: String] {
        var parameters = Dictionary(
            uri.queryParameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { _, last in last })
        parameters["lang"] = nil
        return parameters
    }

    /// A web list's page number (`page`, 1…): anything else is the first page, and it is capped so that
    /// the offset it makes cannot overflow.
    var pageNumber: Int { min(max(1, Int(query("page") ?? "") ?? 1), 100_000) }

    func page(defaultLimit: Int = 50) throws -> PageRequest {
        do { return try PageRequest.parse(offset: query("offset"), limit: query("limit"), defaultLimit: defaultLimit) } catch {
            throw AppError.badRequest(error)
        }
    }

    /// A time filter from the query string: an ISO 8601 time, or a calendar day that starts at midnight
    /// in the workspace's time zone. Names the parameter when it is malformed.
    func date(_ name: String, dayIn zone: TimeZone) throws -> Date? {
        guard let text = query(name) else { return nil }
        if let date = ISO8601.parse(text) { return date }
        if CalendarDay.isValid(text) {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            if let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) { return date }
        }
        throw AppError.badRequest(ValidationFailure(field: name, "'\(text)' is not a date (2026-03-01) or an ISO 8601 time"))
    }
}

/// A page of items as the API returns it.
struct PageBody<Item: Encodable & Sendable>: Encodable {
    var items: [Item]
    var total: Int
    var offset: Int
    var limit: Int

    init(_ page: Page<Item>) {
        items = page.items
        total = page.total
        offset = page.offset
        limit = page.limit
    }
}

/// Lists as the API returns them: `{"items": [...]}` so that fields can be added later.
struct ListBody<Item: Encodable & Sendable>: Encodable {
    var items: [Item]
}
