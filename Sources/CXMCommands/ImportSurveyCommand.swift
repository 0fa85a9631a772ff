import ArgumentParser
import CXMCore
import CXMStore
import Foundation

extension ImportCommand {
    /// `cxm import survey FILE --touchpoint ID`: a LimeSurvey, Formbricks or cxm survey file.
    struct SurveyFile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "survey",
            abstract: "Import survey definitions from LimeSurvey (.lss), Formbricks (JSON) or a cxm export.",
            discussion: """
                The format is told from the content. Every element of the file is reported: mapped, approximated \
                (kept with a difference the report names), not mapped (with the reason) or dropped (texts in a \
                language cxm does not speak). A Formbricks file of several templates gives several surveys. \
                A cxm export keeps its id: importing it again adds a version to that survey.
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The survey file.") var file: String
        @Option(
            name: .customLong("touchpoint"),
            help: "A touchpoint id the survey measures; repeat for several. A cxm export's own are used when none is named.")
        var touchpoints: [String] = []
        @Flag(help: "Print the report without storing anything.") var dryRun = false

        /// Files larger than this are not survey definitions.
        static let maxSize = 32 * 1024 * 1024

        func run() async throws {
            let url = URL(fileURLWithPath: file)
            guard let size = try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int else {
                throw ValidationError("cannot read the file '\(file)'")
            }
            guard size <= Self.maxSize else {
                throw ValidationError("'\(file)' is \(size) bytes; a survey file is at most 32 MiB")
            }
            let data = try Data(contentsOf: url)
            let touchpointIDs = touchpoints.isEmpty ? SurveyImport.embeddedTouchpoints(data) : touchpoints
            let imported: [ImportedSurvey]
            do throws(SurveyImportError) {
                imported = try SurveyImport.read(data, touchpointIDs: touchpointIDs, fileName: url.lastPathComponent)
            } catch .noTouchpoint {
                throw ValidationError(
                    "name the touchpoint the survey measures with --touchpoint ID (see `cxm report` or the journeys page)")
            } catch {
                throw ValidationError("\(file): \(error)")
            }
            guard !dryRun else {
                for item in imported { print(Self.describe(item, stored: nil)) }
                return
            }
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            var failure: (any Error)?
            for item in imported where failure == nil {
                do {
                    print(Self.describe(item, stored: try await opened.saveSurvey(item.survey, by: .commandLine)))
                } catch let error as StoreError {
                    failure = ValidationError("'\(item.survey.name)' was not stored: \(error)")
                } catch {
                    failure = error
                }
            }
            await opened.database.shutdown()
            if let failure { throw failure }
        }

        /// The survey's line and its report, indented.
        static func describe(_ item: ImportedSurvey, stored: Survey?) -> String {
            let what = stored.map { "imported as \($0.id), version \($0.version)" } ?? "not stored (--dry-run)"
            let head =
                "\(item.sourceFormat.rawValue) survey '\(item.survey.name)': \(item.survey.questions.count) questions, \(what)"
            return ([head] + item.report.lines.map { "  \($0)" }).joined(separator: "\n")
        }
    }
}
