import Foundation

/// How long the workspace keeps what it collects, in whole months; nil keeps it for good. Applied
/// every day by the server (and by `cxm privacy retention`), oldest data first.
///
/// Free text goes first, because that is where customers write names, numbers and addresses; then
/// the link between a response and the customer (the scores stay in every figure, anonymous); then
/// the responses themselves (taken out of every figure); and customers who have answered nothing
/// that is kept and whose record has not changed for the given time.
public struct RetentionPolicy: Sendable, Codable, Hashable {
    /// Months after which open-text answers are deleted.
    public var openTextMonths: Int?
    /// Months after which responses are anonymised: no longer linked to the customer, so they leave
    /// the customer's timeline and the saved segments' figures, and stay in all others.
    public var customerLinkMonths: Int?
    /// Months after which responses are deleted with every answer and taken out of every figure.
    public var responseMonths: Int?
    /// Months after which a customer with no kept response and no change to the record is deleted.
    public var inactiveCustomerMonths: Int?
    /// Months after which what visitors did on the company's sites and in its apps (behavioural events) is
    /// deleted, with the visitors who did nothing since.
    public var siteActivityMonths: Int?

    /// Fifty years.
    public static let maxMonths = 600

    public init(
        openTextMonths: Int? = nil, customerLinkMonths: Int? = nil, responseMonths: Int? = nil,
        inactiveCustomerMonths: Int? = nil, siteActivityMonths: Int? = nil
    ) {
        self.openTextMonths = openTextMonths
        self.customerLinkMonths = customerLinkMonths
        self.responseMonths = responseMonths
        self.inactiveCustomerMonths = inactiveCustomerMonths
        self.siteActivityMonths = siteActivityMonths
    }

    /// Keeps everything.
    public var isEmpty: Bool {
        openTextMonths == nil && customerLinkMonths == nil && responseMonths == nil && inactiveCustomerMonths == nil
            && siteActivityMonths == nil
    }

    /// Each period is 1 to `maxMonths`; open text and the customer link cannot outlive the responses.
    public func validated() throws(ValidationFailure) -> RetentionPolicy {
        var check = Validator()
        let periods: [(String, Int?)] = [
            ("openTextMonths", openTextMonths), ("customerLinkMonths", customerLinkMonths),
            ("responseMonths", responseMonths), ("inactiveCustomerMonths", inactiveCustomerMonths),
            ("siteActivityMonths", siteActivityMonths),
        ]
        for (field, months) in periods {
            guard let months else { continue }
            check.check(
                (1...Self.maxMonths).contains(months), field,
                "must be a whole number of months from 1 to \(Self.maxMonths), or absent to keep for good; got \(months)")
        }
        if let responseMonths {
            for (field, months) in periods.prefix(2) {
                guard let months, months > responseMonths else { continue }
                check.add(field, "must be at most responseMonths (\(responseMonths)): responses are deleted after that")
            }
        }
        try check.finish()
        return self
    }

    /// The first instants kept: what was submitted (or, for customers, last changed) before them goes.
    public struct Cutoffs: Sendable, Hashable {
        public var openText: Date?
        public var customerLink: Date?
        public var responses: Date?
        public var inactiveCustomers: Date?
        public var siteActivity: Date?
    }

    /// The cutoffs at `now`: the start of today in the workspace's zone, so many months back (the
    /// last day of a shorter month when the day does not exist in it).
    public func cutoffs(now: Date, timeZone: TimeZone) -> Cutoffs {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.dateComponents([.year, .month, .day], from: now)
        func back(_ months: Int?) -> Date? {
            guard let months, let year = today.year, let month = today.month, let day = today.day else { return nil }
            let index = year * 12 + (month - 1) - months
            var target = DateComponents(year: index / 12, month: index % 12 + 1, day: 1)
            guard let first = calendar.date(from: target),
                let days = calendar.range(of: .day, in: .month, for: first)
            else { return nil }
            target.day = min(day, days.count)
            return calendar.date(from: target).map { calendar.startOfDay(for: $0) }
        }
        return Cutoffs(
            openText: back(openTextMonths), customerLink: back(customerLinkMonths), responses: back(responseMonths),
            inactiveCustomers: back(inactiveCustomerMonths), siteActivity: back(siteActivityMonths))
    }
}

/// What one application of the retention policy removed (or, in a dry run, would remove).
public struct RetentionReport: Sendable, Hashable, Codable {
    public var ranAt: Date
    public var dryRun: Bool
    public var policy: RetentionPolicy
    /// The first instants kept, per rule (absent: the rule keeps everything).
    public var openTextBefore: Date?
    public var customerLinkBefore: Date?
    public var responsesBefore: Date?
    public var inactiveCustomersBefore: Date?
    public var siteActivityBefore: Date?
    public var openTextAnswersDeleted: Int
    public var responsesAnonymised: Int
    public var responsesDeleted: Int
    public var answersDeleted: Int
    public var customersDeleted: Int
    /// Behavioural events deleted (absent in reports from before the rule existed).
    public var siteEventsDeleted: Int?

    public init(
        ranAt: Date, dryRun: Bool, policy: RetentionPolicy, openTextBefore: Date? = nil, customerLinkBefore: Date? = nil,
        responsesBefore: Date? = nil, inactiveCustomersBefore: Date? = nil, openTextAnswersDeleted: Int = 0,
        responsesAnonymised: Int = 0, responsesDeleted: Int = 0, answersDeleted: Int = 0, customersDeleted: Int = 0
    ) {
        self.ranAt = ranAt
        self.dryRun = dryRun
        self.policy = policy
        self.openTextBefore = openTextBefore
        self.customerLinkBefore = customerLinkBefore
        self.responsesBefore = responsesBefore
        self.inactiveCustomersBefore = inactiveCustomersBefore
        self.openTextAnswersDeleted = openTextAnswersDeleted
        self.responsesAnonymised = responsesAnonymised
        self.responsesDeleted = responsesDeleted
        self.answersDeleted = answersDeleted
        self.customersDeleted = customersDeleted
    }

    public var changedNothing: Bool {
        openTextAnswersDeleted == 0 && responsesAnonymised == 0 && responsesDeleted == 0 && customersDeleted == 0
            && (siteEventsDeleted ?? 0) == 0
    }

    public var summary: String {
        "\(responsesDeleted) responses deleted (\(answersDeleted) answers), \(responsesAnonymised) anonymised, "
            + "\(openTextAnswersDeleted) open-text answers deleted, \(customersDeleted) inactive customers deleted, "
            + "\(siteEventsDeleted ?? 0) site events deleted"
    }
}
