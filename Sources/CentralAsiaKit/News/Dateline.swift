/// The place and agency that open a news story: `BISHKEK (TCA) — `.
///
/// JSON: `{"place": "BISHKEK", "agency": "TCA"}`.
public struct Dateline: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The place as written, usually a city in capitals (`"BISHKEK"`).
    public var place: String
    /// The news agency in the parentheses (`"TCA"`), when given.
    public var agency: String?

    /// Creates a dateline.
    ///
    /// - Parameters:
    ///   - place: The place as written.
    ///   - agency: The agency, if any.
    public init(place: String, agency: String? = nil) {
        self.place = place
        self.agency = agency
    }

    /// The dateline as printed: `"BISHKEK (TCA)"`.
    public var description: String {
        agency.map { "\(place) (\($0))" } ?? place
    }

    private enum CodingKeys: String, CodingKey { case place, agency }

    /// Decodes a dateline.
    ///
    /// - Throws: `DecodingError` when `place` is missing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        place = try container.decode(String.self, forKey: .place)
        agency = try container.decodeIfPresent(String.self, forKey: .agency)
    }

    /// Encodes the dateline; `agency` is left out when absent.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(place, forKey: .place)
        try container.encodeIfPresent(agency, forKey: .agency)
    }
}
