import HummingbirdBcrypt
import NIOPosix

/// bcrypt hashing off the event loops, since a hash takes a quarter of a second on purpose.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: UInt8) { self.cost = cost }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A fixed hash to verify against when the email is unknown, so timing does not reveal accounts.
    static let decoy = "$2b$12$C6UzMDM.H6dfI/f/IKxGhuSYT8XFQiqcKjxr8aYsVe6.OcQ6vOFWW"
}
