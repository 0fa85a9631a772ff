import CXMCore
import CXMStore
import Hummingbird

/// Key-driver analysis under /api/v1: relative weights and Shapley values with intervals, and at
/// customer level the importance–performance matrix.
struct DriversAPI {
    let store: Store

    func register(in routes: inout RouteTable) {
        let drivers = DriverService(store: store)
        routes.get("/api/v1/drivers", .requires(.read)) { request, context in
            let language = try await FeedbackAPI.language(request, store: store)
            return try JSONOutput.response(
                try await drivers.evaluate(request.queryByName, for: try context.actor, language: language))
        }
    }
}
