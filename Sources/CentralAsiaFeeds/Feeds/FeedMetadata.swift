/// What a feed says about itself: RSS `channel`, Atom `feed` or JSON Feed top-level fields.
///
/// JSON: `{"title": "…", "link": "https://…/", "subtitle": "…", "language": "en",
/// "updated": {…FeedDate…}, "rights": "…", "author": {…FeedPerson…}, "image": {…FeedImage…},
/// "generator": "…"}`; absent fields are left out. ``NewsFeed/Result`` writes these keys next to
/// its own.
public struct FeedMetadata: Sendable, Hashable, Codable {
    /// The feed's title.
    public var title: String?
    /// The site the feed belongs to (RSS `link`, Atom `link rel="alternate"`, JSON Feed `home_page_url`).
    public var link: String?
    /// The description (RSS `description`, Atom `subtitle`, Atom 0.3 `tagline`, JSON Feed `description`).
    public var subtitle: String?
    /// The language tag (`language`, `dc:language`, `xml:lang`, JSON Feed `language`).
    public var language: String?
    /// When the feed last changed (`lastBuildDate`, `pubDate`, `dc:date`, Atom `updated` or `modified`).
    public var updated: FeedDate?
    /// The copyright notice (`copyright`, `dc:rights`, Atom `rights`).
    public var rights: String?
    /// The feed's author (Atom `author`, RSS `managingEditor`, `dc:creator`, JSON Feed `authors`).
    public var author: FeedPerson?
    /// The feed's image or logo.
    public var image: FeedImage?
    /// The software that wrote the feed (`generator`, `admin:generatorAgent`).
    public var generator: String?

    /// Creates metadata.
    ///
    /// - Parameters:
    ///   - title: The title.
    ///   - link: The site.
    ///   - subtitle: The description.
    ///   - language: The language tag.
    ///   - updated: The last change.
    ///   - rights: The copyright notice.
    ///   - author: The author.
    ///   - image: The image.
    ///   - generator: The software.
    public init(
        title: String? = nil, link: String? = nil, subtitle: String? = nil, language: String? = nil,
        updated: FeedDate? = nil, rights: String? = nil, author: FeedPerson? = nil, image: FeedImage? = nil,
        generator: String? = nil
    ) {
        self.title = title
        self.link = link
        self.subtitle = subtitle
        self.language = language
        self.updated = updated
        self.rights = rights
        self.author = author
        self.image = image
        self.generator = generator
    }

    private enum CodingKeys: String, CodingKey {
        case title, link, subtitle, language, updated, rights, author, image, generator
    }

    /// Decodes metadata.
    ///
    /// - Throws: `DecodingError` for a field of the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        link = try container.decodeIfPresent(String.self, forKey: .link)
        subtitle = try container.decodeIfPresent(String.self, forKey: .subtitle)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        updated = try container.decodeIfPresent(FeedDate.self, forKey: .updated)
        rights = try container.decodeIfPresent(String.self, forKey: .rights)
        author = try container.decodeIfPresent(FeedPerson.self, forKey: .author)
        image = try container.decodeIfPresent(FeedImage.self, forKey: .image)
        generator = try container.decodeIfPresent(String.self, forKey: .generator)
    }

    /// Encodes the metadata; absent fields are left out.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(link, forKey: .link)
        try container.encodeIfPresent(subtitle, forKey: .subtitle)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(updated, forKey: .updated)
        try container.encodeIfPresent(rights, forKey: .rights)
        try container.encodeIfPresent(author, forKey: .author)
        try container.encodeIfPresent(image, forKey: .image)
        try container.encodeIfPresent(generator, forKey: .generator)
    }
}
