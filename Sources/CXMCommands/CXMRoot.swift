import ArgumentParser

/// The `cxm` command and its subcommands.
public struct CXMRoot: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cxm",
        abstract: "cxm: customer experience management — journeys, surveys, honest numbers, closed loops.",
        subcommands: [
            Serve.self, Migrate.self, Demo.self, UserCommand.self, TokenCommand.self, ImportCommand.self, ReportCommand.self,
            RollupsCommand.self, GenerateCommand.self, BackupCommand.self, RestoreCommand.self, PrivacyCommand.self,
            CheckCommand.self, ExportCommand.self, CasesCommand.self, TextCommand.self, DriversCommand.self, AlertsCommand.self,
            ChangesCommand.self,
        ],
        defaultSubcommand: nil)

    public init() {}
}
