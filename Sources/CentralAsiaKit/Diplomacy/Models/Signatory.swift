/// A person who signed an agreement, with the country (or organisation) and office they signed for.
///
/// JSON: `{"name": "Murat Nurtleu", "country": "KZ", "office": "Foreign Minister"}`; `country` and `office`
/// are `null` when unknown. One who signed for an organisation has `"organization"` (`"EU"`) and no country;
/// the key is left out otherwise.
public struct Signatory: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The canonical name (`"Murat Nurtleu"`).
    public var name: String
    /// The country the person signed for, when known.
    public var country: CountryCode?
    /// The office held when signing (`"Foreign Minister"`), when known.
    public var office: String?
    /// The organisation signed for, by its short name (`"EU"`), when the person signed for one rather than
    /// for a country.
    public var organization: String?

    /// Creates a signatory.
    ///
    /// - Parameters:
    ///   - name: The canonical name.
    ///   - country: The country signed for.
    ///   - office: The office held when signing.
    ///   - organization: The organisation signed for, for one who signed for an organisation.
    public init(name: String, country: CountryCode? = nil, office: String? = nil, organization: String? = nil) {
        self.name = name
        self.country = country
        self.office = office
        self.organization = organization
    }

    /// The party the person signed for: the country, else the organisation.
    public var party: EntityID? {
        country.map(EntityID.country) ?? organization.map(EntityID.organization)
    }

    /// `"Murat Nurtleu (Foreign Minister, KZ)"`, or the name alone.
    public var description: String {
        let details = [office, country?.rawValue ?? organization].compactMap { $0 }
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }

    private enum CodingKeys: String, CodingKey {
        case name, country, office, organization
    }

    /// Decodes a signatory.
    ///
    /// - Throws: `DecodingError` for a missing name or a malformed country code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        country = try container.decodeIfPresent(CountryCode.self, forKey: .country)
        office = try container.decodeIfPresent(String.self, forKey: .office)
        organization = try container.decodeIfPresent(String.self, forKey: .organization)
    }

    /// Encodes the signatory; an unknown country or office as `null`, and `organization` only when there is one.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
        try container.encode(office, forKey: .office)
        try container.encodeIfPresent(organization, forKey: .organization)
    }
}
