/// What the diplomacy extractors read from one text: travel summaries, single visits, partnerships, and
/// diagnostics where the text contradicts itself.
///
/// JSON: `{"travel": […], "visits": […], "partnerships": […], "diagnostics": […]}`.
public struct DiplomacyExtraction: Sendable, Hashable, Codable {
    /// Travel summaries, one per person summarised.
    public var travel: [TravelRecord]
    /// Single visits reported in prose.
    public var visits: [Visit]
    /// Partnerships, agreements, formats and relationship levels.
    public var partnerships: [Partnership]
    /// Where stated numbers disagree with what is listed, and similar notes.
    public var diagnostics: [Diagnostic]

    /// Creates an extraction.
    ///
    /// - Parameters:
    ///   - travel: Travel summaries.
    ///   - visits: Single visits.
    ///   - partnerships: Partnerships.
    ///   - diagnostics: Diagnostics.
    public init(
        travel: [TravelRecord] = [], visits: [Visit] = [], partnerships: [Partnership] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.travel = travel
        self.visits = visits
        self.partnerships = partnerships
        self.diagnostics = diagnostics
    }

    private enum CodingKeys: String, CodingKey {
        case travel, visits, partnerships, diagnostics
    }

    /// Decodes an extraction; a missing list is empty.
    ///
    /// - Throws: `DecodingError` for a malformed entry.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        travel = try container.decodeIfPresent([TravelRecord].self, forKey: .travel) ?? []
        visits = try container.decodeIfPresent([Visit].self, forKey: .visits) ?? []
        partnerships = try container.decodeIfPresent([Partnership].self, forKey: .partnerships) ?? []
        diagnostics = try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }

    /// Encodes the four lists.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(travel, forKey: .travel)
        try container.encode(visits, forKey: .visits)
        try container.encode(partnerships, forKey: .partnerships)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}
