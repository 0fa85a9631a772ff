import CoreMetrics
import Foundation
import Prometheus

/// The server's Prometheus metrics, in a registry of its own so that each application (and test) has its own.
public struct ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let ingested: CoreMetrics.Counter

    public init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
        ]
        self.factory = factory
        self.ingested = CoreMetrics.Counter(label: "cxm_responses_ingested_total", factory: factory)
    }

    /// Counts a finished HTTP request and its duration by method, route and status.
    func request(method: String, route: String, status: Int, duration: Duration) {
        let dimensions = [("method", method), ("route", route), ("status", String(status))]
        CoreMetrics.Counter(label: "cxm_http_requests_total", dimensions: dimensions, factory: factory).increment()
        CoreMetrics.Timer(
            label: "cxm_http_request_duration_seconds", dimensions: [("method", method), ("route", route)], factory: factory
        )
        .recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    func responsesIngested(_ count: Int) {
        if count > 0 { ingested.increment(by: count) }
    }

    func gauge(_ label: String, _ value: Double) {
        CoreMetrics.Gauge(label: label, factory: factory).record(value)
    }

    /// The metrics in Prometheus' text format.
    func render() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
