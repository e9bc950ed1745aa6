/// What kind of thing an entity of the gazetteer is: an open set of names.
///
/// JSON: the raw value as a string (`"country"`).
public struct EntityKind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The kind's name.
    public let rawValue: String

    /// Creates a kind.
    ///
    /// - Parameter rawValue: Its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a kind from a literal.
    ///
    /// - Parameter value: Its name.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The kind's name.
    public var description: String { rawValue }

    /// A ``Country``; its id is the alpha-2 code.
    public static let country: EntityKind = "country"
    /// A ``City``; its id is the canonical name.
    public static let city: EntityKind = "city"
    /// An ``Organization``; its id is the short canonical name.
    public static let organization: EntityKind = "organization"
    /// A ``Person``; the id is the canonical name.
    public static let person: EntityKind = "person"
}
