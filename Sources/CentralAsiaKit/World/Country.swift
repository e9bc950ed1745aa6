/// A country or territory of ISO 3166-1, with the names the news uses for it.
///
/// The ISO facts (``code``, ``alpha3``, ``numeric``, ``isoName``) come from the generated table
/// `Country+ISO3166.swift`; the news names, adjectives and capital from the hand-written table
/// `Country+NewsNames.swift`. Both are plain data: ``Gazetteer/adding(_:)-(Country)`` adds or replaces one.
///
/// JSON: `{"code": "KZ", "alpha3": "KAZ", "numeric": "398", "isoName": "Kazakhstan", "name": "Kazakhstan",
/// "aliases": […], "demonyms": ["Kazakh", "Kazakhstani"], "capital": "Astana"}`; `capital` is left out when unknown.
public struct Country: Sendable, Hashable, Codable, Identifiable, CustomStringConvertible {
    /// The alpha-2 code, the country's identity (`KZ`).
    public var code: CountryCode
    /// The alpha-3 code (`KAZ`).
    public var alpha3: String
    /// The three-digit numeric code, zero-padded (`"398"`).
    public var numeric: String
    /// The English short name as ISO 3166-1 writes it (`"Korea, Republic of"`).
    public var isoName: String
    /// The canonical English name used in output (`"South Korea"`).
    public var name: String
    /// Other names that denote the country in text (`"the U.S."`, `"America"`, `"Britain"`).
    public var aliases: [String]
    /// Adjectives and demonyms (`"Kazakh"`, `"Kazakhstani"`); they count as mentions of the country.
    public var demonyms: [String]
    /// The canonical name of the capital city, when known.
    public var capital: String?

    /// Creates a country.
    ///
    /// - Parameters:
    ///   - code: The alpha-2 code.
    ///   - alpha3: The alpha-3 code.
    ///   - numeric: The three-digit numeric code.
    ///   - isoName: The ISO 3166-1 English short name.
    ///   - name: The canonical English name; defaults to `isoName`.
    ///   - aliases: Other names.
    ///   - demonyms: Adjectives and demonyms.
    ///   - capital: The capital city's canonical name.
    public init(
        code: CountryCode, alpha3: String, numeric: String, isoName: String, name: String? = nil,
        aliases: [String] = [], demonyms: [String] = [], capital: String? = nil
    ) {
        self.code = code
        self.alpha3 = alpha3
        self.numeric = numeric
        self.isoName = isoName
        self.name = name ?? isoName
        self.aliases = aliases
        self.demonyms = demonyms
        self.capital = capital
    }

    /// The alpha-2 code.
    public var id: CountryCode { code }

    /// `"KZ Kazakhstan"`.
    public var description: String { "\(code) \(name)" }

    private enum CodingKeys: String, CodingKey {
        case code, alpha3, numeric, isoName, name, aliases, demonyms, capital
    }

    /// Decodes a country; `aliases` and `demonyms` may be left out.
    ///
    /// - Throws: `DecodingError` for a missing key or a malformed code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(CountryCode.self, forKey: .code)
        alpha3 = try container.decode(String.self, forKey: .alpha3)
        numeric = try container.decode(String.self, forKey: .numeric)
        isoName = try container.decode(String.self, forKey: .isoName)
        name = try container.decode(String.self, forKey: .name)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        demonyms = try container.decodeIfPresent([String].self, forKey: .demonyms) ?? []
        capital = try container.decodeIfPresent(String.self, forKey: .capital)
    }

    /// Encodes the country; `capital` is left out when unknown.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(alpha3, forKey: .alpha3)
        try container.encode(numeric, forKey: .numeric)
        try container.encode(isoName, forKey: .isoName)
        try container.encode(name, forKey: .name)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(demonyms, forKey: .demonyms)
        try container.encodeIfPresent(capital, forKey: .capital)
    }
}
