import CXMCore
import SQLKit

extension Store {
    /// Everything the measurement engine needs about the workspace, read in one transaction:
    /// journeys, stages, touchpoints, the unit tree, channels, current surveys, segments and funnels.
    public func metricContext(visibleUnits: Set<String>?) async throws -> MetricContext {
        try await database.read { sql in
            let journeys = try await sql.raw("SELECT * FROM journeys ORDER BY position, name").all().map(Self.journey)
            let stages = try await sql.raw("SELECT * FROM stages ORDER BY position").all().map(Self.stage)
            let touchpoints = try await sql.raw("SELECT * FROM touchpoints ORDER BY position").all().map(Self.touchpoint)
            let units = try await sql.raw("SELECT * FROM units").all().map(Self.unit)
            let channels = try await sql.raw("SELECT * FROM channels ORDER BY name").all().map(Self.channel)
            let surveys = try await sql.raw(
                """
                SELECT v.definition FROM surveys s
                  JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version ORDER BY s.name
                """
            ).all().map { try $0.json("definition", as: Survey.self) }
            let segments = try await sql.raw("SELECT * FROM segments ORDER BY name").all().map(Self.segment)
            let funnels = try await sql.raw("SELECT * FROM funnels ORDER BY name, id").all().map(Self.funnel)
            return MetricContext(
                journeys: journeys, stages: stages, touchpoints: touchpoints, units: UnitTree(units), channels: channels,
                surveys: surveys, segments: segments, funnels: funnels, visibleUnits: visibleUnits)
        }
    }
}
