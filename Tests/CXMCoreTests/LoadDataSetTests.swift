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

@Suite("Load data set with comments")
struct LoadDataSetCommentTests {
    @Test("comments come only from detractors and promoters, leave the other answers as they were, and are asked")
    func commentsAreAddedWithoutChangingTheRest() throws {
        let end = Date(timeIntervalSince1970: 1_780_000_000)
        let plain = LoadDataSet(endDate: end, responseCount: 3_000).responseBatches(size: 1_000).flatMap { $0 }
        let data = LoadDataSet(endDate: end, responseCount: 3_000, commentShare: 0.5)
        let commented = data.responseBatches(size: 1_000).flatMap { $0 }
        _ = try data.survey.validated()
        #expect(data.survey.questions.map(\.key) == ["nps", "ces", "comment"])
        #expect(plain.map(\.unitID) == commented.map(\.unitID))
        #expect(plain.map { $0.answer("nps")?.score } == commented.map { $0.answer("nps")?.score })
        let withComment = commented.filter { $0.answer("comment") != nil }
        #expect(withComment.allSatisfy { ($0.answer("nps")?.score).map { $0 <= 6 || $0 >= 9 } == true })
        let eligible = commented.filter { ($0.answer("nps")?.score).map { $0 <= 6 || $0 >= 9 } == true }.count
        #expect(abs(Double(withComment.count) / Double(eligible) - 0.5) < 0.05)
        #expect(LoadDataSet(endDate: end, responseCount: 10).survey.questions.map(\.key) == ["nps", "ces"])
    }
}
