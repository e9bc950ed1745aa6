/// A person who signed an agreement, with the country and office they signed for.
///
/// JSON: `{"name": "Murat Nurtleu", "country": "KZ", "office": "Foreign Minister"}`; `country` and `office`
/// are `null` when unknown.
public struct Signatory: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The canonical name (`"Murat Nurtleu"`).
    public var name: String
    /// The country the person signed for, when known.
    public var country: CountryCode?
    /// The office held when signing (`"Foreign Minister"`), when known.
    public var office: String?

    /// Creates a signatory.
    ///
    /// - Parameters:
    ///   - name: The canonical name.
    ///   - country: The country signed for.
    ///   - office: The office held when signing.
    public init(name: String, country: CountryCode? = nil, office: String? = nil) {
        self.name = name
        self.country = country
        self.office = office
    }

    /// `"Murat Nurtleu (Foreign Minister, KZ)"`, or the name alone.
    public var description: String {
        let details = [office, country?.rawValue].compactMap { $0 }
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }

    private enum CodingKeys: String, CodingKey {
        case name, country, office
    }

    /// Decodes a signatory.
    ///
    /// - Throws: `DecodingError` for a missing name or a malformed country code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        country = try container.decodeIfPresent(CountryCode.self, forKey: .country)
        office = try container.decodeIfPresent(String.self, forKey: .office)
    }

    /// Encodes the signatory; unknown values as `null`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
        try container.encode(office, forKey: .office)
    }
}
