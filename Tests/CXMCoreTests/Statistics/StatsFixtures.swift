import Foundation
import Testing

/// The reference values in `shared/data/stats-fixtures.json`, read at run time from beside the package.
struct StatsFixtures: Decodable, Sendable {
    let npsInterval: Section<NPSIntervalCase>
    let npsDifferenceTest: Section<NPSDifferenceCase>
    let proportionInterval: Section<ProportionCase>
    let meanInterval: MeanInterval
    let nkiEqualWeights: NKIEqualWeights
    let pChart: PChart
    let ewma: EWMA
    let driverAnalysis: DriverAnalysisData
    let multipleTesting: MultipleTestingData
    let sampleSizeForMargin: Section<SampleSizeCase>

    enum CodingKeys: String, CodingKey {
        case npsInterval = "nps_interval", npsDifferenceTest = "nps_difference_test"
        case proportionInterval = "proportion_interval", meanInterval = "mean_interval"
        case nkiEqualWeights = "nki_equal_weights", pChart = "p_chart", ewma
        case driverAnalysis = "driver_analysis", multipleTesting = "multiple_testing"
        case sampleSizeForMargin = "sample_size_for_margin"
    }

    /// A fixture section that is a list of cases.
    struct Section<Case: Decodable & Sendable>: Decodable, Sendable {
        let cases: [Case]
    }

    /// The fixtures, decoded once per test run.
    static let loaded = Result { try JSONDecoder().decode(StatsFixtures.self, from: Data(contentsOf: try url())) }

    /// The fixtures, or the error that kept them from loading.
    static func load() throws -> StatsFixtures { try loaded.get() }

    /// Walks up from this file until a `shared/data/stats-fixtures.json` appears beside or below a directory,
    /// so the lookup works from the repository and from any checkout next to `shared`.
    /// `CXM_SHARED_DATA` names the data folder when the checkout does not sit next to `shared`.
    static func url(startingAt file: String = #filePath) throws -> URL {
        if let folder = ProcessInfo.processInfo.environment["CXM_SHARED_DATA"], !folder.isEmpty {
            return URL(fileURLWithPath: folder).appendingPathComponent("stats-fixtures.json")
        }
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.pathComponents.count > 1 {
            for relative in ["../shared/data/stats-fixtures.json", "shared/data/stats-fixtures.json"] {
                let candidate = directory.appendingPathComponent(relative).standardizedFileURL
                if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            }
            directory = directory.deletingLastPathComponent()
        }
        throw CocoaError(
            .fileNoSuchFile,
            userInfo: [
                NSFilePathErrorKey: "shared/data/stats-fixtures.json",
                NSLocalizedDescriptionKey:
                    "the statistics reference values were not found in a `shared/data` beside any parent of this checkout; set CXM_SHARED_DATA to that folder",
            ])
    }
}

/// Whether the value matches the reference within the tolerance, relative for large values, absolute near 0.
func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// Whether two lists match element by element within the tolerance.
func isClose(_ actual: [Double]?, _ expected: [Double], tolerance: Double = 1e-9) -> Bool {
    guard let actual, actual.count == expected.count else { return false }
    return zip(actual, expected).allSatisfy { isClose($0, $1, tolerance: tolerance) }
}

@Suite("Statistics fixtures")
struct StatsFixturesTests {
    @Test("The reference file is found beside the package and every section decodes")
    func found() throws {
        let fixtures = try StatsFixtures.load()

        #expect(try StatsFixtures.url().lastPathComponent == "stats-fixtures.json")
        #expect(fixtures.npsInterval.cases.count == 9)
        #expect(fixtures.proportionInterval.cases.count == 5)
    }

    @Test("Away from the repository the lookup fails loudly instead of finding nothing")
    func missing() {
        #expect(throws: (any Error).self) { try StatsFixtures.url(startingAt: "/nonexistent-cxm/a/b/File.swift") }
    }
}
