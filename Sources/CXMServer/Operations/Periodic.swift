import Logging
import ServiceLifecycle

/// The loop of cxm's background jobs: `work` now and then every `interval` (or first after
/// `firstDelay`), until the server shuts down gracefully. A failed round is logged under `failure`
/// and the job goes on; a cancelled one ends it.
func repeatUntilShutdown(
    every interval: Duration, firstDelay: Duration = .zero, logger: Logger, failure: String,
    _ work: @escaping @Sendable () async throws -> Void
) async {
    await cancelWhenGracefulShutdown {
        var delay = firstDelay
        while !Task.isCancelled {
            if delay > .zero {
                do { try await Task.sleep(for: delay) } catch { return }
            }
            delay = interval
            do {
                try await work()
            } catch is CancellationError {
                return
            } catch {
                logger.error("\(failure)", metadata: ["error": "\(error)"])
            }
        }
    }
}
