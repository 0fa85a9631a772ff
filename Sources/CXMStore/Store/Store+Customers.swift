import CXMCore
import Foundation
import SQLKit

/// What a customer list is filtered by.
public struct CustomerQuery: Sendable, Hashable {
    /// Matches the name or any identifier, case-insensitively.
    public var search: String?
    public var unitID: String?
    /// The units the asking principal may see; nil for all.
    public var visibleUnits: Set<String>?

    public init(search: String? = nil, unitID: String? = nil, visibleUnits: Set<String>? = nil) {
        self.search = search
        self.unitID = unitID
        self.visibleUnits = visibleUnits
    }
}

extension Store {
    /// A page of customers, by name.
    public func customers(_ query: CustomerQuery, page: PageRequest) async throws -> Page<Customer> {
        let dialect = self.dialect
        return try await database.read { sql in
            var conditions: [SQLQueryString] = []
            if let search = query.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
                let pattern = "%" + search.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
                conditions.append(
                    """
                    (c.display_name \(unsafeRaw: dialect.likeInsensitive) \(bind: pattern) OR c.id IN
                     (SELECT customer_id FROM customer_identifiers WHERE value \(unsafeRaw: dialect.likeInsensitive) \(bind: pattern)))
                    """)
            }
            if let unit = query.unitID { conditions.append("c.unit_id = \(bind: unit)") }
            if let visible = query.visibleUnits {
                if visible.isEmpty { return Page(items: [], total: 0, offset: page.offset, limit: page.limit) }
                conditions.append("c.unit_id IN (\(binds: visible.sorted()))")
            }
            let filter: SQLQueryString = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let total = try await count(sql, "SELECT COUNT(*) AS n FROM customers c" + filter)
            let rows = try await sql.raw(
                "SELECT c.* FROM customers c" + filter
                    + " ORDER BY c.display_name, c.id LIMIT \(literal: page.limit) OFFSET \(literal: page.offset)"
            ).all()
            let identifiers = try await self.identifiers(sql, of: try rows.map { try $0.string("id") })
            let items = try rows.map { try Self.customer($0, identifiers: identifiers[try $0.string("id")] ?? []) }
            return Page(items: items, total: total, offset: page.offset, limit: page.limit)
        }
    }

    public func customer(_ id: String) async throws -> Customer {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM customers WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "customer", id: id)
            }
            return try Self.customer(row, identifiers: try await self.identifiers(sql, of: [id])[id] ?? [])
        }
    }

    /// The customer that has the identifier (`crm:123`), if any.
    public func customer(identifiedBy identifier: CustomerIdentifier) async throws -> Customer? {
        let id = try await database.read { sql in
            try await sql.raw(
                "SELECT customer_id FROM customer_identifiers WHERE system = \(bind: identifier.system) AND value = \(bind: identifier.value)"
            ).first()?.string("customer_id")
        }
        guard let id else { return nil }
        return try await customer(id)
    }

    /// Creates or replaces a customer; an identifier that belongs to another customer is a conflict.
    @discardableResult
    public func saveCustomer(_ customer: Customer, by actor: AuditActor) async throws -> Customer {
        let country = PhoneCountry(timeZone: try await workspaceSettings().timeZone)
        let valid: Customer
        do { valid = try customer.validated(phoneCountry: country) } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            var valid = valid
            if let unit = valid.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            for (index, identifier) in valid.identifiers.enumerated() {
                let owner = try await sql.raw(
                    "SELECT customer_id FROM customer_identifiers WHERE system = \(bind: identifier.system) AND value = \(bind: identifier.value)"
                ).first()?.string("customer_id")
                if let owner, owner != valid.id {
                    throw StoreError.invalid("identifiers[\(index)]", "\(identifier) belongs to another customer ('\(owner)')")
                }
            }
            let stored = try await sql.raw("SELECT attributes FROM customers WHERE id = \(bind: valid.id)").first()
            let exists = stored != nil
            let now = Timestamp.now
            // The signal_* and funnel_* attributes are cxm's own: a save neither sets nor drops them.
            valid.attributes = valid.attributes.filter { !AttributeDefinition.isKeptByCXM($0.key) }
            if let kept = try stored?.json("attributes", as: [String: AttributeValue].self) {
                for (key, value) in kept where AttributeDefinition.isKeptByCXM(key) { valid.attributes[key] = value }
            }
            let attributes = try JSONColumn.encode(valid.attributes)
            if exists {
                try await sql.raw(
                    """
                    UPDATE customers SET display_name = \(bind: valid.displayName), attributes = \(bind: attributes),
                        may_survey = \(bind: valid.consent.maySurvey), may_contact = \(bind: valid.consent.mayContact),
                        unit_id = \(bind: valid.unitID), preferred_language = \(bind: valid.preferredLanguage?.rawValue),
                        updated_at = \(bind: now)
                    WHERE id = \(bind: valid.id)
                    """
                ).run()
                try await sql.raw("DELETE FROM customer_identifiers WHERE customer_id = \(bind: valid.id)").run()
                try await SegmentMembership.update(customers: [valid.id], on: sql, dialect: dialect)
            } else {
                try await insertCustomers(sql, [valid], at: now, withIdentifiers: false)
            }
            try await insertIdentifiers(sql, [valid])
            try await audit(sql, actor, exists ? "update" : "create", "customer", valid.id, "")
            return valid
        }
    }

    /// Erases everything about a customer (a GDPR erasure request): their responses and answers, their
    /// identifiers and record, their segment memberships, and their scores from every rollup, so that
    /// every other figure stays as it was. The audit log keeps that (and when and by whom) they were
    /// erased, without personal data.
    @discardableResult
    public func eraseCustomer(_ id: String, by actor: AuditActor) async throws -> Erasure {
        try await database.write { sql in
            try await requireRow(sql, "customers", id, "customer")
            // Every queued score counted first, so that taking theirs away leaves nothing behind.
            try await RollupSQL.foldEverything(on: sql, dialect: dialect)
            try await SegmentMembership.update(customers: [id], erased: true, on: sql, dialect: dialect)
            try await RollupSQL.removeTallies(ofCustomer: id, on: sql, dialect: dialect)
            let responses = try await count(sql, "SELECT COUNT(*) AS n FROM responses WHERE customer_id = \(bind: id)")
            let answers = try await count(
                sql,
                "SELECT COUNT(*) AS n FROM answers WHERE response_id IN (SELECT id FROM responses WHERE customer_id = \(bind: id))"
            )
            // Their cases hold what they said on the phone: they go too.
            try await sql.raw("DELETE FROM cases WHERE customer_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM complaints WHERE customer_id = \(bind: id)").run()
            // So do staff's observations about them, with colleagues' votes and comments.
            let observations: SQLQueryString = "SELECT id FROM observations WHERE customer_id = \(bind: id)"
            for table in ["observation_votes", "observation_comments"] {
                try await sql.raw("DELETE FROM \(ident: table) WHERE observation_id IN (" + observations + ")").run()
            }
            try await sql.raw("DELETE FROM observations WHERE customer_id = \(bind: id)").run()
            // Tickets, churn and orders name the person and carry their words; incidents only lose them.
            for table in ["tickets", "churn_events", "business_events", "identity_reviews"] {
                try await sql.raw("DELETE FROM \(ident: table) WHERE customer_id = \(bind: id)").run()
            }
            // What they did on the site or in the app, under every user id and device that was theirs.
            try await self.deleteVisitors(sql, try await self.visitors(sql, ofCustomers: [id])[id] ?? [])
            // A merge keeps both customers as they were, to be undone: those copies go too, along the
            // whole chain of customers merged into this one.
            var merged: Set<String> = [id]
            var frontier = [id]
            while let next = frontier.popLast() {
                for row in try await sql.raw("SELECT merged_id FROM customer_merges WHERE survivor_id = \(bind: next)").all() {
                    let other = try row.string("merged_id")
                    if merged.insert(other).inserted { frontier.append(other) }
                }
            }
            for chunk in Array(merged).chunked(maxRows: 500) {
                try await sql.raw(
                    """
                    DELETE FROM customer_merges
                    WHERE survivor_id IN (\(binds: Array(chunk))) OR merged_id IN (\(binds: Array(chunk)))
                    """
                ).run()
            }
            // Reviews that name the person as a candidate hold their identifiers, and the unlinked record
            // they are about may hold their words.
            let named = try await sql.raw(
                "SELECT id, kind, record_id, candidates FROM identity_reviews WHERE candidates LIKE \(bind: "%\"\(id)\"%")"
            ).all()
            for row in named where try row.json("candidates", as: [String].self).contains(id) {
                if let kind = SignalKind(rawValue: try row.string("kind")), kind != .incident {
                    try await sql.raw(
                        """
                        DELETE FROM \(ident: SignalRows.table(kind))
                        WHERE id = \(bind: try row.string("record_id")) AND customer_id IS NULL
                        """
                    ).run()
                }
                try await sql.raw("DELETE FROM identity_reviews WHERE id = \(bind: try row.string("id"))").run()
            }
            // Events about them that wait to be posted, or were, with their log.
            try await sql.raw(
                """
                DELETE FROM webhook_attempts
                 WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE customer_id = \(bind: id))
                """
            ).run()
            try await sql.raw("DELETE FROM webhook_deliveries WHERE customer_id = \(bind: id)").run()
            try await sql.raw(
                "DELETE FROM answers WHERE response_id IN (SELECT id FROM responses WHERE customer_id = \(bind: id))"
            ).run()
            try await sql.raw("DELETE FROM responses WHERE customer_id = \(bind: id)").run()
            // Digests of their identifiers stay, so that an old record naming them does not bring them back.
            let identifiers = try await sql.raw(
                "SELECT system, value FROM customer_identifiers WHERE customer_id = \(bind: id)"
            ).all().map { CustomerIdentifier(system: try $0.string("system"), value: try $0.string("value")) }
            try await ErasedIdentifiers.remember(sql, identifiers, at: Timestamp.now)
            try await sql.raw("DELETE FROM customer_identifiers WHERE customer_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM customers WHERE id = \(bind: id)").run()
            try await audit(
                sql, actor, "erase", "customer", id, "customer erased with \(responses) responses and \(answers) answers")
            return Erasure(customerID: id, responses: responses, answers: answers)
        }
    }

    /// Inserts many new, already validated customers in one transaction (demo, import).
    public func insertCustomers(_ customers: [Customer]) async throws {
        guard !customers.isEmpty else { return }
        try await database.write { sql in
            try await self.insertCustomers(sql, customers, at: Timestamp.now, withIdentifiers: true)
        }
    }

    func insertCustomers(_ sql: any SQLDatabase, _ customers: [Customer], at now: Int64, withIdentifiers: Bool) async throws {
        let columns = [
            "id", "display_name", "attributes", "may_survey", "may_contact", "unit_id", "preferred_language", "created_at",
            "updated_at",
        ]
        for chunk in customers.chunked(maxRows: dialect.maxBinds / columns.count) {
            let insert = sql.insert(into: "customers").columns(columns)
            for c in chunk {
                insert.values([
                    SQLBind(c.id), SQLBind(c.displayName), SQLBind(try JSONColumn.encode(c.attributes)),
                    SQLBind(c.consent.maySurvey), SQLBind(c.consent.mayContact), SQLBind(c.unitID),
                    SQLBind(c.preferredLanguage?.rawValue), SQLBind(now), SQLBind(now),
                ])
            }
            try await insert.run()
        }
        if withIdentifiers { try await insertIdentifiers(sql, customers) }
        try await SegmentMembership.admit(customers, on: sql, dialect: dialect)
    }

    func insertIdentifiers(_ sql: any SQLDatabase, _ customers: [Customer]) async throws {
        let rows = customers.flatMap { c in c.identifiers.map { (c.id, $0) } }
        for chunk in rows.chunked(maxRows: dialect.maxBinds / 3) {
            let insert = sql.insert(into: "customer_identifiers").columns("system", "value", "customer_id")
            for (id, identifier) in chunk {
                insert.values([SQLBind(identifier.system), SQLBind(identifier.value), SQLBind(id)])
            }
            try await insert.run()
        }
    }

    /// Customer ids for identifier texts (`crm:123`, `EMAIL:Ola@Example.no`), keyed by the text as given;
    /// identifiers are normalised the way they are stored before they are looked up.
    public func customerIDs(forIdentifiers texts: Set<String>) async throws -> [String: String] {
        guard !texts.isEmpty else { return [:] }
        let country = PhoneCountry(timeZone: try await workspaceSettings().timeZone)
        let parsed = texts.compactMap { text in
            CustomerIdentifier(text).flatMap { try? $0.validated(phoneCountry: country) }.map { (text, $0) }
        }
        guard !parsed.isEmpty else { return [:] }
        return try await database.read { sql in
            var result: [String: String] = [:]
            for (system, group) in Dictionary(grouping: parsed, by: { $0.1.system }) {
                for chunk in group.chunked(maxRows: 500) {
                    let rows = try await sql.raw(
                        """
                        SELECT value, customer_id FROM customer_identifiers
                        WHERE system = \(bind: system) AND value IN (\(binds: chunk.map(\.1.value)))
                        """
                    ).all()
                    var owners: [String: String] = [:]
                    for row in rows { owners[try row.string("value")] = try row.string("customer_id") }
                    for (text, identifier) in chunk { result[text] = owners[identifier.value] }
                }
            }
            return result
        }
    }

    /// Which of the ids name stored customers.
    public func existingCustomerIDs(_ ids: Set<String>) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try await database.read { sql in try await self.existingCustomerIDs(sql, ids) }
    }

    func existingCustomerIDs(_ sql: any SQLDatabase, _ ids: Set<String>) async throws -> Set<String> {
        var found: Set<String> = []
        for chunk in Array(ids).chunked(maxRows: 500) {
            for row in try await sql.raw("SELECT id FROM customers WHERE id IN (\(binds: Array(chunk)))").all() {
                found.insert(try row.string("id"))
            }
        }
        return found
    }

    /// The display names of the customers, in one query per 500 (a queue's cards name their customers).
    public func customerNames(_ ids: Set<String>) async throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try await database.read { sql in
            var names: [String: String] = [:]
            for chunk in Array(ids).chunked(maxRows: 500) {
                for row in try await sql.raw("SELECT id, display_name FROM customers WHERE id IN (\(binds: Array(chunk)))").all()
                {
                    names[try row.string("id")] = try row.string("display_name")
                }
            }
            return names
        }
    }

    func identifiers(_ sql: any SQLDatabase, of ids: [String]) async throws -> [String: [CustomerIdentifier]] {
        guard !ids.isEmpty else { return [:] }
        var result: [String: [CustomerIdentifier]] = [:]
        for chunk in ids.chunked(maxRows: 500) {
            let rows = try await sql.raw(
                "SELECT * FROM customer_identifiers WHERE customer_id IN (\(binds: Array(chunk))) ORDER BY system, value"
            ).all()
            for row in rows {
                result[try row.string("customer_id"), default: []].append(
                    CustomerIdentifier(system: try row.string("system"), value: try row.string("value")))
            }
        }
        return result
    }

    static func customer(_ row: any SQLRow, identifiers: [CustomerIdentifier]) throws -> Customer {
        Customer(
            id: try row.string("id"), displayName: try row.string("display_name"), identifiers: identifiers,
            attributes: try row.json("attributes", as: [String: AttributeValue].self),
            consent: Consent(maySurvey: try row.bool("may_survey"), mayContact: try row.bool("may_contact")),
            unitID: try row.optionalString("unit_id"),
            preferredLanguage: try row.optionalString("preferred_language").flatMap(Language.init(rawValue:)))
    }
}

extension Array {
    /// Splits into consecutive chunks of at most `maxRows` elements.
    func chunked(maxRows: Int) -> [ArraySlice<Element>] {
        let size = Swift.max(1, maxRows)
        return stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
