import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// JSON responses with ISO 8601 dates and sorted keys, the same everywhere.
enum JSONOutput {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A 201 with the new resource's address in `Location`.
    static func created<T: Encodable & Identifiable>(_ value: T, in collection: String) throws -> Response
    where T.ID == String {
        var response = try self.response(value, status: .created)
        response.headers[.location] = "\(collection)/\(value.id)"
        return response
    }

    static func problem(_ problem: Problem) -> Response {
        let data = (try? encoder.encode(problem)) ?? Data("{}".utf8)
        return Response(
            status: problem.httpStatus, headers: [.contentType: "application/problem+json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// HTML and plain responses with the security headers every page carries.
enum HTMLOutput {
    static func page(_ html: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy:
                "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'",
            .xContentTypeOptions: "nosniff",
            .cacheControl: "no-store",
        ]
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

extension Response {
    /// A 303 See Other, the right answer to a successful form post.
    static func seeOther(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location]
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }
}
