import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm import responses|customers FILE --map …`: stream a CSV file into the store.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import responses or customers from CSV files, or survey definitions.",
        subcommands: [Responses.self, Customers.self, SurveyFile.self, Triggers.self])

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
