import CXMCore

extension ServiceBlueprint {
    /// Lanes in blueprint order with their titles and form field names, so card and form cannot disagree.
    var lanes: [(title: JourneyText, field: String, items: [String])] {
        [
            (.customerActions, "customer_actions", customerActions),
            (.frontstage, "frontstage", frontstage),
            (.backstage, "backstage", backstage),
            (.supportProcesses, "support_processes", supportProcesses),
        ]
    }
}
