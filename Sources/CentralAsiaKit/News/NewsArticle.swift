/// One news article: its title, its paragraphs and what is known about it.
///
/// A listing page gives a title and a teaser that the site may cut with `...` or `…`; a single
/// article page gives the whole text. The paragraphs keep the text as published, including a
/// closing ellipsis; ``isTruncated`` says whether the body was cut. A dateline (`BISHKEK (TCA) — `)
/// is moved out of the first paragraph into ``dateline``.
///
/// JSON: `{"title": …, "paragraphs": […], "isTruncated": false, "dateline": {…}, "date": "2025-01-21",
/// "url": …, "section": …, "authors": […], "tags": […], "mentions": {…}, "dates": […]}`; absent optional
/// fields and empty `authors`, `tags`, `mentions` and `dates` are left out.
public struct NewsArticle: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String
    /// The body text, one string per paragraph.
    public var paragraphs: [String]
    /// Whether the body was cut short (it ends in `...` or `…`, or the source says so).
    public var isTruncated: Bool
    /// The place and agency that opened the story, when it had a dateline.
    public var dateline: Dateline?
    /// The publication date, when the source gives one.
    public var date: PartialDate?
    /// The article's address, when the source gives one.
    public var url: String?
    /// The section or category, when the source gives one.
    public var section: String?
    /// The authors, when the source names them.
    public var authors: [String]
    /// Tags or keywords, when the source gives them.
    public var tags: [String]
    /// The countries, people, organisations and cities the article mentions (filled in by
    /// `MentionFinder`; empty until then).
    public var mentions: ArticleMentions
    /// The date phrases of the title and paragraphs, in text order (filled in when a page is annotated,
    /// see ``DateMention``; empty until then).
    public var dates: [DateMention]

    /// Creates an article.
    ///
    /// - Parameters:
    ///   - title: The headline.
    ///   - paragraphs: The body, one string per paragraph.
    ///   - isTruncated: Whether the body was cut short.
    ///   - dateline: The dateline, if any.
    ///   - date: The publication date, if known.
    ///   - url: The address, if known.
    ///   - section: The section, if known.
    ///   - authors: The authors, if known.
    ///   - tags: Tags or keywords, if any.
    ///   - mentions: What the article mentions, if known.
    ///   - dates: The date phrases of the article, if known.
    public init(
        title: String, paragraphs: [String] = [], isTruncated: Bool = false, dateline: Dateline? = nil,
        date: PartialDate? = nil, url: String? = nil, section: String? = nil, authors: [String] = [],
        tags: [String] = [], mentions: ArticleMentions = ArticleMentions(), dates: [DateMention] = []
    ) {
        self.title = title
        self.paragraphs = paragraphs
        self.isTruncated = isTruncated
        self.dateline = dateline
        self.date = date
        self.url = url
        self.section = section
        self.authors = authors
        self.tags = tags
        self.mentions = mentions
        self.dates = dates
    }

    /// The body as one text, paragraphs separated by a blank line.
    public var body: String { paragraphs.joined(separator: "\n\n") }

    /// The text searched for mentions and facts: the title, then each paragraph, one per line.
    public var text: String { ([title] + paragraphs).joined(separator: "\n") }

    /// The number of characters in the body's paragraphs (without separators).
    public var length: Int { paragraphs.reduce(0) { $0 + $1.count } }

    private enum CodingKeys: String, CodingKey {
        case title, paragraphs, isTruncated, dateline, date, url, section, authors, tags, mentions, dates
    }

    /// Decodes an article; missing optional fields and lists become `nil` and empty.
    ///
    /// - Throws: `DecodingError` when `title` is missing or a field is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        paragraphs = try container.decodeIfPresent([String].self, forKey: .paragraphs) ?? []
        isTruncated = try container.decodeIfPresent(Bool.self, forKey: .isTruncated) ?? false
        dateline = try container.decodeIfPresent(Dateline.self, forKey: .dateline)
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        section = try container.decodeIfPresent(String.self, forKey: .section)
        authors = try container.decodeIfPresent([String].self, forKey: .authors) ?? []
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        mentions = try container.decodeIfPresent(ArticleMentions.self, forKey: .mentions) ?? ArticleMentions()
        dates = try container.decodeIfPresent([DateMention].self, forKey: .dates) ?? []
    }

    /// Encodes the article as its JSON document.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(isTruncated, forKey: .isTruncated)
        try container.encodeIfPresent(dateline, forKey: .dateline)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(section, forKey: .section)
        if !authors.isEmpty { try container.encode(authors, forKey: .authors) }
        if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
        if !mentions.isEmpty { try container.encode(mentions, forKey: .mentions) }
        if !dates.isEmpty { try container.encode(dates, forKey: .dates) }
    }
}
