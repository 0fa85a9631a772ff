extension StringProtocol {
    /// The text without leading and trailing spaces and tabs. A plain Swift loop: Foundation's
    /// `trimmingCharacters(in:)` goes through UTF-16 and showed up in bulk-import profiles.
    public var trimmedSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(self[first...last])
    }
}
