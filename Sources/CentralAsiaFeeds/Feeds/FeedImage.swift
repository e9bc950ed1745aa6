/// A feed's image: RSS `image` (`url`, `title`, `link`), Atom `logo` or `icon`, JSON Feed `icon`.
///
/// JSON: `{"url": "https://…/logo.png", "title": "Steppe Wire", "link": "https://…/"}`; absent
/// fields are left out.
public struct FeedImage: Sendable, Hashable, Codable {
    /// The image's address.
    public var url: String
    /// Its title (RSS), when given.
    public var title: String?
    /// The page it links to (RSS), when given.
    public var link: String?

    /// Creates an image.
    ///
    /// - Parameters:
    ///   - url: The image's address.
    ///   - title: Its title.
    ///   - link: The page it links to.
    public init(url: String, title: String? = nil, link: String? = nil) {
        self.url = url
        self.title = title
        self.link = link
    }

    private enum CodingKeys: String, CodingKey { case url, title, link }

    /// Decodes an image.
    ///
    /// - Throws: `DecodingError` when `url` is missing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(String.self, forKey: .url)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        link = try container.decodeIfPresent(String.self, forKey: .link)
    }

    /// Encodes the image; absent fields are left out.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(link, forKey: .link)
    }
}
