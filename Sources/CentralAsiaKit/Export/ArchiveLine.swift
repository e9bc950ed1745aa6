/// One line of an archive's JSON Lines file: a page, an article or rates.
///
/// Which it is follows from the keys: a line with `articles` is a page document (the contract's
/// ``NewsPage``, plus a `source` key naming where it came from); a line with `rates` and no `title`
/// is a list of rates; any other line is an article, either the contract's ``NewsArticle`` document or
/// the short ``ArticleRecord`` (`{"title","body","date"}`, whose body becomes the paragraphs).
public enum ArchiveLine: Sendable, Hashable, Codable {
    /// A page document and the name of its source.
    case page(NewsPage, source: String?)
    /// An article that came without a page.
    case article(NewsArticle)
    /// Rates that came without a page.
    case rates([ExchangeRate])

    private enum CodingKeys: String, CodingKey { case articles, source, rates, title, body, paragraphs }

    /// Decodes whichever document the line holds.
    ///
    /// - Throws: `DecodingError` when the document is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.articles) {
            self = .page(
                try NewsPage(from: decoder), source: try container.decodeIfPresent(String.self, forKey: .source))
        } else if container.contains(.rates) && !container.contains(.title) {
            self = .rates(try container.decode([ExchangeRate].self, forKey: .rates))
        } else if container.contains(.body) && !container.contains(.paragraphs) {
            self = .article(try ArticleRecord(from: decoder).article)
        } else {
            self = .article(try NewsArticle(from: decoder))
        }
    }

    /// Encodes the page document (with `source` after its keys), the article document, or `{"rates": […]}`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .page(let page, let source):
            try page.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(source, forKey: .source)
        case .article(let article):
            try article.encode(to: encoder)
        case .rates(let rates):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rates, forKey: .rates)
        }
    }
}
