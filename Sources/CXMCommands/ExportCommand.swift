import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm export survey ID`: a survey definition as cxm's own JSON.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export definitions as files that `cxm import` reads back.",
        subcommands: [SurveyDefinition.self])

    struct SurveyDefinition: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "survey",
            abstract: "Write a survey's definition as cxm JSON; `cxm import survey` reads it back unchanged.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The survey's id.") var id: String
        @Option(help: "The version to export; the current one when left out.") var version: Int?
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            let survey: Survey
            do {
                survey = try await opened.survey(id, version: version)
            } catch let error as StoreError {
                await opened.database.shutdown()
                throw ValidationError(error.description)
            }
            await opened.database.shutdown()
            var data = try SurveyImport.export(survey)
            data.append(0x0A)
            if let output {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
