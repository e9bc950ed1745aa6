/// An event that two or more leaders attended, as found by ``Archive/sharedEvents(matching:)``.
///
/// Encodes as `{"event": "CSTO Summit", "city": "Astana", "country": "KZ", "organization": "CSTO",
/// "year": 2024, "people": ["Emomali Rahmon", "Sadyr Japarov"]}`; absent values are `null`.
public struct SharedEvent: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How two mentions of an event are taken to be the same event.
    public enum Matching: Sendable, Hashable, CaseIterable {
        /// The same normalised name (ordinal edition left out, case ignored) in the same city.
        case nameAndCity
        /// The same organisation in the same city in the same year, however the event is written
        /// ("XVI BRICS Summit" and "BRICS+ Summit" in Kazan in 2024); events without an organisation match
        /// by normalised name without words such as "Extraordinary" or "Informal" ("Arab-Islamic
        /// Extraordinary Summit" and "Arab-Islamic Summit" in Riyadh). Events without a city or a year
        /// are left out.
        case organizationCityAndYear
    }

    /// The event's name as first written; by organisation, when the mentions are written differently,
    /// the organisation (or the name without qualifiers when there is none).
    public var event: String
    /// The city, by canonical name.
    public var city: String?
    /// The host country.
    public var country: CountryCode?
    /// The organisation or format behind the event, when known.
    public var organization: String?
    /// The year, from the event's date or the travel record's period, when known.
    public var year: Int?
    /// The leaders who attended, in the order the archive first names them.
    public var people: [String]

    /// Creates a shared event.
    ///
    /// - Parameters:
    ///   - event: The event's name.
    ///   - city: The city.
    ///   - country: The host country.
    ///   - organization: The organisation.
    ///   - year: The year.
    ///   - people: The leaders who attended.
    public init(
        event: String, city: String? = nil, country: CountryCode? = nil, organization: String? = nil,
        year: Int? = nil, people: [String]
    ) {
        self.event = event
        self.city = city
        self.country = country
        self.organization = organization
        self.year = year
        self.people = people
    }

    /// `"CSTO Summit (Astana): Emomali Rahmon, Sadyr Japarov"`.
    public var description: String {
        "\(event)\(city.map { " (\($0))" } ?? ""): \(people.joined(separator: ", "))"
    }

    private enum CodingKeys: String, CodingKey { case event, city, country, organization, year, people }

    /// Decodes a shared event.
    ///
    /// - Throws: `DecodingError` when a key is missing or a country code is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        event = try container.decode(String.self, forKey: .event)
        city = try container.decodeIfPresent(String.self, forKey: .city)
        country = try container.decodeIfPresent(CountryCode.self, forKey: .country)
        organization = try container.decodeIfPresent(String.self, forKey: .organization)
        year = try container.decodeIfPresent(Int.self, forKey: .year)
        people = try container.decode([String].self, forKey: .people)
    }

    /// Encodes the shared event, absent values as `null`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(event, forKey: .event)
        try container.encode(city, forKey: .city)
        try container.encode(country, forKey: .country)
        try container.encode(organization, forKey: .organization)
        try container.encode(year, forKey: .year)
        try container.encode(people, forKey: .people)
    }
}
