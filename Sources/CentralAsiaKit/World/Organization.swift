/// An international organisation or a diplomatic format ("SCO", "C5+1"), with its members.
///
/// JSON: `{"name": "SCO", "fullName": "Shanghai Cooperation Organisation", "aliases": […],
/// "members": [{"country": "KZ", "role": "member", "since": "2001-06-15"}]}`.
public struct Organization: Sendable, Hashable, Codable, Identifiable, CustomStringConvertible {
    /// The short canonical name (`"SCO"`, `"C5+1"`, `"EU"`), the organisation's identity.
    public var name: String
    /// The full name (`"Shanghai Cooperation Organisation"`).
    public var fullName: String
    /// Other names and spellings that denote it in text.
    public var aliases: [String]
    /// The member states and their standing.
    public var members: [Membership]

    /// Creates an organisation.
    ///
    /// - Parameters:
    ///   - name: The short canonical name.
    ///   - fullName: The full name.
    ///   - aliases: Other names.
    ///   - members: The member states and their standing.
    public init(name: String, fullName: String, aliases: [String] = [], members: [Membership] = []) {
        self.name = name
        self.fullName = fullName
        self.aliases = aliases
        self.members = members
    }

    /// The short canonical name.
    public var id: String { name }

    /// `"SCO (Shanghai Cooperation Organisation)"`.
    public var description: String { name == fullName ? name : "\(name) (\(fullName))" }

    /// The countries with a given standing, in table order.
    ///
    /// - Parameter role: The standing, ``Membership/Role/member`` by default.
    /// - Returns: Their codes.
    public func countries(withRole role: Membership.Role = .member) -> [CountryCode] {
        members.filter { $0.role == role }.map(\.country)
    }

    /// The standing of a country, if it has one.
    ///
    /// - Parameter country: The country.
    /// - Returns: Its membership, or `nil`.
    public func membership(of country: CountryCode) -> Membership? {
        members.first { $0.country == country }
    }

    private enum CodingKeys: String, CodingKey {
        case name, fullName, aliases, members
    }

    /// Decodes an organisation; `aliases` and `members` may be left out.
    ///
    /// - Throws: `DecodingError` for a missing name or a malformed member.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        fullName = try container.decode(String.self, forKey: .fullName)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        members = try container.decodeIfPresent([Membership].self, forKey: .members) ?? []
    }

    /// Encodes the organisation with every key.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(fullName, forKey: .fullName)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(members, forKey: .members)
    }
}
