/// An open set of names, such as ``Visit/Kind`` or ``Partnership/Status``: a string wrapped in a type, with
/// static members for the known names, so that users can add their own without breaking a `switch`.
///
/// A conforming type stores `rawValue` and gets its literal initialiser, its description and its JSON (the
/// name as a string) from here.
public protocol DiplomacyVocabulary: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
where RawValue == String {
    /// Creates a value from its name.
    ///
    /// - Parameter rawValue: The name.
    init(rawValue: String)
}

extension DiplomacyVocabulary {
    /// Creates a value from a literal name.
    ///
    /// - Parameter value: The name.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The name.
    public var description: String { rawValue }
}
