/// Where an archived article appeared: which source, which page, where on it.
///
/// An article seen on several listing pages keeps one reference per sighting.
///
/// JSON: `{"source": "timesca-2025-01-21.txt", "date": "2025-01-21", "position": 7, "article": 1}`;
/// `date` and `position` are left out when unknown.
public struct PageReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The name of the source the page came from (a file name, a feed, a label chosen by the caller).
    public var source: String
    /// The page's date, when it has one.
    public var date: PartialDate?
    /// The article's 1-based position in the whole listing (`Viewing results 7 - 12` puts the page's
    /// first article at 7), when the page has a listing line.
    public var position: Int?
    /// The article's 1-based position on the page.
    public var article: Int

    /// Creates a reference.
    ///
    /// - Parameters:
    ///   - source: The source's name.
    ///   - date: The page's date.
    ///   - position: The position in the listing.
    ///   - article: The position on the page, from 1.
    public init(source: String, date: PartialDate? = nil, position: Int? = nil, article: Int) {
        self.source = source
        self.date = date
        self.position = position
        self.article = article
    }

    /// `source 2025-01-21 #7 (article 1)`.
    public var description: String {
        var text = source
        if let date { text += " \(date)" }
        if let position { text += " #\(position)" }
        return text + " (article \(article))"
    }

    private enum CodingKeys: String, CodingKey { case source, date, position, article }

    /// Decodes a reference.
    ///
    /// - Throws: `DecodingError` for a missing field or a malformed date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
        position = try container.decodeIfPresent(Int.self, forKey: .position)
        article = try container.decode(Int.self, forKey: .article)
    }

    /// Encodes the reference; unknown `date` and `position` are left out.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(position, forKey: .position)
        try container.encode(article, forKey: .article)
    }
}
