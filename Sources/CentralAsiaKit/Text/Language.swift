/// A natural language a text is written in, by its ISO 639-1 code: what picks the phrase tables a reader
/// reads a text with.
///
/// An open set, like ``CountryCode``: ``english`` and ``russian`` are the languages the package has phrase
/// tables for, and a user may name others (a reader falls back to English tables for a language it has
/// none for). ``detect(in:)`` finds a text's language from the text itself.
///
/// Encoded as its code, a JSON string: `"ru"`.
public struct Language: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The ISO 639-1 code, two lower-case ASCII letters ("en", "ru").
    public let rawValue: String

    /// Validates a code.
    ///
    /// - Parameter rawValue: Two lower-case ASCII letters.
    /// - Returns: `nil` for anything else.
    public init?(rawValue: String) {
        guard Language.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// English.
    public static let english = Language(known: "en")
    /// Russian.
    public static let russian = Language(known: "ru")

    /// A language of the package's own tables; the code is valid.
    private init(known code: String) {
        rawValue = code
    }

    /// The code ("ru").
    public var description: String { rawValue }

    /// Whether a string is two lower-case ASCII letters.
    static func isValid(_ code: String) -> Bool {
        code.utf8.count == 2 && code.utf8.allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
    }

    /// Decodes a code, rejecting anything but two lower-case letters.
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the bad value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard Language.isValid(code) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid language code \"\(code)\" (expected two lower-case letters)")
        }
        rawValue = code
    }

    /// Encodes the code as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
