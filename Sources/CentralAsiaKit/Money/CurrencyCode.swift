/// A three-letter ISO 4217 currency code, such as `KZT`.
///
/// The set is open: any three upper-case ASCII letters make a valid code, so codes newer than the
/// built-in table (``Currency/all``) still work. Whether a code is known is a question for
/// ``Currency/init(_:)``.
///
/// JSON: the code as a string, `"KZT"`; decoding rejects anything else and quotes the value.
public struct CurrencyCode: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The three upper-case letters.
    public let rawValue: String

    /// Validates a code.
    ///
    /// - Parameter rawValue: Three upper-case ASCII letters.
    /// - Returns: `nil` for anything else.
    public init?(rawValue: String) {
        guard CurrencyCode.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Validates a code (the same as ``init(rawValue:)``).
    ///
    /// - Parameter code: Three upper-case ASCII letters.
    public init?(_ code: String) {
        self.init(rawValue: code)
    }

    /// Creates a code from text already known to be valid (generated tables, checked scanners).
    init(uncheckedRawValue: String) {
        self.rawValue = uncheckedRawValue
    }

    /// Creates a code from a literal; the literal must be valid.
    ///
    /// A literal is program text, never input: an invalid one is a programming error and traps.
    ///
    /// - Parameter value: Three upper-case ASCII letters.
    public init(stringLiteral value: String) {
        precondition(CurrencyCode.isValid(value), "invalid currency code literal \"\(value)\"")
        self.rawValue = value
    }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders codes alphabetically.
    public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether a string is three upper-case ASCII letters.
    ///
    /// - Parameter text: The candidate.
    /// - Returns: `true` for a well-formed code.
    public static func isValid(_ text: String) -> Bool {
        LetterCode.isValid(text, count: 3)
    }

    /// Decodes a code, rejecting malformed ones.
    ///
    /// - Throws: `DecodingError.dataCorrupted` quoting the value.
    public init(from decoder: any Decoder) throws {
        rawValue = try LetterCode.decode(from: decoder, count: 3, noun: "currency code", countWord: "three")
    }

    /// Encodes the code as a string.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        try LetterCode.encode(rawValue, to: encoder)
    }

    /// Kyrgyz som.
    public static let kgs: CurrencyCode = "KGS"
    /// Kazakhstani tenge.
    public static let kzt: CurrencyCode = "KZT"
    /// Tajikistani somoni.
    public static let tjs: CurrencyCode = "TJS"
    /// Uzbekistani sum.
    public static let uzs: CurrencyCode = "UZS"
    /// Turkmenistan new manat.
    public static let tmt: CurrencyCode = "TMT"
    /// US dollar.
    public static let usd: CurrencyCode = "USD"
    /// Euro.
    public static let eur: CurrencyCode = "EUR"
    /// Russian ruble.
    public static let rub: CurrencyCode = "RUB"
    /// Chinese yuan renminbi.
    public static let cny: CurrencyCode = "CNY"
}
