import Foundation
import Logging

/// Structured logs: one line per event, `key=value` metadata, on standard error.
enum LoggingSetup {
    private static let once: Void = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .trace
            return handler
        }
    }()

    static func bootstrapOnce() { _ = once }
}
