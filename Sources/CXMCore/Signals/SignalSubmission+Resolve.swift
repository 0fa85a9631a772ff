import Foundation

extension SignalSubmission {
    /// Checks the submission against the catalog and builds the record; every problem is named by
    /// its field, with the fix.
    public func resolve(in catalog: SignalCatalog) throws(ValidationFailure) -> ResolvedSignal {
        var check = Validator()
        let source = catalog.source
        if type == .event {
            check.add(
                "type",
                "behavioural events go to /api/v1/signal-sources/\(source.id)/events:batch, in the shape of a track call")
        } else if !source.kinds.contains(type) {
            check.add(
                "type",
                "source '\(source.id)' sends \(source.kinds.map(\.rawValue).joined(separator: ", ")); add \(type.rawValue) to its kinds to send it"
            )
        }
        let externalID = id.trimmedWhitespace
        check.check(
            !externalID.isEmpty && externalID.count <= 200 && !externalID.unicodeScalars.contains { $0.value < 0x20 }, "id",
            "must be the record's id in its system, 1–200 characters without control characters")
        let named = customerIdentifiers(source: source, phoneCountry: catalog.phoneCountry)
        check.merge(ValidationFailure(named.errors), prefix: "")
        let match = CustomerMatch.match(named.identifiers, in: catalog.owners)
        var warnings: [FieldError] = []

        func time(_ value: Date?, _ field: String, required: Bool) -> Date? {
            guard let value else {
                if required {
                    check.add(field, "is required: when it happened, in ISO 8601 (2026-03-01T09:30:00Z)", code: .required)
                }
                return nil
            }
            if value > catalog.now.addingTimeInterval(SignalCatalog.clockSkew) {
                check.add(field, "is in the future (\(Self.iso(value))); check the source's clock and time zone")
            } else if value < catalog.began {
                check.add(
                    field,
                    "is before the earliest time cxm accepts (\(Self.iso(catalog.began))); check the date and its format"
                )
            }
            return value
        }
        func text(_ value: String?, _ field: String, max: Int, required: Bool = false) -> String? {
            let trimmed = check.text(value ?? "", field: field, maxLength: max)
            if trimmed.isEmpty {
                if required { check.add(field, "is required for a \(type.rawValue)", code: .required) }
                return nil
            }
            return trimmed
        }
        func known(_ value: String?, _ field: String, in set: Set<String>, entity: String) -> String? {
            guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            if !set.contains(value) { check.add(field, "unknown \(entity) '\(value)'; use the id cxm shows for it") }
            return value
        }
        func channelKey(_ value: String?) -> String? {
            guard let value = value?.trimmingCharacters(in: .whitespaces).lowercased(), !value.isEmpty else { return nil }
            if !catalog.channelKeys.contains(value) {
                check.add(
                    "channel", SignalCatalog.unknownChannel(value, known: catalog.channelKeys))
            }
            return value
        }
        func amount(_ value: Double?, _ field: String) -> Double? {
            guard let value else { return nil }
            check.check(value.isFinite && value >= 0 && value < 1e12, field, "must be a number from 0 up")
            return value
        }
        func requireCustomer() {
            if named.identifiers.isEmpty && named.errors.isEmpty {
                check.add(
                    "customer",
                    "is required for a \(type.rawValue): name the customer, for example {\"email\": \"anna@example.se\"}",
                    code: .required)
            }
        }

        let record: SignalRecord
        switch type {
        case .event:
            throw ValidationFailure(check.errors)
        case .ticket:
            let opened = time(openedAt, "openedAt", required: true)
            let answered = time(firstResponseAt, "firstResponseAt", required: false)
            let closed = time(closedAt, "closedAt", required: false)
            if let opened, let answered, answered < opened { check.add("firstResponseAt", "must not be before openedAt") }
            if let opened, let closed, closed < opened { check.add("closedAt", "must not be before openedAt") }
            if let reopened { check.check((0...1000).contains(reopened), "reopened", "must be a count from 0 to 1000") }
            record = .ticket(
                Ticket(
                    sourceID: source.id, externalID: externalID, openedAt: opened ?? catalog.now, firstResponseAt: answered,
                    closedAt: closed, category: text(category, "category", max: 100, required: true)?.lowercased() ?? "",
                    touchpointID: known(touchpoint, "touchpoint", in: catalog.touchpointIDs, entity: "touchpoint"),
                    unitID: known(unit, "unit", in: catalog.unitIDs, entity: "unit"), channel: channelKey(channel),
                    reopenCount: reopened ?? 0, subject: text(subject, "subject", max: 500)))
        case .churn:
            requireCustomer()
            record = .churn(
                ChurnEvent(
                    sourceID: source.id, externalID: externalID, at: time(at, "at", required: true) ?? catalog.now,
                    reason: text(reason, "reason", max: 100, required: true)?.lowercased() ?? "",
                    reasonText: text(reasonText, "reasonText", max: 2000), revenue: amount(revenue, "revenue")))
        case .incident:
            let started = time(startedAt, "startedAt", required: true)
            let ended = time(endedAt, "endedAt", required: false)
            if let started, let ended, ended < started { check.add("endedAt", "must not be before startedAt") }
            if let affectedShare {
                check.check(
                    affectedShare.isFinite && affectedShare > 0 && affectedShare <= 1, "affectedShare",
                    "must be a share above 0 and at most 1 (0.25 for a quarter of the customers)")
            }
            if customer != nil { check.add("customer", "an incident names the customers it hit in 'customers', a list") }
            let touchpointIDs = (touchpoints ?? []).enumerated().compactMap { index, id in
                known(id, "touchpoints[\(index)]", in: catalog.touchpointIDs, entity: "touchpoint")
            }
            let unitIDs = (units ?? []).enumerated().compactMap { index, id in
                known(id, "units[\(index)]", in: catalog.unitIDs, entity: "unit")
            }
            check.check(
                (customers ?? []).count <= 100_000, "customers", "must name at most 100,000 customers; give affectedShare instead"
            )
            let affected = affectedCustomerIdentifiers(source: source, phoneCountry: catalog.phoneCountry)
            check.merge(ValidationFailure(affected.errors), prefix: "")
            var customerIDs: [String] = []
            for (index, identifiers) in affected.identifiers.enumerated() where !identifiers.isEmpty {
                switch CustomerMatch.match(identifiers, in: catalog.owners) {
                case .customer(let id): if !customerIDs.contains(id) { customerIDs.append(id) }
                case .unknown(let unknown):
                    warnings.append(
                        FieldError(
                            "customers[\(index)]",
                            "no customer has \(unknown.map(\.description).joined(separator: " or ")); not linked"))
                case .ambiguous(let ids):
                    warnings.append(
                        FieldError(
                            "customers[\(index)]", "names \(ids.count) different customers; not linked until they are merged"))
                case .none: break
                }
            }
            record = .incident(
                Incident(
                    sourceID: source.id, externalID: externalID, title: text(title, "title", max: 200, required: true) ?? "",
                    severity: severity ?? .major, startedAt: started ?? catalog.now, endedAt: ended,
                    service: text(service, "service", max: 200), touchpointIDs: touchpointIDs, unitIDs: unitIDs,
                    customerIDs: customerIDs, affectedShare: affectedShare))
        case .order:
            let kind = text(eventType, "eventType", max: 64)?.lowercased() ?? "order"
            record = .order(
                BusinessEvent(
                    sourceID: source.id, externalID: externalID, at: time(at, "at", required: true) ?? catalog.now,
                    type: kind, value: amount(value, "value"),
                    touchpointID: known(touchpoint, "touchpoint", in: catalog.touchpointIDs, entity: "touchpoint"),
                    unitID: known(unit, "unit", in: catalog.unitIDs, entity: "unit"), channel: channelKey(channel)))
        }
        if case .unknown(let unknown) = match, source.unknownCustomers == .reject {
            check.add(
                "customer",
                "no customer has \(unknown.map(\.description).joined(separator: " or ")); add the customer first, or let source '\(source.id)' create unknown customers"
            )
        }
        let name = text(customerName, "customerName", max: 200)
        let changed = time(updatedAt, "updatedAt", required: false)
        try check.finish()
        var resolved = record
        resolved.customerID = match.customerID
        return ResolvedSignal(
            record: resolved, match: match, identifiers: named.identifiers, customerName: name, warnings: warnings,
            sourceUpdatedAt: changed)
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }
}
