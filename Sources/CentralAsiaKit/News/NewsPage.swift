/// Everything read from one listing or article page: the JSON page document.
///
/// JSON (the contract of `briefing --json`): `{"schemaVersion": 2, "date": "2025-01-21",
/// "category": …, "ticker": {…}, "listing": {…}, "articles": […], "travel": […], "visits": […],
/// "partnerships": […], "diagnostics": […]}`. `date`, `ticker` and `listing` are `null` when the page has
/// none; `category` is left out when absent; the lists are always written.
///
/// Decoding reads every version in ``readableSchemaVersions``; a document without `schemaVersion` is read as
/// the current version. Version 1 differs only in its partnerships, which had no `partyKinds` (see
/// ``Partnership``).
public struct NewsPage: Sendable, Hashable, Codable {
    /// The version of the page document's JSON shape, written in every document: 2 since partnerships
    /// state what each party is (`partyKinds`).
    public static let schemaVersion = 2
    /// The versions of the page document that decoding reads: 1 (partnerships without `partyKinds`) and 2.
    public static let readableSchemaVersions = 1...schemaVersion
    /// The version whose partnerships name their parties without their kinds.
    static let versionWithoutPartyKinds = 1

    /// The page's date line, when it has one.
    public var date: PartialDate?
    /// The category label under the date (`"Uncategorized"`), when there is one.
    public var category: String?
    /// The currency ticker, when the page has one.
    public var ticker: Ticker?
    /// The `Viewing results A - B of N` line, when the page has one.
    public var listing: Listing?
    /// The articles in page order.
    public var articles: [NewsArticle]
    /// The travel summaries of the articles (filled in by ``DiplomacyExtractor``; empty until then).
    public var travel: [TravelRecord]
    /// The single visits the articles report (filled in by ``DiplomacyExtractor``).
    public var visits: [Visit]
    /// The partnerships and agreements the articles report (filled in by ``DiplomacyExtractor``).
    public var partnerships: [Partnership]
    /// What the parser skipped, repaired or found suspicious.
    public var diagnostics: [Diagnostic]

    /// Creates a page.
    ///
    /// - Parameters:
    ///   - date: The page date.
    ///   - category: The category label.
    ///   - ticker: The currency ticker.
    ///   - listing: The listing position.
    ///   - articles: The articles.
    ///   - travel: The articles' travel summaries.
    ///   - visits: The articles' single visits.
    ///   - partnerships: The articles' partnerships.
    ///   - diagnostics: The parser's diagnostics.
    public init(
        date: PartialDate? = nil, category: String? = nil, ticker: Ticker? = nil, listing: Listing? = nil,
        articles: [NewsArticle] = [], travel: [TravelRecord] = [], visits: [Visit] = [],
        partnerships: [Partnership] = [], diagnostics: [Diagnostic] = []
    ) {
        self.date = date
        self.category = category
        self.ticker = ticker
        self.listing = listing
        self.articles = articles
        self.travel = travel
        self.visits = visits
        self.partnerships = partnerships
        self.diagnostics = diagnostics
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, date, category, ticker, listing, articles, travel, visits, partnerships, diagnostics
    }

    /// Decodes a page document, checking its schema version.
    ///
    /// - Throws: `DecodingError` for an unsupported `schemaVersion` or a malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? NewsPage.schemaVersion
        let readable = NewsPage.readableSchemaVersions
        guard readable.contains(version) else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription:
                    "unsupported schemaVersion \(version); this library reads versions \(readable.lowerBound) to \(readable.upperBound)"
            )
        }
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
        category = try container.decodeIfPresent(String.self, forKey: .category)
        ticker = try container.decodeIfPresent(Ticker.self, forKey: .ticker)
        listing = try container.decodeIfPresent(Listing.self, forKey: .listing)
        articles = try container.decodeIfPresent([NewsArticle].self, forKey: .articles) ?? []
        travel = try container.decodeIfPresent([TravelRecord].self, forKey: .travel) ?? []
        visits = try container.decodeIfPresent([Visit].self, forKey: .visits) ?? []
        if version == NewsPage.versionWithoutPartyKinds {
            let old = try container.decodeIfPresent([Version1Partnership].self, forKey: .partnerships) ?? []
            partnerships = old.map(\.partnership)
        } else {
            partnerships = try container.decodeIfPresent([Partnership].self, forKey: .partnerships) ?? []
        }
        diagnostics = try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }

    /// Encodes the page document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(NewsPage.schemaVersion, forKey: .schemaVersion)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encode(ticker, forKey: .ticker)
        try container.encode(listing, forKey: .listing)
        try container.encode(articles, forKey: .articles)
        try container.encode(travel, forKey: .travel)
        try container.encode(visits, forKey: .visits)
        try container.encode(partnerships, forKey: .partnerships)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}

/// A partnership of a version 1 page document, whose parties are told apart by their names.
private struct Version1Partnership: Decodable {
    var partnership: Partnership

    init(from decoder: any Decoder) throws {
        partnership = try Partnership(from: decoder, parties: .guessedForVersion1)
    }
}
