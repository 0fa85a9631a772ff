import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm import responses|customers|signals FILE --map …`: stream a CSV file into the store.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import responses, customers or signals from CSV files, or survey definitions.",
        subcommands: [Responses.self, Customers.self, Signals.self, SurveyFile.self, Triggers.self])

    struct Responses: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import survey responses from a CSV file.",
            discussion: """
                Columns named surveyID, surveyVersion, touchpointID, unitID, channelID, customerID, customer \
                (an identifier such as crm:123), language, submittedAt and idempotencyKey fill those fields; \
                every other column answers the question with the column's name (or answer:KEY). \
                Use --map 'Column=target' to rename, e.g. --map 'Score=answer:nps' --map 'Store=unitID' --map 'Notes=ignore'. \
                Good rows are stored, bad rows are listed with line number and reason.
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV file (comma or semicolon separated, UTF-8, header row first).") var file: String
        @Option(name: .customLong("map"), help: "Column mapping 'Column=target'; repeat for several.") var map: [String] = []

        func run() async throws {
            try await ImportCommand.run(store: store, file: file, map: map) { importer, overrides in
                try await importer.responses(
                    from: file, mapping: overrides, actor: .commandLine, onRejected: ImportCommand.printRejection)
            }
        }
    }

    struct Customers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import customers from a CSV file.",
            discussion: """
                Columns id, displayName (or name), maySurvey, mayContact, unitID and preferredLanguage fill those fields; \
                crm, email, phone, support and billing (or identifier:SYSTEM) are identifiers; attribute:KEY:TYPE \
                (TYPE text, number, date, boolean) or any other column is an attribute.
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(name: .customLong("map"), help: "Column mapping 'Column=target'; repeat for several.") var map: [String] = []

        func run() async throws {
            try await ImportCommand.run(store: store, file: file, map: map) { importer, overrides in
                try await importer.customers(
                    from: file, mapping: overrides, actor: .commandLine, onRejected: ImportCommand.printRejection)
            }
        }
    }

    struct Signals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a source's signals (tickets, churn, incidents, orders) from a CSV file.",
            discussion: """
                Columns are named like the fields of the API's signals:batch (case does not matter): type, id, \
                customerName; tickets: openedAt, firstResponseAt, closedAt, category, subject, reopened; churn: at, \
                reason, reasonText, revenue; incidents: title, severity, startedAt, endedAt, service, affectedShare, \
                touchpoints, units, customers; orders and other business events: at, eventType, value; and touchpoint, \
                unit, channel. The customer is named by the source's identifier fields as customer:FIELD \
                (customer:email, customer:crm) or by a column named like a field of the source's identifierMap. \
                Lists are separated by '|'; an incident's customers are FIELD=VALUE pairs, one customer each \
                (email=anna@example.se|crm=10023). Times are ISO 8601 (2026-03-01T09:30:00Z, with or without \
                fractions and zone) or 2026-03-01 09:30 in UTC. Without a type column every row is --kind. \
                A row whose id the source sent before updates that record, or counts as already stored when \
                nothing changed. Use --map 'Column=target' to rename or --map 'Column=ignore' to skip a column.
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The signal source the records come from (its id, e.g. zendesk).") var source: String
        @Option(help: "The kind of every row when the file has no type column: ticket, churn, incident or order.")
        var kind: String?
        @Argument(help: "The CSV file (comma or semicolon separated, UTF-8, header row first).") var file: String
        @Option(name: .customLong("map"), help: "Column mapping 'Column=target'; repeat for several.") var map: [String] = []

        func run() async throws {
            let kind = try self.kind.map { text -> SignalKind in
                guard let kind = SignalKind(rawValue: text.lowercased()), SignalKind.records.contains(kind) else {
                    throw ValidationError("--kind '\(text)' is not one of ticket, churn, incident or order")
                }
                return kind
            }
            try await ImportCommand.run(store: store, file: file, map: map) { importer, overrides in
                let source = try await importer.store.signalSource(self.source.lowercased())
                return try await importer.signals(
                    from: .file(file), source: source, mapping: overrides, kind: kind, actor: .commandLine,
                    onRejected: ImportCommand.printRejection)
            }
        }
    }

    @Sendable static func printRejection(_ rejection: ImportReport.Rejection) {
        FileHandle.standardError.write(Data("line \(rejection.line): \(rejection.reason)\n".utf8))
    }

    static func run(
        store options: StoreOptions, file: String, map: [String],
        _ body: (CSVImport, [String: String]) async throws -> ImportReport
    ) async throws {
        let overrides: [String: String]
        do { overrides = try ColumnMapping.parse(map) } catch { throw ValidationError(error.description) }
        guard FileManager.default.isReadableFile(atPath: file) else { throw ValidationError("cannot read the file '\(file)'") }
        let configuration = try options.configuration()
        let logger = options.logger(configuration)
        let opened = try await openStore(configuration, logger: logger)
        let report: ImportReport
        do {
            let start = ContinuousClock.now
            report = try await body(CSVImport(store: opened), overrides)
            print("\(report.summary) in \(ContinuousClock.now - start)")
        } catch let error as StoreError {
            await opened.database.shutdown()
            throw ValidationError(error.description)
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
        // Exit status 2 tells scripts that some rows were rejected even though the good ones were stored.
        if !report.rejected.isEmpty { throw ExitCode(2) }
    }
}
