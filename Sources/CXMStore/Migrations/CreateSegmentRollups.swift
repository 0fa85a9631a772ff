import CXMCore
import Foundation
import SQLKit

/// Rollups per saved segment, so that a segment filter answers as fast as any other: who belongs to
/// each segment now (`segment_members`, kept as customers and segments change), and the tallies of
/// their responses in every grain (`segment_rollups`, the rollup columns keyed by the segment first).
struct CreateSegmentRollups: Migration {
    let name = "008_create_segment_rollups"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        let counts = (0..<ScoreTally.distributionSlots).map { "c\($0) BIGINT NOT NULL" }.joined(separator: ", ")
        try await run(
            [
                """
                CREATE TABLE segment_members (
                    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    PRIMARY KEY (segment_id, customer_id))
                """ + dialect.clusteredByKey,
                "CREATE INDEX segment_members_customer ON segment_members (customer_id)",
                """
                CREATE TABLE segment_rollups (
                    segment_id TEXT NOT NULL, grain INTEGER NOT NULL, kind TEXT NOT NULL, day INTEGER NOT NULL,
                    survey_id TEXT NOT NULL, question_key TEXT NOT NULL, touchpoint_id TEXT NOT NULL,
                    unit_id TEXT NOT NULL, channel_id TEXT NOT NULL, language TEXT NOT NULL,
                    answered BIGINT NOT NULL, skipped BIGINT NOT NULL, total BIGINT NOT NULL,
                    total_squares BIGINT NOT NULL, \(counts),
                    PRIMARY KEY (segment_id, grain, kind, day, survey_id, question_key, touchpoint_id, unit_id,
                        channel_id, language))
                """ + dialect.clusteredByKey,
            ], on: sql)
        // Installations from before this migration: members and rollups of every saved segment.
        for row in try await sql.raw("SELECT * FROM segments ORDER BY id").all() {
            try await SegmentMembership.refresh(try Store.segment(row), on: sql, dialect: dialect)
        }
    }
}
