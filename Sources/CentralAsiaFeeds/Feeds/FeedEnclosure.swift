/// A file attached to a feed item: an RSS `<enclosure>`, an Atom `rel="enclosure"` link or a JSON
/// Feed attachment.
///
/// JSON: `{"url": "https://…/photo.jpg", "type": "image/jpeg", "length": 116376}`; absent fields
/// are left out.
public struct FeedEnclosure: Sendable, Hashable, Codable {
    /// The file's address.
    public var url: String
    /// Its MIME type, when given.
    public var type: String?
    /// Its size in bytes, when given and well formed.
    public var length: Int?

    /// Creates an enclosure.
    ///
    /// - Parameters:
    ///   - url: The file's address.
    ///   - type: Its MIME type.
    ///   - length: Its size in bytes.
    public init(url: String, type: String? = nil, length: Int? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }

    private enum CodingKeys: String, CodingKey { case url, type, length }

    /// Decodes an enclosure.
    ///
    /// - Throws: `DecodingError` when `url` is missing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(String.self, forKey: .url)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        length = try container.decodeIfPresent(Int.self, forKey: .length)
    }

    /// Encodes the enclosure; absent fields are left out.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encodeIfPresent(length, forKey: .length)
    }
}
