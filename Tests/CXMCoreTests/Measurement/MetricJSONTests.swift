import CXMCore
import Foundation
import Testing

/// The hand-written JSON of a result is the document JSONEncoder makes, value for value.
@Suite("Metric result JSON")
struct MetricJSONTests {
    let world = MeasurementWorld()

    static func canonical(_ data: Data) throws -> String {
        let object = try JSONSerialization.jsonObject(with: data)
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    func results() async throws -> [MetricResult] {
        let responses =
            world.npsResponses(promoters: 60, passives: 30, detractors: 20, unit: "store-a", day: 3)
            + world.npsResponses(promoters: 20, passives: 30, detractors: 40, unit: "store-b", day: 17)
            + world.npsResponses(promoters: 3, passives: 1, detractors: 0, unit: "store-c", day: 17)
            + (0..<40).map { world.response(["csat": 1 + $0 % 5, "ces": 1 + $0 % 7, "speed": 1 + $0 % 10], day: 5 + $0 % 20) }
            + (0..<12).map { world.response(["overall": 4 + $0 % 6, "expect": 3 + $0 % 7, "ideal": 2 + $0 % 8]) }
        var queries = [
            world.query(.nps, by: [.unit], compare: .rest),
            world.query(.nps, by: [.week, .touchpoint], compare: .previous),
            world.query(.csat, by: [.day]),
            world.query(.ces, compare: .year),
            world.query(.nki, by: [.stage]),
            world.query(.rating, question: "speed"),
            world.query(.nps, from: LocalDay(year: 2020, month: 1, day: 1), to: LocalDay(year: 2020, month: 2, day: 1)),
        ]
        queries[0].options.targetMargin = 5
        var results: [MetricResult] = []
        for query in queries { results.append(try await world.evaluate(query, responses)) }
        var labelled = results[0]
        labelled.groups[0].key[0].label = "Quote \" backslash \\ tab \t newline \n bell \u{07} slash / å ü 😀"
        labelled.weights = NKIWeights(method: "x", overall: 0.1, expectations: 1e-7, ideal: 123_456.789, note: "n")
        results.append(labelled)
        return results
    }

    @Test func theWrittenJSONIsTheEncodersDocument() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for result in try await results() {
            let written = Data(result.jsonText().utf8)
            #expect(try Self.canonical(written) == Self.canonical(try encoder.encode(result)))
            // And it reads back into the same result.
            #expect(try JSONDecoder().decode(MetricResult.self, from: written) == result)
        }
    }
}
