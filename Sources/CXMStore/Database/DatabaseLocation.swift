import Foundation

/// Where the data lives: an embedded SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// Parses `postgres://…`, `postgresql://…`, `sqlite:PATH` or a bare file path.
    public init(parsing text: String) throws(StoreError) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count)).replacingOccurrences(of: "//", with: "", options: .anchored)
            guard !path.isEmpty else { throw StoreError.configuration("sqlite: needs a file path, e.g. sqlite:./cxm.sqlite") }
            self = .sqlite(path: path)
        } else if text.contains("://") {
            throw StoreError.configuration(
                "unsupported database URL scheme in '\(Self.redacted(text))'; use postgres://user:password@host:5432/db or a SQLite file path"
            )
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The location with any password removed, safe to log.
    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let url): Self.redacted(url)
        }
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? "postgres://***"
    }
}
