import Foundation

/// A person named by a feed or an item: an Atom `author`, an RSS `author`
/// (`editor@example.org (Name)`), `managingEditor`, `dc:creator` or a JSON Feed author.
///
/// JSON: `{"name": "Aigerim Sadykova", "email": "aigerim@example.org", "uri": "https://…"}`; absent
/// fields are left out.
public struct FeedPerson: Sendable, Hashable, Codable {
    /// The name, when given.
    public var name: String?
    /// The e-mail address, when given.
    public var email: String?
    /// The home page or profile address, when given.
    public var uri: String?

    /// Creates a person.
    ///
    /// - Parameters:
    ///   - name: The name.
    ///   - email: The e-mail address.
    ///   - uri: The home page.
    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }

    /// Whether nothing is known of the person.
    public var isEmpty: Bool { name == nil && email == nil && uri == nil }

    private enum CodingKeys: String, CodingKey { case name, email, uri }

    /// Decodes a person.
    ///
    /// - Throws: `DecodingError` for a field of the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        uri = try container.decodeIfPresent(String.self, forKey: .uri)
    }

    /// Encodes the person; absent fields are left out.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(email, forKey: .email)
        try container.encodeIfPresent(uri, forKey: .uri)
    }
}

extension FeedPerson {
    /// A person written as one string: `Name`, `editor@example.org (Name)`,
    /// `Name <editor@example.org>`, or an address alone.
    static func parse(_ text: String) -> FeedPerson {
        let trimmed = text.trimmedSpaces
        if let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") {
            let address = trimmed[..<open].trimmedSpaces
            let name = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
                .trimmedSpaces
            if address.contains("@"), !address.contains(" ") {
                return FeedPerson(name: name.isEmpty ? nil : name, email: address)
            }
        }
        if let open = trimmed.firstIndex(of: "<"), trimmed.hasSuffix(">") {
            let address = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            let name = trimmed[..<open].trimmedSpaces
            if address.contains("@"), !address.contains(" ") {
                return FeedPerson(name: name.isEmpty ? nil : name, email: String(address))
            }
        }
        if trimmed.contains("@"), !trimmed.contains(" ") { return FeedPerson(email: trimmed) }
        return FeedPerson(name: trimmed)
    }
}
