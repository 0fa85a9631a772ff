import CXMCore
import Foundation
import Testing

@Suite("Load data set")
struct LoadDataSetTests {
    let data = LoadDataSet(endDate: Date(timeIntervalSince1970: 1_780_000_000), responseCount: 2_500, touchpointCount: 50)

    @Test func itsStructureIsValidAsTheStoreWouldCheckIt() throws {
        _ = try data.survey.validated()
        for touchpoint in data.touchpoints { _ = try touchpoint.validated() }
        #expect(data.touchpoints.count == 50)
        #expect(data.units.count == 30)
        #expect(Set(data.touchpoints.map(\.channelID)).count == 5)
    }

    @Test func responsesAreDeterministicInTimeOrderAndAnswerTheSurvey() throws {
        let first = data.responseBatches(size: 1_000).flatMap { $0 }
        let again = data.responseBatches(size: 700).flatMap { $0 }
        #expect(first.count == 2_500)
        #expect(first.map(\.submittedAt) == again.map(\.submittedAt))
        #expect(zip(first, first.dropFirst()).allSatisfy { $0.submittedAt <= $1.submittedAt })
        #expect(first.allSatisfy { data.survey.languages.contains($0.language) })
        #expect(first.allSatisfy { ($0.answer("nps")?.score).map((0...10).contains) == true })
        #expect(Set(first.map(\.unitID)).isSubset(of: Set(data.storeIDs)))
        #expect(first.allSatisfy { $0.customerID == nil })
    }

    @Test func customersAreValidAFifthAreBusinessAndMostResponsesNameOne() throws {
        let data = LoadDataSet(
            endDate: Date(timeIntervalSince1970: 1_780_000_000), responseCount: 5_000, customerCount: 1_000)
        let customers = data.customerBatches(size: 300).flatMap { $0 }
        #expect(customers.count == 1_000)
        for customer in customers { _ = try customer.validated() }
        #expect(customers.filter(data.segment.contains).count == 200)
        _ = try data.segment.validated()
        let ids = Set(customers.map(\.id))
        let named = data.responseBatches(size: 1_000).flatMap { $0 }.compactMap(\.customerID)
        #expect(named.allSatisfy(ids.contains))
        #expect((3_300...3_700).contains(named.count))
    }
}
