public import CentralAsiaKit
public import Foundation

/// One entry of a news feed: the `NewsArticle` it describes and what only feeds carry.
///
/// The article gets the day-precision date; the item keeps the date as written (``rawDate``) and
/// the instant (``published``) when the text gave a time and a known zone.
///
/// JSON: `{"article": {…}, "id": "…", "rawDate": "Tue, 21 Jan 2025 10:00:00 +0600",
/// "published": "2025-01-21T04:00:00Z", "updated": {…FeedDate…}, "summary": "…",
/// "contentType": "html", "authors": [{…FeedPerson…}], "categories": [{…FeedCategory…}],
/// "enclosures": […]}`; absent fields and empty arrays are left out. `published` is ISO 8601 in UTC, with fractional seconds only
/// when there are any: milliseconds (`.250`), or more digits when the instant needs them to come
/// back exactly (an item survives a JSON round trip unchanged).
public struct FeedItem: Sendable, Hashable, Codable {
    /// The article: title, paragraphs, day, link, section, authors, tags.
    public var article: NewsArticle
    /// The item's identifier (RSS `guid`, Atom `id`, JSON Feed `id`), when given.
    public var id: String?
    /// The publication date exactly as written, when given.
    public var rawDate: String?
    /// The publication instant, when the date gave a time and a known zone.
    public var published: Date?
    /// The summary or teaser as plain text, when the feed gives one apart from the body.
    public var summary: String?
    /// Attached files (images, audio).
    public var enclosures: [FeedEnclosure]
    /// When the item last changed, apart from ``published`` (Atom `updated`, Atom 0.3 `modified`,
    /// JSON Feed `date_modified`), when given.
    public var updated: FeedDate?
    /// The authors with what the feed tells of them (name, e-mail, URI); the article keeps the names.
    public var authors: [FeedPerson]
    /// The categories with their scheme and label; the article keeps the terms as tags.
    public var categories: [FeedCategory]
    /// How the body was written: `"html"`, `"text"`, `"xhtml"`, or the MIME type the feed gave
    /// (`"text/plain"`); `nil` when the item has no body.
    public var contentType: String?

    /// Creates a feed item.
    ///
    /// - Parameters:
    ///   - article: The article.
    ///   - id: The identifier.
    ///   - rawDate: The date as written.
    ///   - published: The instant.
    ///   - summary: The plain-text summary.
    ///   - enclosures: Attached files.
    ///   - updated: The last change.
    ///   - authors: The authors in full.
    ///   - categories: The categories in full.
    ///   - contentType: How the body was written.
    public init(
        article: NewsArticle, id: String? = nil, rawDate: String? = nil, published: Date? = nil,
        summary: String? = nil, enclosures: [FeedEnclosure] = [], updated: FeedDate? = nil,
        authors: [FeedPerson] = [], categories: [FeedCategory] = [], contentType: String? = nil
    ) {
        self.article = article
        self.id = id
        self.rawDate = rawDate
        self.published = published
        self.summary = summary
        self.enclosures = enclosures
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.contentType = contentType
    }

    private enum CodingKeys: String, CodingKey {
        case article, id, rawDate, published, updated, summary, contentType, authors, categories, enclosures
    }

    /// Decodes an item.
    ///
    /// - Throws: `DecodingError` when `article` is missing or `published` is not ISO 8601.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        article = try container.decode(NewsArticle.self, forKey: .article)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        rawDate = try container.decodeIfPresent(String.self, forKey: .rawDate)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        enclosures = try container.decodeIfPresent([FeedEnclosure].self, forKey: .enclosures) ?? []
        updated = try container.decodeIfPresent(FeedDate.self, forKey: .updated)
        authors = try container.decodeIfPresent([FeedPerson].self, forKey: .authors) ?? []
        categories = try container.decodeIfPresent([FeedCategory].self, forKey: .categories) ?? []
        contentType = try container.decodeIfPresent(String.self, forKey: .contentType)
        if let text = try container.decodeIfPresent(String.self, forKey: .published) {
            guard let date = ISOInstant.date(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .published, in: container,
                    debugDescription: "invalid instant \"\(text)\"; expected ISO 8601 such as 2025-01-21T04:00:00Z")
            }
            published = date
        } else {
            published = nil
        }
    }

    /// Encodes the item as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(rawDate, forKey: .rawDate)
        try container.encodeIfPresent(published.map(ISOInstant.text), forKey: .published)
        try container.encodeIfPresent(updated, forKey: .updated)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encodeIfPresent(contentType, forKey: .contentType)
        if !authors.isEmpty { try container.encode(authors, forKey: .authors) }
        if !categories.isEmpty { try container.encode(categories, forKey: .categories) }
        if !enclosures.isEmpty { try container.encode(enclosures, forKey: .enclosures) }
    }
}
