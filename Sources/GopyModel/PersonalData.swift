/// A commenter's personal data. It is kept in the ledger and shown by `gopy trace` only;
/// it never reaches the outbox.
public struct PersonalData: Codable, Sendable, Hashable {
    public var author: String?
    public var address: String?
    public var phone: String?
    public var email: String?

    public init(author: String? = nil, address: String? = nil, phone: String? = nil, email: String? = nil) {
        self.author = author
        self.address = address
        self.phone = phone
        self.email = email
    }

    public var isEmpty: Bool { author == nil && address == nil && phone == nil && email == nil }

    /// The non-empty values, for masking them inside comment text.
    public var values: [String] { [author, address, phone, email].compactMap { $0 }.filter { !$0.isEmpty } }
}
