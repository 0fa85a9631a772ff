import CXMCore
import SQLKit

extension Store {
    /// A survey's invitations counted by touchpoint and channel, status and suppression reason.
    public func invitationFunnels(survey surveyID: String) async throws -> [InvitationFunnel] {
        try await database.read { sql in
            var funnels: [String: InvitationFunnel] = [:]
            for row in try await sql.raw(
                """
                SELECT touchpoint_id, channel, status, reason_code, COUNT(*) AS n, COUNT(sent_at) AS sent,
                       COUNT(opened_at) AS opened, COUNT(responded_at) AS responded FROM invitations
                 WHERE survey_id = \(bind: surveyID) GROUP BY touchpoint_id, channel, status, reason_code
                """
            ).all() {
                let touchpoint = try row.string("touchpoint_id")
                let channel = Invitation.Channel(rawValue: try row.string("channel")) ?? .email
                let key = "\(touchpoint)|\(channel.rawValue)"
                guard let status = Invitation.Status(rawValue: try row.string("status")) else { continue }
                funnels[key, default: InvitationFunnel(surveyID: surveyID, touchpointID: touchpoint, channel: channel)]
                    .add(
                        status, reasonCode: try row.optionalString("reason_code"), count: try row.int("n"),
                        sent: try row.int("sent"), opened: try row.int("opened"), responded: try row.int("responded"))
            }
            return funnels.values.sorted { ($0.touchpointID, $0.channel.rawValue) < ($1.touchpointID, $1.channel.rawValue) }
        }
    }
}
