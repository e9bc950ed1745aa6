/// A city: its canonical English name, its country, where it is, and the other names it goes by.
///
/// JSON: `{"name": "Astana", "country": "KZ", "latitude": 51.17, "longitude": 71.45, "isCapital": true,
/// "aliases": [], "formerNames": ["Akmola", "Nur-Sultan"]}`. Coordinates are decimal degrees, north and
/// east positive, to about a kilometre; they are for maps and distances, not for surveying.
public struct City: Sendable, Hashable, Codable, Identifiable, CustomStringConvertible {
    /// The canonical English name (`"Saint Petersburg"`), the city's identity within a gazetteer.
    public var name: String
    /// The country the city is in.
    public var country: CountryCode
    /// Latitude in decimal degrees, north positive.
    public var latitude: Double
    /// Longitude in decimal degrees, east positive.
    public var longitude: Double
    /// Whether the city is its country's capital.
    public var isCapital: Bool
    /// Other current spellings (`"St. Petersburg"`, `"Ashkhabad"`).
    public var aliases: [String]
    /// Earlier official names (`"Nur-Sultan"`, `"Alma-Ata"`, `"Frunze"`).
    public var formerNames: [String]

    /// Creates a city.
    ///
    /// - Parameters:
    ///   - name: The canonical English name.
    ///   - country: The country it is in.
    ///   - latitude: Decimal degrees, north positive.
    ///   - longitude: Decimal degrees, east positive.
    ///   - isCapital: Whether it is the national capital.
    ///   - aliases: Other current spellings.
    ///   - formerNames: Earlier names.
    public init(
        name: String, country: CountryCode, latitude: Double, longitude: Double, isCapital: Bool = false,
        aliases: [String] = [], formerNames: [String] = []
    ) {
        self.name = name
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.isCapital = isCapital
        self.aliases = aliases
        self.formerNames = formerNames
    }

    /// The canonical name.
    public var id: String { name }

    /// `"Astana, KZ"`.
    public var description: String { "\(name), \(country)" }

    private enum CodingKeys: String, CodingKey {
        case name, country, latitude, longitude, isCapital, aliases, formerNames
    }

    /// Decodes a city; `isCapital`, `aliases` and `formerNames` may be left out.
    ///
    /// - Throws: `DecodingError` for a missing key or a malformed country code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        country = try container.decode(CountryCode.self, forKey: .country)
        latitude = try container.decode(Double.self, forKey: .latitude)
        longitude = try container.decode(Double.self, forKey: .longitude)
        isCapital = try container.decodeIfPresent(Bool.self, forKey: .isCapital) ?? false
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        formerNames = try container.decodeIfPresent([String].self, forKey: .formerNames) ?? []
    }

    /// Encodes the city with every key.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
        try container.encode(latitude, forKey: .latitude)
        try container.encode(longitude, forKey: .longitude)
        try container.encode(isCapital, forKey: .isCapital)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(formerNames, forKey: .formerNames)
    }
}
