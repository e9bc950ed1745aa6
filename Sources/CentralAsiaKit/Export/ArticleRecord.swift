/// The short article record of a JSON Lines corpus: `{"title": …, "body": …, "date": …}`.
///
/// The body holds the paragraphs joined by line feeds; `date` may be `null` or left out.
/// ``article`` and ``init(_:)`` convert to and from ``NewsArticle``.
public struct ArticleRecord: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String
    /// The text, paragraphs separated by `\n`.
    public var body: String
    /// The publication date, when known.
    public var date: PartialDate?

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - title: The headline.
    ///   - body: The text, paragraphs separated by `\n`.
    ///   - date: The date, if known.
    public init(title: String, body: String, date: PartialDate? = nil) {
        self.title = title
        self.body = body
        self.date = date
    }

    /// The record of an article: its paragraphs joined by `\n`.
    ///
    /// - Parameter article: The article.
    public init(_ article: NewsArticle) {
        self.init(title: article.title, body: article.paragraphs.joined(separator: "\n"), date: article.date)
    }

    /// The article: one paragraph per non-empty line of the body.
    public var article: NewsArticle {
        let paragraphs = body.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return NewsArticle(title: title, paragraphs: paragraphs, date: date)
    }

    private enum CodingKeys: String, CodingKey { case title, body, date }

    /// Decodes a record; a missing body is empty.
    ///
    /// - Throws: `DecodingError` when `title` is missing or `date` is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        body = try container.decodeIfPresent(String.self, forKey: .body) ?? ""
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
    }

    /// Encodes `title`, `body` and `date` (`null` when unknown), in that order.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(body, forKey: .body)
        try container.encode(date, forKey: .date)
    }
}
