/// A two-letter ISO 3166-1 alpha-2 country code, such as `KZ`.
///
/// The set is open: any two upper-case ASCII letters make a valid code, so user-assigned codes
/// (`XK` for Kosovo) and codes newer than the built-in table still work. Whether a code is known is a
/// question for ``Gazetteer/country(_:)``.
///
/// JSON: the code as a string, `"KZ"`; decoding rejects anything else and quotes the value.
public struct CountryCode: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The two upper-case letters.
    public let rawValue: String

    /// Validates a code.
    ///
    /// - Parameter rawValue: Two upper-case ASCII letters.
    /// - Returns: `nil` for anything else.
    public init?(rawValue: String) {
        guard CountryCode.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Validates a code (the same as ``init(rawValue:)``).
    ///
    /// - Parameter code: Two upper-case ASCII letters.
    public init?(_ code: String) {
        self.init(rawValue: code)
    }

    /// Creates a code from a literal; the literal must be valid.
    ///
    /// A literal is program text, never input: an invalid one is a programming error and traps.
    ///
    /// - Parameter value: Two upper-case ASCII letters.
    public init(stringLiteral value: String) {
        precondition(CountryCode.isValid(value), "invalid country code literal \"\(value)\"")
        self.rawValue = value
    }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders codes alphabetically.
    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether a string is two upper-case ASCII letters.
    ///
    /// - Parameter text: The candidate.
    /// - Returns: `true` for a well-formed code.
    public static func isValid(_ text: String) -> Bool {
        LetterCode.isValid(text, count: 2)
    }

    /// Decodes a code, rejecting malformed ones.
    ///
    /// - Throws: `DecodingError.dataCorrupted` quoting the value.
    public init(from decoder: any Decoder) throws {
        rawValue = try LetterCode.decode(from: decoder, count: 2, noun: "country code", countWord: "two")
    }

    /// Encodes the code as a string.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        try LetterCode.encode(rawValue, to: encoder)
    }

    /// Kazakhstan.
    public static let kz: CountryCode = "KZ"
    /// Kyrgyzstan.
    public static let kg: CountryCode = "KG"
    /// Tajikistan.
    public static let tj: CountryCode = "TJ"
    /// Turkmenistan.
    public static let tm: CountryCode = "TM"
    /// Uzbekistan.
    public static let uz: CountryCode = "UZ"
    /// Russia.
    public static let ru: CountryCode = "RU"
    /// China.
    public static let cn: CountryCode = "CN"
    /// The United States.
    public static let us: CountryCode = "US"
    /// The United Kingdom.
    public static let gb: CountryCode = "GB"
    /// Türkiye.
    public static let tr: CountryCode = "TR"
}
