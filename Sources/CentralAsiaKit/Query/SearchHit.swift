/// One search result: the article, its score and the passages that match.
///
/// JSON: `{"id": 3, "score": 1.2345, "snippets": ["… the «Middle Corridor» …"], "article": {…}}`.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The article's id in the archive (its index in ``Archive/articles``).
    public var id: Int
    /// The BM25 score; higher is better.
    public var score: Double
    /// Up to two passages of the title or paragraphs, best first, matched terms between the markers.
    public var snippets: [String]
    /// The article.
    public var article: NewsArticle

    /// Creates a hit.
    ///
    /// - Parameters:
    ///   - id: The article's id.
    ///   - score: The score.
    ///   - snippets: Highlighted passages.
    ///   - article: The article.
    public init(id: Int, score: Double, snippets: [String], article: NewsArticle) {
        self.id = id
        self.score = score
        self.snippets = snippets
        self.article = article
    }

    private enum CodingKeys: String, CodingKey { case id, score, snippets, article }

    /// Decodes a hit.
    ///
    /// - Throws: `DecodingError` for a missing or malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int.self, forKey: .id)
        score = try container.decode(Double.self, forKey: .score)
        snippets = try container.decode([String].self, forKey: .snippets)
        article = try container.decode(NewsArticle.self, forKey: .article)
    }

    /// Encodes the hit.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(score, forKey: .score)
        try container.encode(snippets, forKey: .snippets)
        try container.encode(article, forKey: .article)
    }
}
