/// A country's standing in an ``Organization``: its role and since when.
///
/// JSON: `{"country": "TM", "role": "associate", "since": "2007"}`; `since` is left out when unknown.
public struct Membership: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A standing in an organisation: an open set of names.
    ///
    /// JSON: the raw value as a string.
    public struct Role: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        /// The role's name (`"observer"`).
        public let rawValue: String

        /// Creates a role.
        ///
        /// - Parameter rawValue: Its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Creates a role from a literal.
        ///
        /// - Parameter value: Its name.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// The role's name.
        public var description: String { rawValue }

        /// A full member.
        public static let member: Role = "member"
        /// An observer.
        public static let observer: Role = "observer"
        /// An associate member (Turkmenistan in the CIS).
        public static let associate: Role = "associate"
        /// A partner that takes part as a party: the "+1" of a C5+1 format.
        public static let partner: Role = "partner"
        /// A dialogue or partner country of an organisation (the SCO's, BRICS'): close to it, but no party to
        /// what its members sign.
        public static let dialoguePartner: Role = "dialoguePartner"
        /// A guest invited to meetings.
        public static let guest: Role = "guest"
    }

    /// The country.
    public var country: CountryCode
    /// Its standing.
    public var role: Role
    /// When the standing began, when known.
    public var since: PartialDate?

    /// Creates a membership.
    ///
    /// - Parameters:
    ///   - country: The country.
    ///   - role: Its standing; a full member by default.
    ///   - since: When the standing began.
    public init(_ country: CountryCode, role: Role = .member, since: PartialDate? = nil) {
        self.country = country
        self.role = role
        self.since = since
    }

    /// `"TM associate since 2007"`.
    public var description: String {
        since.map { "\(country) \(role) since \($0)" } ?? "\(country) \(role)"
    }

    private enum CodingKeys: String, CodingKey {
        case country, role, since
    }

    /// Decodes a membership.
    ///
    /// - Throws: `DecodingError` for a malformed code or date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        country = try container.decode(CountryCode.self, forKey: .country)
        role = try container.decode(Role.self, forKey: .role)
        since = try container.decodeIfPresent(PartialDate.self, forKey: .since)
    }

    /// Encodes the membership; `since` is left out when unknown.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(country, forKey: .country)
        try container.encode(role, forKey: .role)
        try container.encodeIfPresent(since, forKey: .since)
    }
}
