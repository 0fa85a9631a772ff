import CXMCore
import Foundation
import SQLKit

/// What became of one signal: a new record, a changed one, or a repeat of what was stored.
public struct SignalOutcome: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// `rejected`: the record named a person erased after it happened; `outdated`: the delivery is older
        /// than the record stored (its `updatedAt`), which is kept. `errors` says why.
        case stored, updated, duplicate, rejected, outdated
    }

    public var status: Status
    public var id: String
    /// Set when the record's identifiers named several customers and it waits in the review list.
    public var reviewID: String?
    /// Set when the source created the customer the record named.
    public var createdCustomerID: String?
    /// Why a rejected record was not stored.
    public var errors: [FieldError] = []
}

extension Store {
    /// What incoming signals are checked against: the source, touchpoints, units, channels, the
    /// owners of every identifier the submissions name, and the workspace's start and phone country.
    public func signalCatalog(for source: SignalSource, submissions: [SignalSubmission]) async throws -> SignalCatalog {
        try await database.read { sql in
            let zone = try await self.workspaceTimeZone(sql)
            let country = PhoneCountry(timeZone: zone)
            var named = Set<CustomerIdentifier>()
            for submission in submissions {
                named.formUnion(submission.customerIdentifiers(source: source, phoneCountry: country).identifiers)
                for identifiers in submission.affectedCustomerIdentifiers(source: source, phoneCountry: country).identifiers {
                    named.formUnion(identifiers)
                }
            }
            return SignalCatalog(
                source: source,
                touchpointIDs: Set(try await sql.raw("SELECT id FROM touchpoints").all().map { try $0.string("id") }),
                unitIDs: Set(try await sql.raw("SELECT id FROM units").all().map { try $0.string("id") }),
                channelKeys: Set(try await sql.raw("SELECT key FROM channels").all().map { try $0.string("key") }),
                owners: try await self.owners(sql, of: named), began: try await self.workspaceBegan(sql), now: Date(),
                phoneCountry: country)
        }
    }

    /// The signals with their customers matched against the identifiers as they are now, and incidents
    /// keeping only customers that still exist.
    func currentMatches(_ sql: any SQLDatabase, _ signals: [ResolvedSignal]) async throws -> [ResolvedSignal] {
        let owners = try await self.owners(sql, of: Set(signals.flatMap(\.identifiers)))
        let named = Set(
            signals.flatMap { signal -> [String] in
                if case .incident(let incident) = signal.record { incident.customerIDs } else { [] }
            })
        let existing = named.isEmpty ? [] : try await existingCustomerIDs(sql, named)
        return signals.map { signal in
            var current = signal
            if !signal.identifiers.isEmpty { current.match = CustomerMatch.match(signal.identifiers, in: owners) }
            if case .incident(var incident) = signal.record {
                incident.customerIDs = incident.customerIDs.filter(existing.contains)
                current.record = .incident(incident)
            }
            return current
        }
    }

    /// The customers that hold the identifiers, in one query per 250 identifiers.
    func owners(_ sql: any SQLDatabase, of identifiers: Set<CustomerIdentifier>) async throws -> [CustomerIdentifier: String] {
        var owners: [CustomerIdentifier: String] = [:]
        for chunk in Array(identifiers).chunked(maxRows: 250) {
            let rows = try await sql.raw(
                """
                SELECT system, value, customer_id FROM customer_identifiers
                WHERE (system, value) IN (\(Self.pairList(chunk.map { [$0.system, $0.value] })))
                """
            ).all()
            for row in rows {
                owners[CustomerIdentifier(system: try row.string("system"), value: try row.string("value"))] =
                    try row.string("customer_id")
            }
        }
        return owners
    }

    /// Stores checked signals in one transaction, in order. A record already stored under the same
    /// source and id is updated when it changed and reported as a duplicate when it did not. Unknown
    /// customers are created when the source may create them; records naming several customers are
    /// stored unlinked and put on the identity review list (a reviewer's earlier link is kept).
    public func ingestSignals(_ signals: [ResolvedSignal], from source: SignalSource) async throws -> [SignalOutcome] {
        guard !signals.isEmpty else { return [] }
        return try await database.write { sql in
            if let lock = self.dialect.signalSourceLock(source.id) { try await sql.raw(lock).run() }
            let now = Timestamp.now
            var ingestion = SignalIngestion(source: source)
            try await ingestion.load(sql, signals: signals, store: self)
            // Matched again inside the transaction: a merge may have moved an identifier since the check.
            let current = try await self.currentMatches(sql, signals)
            var outcomes: [SignalOutcome] = []
            for signal in current {
                outcomes.append(try await ingestion.take(signal, sql: sql, store: self, now: now))
            }
            try await ingestion.flush(sql, store: self, now: now)
            try await self.refreshSignalAttributes(sql, customers: ingestion.touched)
            return outcomes
        }
    }
}

/// The state of one batch while it is stored: what the source already holds, records to insert,
/// customers created so far.
struct SignalIngestion {
    let source: SignalSource
    /// Stored and pending records by kind and external id.
    var known: [SignalKind: [String: SignalRecord]] = [:]
    var pending: [SignalKind: [String: Int]] = [:]
    var inserts: [SignalRecord] = []
    /// The sending system's time of change of stored and pending records that said it, by kind and external id.
    var versions: [SignalKind: [String: Int64]] = [:]
    var created: [CustomerIdentifier: String] = [:]
    /// Customers whose records changed (before and after), whose `signal_*` attributes are refreshed.
    var touched: Set<String> = []

    init(source: SignalSource) { self.source = source }

    mutating func load(_ sql: any SQLDatabase, signals: [ResolvedSignal], store: Store) async throws {
        for kind in SignalKind.records {
            let ids = Set(signals.filter { $0.record.kind == kind }.map(\.record.externalID))
            guard !ids.isEmpty else { continue }
            known[kind] = try await SignalRows.load(sql, kind: kind, source: source.id, externalIDs: ids)
            versions[kind] = try await SignalRows.versions(sql, kind: kind, source: source.id, externalIDs: ids)
        }
    }

    mutating func take(_ signal: ResolvedSignal, sql: any SQLDatabase, store: Store, now: Int64) async throws -> SignalOutcome {
        var record = SignalRows.normalised(signal.record)
        // A delivery that says it is older than the stored record arrived late: the newer record stays.
        let version = signal.sourceUpdatedAt.map(Timestamp.from)
        let stored = versions[record.kind]?[record.externalID]
        if let previous = known[record.kind]?[record.externalID], let version, let stored, version < stored {
            return SignalOutcome(
                status: .outdated, id: previous.id,
                errors: [
                    FieldError(
                        "updatedAt",
                        "is \(Timestamp.date(version).formatted(.iso8601)), older than the stored record's \(Timestamp.date(stored).formatted(.iso8601)): a late delivery; the newer record is kept"
                    )
                ])
        }
        var createdCustomer: String?
        var match = signal.match
        if case .unknown(let identifiers) = match {
            // An earlier record of this batch may have created the customer.
            match = CustomerMatch.match(identifiers, in: created)
            if case .unknown = match, source.unknownCustomers == .create {
                // A record from before an erasure of the person it names is theirs: neither kept nor made
                // into a new customer. One from after it is a new contact, and makes a new customer.
                if let erased = try await ErasedIdentifiers.erasedAt(sql, signal.identifiers),
                    Timestamp.from(record.at) <= erased
                {
                    return SignalOutcome(
                        status: .rejected, id: "",
                        errors: [
                            FieldError(
                                "customer",
                                "names a person whose data was erased on \(LocalDay(Timestamp.date(erased), in: .gmt).iso), after this record; records from before an erasure are not taken in again"
                            )
                        ])
                }
                let customer = try await createCustomer(sql, signal: signal, store: store, now: now)
                createdCustomer = customer
                match = .customer(customer)
            }
        }
        let kind = record.kind
        let previous = known[kind]?[record.externalID]
        if let version { versions[kind, default: [:]][record.externalID] = max(version, stored ?? version) }
        if case .ambiguous(let candidates) = match, let linked = previous?.customerID, candidates.contains(linked) {
            match = .customer(linked)  // a reviewer chose one of these customers before
        }
        record.customerID = match.customerID
        var status = SignalOutcome.Status.stored
        if let previous {
            record.id = previous.id
            if previous == record {
                status = .duplicate
            } else if let position = pending[kind]?[record.externalID] {
                inserts[position] = record
                status = .updated
            } else {
                try await SignalRows.update(sql, record, version: version, receivedAt: now)
                status = .updated
            }
        } else {
            pending[kind, default: [:]][record.externalID] = inserts.count
            inserts.append(record)
        }
        known[kind, default: [:]][record.externalID] = record
        if status != .duplicate {
            for changed in [record, previous].compactMap({ $0 }) {
                if let customer = changed.customerID { touched.insert(customer) }
            }
            // An incident counts in the attributes of the customers it names: only those it now names or no
            // longer names change (an incident naming thousands is often updated as it goes on).
            let named = { (record: SignalRecord?) -> Set<String> in
                guard case .incident(let incident)? = record else { return [] }
                return Set(incident.customerIDs)
            }
            touched.formUnion(named(record).symmetricDifference(named(previous)))
        }
        var reviewID: String?
        if case .customer(let customer) = match, previous != nil {
            try await SignalRows.closeReview(sql, record: record, customerID: customer, now: now)
        }
        if case .ambiguous(let candidates) = match {
            reviewID = try await SignalRows.openReview(
                sql, record: record, source: source.id, identifiers: signal.identifiers, candidates: candidates, now: now)
        }
        return SignalOutcome(status: status, id: record.id, reviewID: reviewID, createdCustomerID: createdCustomer)
    }

    mutating func flush(_ sql: any SQLDatabase, store: Store, now: Int64) async throws {
        var inserted: [String: Int64] = [:]
        for record in inserts {
            if let version = versions[record.kind]?[record.externalID] { inserted[record.id] = version }
        }
        try await SignalRows.insert(sql, inserts, versions: inserted, receivedAt: now, maxBinds: store.dialect.maxBinds)
        inserts = []
        pending = [:]
    }

    private mutating func createCustomer(
        _ sql: any SQLDatabase, signal: ResolvedSignal, store: Store, now: Int64
    ) async throws -> String {
        let name = signal.customerName ?? signal.identifiers.first.map(\.value) ?? "?"
        let customer = Customer(displayName: name, identifiers: signal.identifiers)
        // Written at once, so that the batch's later records and a concurrent batch see it.
        try await store.insertCustomers(sql, [customer], at: now, withIdentifiers: true)
        for identifier in signal.identifiers { created[identifier] = customer.id }
        return customer.id
    }
}

extension Store {
    /// The record a source stored under its own id, if any.
    public func signal(_ kind: SignalKind, source: String, externalID: String) async throws -> SignalRecord? {
        try await database.read { sql in
            try await SignalRows.load(sql, kind: kind, source: source, externalIDs: [externalID])[externalID]
        }
    }
}
