/// Whole numbers the database wrote as text (an aggregate packed into one value, so that thousands of rows
/// come back as one), read back strictly: nil for anything but numbers with one separator between each two,
/// or a number too large.
enum IntegerList {
    static func parse(_ text: String, separators: Set<UInt8> = [UInt8(ascii: ",")], capacity: Int = 0) -> [Int]? {
        var numbers: [Int] = []
        numbers.reserveCapacity(capacity)
        var current = 0
        var negative = false
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (tens, overflow) = current.multipliedReportingOverflow(by: 10)
                let (next, carry) = tens.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
                guard !overflow, !carry else { return nil }
                (current, digits) = (next, digits + 1)
            case UInt8(ascii: "-") where digits == 0 && !negative:
                negative = true
            case _ where separators.contains(byte):
                guard digits > 0 else { return nil }
                numbers.append(negative ? -current : current)
                (current, negative, digits) = (0, false, 0)
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        numbers.append(negative ? -current : current)
        return numbers
    }
}
