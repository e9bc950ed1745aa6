/// A summit, forum or ceremony that leaders attend: "XVI BRICS Summit" in Kazan.
///
/// ``name`` keeps the text as written; ``normalizedName`` drops the edition and straightens typographic
/// apostrophes, so that editions of one series group together (`"XVI BRICS Summit"` → `"BRICS Summit"`).
///
/// JSON: `{"name": "XVI BRICS Summit", "normalizedName": "BRICS Summit", "edition": 16, "organization": "BRICS",
/// "city": "Kazan", "country": "RU", "date": "2024-10-22"}`; unknown values are left out.
public struct DiplomaticEvent: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The name as written (`"Turkic States’ Council of Elders"`).
    public var name: String
    /// The name without its edition, with straight apostrophes (`"BRICS Summit"`).
    public var normalizedName: String
    /// The edition the name gives (16 from "XVI", 6 from "Sixth", 10 from "10th"), when it gives one.
    public var edition: Int?
    /// The organisation or format that holds the event, by short canonical name (`"BRICS"`), when known.
    public var organization: String?
    /// The host city, by canonical name (`"Saint Petersburg"`), when known.
    public var city: String?
    /// The host country, when known.
    public var country: CountryCode?
    /// When the event took place, when known.
    public var date: DateOrSpan?

    /// Creates an event.
    ///
    /// - Parameters:
    ///   - name: The name as written.
    ///   - normalizedName: The name without edition; `name` with straight apostrophes when `nil`.
    ///   - edition: The edition number.
    ///   - organization: The organisation's short name.
    ///   - city: The host city's canonical name.
    ///   - country: The host country.
    ///   - date: When it took place.
    public init(
        name: String, normalizedName: String? = nil, edition: Int? = nil, organization: String? = nil,
        city: String? = nil, country: CountryCode? = nil, date: DateOrSpan? = nil
    ) {
        self.name = name
        self.normalizedName = normalizedName ?? DiplomaticEvent.straightened(name)
        self.edition = edition
        self.organization = organization
        self.city = city
        self.country = country
        self.date = date
    }

    /// `"XVI BRICS Summit (Kazan, RU)"`.
    public var description: String {
        let place = [city, country?.rawValue].compactMap { $0 }
        return place.isEmpty ? name : "\(name) (\(place.joined(separator: ", ")))"
    }

    /// A name with typographic apostrophes and quotes made straight and runs of spaces collapsed.
    ///
    /// - Parameter name: A name as written.
    /// - Returns: The plain form (`"Turkic States’ Council"` → `"Turkic States' Council"`).
    public static func straightened(_ name: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in name {
            switch character {
            case "\u{2019}", "\u{2018}":
                result.append("'")
                lastWasSpace = false
            case " ", "\t", "\n":
                if !lastWasSpace, !result.isEmpty { result.append(" ") }
                lastWasSpace = true
            default:
                result.append(character)
                lastWasSpace = false
            }
        }
        return lastWasSpace ? String(result.dropLast()) : result
    }

    private enum CodingKeys: String, CodingKey {
        case name, normalizedName, edition, organization, city, country, date
    }

    /// Decodes an event; everything but the name may be left out.
    ///
    /// - Throws: `DecodingError` for a missing name, a malformed country code or date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        self.init(
            name: name, normalizedName: try container.decodeIfPresent(String.self, forKey: .normalizedName),
            edition: try container.decodeIfPresent(Int.self, forKey: .edition),
            organization: try container.decodeIfPresent(String.self, forKey: .organization),
            city: try container.decodeIfPresent(String.self, forKey: .city),
            country: try container.decodeIfPresent(CountryCode.self, forKey: .country),
            date: try container.decodeIfPresent(DateOrSpan.self, forKey: .date))
    }

    /// Encodes the event; unknown values are left out.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(normalizedName, forKey: .normalizedName)
        try container.encodeIfPresent(edition, forKey: .edition)
        try container.encodeIfPresent(organization, forKey: .organization)
        try container.encodeIfPresent(city, forKey: .city)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encodeIfPresent(date, forKey: .date)
    }
}
