/// The identity of a gazetteer entity: its kind and its canonical id.
///
/// The id is the alpha-2 code for a country, and the canonical name for the others, the same strings the
/// JSON contract uses (`"KZ"`, `"Saint Petersburg"`, `"C5+1"`, `"Kassym-Jomart Tokayev"`).
///
/// JSON: `{"kind": "country", "id": "KZ"}`.
public struct EntityID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What the entity is.
    public var kind: EntityKind
    /// Its canonical id.
    public var id: String

    /// Creates an identity.
    ///
    /// - Parameters:
    ///   - kind: What the entity is.
    ///   - id: Its canonical id.
    public init(kind: EntityKind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// A country's identity.
    ///
    /// - Parameter code: The alpha-2 code.
    /// - Returns: `{country, code}`.
    public static func country(_ code: CountryCode) -> EntityID { EntityID(kind: .country, id: code.rawValue) }

    /// A city's identity.
    ///
    /// - Parameter name: The canonical name.
    /// - Returns: `{city, name}`.
    public static func city(_ name: String) -> EntityID { EntityID(kind: .city, id: name) }

    /// An organisation's identity.
    ///
    /// - Parameter name: The short canonical name.
    /// - Returns: `{organization, name}`.
    public static func organization(_ name: String) -> EntityID { EntityID(kind: .organization, id: name) }

    /// A person's identity.
    ///
    /// - Parameter name: The canonical name.
    /// - Returns: `{person, name}`.
    public static func person(_ name: String) -> EntityID { EntityID(kind: .person, id: name) }

    /// `"country:KZ"`.
    public var description: String { "\(kind):\(id)" }

    private enum CodingKeys: String, CodingKey {
        case kind, id
    }

    /// Decodes an identity.
    ///
    /// - Throws: `DecodingError` for a missing key, or a country id that is not an alpha-2 code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(EntityKind.self, forKey: .kind)
        id = try container.decode(String.self, forKey: .id)
        if kind == .country, !CountryCode.isValid(id) {
            throw DecodingError.dataCorruptedError(
                forKey: .id, in: container,
                debugDescription: "invalid country code \"\(id)\"; expected two capital letters")
        }
    }

    /// Encodes the identity.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(id, forKey: .id)
    }
}
