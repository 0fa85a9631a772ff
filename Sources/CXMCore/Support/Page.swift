/// One page of a longer list, with the total so that clients can page on.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var offset: Int
    public var limit: Int

    public init(items: [Item], total: Int, offset: Int, limit: Int) {
        self.items = items
        self.total = total
        self.offset = offset
        self.limit = limit
    }

    public func map<T: Sendable>(_ transform: (Item) throws -> T) rethrows -> Page<T> {
        Page<T>(items: try items.map(transform), total: total, offset: offset, limit: limit)
    }
}

extension Page: Codable where Item: Codable {}
extension Page: Equatable where Item: Equatable {}

/// Where a page starts and how long it is, checked against sane bounds.
public struct PageRequest: Sendable, Hashable {
    public var offset: Int
    public var limit: Int

    public static let maximumLimit = 1000

    public init(offset: Int = 0, limit: Int = 50) {
        self.offset = offset
        self.limit = limit
    }

    /// Checks client-supplied paging, naming the bad field.
    public static func parse(offset: String?, limit: String?, defaultLimit: Int = 50) throws(ValidationFailure) -> PageRequest {
        var check = Validator()
        let parsedOffset = offset.map { Int($0) } ?? 0
        let parsedLimit = limit.map { Int($0) } ?? defaultLimit
        if parsedOffset == nil || parsedOffset! < 0 { check.add("offset", "must be a whole number, 0 or more") }
        if parsedLimit == nil || !(1...maximumLimit).contains(parsedLimit!) {
            check.add("limit", "must be a whole number from 1 to \(maximumLimit)")
        }
        try check.finish()
        return PageRequest(offset: parsedOffset!, limit: parsedLimit!)
    }
}
