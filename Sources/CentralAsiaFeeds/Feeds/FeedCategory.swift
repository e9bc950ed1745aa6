/// A category of an item: an RSS `category` (with its `domain`), an Atom `category` (`term`,
/// `scheme`, `label`), a `dc:subject` or a JSON Feed tag.
///
/// JSON: `{"term": "Transport", "scheme": "https://…/sections", "label": "Getting around"}`;
/// absent fields are left out.
public struct FeedCategory: Sendable, Hashable, Codable {
    /// The category as written (Atom `term`, the RSS element's text).
    public var term: String
    /// The vocabulary it belongs to (Atom `scheme`, RSS `domain`), when given.
    public var scheme: String?
    /// A human-readable label (Atom `label`), when given.
    public var label: String?

    /// Creates a category.
    ///
    /// - Parameters:
    ///   - term: The category.
    ///   - scheme: Its vocabulary.
    ///   - label: Its label.
    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }

    private enum CodingKeys: String, CodingKey { case term, scheme, label }

    /// Decodes a category.
    ///
    /// - Throws: `DecodingError` when `term` is missing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        term = try container.decode(String.self, forKey: .term)
        scheme = try container.decodeIfPresent(String.self, forKey: .scheme)
        label = try container.decodeIfPresent(String.self, forKey: .label)
    }

    /// Encodes the category; absent fields are left out.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(term, forKey: .term)
        try container.encodeIfPresent(scheme, forKey: .scheme)
        try container.encodeIfPresent(label, forKey: .label)
    }
}
